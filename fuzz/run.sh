#!/bin/sh
# fuzz/run.sh - builds the libFuzzer targets in fuzz/ and runs each for FUZZ_SECONDS.
# Usage: [BUILD=build/fuzz] [FUZZ_SECONDS=60] [FUZZ_BUILD_ONLY=1] sh fuzz/run.sh [target ...]
# (see docs/fuzzing.md)
set -u

BUILD=${BUILD:-build/fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
CC=${FUZZ_CC:-clang}
ALL_TARGETS="fuzz_dict fuzz_tag fuzz_tree fuzz_xml fuzz_segment"
TARGETS=${*:-$ALL_TARGETS}

case $FUZZ_SECONDS in
'' | *[!0-9]*)
    echo "fuzz: FUZZ_SECONDS must be a whole number of seconds, not '$FUZZ_SECONDS'" >&2
    exit 1
    ;;
esac

# libFuzzer ships with clang only; gcc has no -fsanitize=fuzzer.
if ! command -v "$CC" >/dev/null 2>&1; then
    echo "fuzz: $CC not found; libFuzzer targets need clang (apt-get install clang)" >&2
    exit 1
fi

# Same language mode and warnings as the Makefile, so a harness that builds
# here also builds there. Undefined behaviour must stop the run: with
# recovery on, UBSan only prints and libFuzzer would not save the input.
CFLAGS="-std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all
        -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
        -Iinclude -Isrc"
# The Makefile passes these to every library object; src/api needs the
# version, so read it from the one place it is set.
VERSION=$(sed -n 's/^VERSION[[:space:]]*:=[[:space:]]*//p' Makefile 2>/dev/null)
# shellcheck disable=SC2089 # the quotes are meant literally: they make C strings
DEFS="-DPARLEY_VERSION=\"${VERSION:-unknown}\" -DPARLEY_DATADIR=\"/usr/local/share/parley\""
if DEPS_CFLAGS=$(pkg-config --cflags expat libutf8proc jansson zlib sqlite3 2>/dev/null) &&
    DEPS_LIBS=$(pkg-config --libs expat libutf8proc jansson zlib sqlite3 2>/dev/null); then
    :
else
    DEPS_CFLAGS=
    DEPS_LIBS="-lexpat -lutf8proc -ljansson -lz -lsqlite3"
fi

# Fail early and clearly when this clang lacks the fuzzer runtime.
mkdir -p "$BUILD" || exit 1
probe=$BUILD/probe.c
printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' >"$probe"
if ! $CC -fsanitize=fuzzer,address,undefined "$probe" -o "$BUILD/probe" >"$BUILD/probe.log" 2>&1; then
    echo "fuzz: $CC cannot link -fsanitize=fuzzer,address,undefined (no libFuzzer runtime?):" >&2
    cat "$BUILD/probe.log" >&2
    exit 1
fi
rm -f "$probe" "$BUILD/probe" "$BUILD/probe.log"

