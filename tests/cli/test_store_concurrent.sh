#!/bin/sh
# test_store_concurrent.sh - queries while parley ingest writes (WAL):
# no query may fail, counts never go down, and no reader ever sees half
# a document (a document's stored counts always match its rows).
. tests/cli/lib.sh
need_sqlite3
N=${STORE_CONCURRENT_COPIES:-300}
big_corpus "$N" "$T/big.jsonl"
total=$(wc -l <"$T/big.jsonl" | tr -d ' ')
DB=$T/events.db
expect_rc 0 "$PARLEY" ingest "$DB" tests/fixtures/store/corpus.jsonl

"$PARLEY" ingest "$DB" "$T/big.jsonl" 2>"$T/ingest.err" &
pid=$!
last=0 rounds=0 during=0
while kill -0 $pid 2>/dev/null; do
    n=$("$PARLEY" query "$DB" --format tsv 2>>"$T/query.err" | wc -l) || fail "parley query failed"
    [ -s "$T/query.err" ] && { cat "$T/query.err"; fail "parley query reported an error during ingest"; }
    [ "$n" -ge "$last" ] || fail "the event count went down: $last, then $n"
    "$PARLEY" stats "$DB" --only quad --format tsv >/dev/null 2>>"$T/query.err" || fail "parley stats failed"
    torn=$(sqlite3 "$DB" '.timeout 5000' "
        WITH ec AS (SELECT doc, count(*) AS n FROM events_all GROUP BY doc),
             sc AS (SELECT doc, count(*) AS n FROM sentences GROUP BY doc)
        SELECT count(*) FROM documents d LEFT JOIN ec ON ec.doc = d.id
        LEFT JOIN sc ON sc.doc = d.id
        WHERE d.events != coalesce(ec.n, 0) OR d.sentences != coalesce(sc.n, 0)") ||
        fail "the consistency query failed"
    expect_eq "documents seen half-written" 0 "$torn"
    # a document's events are staged or moved, never split between the two
    split=$(sqlite3 "$DB" '.timeout 5000' "SELECT count(*) FROM (SELECT doc FROM events
        INTERSECT SELECT doc FROM events_staged)") || fail "the staging query failed"
    expect_eq "documents split between events and events_staged" 0 "$split"
    kill -0 $pid 2>/dev/null && [ "$n" -gt "$last" ] && during=$((during + 1))
    last=$n
    rounds=$((rounds + 1))
done
wait $pid || { cat "$T/ingest.err"; fail "the ingest failed while being read"; }
echo "$rounds rounds of queries, $during saw a count between the start and the end"
[ "$during" -ge 2 ] || fail "the queries did not overlap the ingest (only $during rounds saw it in progress): raise STORE_CONCURRENT_COPIES"
expect_eq "documents" $((total + 29)) "$(sqlite3 "$DB" 'SELECT count(*) FROM documents')"
echo ok
