# The field's regression suite coded from raw text: each record's <Text>
# goes through parley's own segmenter, tagger and parser (--reparse), and
# the given parse's words and tags through the parser alone
# (--reparse=gold-tags). The given parses code all 276 (see
# test_petrarch_suite.sh); these floors are what parley reaches now, so a
# change that loses a record fails here. Issue #3 asks for 268 (97%) from
# <Text>; docs/parsing.md explains the gap, including the records whose
# <Text> and <Parse> disagree.
. tests/cli/lib.sh
need_shared
TEXT_FLOOR=264
GOLD_TAGS_FLOOR=268
passed() { sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p' "$T/out" | tail -n 1; }

"$PARLEY" validate --reparse --dict-dir "$PD" "$PT/PETR.UnitTest.records.xml" >"$T/out" 2>"$T/err"
n=$(passed)
echo "from <Text>: $n of 276 (floor $TEXT_FLOOR)"
grep '^NOTE\|records have' "$T/out"
[ "${n:-0}" -ge "$TEXT_FLOOR" ] || { grep -A3 '^FAIL' "$T/out"; fail "--reparse: $n < $TEXT_FLOOR"; }

"$PARLEY" validate --reparse=gold-tags --dict-dir "$PD" "$PT/PETR.UnitTest.records.xml" >"$T/out" 2>"$T/err"
n=$(passed)
echo "from gold tags: $n of 276 (floor $GOLD_TAGS_FLOOR)"
[ "${n:-0}" -ge "$GOLD_TAGS_FLOOR" ] || { grep -A3 '^FAIL' "$T/out"; fail "--reparse=gold-tags: $n < $GOLD_TAGS_FLOOR"; }

# `parley code --reparse` output, scored per record by the awk scorer that
# an outside check would use, reaches the same floor.
"$PARLEY" code --reparse --format tsv --actors "$PD/PETR.Validate.actors.txt" \
    --agents "$PD/PETR.Validate.agents.txt" --verbs "$PD/PETR.Validate.verbs.txt" \
    --discards "$PD/PETR.Validate.discards.txt" "$PT/PETR.UnitTest.records.xml" >"$T/got.tsv" 2>"$T/err"
tail -n +2 "$T/got.tsv" | awk -F'\t' '{print $6 "\t" $2 " " $3 " " $4}' | sort >"$T/got"
awk -v ids="$T/ids" -f tests/cli/expected_events.awk "$PT/PETR.UnitTest.records.xml" | sort >"$T/want"
same=0
for id in $(sort -u "$T/ids"); do
    a=$(grep "^$id	" "$T/want" | cut -f2 | sort | tr '\n' ';')
    b=$(grep "^$id	" "$T/got" | cut -f2 | sort | tr '\n' ';')
    [ "$a" = "$b" ] && same=$((same + 1))
done
echo "parley code --reparse, scored by records: $same of 276"
[ "$same" -ge "$TEXT_FLOOR" ] || fail "code --reparse: $same < $TEXT_FLOOR"
exit 0
