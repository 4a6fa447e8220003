# tests/cli/lib.sh - helpers shared by the shell tests (sourced, not run).
set -u
: "${PARLEY:?run through tests/run.sh}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
PD=$SHARED/petrarch/dictionaries
PT=$SHARED/petrarch/text

need_shared() {
    if [ ! -d "$SHARED/petrarch" ]; then
        echo "skipped: $SHARED/petrarch is absent (the field's test data is not shipped with parley)"
        exit 77
    fi
}

fail() { echo "FAIL: $*"; exit 1; }

# expect_eq WHAT EXPECTED ACTUAL
expect_eq() {
    [ "$2" = "$3" ] || fail "$1: expected [$2], got [$3]"
}

# expect_rc EXPECTED command... (stdout to $T/out, stderr to $T/err)
expect_rc() {
    want=$1; shift
    "$@" >"$T/out" 2>"$T/err"
    got=$?
    [ "$got" -eq "$want" ] || { cat "$T/err"; fail "$*: exit $got, expected $want"; }
}

# expect_file_has FILE LINE: the exact line must be present
expect_line() {
    grep -qxF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "missing line [$2]"; }
}

production_dicts() {
    echo "--actors $PD/Phoenix.Countries.actors.txt --actors $PD/Phoenix.International.actors.txt \
--actors $PD/Phoenix.MilNonState.actors.txt --agents $PD/Phoenix.agents.txt \
--verbs $PD/CAMEO.verbpatterns.150430.txt --discards $PD/Phoenix.discards.txt \
--issues $PD/Phoenix.IssueCoding.txt"
}

need_sqlite3() {
    if ! command -v sqlite3 >/dev/null; then
        echo "skipped: the sqlite3 program is absent (Debian: apt-get install sqlite3)"
        exit 77
    fi
}

# big_corpus N OUT: the store fixture corpus N times over, each copy's
# ids made distinct (r1-n01, ...): thousands of documents for the
# crash and concurrency tests.
big_corpus() {
    awk -v n="$1" '{ line[NR] = $0 } END {
        for (k = 1; k <= n; k++) for (i = 1; i <= NR; i++) {
            l = line[i]; sub(/"id":"/, "\"id\":\"r" k "-", l); print l } }' \
        tests/fixtures/store/corpus.jsonl >"$2"
}
