# The libFuzzer harnesses (fuzz/) still compile and link against the
# library. `make fuzz` is not part of the test suite, so without this a
# change to a contract the harnesses use, or a new library dependency,
# goes unnoticed until someone fuzzes (it happened twice in session 5).
. tests/cli/lib.sh
if ! command -v clang >/dev/null 2>&1; then
    echo "skipped: clang is not installed (apt-get install clang)"
    exit 77
fi
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n);\nint LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' >"$T/probe.c"
if ! clang -fsanitize=fuzzer "$T/probe.c" -o "$T/probe" 2>"$T/probe.err"; then
    echo "skipped: clang here cannot link libFuzzer programs: $(head -n 1 "$T/probe.err")"
    exit 77
fi
if ! BUILD="$BUILD/fuzz-build" FUZZ_BUILD_ONLY=1 sh fuzz/run.sh >"$T/out" 2>&1; then
    tail -n 20 "$T/out"
    fail "the fuzz harnesses do not build"
fi
expect_line "$T/out" "fuzz: built fuzz_dict fuzz_tag fuzz_tree fuzz_xml fuzz_segment"
echo "all fuzz harnesses build"
