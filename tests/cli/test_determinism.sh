# Same input and dictionaries give byte-identical output for 1 and 2 threads,
# across several batches (more records than one batch holds).
. tests/cli/lib.sh
need_shared
{
    echo '<Sentences>'
    i=0
    while [ $i -lt 40 ]; do
        sed -n '/<Sentence /,/<\/Sentence>/p' "$PT/GigaWord.sample.PETR.xml" | sed "s/id =\"/id =\"r${i}_/"
        i=$((i + 1))
    done
    echo '</Sentences>'
} >"$T/big.xml"
# shellcheck disable=SC2046
"$PARLEY" code --threads 1 $(production_dicts) "$T/big.xml" >"$T/one" 2>/dev/null || fail "1 thread"
# shellcheck disable=SC2046
"$PARLEY" code --threads 2 $(production_dicts) "$T/big.xml" >"$T/two" 2>/dev/null || fail "2 threads"
cmp "$T/one" "$T/two" || fail "output differs between 1 and 2 threads"
[ "$(wc -l <"$T/one")" -gt 1000 ] || fail "too few events to mean anything"

# The same for raw text: the GigaWord texts as JSON Lines, more documents
# than one batch holds, segmented, tagged and parsed on each thread.
sh bench/make_text_input.sh "$PT/GigaWord.sample.PETR.xml" 3000 "$T/big.jsonl"
# shellcheck disable=SC2046
"$PARLEY" code --threads 1 $(production_dicts) "$T/big.jsonl" >"$T/one" 2>/dev/null || fail "raw, 1 thread"
# shellcheck disable=SC2046
"$PARLEY" code --threads 2 $(production_dicts) "$T/big.jsonl" >"$T/two" 2>/dev/null || fail "raw, 2 threads"
cmp "$T/one" "$T/two" || fail "raw-text output differs between 1 and 2 threads"
[ "$(wc -l <"$T/one")" -gt 1000 ] || fail "too few raw-text events to mean anything"
