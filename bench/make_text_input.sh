#!/bin/sh
# bench/make_text_input.sh SRC.xml N OUT.jsonl - the <Text> of each
# <Sentence> record of SRC (those that have one), as JSON Lines documents
# {"id","date","text"}, repeated until OUT holds N of them. This is the
# raw-text benchmark's input: the same sentences the pre-parsed benchmark
# codes from their parses, here coded from their words.
src=$1 n=$2 out=$3
awk -v want="$n" '
    function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, " ", s); return s }
    /<Sentence / { d = $0; sub(/.*date *= *"/, "", d); sub(/".*/, "", d); text = ""; intext = 0 }
    /<Text>/ { intext = 1; line = $0; sub(/.*<Text>/, "", line)
               if (line ~ /<\/Text>/) { sub(/<\/Text>.*/, "", line); text = line; intext = 0 }
               else text = line; next }
    intext && /<\/Text>/ { line = $0; sub(/<\/Text>.*/, "", line); text = text " " line; intext = 0
                           if (text ~ /[A-Za-z]/) { texts[++k] = esc(text); dates[k] = d }; next }
    intext { text = text " " $0 }
    END {
        for (i = 0; i < want; ) for (j = 1; j <= k && i < want; j++) {
            printf "{\"id\":\"t%d\",\"date\":\"%s\",\"text\":\"%s\"}\n", i, dates[j], texts[j]; i++
        }
    }' "$src" >"$out"
