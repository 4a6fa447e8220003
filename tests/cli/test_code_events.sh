# Golden sentences written for parley: expected events, agents composed,
# date-restricted codes, a synset pattern, a discard; JSONL fields present.
. tests/cli/lib.sh
F=tests/fixtures
D="--actors $F/tiny.actors.txt --agents $F/tiny.agents.txt --verbs $F/tiny.verbs.txt --discards $F/tiny.discards.txt"
# shellcheck disable=SC2086
expect_rc 0 "$PARLEY" code --format tsv $D $F/good.xml
cut -f1-6 "$T/out" >"$T/got"
cat >"$T/want" <<'TSV'
date	source	target	code	issues	ids
20251028	PAK	AFG	1123		t1
20251028	PAKGOV	AFGGOV	046		t2
20200101	AFGREB	AFG	190		t3
20220101	AFGGOV	PAK	112		t4
TSV
diff "$T/want" "$T/got" || fail "events differ"
# shellcheck disable=SC2086
expect_rc 0 "$PARLEY" code $D $F/good.xml
line=$(head -n 1 "$T/out")
expect_eq "first JSON record" \
'{"doc_id":"t1","sentence_id":1,"date":"2025-10-28","source":"PAK","target":"AFG","code":"1123","root":"11","quad_class":3,"goldstein":-2.0,"plover":"ACCUSE","event_name":"Accuse of aggression","source_text":"PAKISTAN","target_text":"AFGHANISTAN","verb_text":"ACCUSED","pattern":"tiny.verbs.txt:9","pattern_kind":"pattern","passive":false,"noun":false,"mode":"factual","attribution":null,"issues":[],"outlet":"TEST"}' \
"$line"
# A multi-word verb whose last word lies past the verb's phrase (here the
# parse closes the VP after "launched") codes in bounded time: the coder
# once asked for a word list of negative length and never returned.
cat >"$T/multi.verbs.txt" <<'VERBS'
--- LAUNCH [---] ---
+LAUNCH_ATTACK [190]
VERBS
cat >"$T/multi.xml" <<'XML'
<Sentences>
<Sentence date="20251028" id="m1" source="TEST" sentence="true">
<Text>Pakistan launched attack on Afghanistan.</Text>
<Parse>(ROOT (S (NP (NNP Pakistan)) (VP (VBD launched)) (NP (NP (NN attack)) (PP (IN on) (NP (NNP Afghanistan)))) (. .)))</Parse>
</Sentence>
</Sentences>
XML
expect_rc 0 timeout 10 "$PARLEY" code --format tsv --actors $F/tiny.actors.txt --verbs "$T/multi.verbs.txt" "$T/multi.xml"
