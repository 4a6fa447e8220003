# parley explain shows each actor and agent match and the pattern that
# fired, with dictionary file and line, then the events.
. tests/cli/lib.sh
F=tests/fixtures
D="--actors $F/tiny.actors.txt --agents $F/tiny.agents.txt --verbs $F/tiny.verbs.txt"
# shellcheck disable=SC2086
expect_rc 0 "$PARLEY" explain $D --date 20251028 --parse \
    '(ROOT (S (NP (JJ Pakistani) (NNS officials)) (VP (VBD accused) (NP (NNP Kabul)) (PP (IN of) (NP (NNS attacks)))) (. .)))'
expect_line "$T/out" "    actor PAKISTANI_ -> PAK  ($F/tiny.actors.txt:6)"
expect_line "$T/out" "    agent OFFICIALS -> ~GOV  ($F/tiny.agents.txt:3)"
expect_line "$T/out" "    actor KABUL_ -> AFG  ($F/tiny.actors.txt:10)"
expect_line "$T/out" "verb ACCUSED ($F/tiny.verbs.txt:7)"
expect_line "$T/out" "  pattern $F/tiny.verbs.txt:9 matched -> [1123]"
expect_line "$T/out" "  event PAKGOV AFG 1123"
expect_line "$T/out" "events: 1"
# a record of a file, by id, with the date restriction it used
# shellcheck disable=SC2086
expect_rc 0 "$PARLEY" explain $D --id t3 "$F/good.xml"
expect_line "$T/out" "record t3  date 20200101"
expect_line "$T/out" "    actor TALIBAN_ -> AFGREB  ($F/tiny.actors.txt:11)"
# shellcheck disable=SC2086
expect_rc 1 "$PARLEY" explain $D --id nope "$F/good.xml"
expect_line "$T/err" "parley explain: no record with id nope in $F/good.xml"
# shellcheck disable=SC2086
expect_rc 2 "$PARLEY" explain $D --date 20251332 --parse '(ROOT (S))'
