# The field's regression suite: every valid record of PETR.UnitTest.records.xml
# must code exactly as expected (276 records).
. tests/cli/lib.sh
need_shared
"$PARLEY" validate --dict-dir "$PD" "$PT/PETR.UnitTest.records.xml" >"$T/out" 2>"$T/err"
rc=$?
cat "$T/out"
expect_eq "summary" "276 passed, 0 failed" "$(tail -n 1 "$T/out")"
expect_eq "exit code" 0 "$rc"
# Without --dict-dir the dictionaries are found in ../dictionaries beside text/.
expect_rc 0 "$PARLEY" validate "$PT/PETR.UnitTest.records.xml"
expect_eq "summary without --dict-dir" "276 passed, 0 failed" "$(tail -n 1 "$T/out")"
