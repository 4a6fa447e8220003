# Real scale: the GigaWord sample codes without error with the production
# dictionaries, and JSONL and TSV agree on every event.
. tests/cli/lib.sh
need_shared
# shellcheck disable=SC2046
"$PARLEY" code $(production_dicts) "$PT/GigaWord.sample.PETR.xml" >"$T/gw.jsonl" 2>"$T/err"
rc=$?
cat "$T/err"
expect_eq "exit code" 0 "$rc"
grep -q 'record' "$T/err" && fail "a record was reported as an error"
n=$(wc -l <"$T/gw.jsonl")
[ "$n" -gt 40 ] || fail "only $n events from 76 sentences"
# shellcheck disable=SC2046
"$PARLEY" code --format tsv $(production_dicts) "$PT/GigaWord.sample.PETR.xml" >"$T/gw.tsv" 2>/dev/null
tail -n +2 "$T/gw.tsv" | cut -f2-4 | sort >"$T/a"
sed 's/.*"source":\("[^"]*"\|null\),"target":\("[^"]*"\|null\),"code":"\([^"]*\)".*/\1\t\2\t\3/' \
    "$T/gw.jsonl" | tr -d '"' | sed 's/null/---/g' | sort >"$T/b"
cmp -s "$T/a" "$T/b" || { diff "$T/a" "$T/b" | head; fail "TSV and JSONL disagree"; }
echo "$n events"
