# Bad input gets a clear, located error and never a crash; the rest of the
# input is still coded. Exit codes are the documented ones.
. tests/cli/lib.sh
F=tests/fixtures
D="--actors $F/tiny.actors.txt --agents $F/tiny.agents.txt --verbs $F/tiny.verbs.txt"
rec() { # id date parse
    printf '<Sentence date="%s" id="%s">\n<Text>x</Text>\n<Parse>%s</Parse>\n</Sentence>\n' "$2" "$1" "$3"
}
good='(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP Afghanistan))) (. .)))'

# An unbalanced tree, a missing and an impossible date: each named by id,
# the good records around them still coded; exit 1.
{
    echo '<Sentences>'
    rec a1 20250101 "$good"
    rec bad1 20250101 '(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (. .)))'
    printf '<Sentence id="nodate">\n<Text>x</Text>\n<Parse>%s</Parse>\n</Sentence>\n' "$good"
    rec baddate 20250230 "$good"
    rec a2 20250102 "$good"
    echo '</Sentences>'
} >"$T/mixed.xml"
# shellcheck disable=SC2086
expect_rc 1 "$PARLEY" code --format tsv $D "$T/mixed.xml"
expect_line "$T/err" "parley: $T/mixed.xml:6: record bad1: cannot code its parse: bad_input_parse"
expect_line "$T/err" "parley: $T/mixed.xml:10: record nodate: missing date attribute"
expect_line "$T/err" "parley: $T/mixed.xml:14: record baddate: date is not a real YYYYMMDD date"
expect_eq "coded ids" "a1 a2" "$(tail -n +2 "$T/out" | cut -f6 | tr '\n' ' ' | sed 's/ $//')"

# Malformed XML: located error, exit 3, records before it still out.
{ echo '<Sentences>'; rec a1 20250101 "$good"; echo '<Sentence date="20250101" id="x"><Text>a</Tex>'; } >"$T/broken.xml"
# shellcheck disable=SC2086
expect_rc 3 "$PARLEY" code --format tsv $D "$T/broken.xml"
expect_line "$T/err" "parley: $T/broken.xml:6:43: invalid XML: mismatched tag"
expect_eq "records before the error" 2 "$(wc -l <"$T/out")"

# Invalid UTF-8 inside the XML.
{ echo '<Sentences>'; printf '<Sentence date="20250101" id="u"><Text>caf\351</Text></Sentence>\n'; echo '</Sentences>'; } >"$T/utf8.xml"
# shellcheck disable=SC2086
expect_rc 3 "$PARLEY" code $D "$T/utf8.xml"
expect_line "$T/err" "parley: $T/utf8.xml:2:43: invalid XML: not well-formed (invalid token)"

# Binary junk, read as PETRARCH XML: invalid XML, located, exit 3.
head -c 4096 /dev/urandom >"$T/junk.bin"
rc=0
"$PARLEY" code --input petrxml $D "$T/junk.bin" >/dev/null 2>"$T/err" || rc=$?
expect_eq "junk exit" 3 "$rc"
grep -q "^parley: $T/junk.bin:[0-9]*:[0-9]*: invalid XML: " "$T/err" || fail "junk: $(cat "$T/err")"
# The same junk read as raw text: one document that is not UTF-8, named
# with the byte where it breaks; exit 1 (documents after it would be coded).
printf '\377junk' >"$T/junk.txt"
rc=0
"$PARLEY" code --date 2025-01-01 $D "$T/junk.txt" >/dev/null 2>"$T/err" || rc=$?
expect_eq "raw junk exit" 1 "$rc"
expect_line "$T/err" "parley: $T/junk.txt:1: document junk.txt: invalid UTF-8 at byte 0 of its text"

# A 10 MB "sentence": refused by id, nothing else lost.
{
    echo '<Sentences>'
    printf '<Sentence date="20250101" id="huge">\n<Text>'
    head -c 10000000 /dev/zero | tr '\0' 'a'
    printf '</Text>\n<Parse>%s</Parse>\n</Sentence>\n' "$good"
    rec after 20250101 "$good"
    echo '</Sentences>'
} >"$T/huge.xml"
# shellcheck disable=SC2086
expect_rc 1 "$PARLEY" code --format tsv $D "$T/huge.xml"
expect_line "$T/err" "parley: $T/huge.xml:2: record huge: <Text> or <Parse> longer than 1 MiB"
expect_eq "after the huge record" after "$(tail -n 1 "$T/out" | cut -f6)"

# Absurd nesting: 5000 levels.
{
    echo '<Sentences><Sentence date="20250101" id="deep"><Text>x</Text><Parse>'
    i=0; while [ $i -lt 5000 ]; do printf '(NP '; i=$((i + 1)); done
    printf 'x'
    i=0; while [ $i -lt 5000 ]; do printf ')'; i=$((i + 1)); done
    echo '</Parse></Sentence></Sentences>'
} >"$T/deep.xml"
# shellcheck disable=SC2086
expect_rc 1 "$PARLEY" code $D "$T/deep.xml"
expect_line "$T/err" "parley: $T/deep.xml:1: record deep: cannot code its parse: parse_too_deep"

# Usage errors exit 2; an unreadable dictionary exits 4; a missing input exits 3.
expect_rc 2 "$PARLEY" code
expect_rc 2 "$PARLEY" code --format xml "$F/good.xml"
expect_rc 2 "$PARLEY" frobnicate
expect_rc 4 "$PARLEY" code --actors "$T/nope.txt" "$F/good.xml"
expect_line "$T/err" "parley: $T/nope.txt: cannot open: No such file or directory"
# shellcheck disable=SC2086
expect_rc 3 "$PARLEY" code $D "$T/missing.xml"
expect_line "$T/err" "parley: $T/missing.xml: cannot open: No such file or directory"
