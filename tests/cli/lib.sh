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