# Library objects: instrumented for coverage and sanitizers, but without
# libFuzzer's main(), which only the final link adds.
echo "fuzz: building library objects in $BUILD/obj"
OBJS=
for src in src/*/*.c; do
    obj=$BUILD/obj/${src%.c}.o
    mkdir -p "$(dirname "$obj")" || exit 1
    # shellcheck disable=SC2086,SC2090 # flag lists are meant to split
    if ! $CC $CFLAGS $DEFS $DEPS_CFLAGS -fsanitize=fuzzer-no-link,address,undefined -c "$src" -o "$obj"; then
        echo "fuzz: compiling $src failed" >&2
        exit 1
    fi
    OBJS="$OBJS $obj"
done

# The tagger's lexicon: generated from WordNet by the Makefile's rule,
# compiled here as plain data (nothing in it to instrument).
echo "fuzz: generating the tagger's lexicon"
make -s BUILD="$BUILD" "$BUILD/gen/lexdata.c" || exit 1
if ! $CC -std=c11 -D_GNU_SOURCE -Isrc -O0 -c "$BUILD/gen/lexdata.c" -o "$BUILD/obj/lexdata.o"; then
    echo "fuzz: compiling the lexicon failed" >&2
    exit 1
fi
OBJS="$OBJS $BUILD/obj/lexdata.o"

for t in $TARGETS; do
    if [ ! -f "fuzz/$t.c" ]; then
        echo "fuzz: no such target '$t' (have: $ALL_TARGETS)" >&2
        exit 1
    fi
    echo "fuzz: linking $BUILD/$t"
    # shellcheck disable=SC2086
    if ! $CC $CFLAGS $DEPS_CFLAGS -fsanitize=fuzzer,address,undefined "fuzz/$t.c" $OBJS \
        $DEPS_LIBS -lpthread -lm -o "$BUILD/$t"; then
        echo "fuzz: linking $t failed" >&2
        exit 1
    fi
done

# FUZZ_BUILD_ONLY=1: stop once every harness links (tests/cli/test_fuzz_build.sh).
if [ "${FUZZ_BUILD_ONLY:-0}" = 1 ]; then
    echo "fuzz: built $TARGETS"
    exit 0
fi

# Runs one target; the summary line is collected so that all of them print
# together at the end, after libFuzzer's own output.
failed=0
summary=
for t in $TARGETS; do
    corpus=$BUILD/corpus/$t
    artifacts=$BUILD/artifacts/$t/
    log=$BUILD/logs/$t.log
    mkdir -p "$corpus" "$artifacts" "$BUILD/logs" || exit 1
    # The corpus persists between runs and grows; the seeds only start it.
    if [ -d "fuzz/seeds/$t" ]; then
        cp fuzz/seeds/"$t"/* "$corpus"/ 2>/dev/null
    fi
    dict_opt=
    if [ -f "fuzz/seeds/$t.dict" ]; then
        dict_opt=-dict=fuzz/seeds/$t.dict
    fi
    echo "fuzz: running $t for ${FUZZ_SECONDS}s (log: $log)"
    # shellcheck disable=SC2086
    "$BUILD/$t" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts" $dict_opt "$corpus" >"$log" 2>&1
    rc=$?
    # The last status line carries the final run count, coverage and speed.
    stat=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -n 1)
    runs=$(printf '%s\n' "$stat" | sed -n 's/^#\([0-9]*\).*/\1/p')
    cov=$(printf '%s\n' "$stat" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(printf '%s\n' "$stat" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    corp=$(printf '%s\n' "$stat" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
    speed=$(sed -n 's/^stat::average_exec_per_sec:[[:space:]]*//p' "$log" | tail -n 1)
    [ -n "$speed" ] || speed=$(printf '%s\n' "$stat" | sed -n 's/.* exec\/s: \([0-9]*\).*/\1/p')
    if [ -n "$stat" ]; then
        figures="runs $runs, ${speed:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
    else
        figures="stopped while loading the seed corpus"
    fi
    if [ "$rc" -eq 0 ]; then
        line="$t: ok, $figures"
    else
        failed=1
        unit=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        # What went wrong, and the first frame in parley's own code.
        kind=$(grep -m 1 -E 'ERROR: [A-Za-z]*Sanitizer|ERROR: libFuzzer|runtime error|^fuzz_[a-z]*: ' "$log" |
            sed -e 's/^==[0-9]*==//' -e 's/ on address.*//' -e 's/ (pid [0-9]*)//')
        where=$(grep -m 1 -E '^ *#[0-9]+ .* in [^ ]+ [^ ]*src/[^ ]*\.c:[0-9]+' "$log" |
            sed 's/.* in \([^ ]*\) [^ ]*\(src\/[^ ]*\).*/\1 \2/')
        line="$t: FAILED (exit $rc), $figures; ${kind:-see $log}${where:+ at $where}; reproducer: ${unit:-none}"
        echo "fuzz: $t failed; last lines of $log:" >&2
        tail -n 40 "$log" >&2
    fi
    summary="$summary$line
"
done

printf '%s' "$summary"
if [ "$failed" -ne 0 ]; then
    echo "fuzz: at least one target failed; reproduce with $BUILD/<target> <reproducer>" >&2
    exit 1
fi
exit 0
