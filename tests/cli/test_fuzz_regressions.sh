# Inputs that once crashed a fuzz target (fuzz/regress/) must now give a
# clean answer. Run under `make check`, ASan and UBSan watch each one.
. tests/cli/lib.sh
R=fuzz/regress
F=tests/fixtures
# An empty dictionary file compiles to an empty lexicon.
expect_rc 0 "$PARLEY" dict stats --kind actors "$R/fuzz_dict-empty-lexicon"
expect_line "$T/out" "actor phrases	0"
# A verb block without patterns.
expect_rc 0 "$PARLEY" dict stats --kind verbs "$R/fuzz_dict-block-without-patterns"
expect_line "$T/out" "verb blocks	1"
expect_line "$T/out" "patterns	0"
# A <Sentence/> without id or category: reported by name, not garbage.
expect_rc 1 "$PARLEY" code --actors "$F/tiny.actors.txt" "$R/fuzz_xml-missing-category.xml"
expect_line "$T/err" "parley: $R/fuzz_xml-missing-category.xml:1: record x: no <Parse>: code its <Text> with --reparse"
