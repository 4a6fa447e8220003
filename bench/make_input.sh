#!/bin/sh
# bench/make_input.sh SRC.xml N OUT.xml - repeats the <Sentence> records of
# SRC until OUT holds at least N of them, each with a unique id.
src=$1 n=$2 out=$3
awk -v want="$n" '
    /<Sentence / { inrec = 1; rec = "" }
    inrec { rec = rec $0 "\n" }
    /<\/Sentence>/ && inrec { recs[++k] = rec; inrec = 0 }
    END {
        print "<Sentences>"
        for (i = 0; i < want; ) for (j = 1; j <= k && i < want; j++) {
            r = recs[j]; sub(/id *= *"/, "id=\"r" int(i / k) "_", r); printf "%s", r; i++
        }
        print "</Sentences>"
    }' "$src" >"$out"
