#!/bin/sh
# tests/run.sh - runs every parley test and ends with "N passed, M failed".
# Unit programs (cmocka), then the shell tests in tests/cli/. A test exits
# 0 to pass, 77 to skip (e.g. ../shared is absent), anything else fails.
BUILD=${BUILD:-build}
PARLEY=$(pwd)/$BUILD/parley
export PARLEY BUILD
SHARED=${SHARED:-$(cd .. && pwd)/shared}
export SHARED
passed=0 failed=0 skipped=0 failures=""
log=$BUILD/test-logs
mkdir -p "$log/unit" "$log/cli"

run() { # name command...
    name=$1; shift
    "$@" >"$log/$name.log" 2>&1
    rc=$?
    if [ $rc -eq 0 ]; then
        passed=$((passed + 1)); echo "PASS $name"
    elif [ $rc -eq 77 ]; then
        skipped=$((skipped + 1)); echo "SKIP $name: $(tail -n 1 "$log/$name.log")"
    else
        failed=$((failed + 1)); failures="$failures $name"
        echo "FAIL $name (exit $rc), last lines of $log/$name.log:"
        tail -n 15 "$log/$name.log" | sed 's/^/    /'
    fi
}

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    run "unit/$(basename "$t")" "$t"
done
for t in tests/cli/test_*.sh; do
    run "cli/$(basename "$t" .sh)" sh "$t"
done
[ -n "$failures" ] && echo "failed:$failures"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
