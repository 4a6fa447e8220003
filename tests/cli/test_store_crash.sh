#!/bin/sh
# test_store_crash.sh - kill -9 in the middle of parley ingest, then run it
# again: every document must be present exactly once, with the events of
# a clean run. Each document is one transaction, so what a kill leaves is
expect_eq "documents split between events and events_staged after kill" 0 "$(sqlite3 "$T/crash.db" "
    SELECT count(*) FROM (SELECT doc FROM events INTERSECT SELECT doc FROM events_staged)")"
# a prefix of the input, whole documents only.
. tests/cli/lib.sh
need_sqlite3
N=${STORE_CRASH_COPIES:-150}
big_corpus "$N" "$T/big.jsonl"
total=$(wc -l <"$T/big.jsonl" | tr -d ' ')

expect_rc 0 "$PARLEY" ingest "$T/clean.db" "$T/big.jsonl"
sqlite3 "$T/clean.db" 'SELECT doc_id, sentences, events FROM documents ORDER BY doc_id' >"$T/clean.docs"
expect_eq "clean run documents" "$total" "$(wc -l <"$T/clean.docs" | tr -d ' ')"

"$PARLEY" ingest "$T/crash.db" "$T/big.jsonl" 2>"$T/crash.err" &
pid=$!
# wait until a few hundred documents are in, then kill without warning
i=0
while [ $i -lt 600 ]; do
    n=$(sqlite3 "$T/crash.db" '.timeout 2000' 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)
    [ "${n:-0}" -ge 300 ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
    i=$((i + 1))
done
kill -9 $pid 2>/dev/null || fail "the ingest finished before it could be killed: raise STORE_CRASH_COPIES"
wait $pid 2>/dev/null
stored=$(sqlite3 "$T/crash.db" 'SELECT count(*) FROM documents')
echo "killed with $stored of $total documents stored"
[ "$stored" -lt "$total" ] || fail "nothing was left to do after the kill"
expect_eq "integrity after kill" ok "$(sqlite3 "$T/crash.db" 'PRAGMA integrity_check')"
# whole documents only: stored counts match the rows
expect_eq "torn documents after kill" 0 "$(sqlite3 "$T/crash.db" "
    WITH ec AS (SELECT doc, count(*) AS n FROM events_all GROUP BY doc),
         sc AS (SELECT doc, count(*) AS n FROM sentences GROUP BY doc)
    SELECT count(*) FROM documents d LEFT JOIN ec ON ec.doc = d.id LEFT JOIN sc ON sc.doc = d.id
    WHERE d.events != coalesce(ec.n, 0) OR d.sentences != coalesce(sc.n, 0)")"
expect_eq "documents split between events and events_staged after kill" 0 "$(sqlite3 "$T/crash.db" "
    SELECT count(*) FROM (SELECT doc FROM events INTERSECT SELECT doc FROM events_staged)")"
# a prefix of the input: no document after a missing one
sqlite3 "$T/crash.db" 'SELECT doc_id FROM documents ORDER BY id' >"$T/after_kill"
head -n "$stored" "$T/big.jsonl" | sed 's/^{"id":"\([^"]*\)".*/\1/' >"$T/prefix"
cmp -s "$T/after_kill" "$T/prefix" || fail "the documents stored before the kill are not the input's first $stored"
# and each of them equals the clean run's
sqlite3 "$T/crash.db" 'SELECT doc_id, sentences, events FROM documents ORDER BY doc_id' >"$T/partial.docs"
expect_eq "documents before the kill equal the clean run's" "" "$(comm -23 "$T/partial.docs" "$T/clean.docs")"

# the rerun completes the rest
expect_rc 0 "$PARLEY" ingest "$T/crash.db" "$T/big.jsonl"
expect_eq "each document once" "$total|$total" "$(sqlite3 "$T/crash.db" 'SELECT count(*), count(DISTINCT doc_id) FROM documents')"
sqlite3 "$T/crash.db" 'SELECT doc_id, sentences, events FROM documents ORDER BY doc_id' >"$T/rerun.docs"
cmp -s "$T/clean.docs" "$T/rerun.docs" || { diff "$T/clean.docs" "$T/rerun.docs" | head; fail "per-document counts differ from the clean run"; }
# the end of the rerun moved every staged event into the indexed table
expect_eq "staged events left" 0 "$(sqlite3 "$T/crash.db" 'SELECT count(*) FROM events_staged')"
expect_eq "events" "$(sqlite3 "$T/clean.db" 'SELECT count(*) FROM events')" "$(sqlite3 "$T/crash.db" 'SELECT count(*) FROM events')"
expect_eq "sentences" "$(sqlite3 "$T/clean.db" 'SELECT count(*) FROM sentences')" "$(sqlite3 "$T/crash.db" 'SELECT count(*) FROM sentences')"
"$PARLEY" query "$T/clean.db" --format tsv | sort >"$T/clean.events"
"$PARLEY" query "$T/crash.db" --format tsv | sort >"$T/rerun.events"
cmp -s "$T/clean.events" "$T/rerun.events" || fail "the events differ from the clean run's"
# the full-text index caught up with the sentences stored before the kill
expect_eq "full-text search" "$(sqlite3 "$T/clean.db" "SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'ceasefire'")" \
    "$(sqlite3 "$T/crash.db" "SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'ceasefire'")"
expect_eq "integrity after rerun" ok "$(sqlite3 "$T/crash.db" 'PRAGMA integrity_check')"
expect_eq "full-text index integrity" "" "$(sqlite3 "$T/crash.db" "INSERT INTO sentence_search(sentence_search) VALUES ('integrity-check')" 2>&1)"
echo ok
