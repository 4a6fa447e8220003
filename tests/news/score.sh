#!/bin/sh
# tests/news/score.sh - scores parley against the hand-coded news set.
#
#   score.sh [-v] PARLEY_BINARY SENTENCES.tsv [MIN_F1]
#
# SENTENCES.tsv has four tab-separated columns, ID DATE EXPECTED SENTENCE;
# lines starting with # and blank lines are skipped. EXPECTED is a
# comma-separated list of SRC-ROOT-TGT triples (three-letter country codes,
# two-digit CAMEO root), or "-" when the sentence should code nothing.
#
# The sentences are fed to "PARLEY code --input jsonl --format tsv -" with the
# bundled dictionaries. Each event becomes SRC3-ROOT-TGT3 (the first three
# characters of the source and target codes, "---" when unknown, and the first
# two digits of the event code). Per sentence, expected and predicted triples
# are compared as multisets: a triple expected twice and predicted once is one
# true positive and one false negative.
#
# Prints a table per root and the micro-averaged precision, recall and F1 over
# all triples; -v also lists every sentence with missed or extra triples.
# Exit: 0 ok, 1 F1 below MIN_F1, 2 usage or input error, 3 parley failed.
# Needs only a POSIX shell and awk.

verbose=0
while [ $# -gt 0 ]; do
    case $1 in
    -v) verbose=1; shift ;;
    --) shift; break ;;
    -*) echo "score.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: score.sh [-v] PARLEY_BINARY SENTENCES.tsv [MIN_F1]" >&2
    exit 2
fi
parley=$1 tsv=$2 min_f1=${3:-}
[ -x "$parley" ] || { echo "score.sh: $parley is not executable" >&2; exit 2; }
[ -r "$tsv" ] || { echo "score.sh: cannot read $tsv" >&2; exit 2; }
if [ -n "$min_f1" ]; then
    case $min_f1 in
    *[!0-9.]* | *.*.* | . ) echo "score.sh: MIN_F1 must be a number such as 0.35" >&2; exit 2 ;;
    esac
fi

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C
export LC_ALL

