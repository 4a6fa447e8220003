# parley dict check: every malformed line as FILE:LINE:COL: reason, exit 1;
# parley's own fixture dictionaries are clean; stats counts entries.
. tests/cli/lib.sh
F=tests/fixtures
cat >"$T/bad.actors.txt" <<'A'
GOOD_ACTOR [GDA]
	[GDAGOV 20200101-20191231]
OTHER [OTH
	[OTHGOV >2020130]
  # an indented comment is fine
BAD_DATES [BDA 990101-0101]
+
A
expect_rc 1 "$PARLEY" dict check "$T/bad.actors.txt"
cat >"$T/want" <<W
parley: $T/bad.actors.txt:2:10: date range '20200101-20191231' ends before it starts
parley: $T/bad.actors.txt:3:7: '[' without a closing ']'
parley: $T/bad.actors.txt:4:11: bad date restriction '2020130': expected YYMMDD or YYYYMMDD
parley: $T/bad.actors.txt:6:23: bad date range '990101-0101': expected D1-D2 with YYMMDD or YYYYMMDD dates
parley: $T/bad.actors.txt:7:2: empty actor phrase
5 problems in 1 file
W
diff "$T/want" "$T/out" || fail "dict check output"

cat >"$T/bad.verbs.txt" <<'V'
&SET
+ONE
ORPHAN
--- BLOCK [010] ---
SAY {SAYS SAID
WARN
- * &NOSUCH [011]
- * + [012
- NO STAR HERE [013]
V
expect_rc 1 "$PARLEY" dict check "$T/bad.verbs.txt"
cat >"$T/want" <<W
parley: $T/bad.verbs.txt:3:1: verb line before any '--- NAME [CODE] ---' block header
parley: $T/bad.verbs.txt:5:5: '{' without a closing '}'
parley: $T/bad.verbs.txt:7:5: synset &NOSUCH is not defined before this pattern; pattern ignored
parley: $T/bad.verbs.txt:8:7: '[' without a closing ']'
parley: $T/bad.verbs.txt:9:2: pattern without '*' marking the verb
5 problems in 1 file
W
diff "$T/want" "$T/out" || fail "dict check verbs output"

expect_rc 0 "$PARLEY" dict check $F/tiny.actors.txt $F/tiny.agents.txt $F/tiny.verbs.txt $F/tiny.discards.txt
expect_line "$T/out" "0 problems in 4 files"
expect_rc 0 "$PARLEY" dict stats $F/tiny.actors.txt $F/tiny.agents.txt $F/tiny.verbs.txt
expect_line "$T/out" "actor phrases	10"
expect_line "$T/out" "date-restricted codes	2"
expect_line "$T/out" "verb blocks	3"
expect_line "$T/out" "patterns	2"
expect_line "$T/out" "synsets	1"
expect_rc 2 "$PARLEY" dict check "$T/unknown-kind.txt"
