/* match.c - matching one part of a verb pattern (PETRARCH-1 §8.1-8.2).
 * Code stage. The upper part is matched against the words before the
 * verb (nearest first), the lower part against the words after it. NE
 * boundaries are transparent to words but switch the in-NE state that
 * the tokens $ (source), + (target), ^ (skip an actor) and % need. */
#include "code/internal.h"

#include <string.h>

static bool is_boundary(const struct seq_elem *e)
{
    return e->kind != SEQ_WORD;
}

/* Length of the synset match at seq[at], or 0 (§8.2). */
static size_t synset_at(const struct lexicon *lx, uint32_t synset, const struct seq *seq, size_t at,
                        bool upper)
{
    const struct synset *sy = &lx->synsets[synset];
    const struct synset_member *m = lx->syn_members + sy->members;
    uint32_t word = seq->e[at].word;
    if (synset < 64) { /* the membership bitmaps answer without a scan */
        uint64_t bit = (uint64_t)1 << synset;
        if (lx->syn_single[word] & bit)
            return word != 0;
        if (!((upper ? lx->syn_last : lx->syn_first)[word] & bit))
            return 0;
    } else {
        for (uint32_t i = 0; i < sy->nmembers; i++)
            if (m[i].nwords == 1 && lx->word_pool[m[i].words] == word && word != 0)
                return 1;
    }
    for (uint32_t i = 0; i < sy->nmembers; i++) {
        size_t n = m[i].nwords;
        if (n < 2 || at + n > seq->n)
            continue;
        const uint32_t *w = lx->word_pool + m[i].words;
        size_t k = 0;
        for (; k < n; k++) {
            const struct seq_elem *e = &seq->e[at + k];
            uint32_t want = upper ? w[n - 1 - k] : w[k];
            if (is_boundary(e) || e->word != want)
                break;
        }
        if (k == n)
            return n;
    }
    return 0;
}

/* The NE or NEC that the element at `at` lies in: its opening marker,
 * searched backwards in a lower sequence and forwards in an upper one. */
static size_t enclosing(const struct seq *seq, size_t at, bool upper, enum seq_kind kind)
{
    if (upper) {
        for (size_t i = at; i < seq->n; i++)
            if (seq->e[i].kind == kind)
                return i;
    } else {
        for (size_t i = at + 1; i-- > 0;)
            if (seq->e[i].kind == kind)
                return i;
    }
    return (size_t)-1;
}

static void record(struct spot *s, const struct seq *seq, size_t at)
{
    if (at != (size_t)-1) {
        s->seq = seq;
        s->at = at;
    }
}

bool match_part(const struct lexicon *lx, const struct pattern_item *items, size_t nitems,
                const struct seq *seq, bool upper, struct spot *src, struct spot *tgt)
{
    if (nitems == 0)
        return true;
    if (seq->n == 0)
        return false;
    size_t ii = 0, si = 0;
    bool in_ne = false, in_nec = false;
    for (;;) {
        const struct pattern_item *it = &items[ii];
        if (it->kind == ITEM_EMPTY) {
            if (++ii == nitems)
                return false;
            continue;
        }
        if (it->kind == ITEM_WORD && it->conn == ' ') {
            /* the common case: skip plain non-matching words in a tight loop */
            while (seq->e[si].kind == SEQ_WORD && seq->e[si].word != it->id)
                if (++si == seq->n)
                    return false;
        }
        const struct seq_elem *e = &seq->e[si];
        if (is_boundary(e)) {
            if (e->kind == SEQ_NEC || e->kind == SEQ_NEC_END)
                in_nec = !in_nec;
            else
                in_ne = !in_ne;
            if (++si == seq->n)
                return false;
            continue;
        }
        size_t used = 0; /* elements consumed by a match; 0 = mismatch */
        if (it->kind == ITEM_TOKEN) {
            if (in_ne) {
                if (it->token == '$')
                    record(src, seq, enclosing(seq, si, upper, SEQ_NE));
                else if (it->token == '+')
                    record(tgt, seq, enclosing(seq, si, upper, SEQ_NE));
                else if (it->token == '^') {
                    if (!upper) {
                        while (si + 1 < seq->n && seq->e[si].kind != SEQ_NE_END)
                            si++;
                        in_ne = false;
                    } else {
                        while (si > 0 && seq->e[si].kind != SEQ_NE_END)
                            si--;
                    }
                }
                used = 1;
            } else if (in_nec) {
                if (it->token == '%') {
                    size_t at = enclosing(seq, si, upper, SEQ_NEC);
                    record(src, seq, at);
                    record(tgt, seq, at);
                }
                used = 1;
            }
        } else if (it->kind == ITEM_SYNSET) {
            used = synset_at(lx, it->id, seq, si, upper);
        } else if (e->word == it->id) {
            used = 1;
        }
        if (used == 0) {
            if (it->conn == '_')
                return false;
            if (++si == seq->n)
                return false;
            continue;
        }
        if (++ii == nitems)
            return true;
        si += used;
        if (si >= seq->n)
            return false;
    }
}
