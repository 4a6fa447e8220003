# parley's data is its own (issue #4: no third-party dictionary is copied,
# in whole or in part). Every line of 20 or more characters in our
# dictionaries, lexicon, samples, goldens and test sets is compared with
# every line under ../shared. A coinciding line fails the test unless it is
# a bare fact in the field's one-phrase-per-line format: a name or role
# phrase with an optional {plural} and [code], such as
# "+UNITED_KINGDOM_OF_GREAT_BRITAIN_AND_NORTHERN_IRELAND_" or
# "SUICIDE_BOMBER [~REB]". Such a line states what the phrase means in
# CAMEO, which anyone writing the entry from the codebook writes the same
# way. Patterns, comments, synsets and multi-line blocks must never match.
. tests/cli/lib.sh
need_shared
find "$SHARED" -type f ! -name '*.pdf' >"$T/theirs"
find data tests/golden tests/news tests/fixtures -type f >"$T/ours"
# shellcheck disable=SC2046
LC_ALL=C awk -v theirs_list="$T/theirs" '
function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
BEGIN {
    while ((getline f < theirs_list) > 0) {
        while ((getline l < f) > 0) { l = trim(l); if (length(l) >= 20) seen[l] = f }
        close(f)
    }
}
{
    l = trim($0)
    if (length(l) < 20 || !(l in seen)) next
    if (l ~ /^\+?[A-Z0-9_.\047&-]+( \{[^}]*\})?( \[[~A-Z0-9:<>-]*\])?$/) { facts++; next }
    printf "%s:%d: identical to a line of %s: %s\n", FILENAME, FNR, seen[l], l
    bad++
}
END {
    printf "%d fact lines coincide (a phrase and its CAMEO code); %d other lines\n", facts, bad
    exit bad > 0
}
' $(cat "$T/ours") || fail "lines copied from ../shared (see above)"
