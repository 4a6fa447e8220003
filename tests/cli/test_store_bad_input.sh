#!/bin/sh
# test_store_bad_input.sh - databases parley must refuse, each with a clear
# message and exit 5, leaving the file as it was: a corrupt file, another
# program's SQLite database, a newer schema, a full disk (simulated with
# PRAGMA max_page_count through PARLEY_STORE_MAX_PAGES), a read-only file.
. tests/cli/lib.sh
need_sqlite3
C=tests/fixtures/store/corpus.jsonl
sum() { cksum <"$1"; }

# not a database at all
printf 'date,source,target\n2025-01-01,PAK,AFG\n' >"$T/notes.db"
before=$(sum "$T/notes.db")
expect_rc 5 "$PARLEY" ingest "$T/notes.db" "$C"
expect_line "$T/err" "parley ingest: $T/notes.db: not an SQLite database, or a damaged one (file is not a database)"
expect_rc 5 "$PARLEY" query "$T/notes.db"
expect_line "$T/err" "parley query: $T/notes.db: not an SQLite database, or a damaged one (file is not a database)"
expect_eq "the file is unchanged" "$before" "$(sum "$T/notes.db")"

# a parley store damaged in the middle
"$PARLEY" ingest "$T/damaged.db" "$C" 2>/dev/null || fail "ingest"
sqlite3 "$T/damaged.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
page=$(sqlite3 "$T/damaged.db" "SELECT rootpage FROM sqlite_schema WHERE name = 'events'")
dd if=/dev/zero of="$T/damaged.db" bs=4096 seek=$((page - 1)) count=1 conv=notrunc 2>/dev/null
expect_rc 5 "$PARLEY" query "$T/damaged.db"
expect_line "$T/err" "parley query: $T/damaged.db: not an SQLite database, or a damaged one (database disk image is malformed)"
expect_rc 5 "$PARLEY" ingest "$T/damaged.db" "$C"
grep -q "not an SQLite database, or a damaged one" "$T/err" || { cat "$T/err"; fail "ingest into a damaged store"; }

# another program's database
sqlite3 "$T/crm.db" "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'Ada')"
before=$(sum "$T/crm.db")
expect_rc 5 "$PARLEY" ingest "$T/crm.db" "$C"
expect_line "$T/err" "parley ingest: $T/crm.db is another program's SQLite database, not a parley store (application_id 0, 1 tables, indexes or views); it was not changed"
expect_rc 5 "$PARLEY" stats "$T/crm.db"
expect_eq "another program's file is unchanged" "$before" "$(sum "$T/crm.db")"
expect_eq "its data is intact" "1|Ada" "$(sqlite3 "$T/crm.db" 'SELECT * FROM customers')"
expect_eq "and it has no WAL" "delete" "$(sqlite3 "$T/crm.db" 'PRAGMA journal_mode')"

# a store written by a newer parley
"$PARLEY" ingest "$T/newer.db" "$C" 2>/dev/null || fail "ingest"
sqlite3 "$T/newer.db" 'PRAGMA user_version = 99' >/dev/null
events=$(sqlite3 "$T/newer.db" 'SELECT count(*) FROM events')
expect_rc 5 "$PARLEY" ingest "$T/newer.db" "$C"
expect_line "$T/err" "parley ingest: $T/newer.db has schema version 99, newer than this parley's (1): use a newer parley; the file was not changed"
expect_rc 5 "$PARLEY" query "$T/newer.db"
expect_rc 5 "$PARLEY" recode "$T/newer.db"
expect_eq "newer store untouched" "99|$events" "$(sqlite3 "$T/newer.db" 'PRAGMA user_version; SELECT count(*) FROM events' | paste -sd'|')"

# a missing database: read commands do not create one
expect_rc 5 "$PARLEY" query "$T/nowhere.db"
expect_line "$T/err" "parley query: $T/nowhere.db: no such database"
[ -e "$T/nowhere.db" ] && fail "query created a database"

# a full disk, simulated: the file may not grow past its current pages
# plus a few. The document that does not fit is rolled back whole; the
# ones before it stay, and the file stays sound.
"$PARLEY" ingest "$T/full.db" "$C" 2>/dev/null || fail "ingest"
pages=$(sqlite3 "$T/full.db" 'PRAGMA page_count')
big_corpus 20 "$T/more.jsonl"
PARLEY_STORE_MAX_PAGES=$((pages + 3)) "$PARLEY" ingest "$T/full.db" "$T/more.jsonl" >"$T/out" 2>"$T/err"
expect_eq "exit on a full disk" 5 $?
grep -q "the disk or the database's size limit is full (database or disk is full); documents stored before it: " "$T/err" ||
    { cat "$T/err"; fail "full-disk message"; }
expect_eq "integrity when full" ok "$(sqlite3 "$T/full.db" 'PRAGMA integrity_check')"
expect_eq "the first documents are intact" 29 "$(sqlite3 "$T/full.db" "SELECT count(*) FROM documents WHERE doc_id NOT LIKE 'r%'")"
expect_eq "no document is half-stored" 0 "$(sqlite3 "$T/full.db" "
    WITH ec AS (SELECT doc, count(*) AS n FROM events_all GROUP BY doc)
    SELECT count(*) FROM documents d LEFT JOIN ec ON ec.doc = d.id WHERE d.events != coalesce(ec.n, 0)")"
# with room again, the same command completes
expect_rc 0 "$PARLEY" ingest "$T/full.db" "$T/more.jsonl"
expect_eq "completed after the full disk" $((29 + 29 * 20)) "$(sqlite3 "$T/full.db" 'SELECT count(*) FROM documents')"

# a read-only file: root may write anything, so an immutable file stands
# in for it where chattr works
cp "$T/newer.db" "$T/ro.db"
sqlite3 "$T/ro.db" 'PRAGMA user_version = 1' >/dev/null
chmod a-w "$T/ro.db"
if [ "$(id -u)" -eq 0 ]; then
    chattr +i "$T/ro.db" 2>/dev/null || { echo "note: chattr +i is not available here; the read-only check is skipped"; chmod u+w "$T/ro.db"; echo ok; exit 0; }
    trap 'chattr -i "$T/ro.db" 2>/dev/null; rm -rf "$T"' EXIT
fi
expect_rc 5 "$PARLEY" ingest "$T/ro.db" "$C"
expect_line "$T/err" "parley ingest: $T/ro.db is read-only: nothing can be stored in it"
expect_rc 0 "$PARLEY" query "$T/ro.db" --limit 1
[ "$(id -u)" -eq 0 ] && chattr -i "$T/ro.db"
echo ok
