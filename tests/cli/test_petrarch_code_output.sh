# Scores `parley code` output (not `parley validate`) against the suite's
# expected events, the way an outside check would: every valid record's
# (source, target, code) multiset must equal its <EventCoding>s.
. tests/cli/lib.sh
need_shared
"$PARLEY" code --format tsv --actors "$PD/PETR.Validate.actors.txt" \
    --agents "$PD/PETR.Validate.agents.txt" --verbs "$PD/PETR.Validate.verbs.txt" \
    --discards "$PD/PETR.Validate.discards.txt" "$PT/PETR.UnitTest.records.xml" >"$T/got.tsv" 2>"$T/err"
# the two records with unbalanced trees are reported, and nothing else
expect_eq "records reported" 2 "$(grep -c 'cannot code its parse: bad_input_parse' "$T/err")"
tail -n +2 "$T/got.tsv" | awk -F'\t' '{print $6 "\t" $2 " " $3 " " $4}' | sort >"$T/got"
awk -v ids="$T/ids" -f tests/cli/expected_events.awk "$PT/PETR.UnitTest.records.xml" | sort >"$T/want"
expect_eq "valid records" 276 "$(wc -l <"$T/ids")"
# compare per record
sort -u "$T/ids" | while read -r id; do
    a=$(grep -F "$id	" "$T/want" | grep "^$id	" | cut -f2 | sort | tr '\n' ';')
    b=$(grep "^$id	" "$T/got" | cut -f2 | sort | tr '\n' ';')
    [ "$a" = "$b" ] || echo "$id: expected [$a] got [$b]"
done >"$T/diff"
if [ -s "$T/diff" ]; then
    cat "$T/diff"
    fail "$(wc -l <"$T/diff") records differ"
fi
echo "276 of 276 records scored equal from parley code output"