# 1. TSV -> JSON Lines. Backslash, quote and control characters are escaped;
# other bytes (UTF-8) pass through, which JSON allows.
awk -F'\t' '
function esc(s,   out, i, c) {
    gsub(/\r/, "", s)
    out = ""
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c in ctl) out = out ctl[c]; else out = out c
    }
    return out
}
BEGIN {
    for (i = 1; i < 32; i++) ctl[sprintf("%c", i)] = sprintf("\\u%04x", i)
    ctl["\\"] = "\\\\"; ctl["\""] = "\\\""
}
/^#/ || /^[ \t\r]*$/ { next }
NF != 4 { printf "score.sh: %s:%d: %d columns, expected 4\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; next }
{ printf "{\"id\":\"%s\",\"date\":\"%s\",\"text\":\"%s\"}\n", esc($1), esc($2), esc($4) }
END { exit bad }
' "$tsv" >"$tmp/in.jsonl" || exit 2

# 2. Code them. Exit 1 means some records could not be coded (each is
# reported on stderr); the rest are still scored.
"$parley" code --input jsonl --format tsv - <"$tmp/in.jsonl" >"$tmp/out.tsv" 2>"$tmp/err"
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    echo "score.sh: $parley code exited $rc:" >&2
    cat "$tmp/err" >&2
    exit 3
fi
[ -s "$tmp/err" ] && sed 's/^/score.sh: parley: /' "$tmp/err" >&2

# 3. Score. File 1: the sentences; file 2: parley's TSV (date source target
# code issues ids outlet, with a header line).
awk -F'\t' -v verbose="$verbose" -v min_f1="$min_f1" '
function s3(x) { return (x == "" || x == "null") ? "---" : substr(x, 1, 3) }
function f1(p, r) { return (p + r > 0) ? 2 * p * r / (p + r) : 0 }
function ratio(a, b) { return b > 0 ? a / b : 0 }
function fmt(a, b) { return b > 0 ? sprintf("%.3f", a / b) : "  -  " }
FILENAME == ARGV[1] {
    if (/^#/ || /^[ \t\r]*$/ || NF != 4) next
    id = $1; nsent++; order[nsent] = id; text[id] = $4
    if (id in seen) { printf "score.sh: duplicate id %s; its triples are merged\n", id > "/dev/stderr" }
    seen[id] = 1
    if ($3 == "-") { noevent[id] = 1; next }
    n = split($3, t, ",")
    for (i = 1; i <= n; i++) {
        tr = t[i]; gsub(/[ \r]/, "", tr)
        if (tr !~ /^([A-Z][A-Z][A-Z]|---)-(0[1-9]|1[0-9]|20)-([A-Z][A-Z][A-Z]|---)$/) {
            printf "score.sh: %s: bad triple [%s]\n", id, tr > "/dev/stderr"; bad = 1; continue
        }
        expd[id, tr]++; keys[id, tr] = 1
    }
    next
}
FNR == 1 && $1 == "date" { next }
{
    id = $6
    if (!(id in seen)) { printf "score.sh: event for unknown id %s\n", id > "/dev/stderr"; next }
    tr = s3($2) "-" substr($4, 1, 2) "-" s3($3)
    pred[id, tr]++; keys[id, tr] = 1; npred[id]++
}
END {
    if (bad) exit 2
    for (k in keys) {
        split(k, kk, SUBSEP); id = kk[1]; tr = kk[2]
        e = (k in expd) ? expd[k] : 0; p = (k in pred) ? pred[k] : 0
        tp = e < p ? e : p
        r = substr(tr, 5, 2)    # SRC-RR-TGT: the source is always 3 characters
        E[r] += e; P[r] += p; TP[r] += tp; roots[r] = 1
        TE += e; TPRED += p; TTP += tp
        for (j = tp; j < e; j++) miss[id] = miss[id] " " tr
        for (j = tp; j < p; j++) extra[id] = extra[id] " " tr
    }
    printf "%-5s %8s %9s %5s %9s %7s %6s\n", "root", "expected", "predicted", "TP", "precision", "recall", "F1"
    for (i = 1; i <= 20; i++) roots[sprintf("%02d", i)] = 1
    nr = 0; for (r in roots) rl[++nr] = r
    for (i = 2; i <= nr; i++) { v = rl[i]; for (j = i - 1; j >= 1 && rl[j] > v; j--) rl[j + 1] = rl[j]; rl[j + 1] = v }
    for (i = 1; i <= nr; i++) {
        r = rl[i]; e = E[r] + 0; p = P[r] + 0; tp = TP[r] + 0
        printf "%-5s %8d %9d %5d %9s %7s %6.3f\n", r, e, p, tp, fmt(tp, p), fmt(tp, e), f1(ratio(tp, p), ratio(tp, e))
    }
    prec = ratio(TTP, TPRED); rec = ratio(TTP, TE); F = f1(prec, rec)
    printf "%-5s %8d %9d %5d %9s %7s %6.3f\n", "all", TE, TPRED, TTP, fmt(TTP, TPRED), fmt(TTP, TE), F
    ne = 0; nef = 0
    for (id in noevent) { ne++; if (npred[id] > 0) nef++ }
    printf "sentences: %d; no-event sentences: %d, of which %d produced events\n", nsent, ne, nef
    printf "micro precision %.4f recall %.4f F1 %.4f (TP %d, FP %d, FN %d)\n", prec, rec, F, TTP, TPRED - TTP, TE - TTP
    if (verbose) {
        for (i = 1; i <= nsent; i++) {
            id = order[i]
            if (!(id in miss) && !(id in extra)) continue
            printf "\n%s: %s\n", id, text[id]
            if (id in miss) printf "  missed:%s\n", miss[id]
            if (id in extra) printf "  extra: %s\n", substr(extra[id], 2)
            delete miss[id]; delete extra[id]
        }
    }
    if (min_f1 != "" && F < min_f1 + 0) {
        printf "FAIL: F1 %.4f is below the floor %s\n", F, min_f1
        exit 1
    }
}
' "$tsv" "$tmp/out.tsv"
