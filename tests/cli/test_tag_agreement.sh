# Tag agreement: the tagger's tags for the gold tokens of real Treebank
# parses (the PETRARCH suite and the GigaWord sample) must match the
# parses' own tags for at least 96.0% of tokens. Prints the agreement per
# file and the commonest confusions.
. tests/cli/lib.sh
need_shared
EVAL=$BUILD/tests/tag_eval
[ -x "$EVAL" ] || fail "$EVAL is not built (make unit builds it)"
"$EVAL" --min 96.0 "$PT/PETR.UnitTest.records.xml" "$PT/GigaWord.sample.PETR.xml"
