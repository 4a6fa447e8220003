# The bundled sample, coded with parley's own dictionaries, gives exactly
# the events a human coder wrote down for it (tests/golden/sample.expected.tsv:
# id, source, target, code; "- - -" marks a record that codes nothing).
. tests/cli/lib.sh
expect_rc 0 "$PARLEY" code --format tsv data/sample/sample.xml
tail -n +2 "$T/out" | awk -F'\t' '{print $6 "\t" $2 "\t" $3 "\t" $4}' >"$T/events"
grep -v '^#' tests/golden/sample.expected.tsv | grep -v '	-	-	-$' | sort >"$T/want"
sort "$T/events" >"$T/got"
diff "$T/want" "$T/got" || fail "sample events differ from tests/golden/sample.expected.tsv"
# records expected to code nothing really code nothing
for id in $(grep '	-	-	-$' tests/golden/sample.expected.tsv | cut -f1); do
    grep -q "^$id	" "$T/events" && fail "$id should code nothing"
done
# every bundled dictionary is clean (verb files in name order: the shared
# synonym sets of parley.common.verbs.txt come first)
n=$(ls data/dict/*.txt | wc -l)
expect_rc 0 "$PARLEY" dict check data/dict/*.txt
expect_line "$T/out" "0 problems in $n files"
