/* split.c - raw tokens to sentences, and the final token array.
 * Segment stage, step 4 (see internal.h). A sentence ends:
 *   - before a token marked F_HARD (blank line, list item, skipped
 *     byline or dateline, headline);
 *   - after "." "?" "!" and any closing quotes and brackets that follow,
 *     when the next token opens a sentence: a capital, a digit, a letter
 *     of a script without case, or an opening quote or bracket before
 *     one. So `"We will fight." He left.` splits after the quote and
 *     `"Stop!" he said.` does not;
 *   - after an abbreviation that may end a sentence ("U.S.", "Inc.", an
 *     initial) or after "...", only when the next word is one of the
 *     sentence openers of abbrev.c ("The", "He", "But"...), or when a
 *     closing quote or bracket came between. "the U.S. Navy" and "John
 *     F. Kennedy" stay whole; "in the U.S. The talks" splits;
 *   - never after a prefix abbreviation ("Gen.", "Mr.", "No.").
 * A sentence that ends with an abbreviation gets a "." token after it,
 * as the Treebank writes it. A run of SEGMENT_MAX_SENTENCE_TOKENS tokens
 * with no end is cut, preferably after a comma, semicolon, colon or
 * dash among its last 200 tokens, so that later stages stay bounded.
 *
 * Why on tokens and not on characters: by now every period has been
 * classified once (sentence period, abbreviation, decimal point, part of
 * a URL) by the tokenizer, which looked at the whole word. The splitter
 * only needs each token's kind and first-letter case, so it is a single
 * pass with a look-ahead of a few tokens. */
#include "segment/internal.h"

#include "base/xalloc.h"

enum {
    CUT_WINDOW = 200, /* how far back a long sentence looks for a comma */
    MAX_CLOSERS = 8,  /* closing quotes and brackets a sentence end takes */
};

/* After a sentence's final period: does the token at j open the next? */
static bool opens_sentence(const struct rtok *r, size_t j, size_t n)
{
    for (int k = 0; k < 3 && j < n; k++, j++)
        if (r[j].kind != K_OPEN)
            return r[j].flags & (F_UPPER | F_DIGIT | F_CASELESS);
    return false;
}

/* After an abbreviation or an ellipsis the bar is higher: an opener word,
 * or an opening quote or bracket before a capital. */
static bool opener_at(const struct rtok *r, size_t j, size_t n)
{
    if (r[j].kind == K_OPEN)
        return j + 1 < n && (r[j + 1].flags & F_UPPER);
    return (r[j].flags & F_UPPER) && starter_word(r[j].text, r[j].len);
}

/* Does a sentence end after the possible end i, with closers before j? */
static bool ends_after(const struct rtok *r, size_t i, size_t j, size_t n)
{
    if (j >= n || (r[j].flags & F_HARD))
        return true;
    if (r[i].kind == K_PERIOD || r[i].kind == K_TERM || j > i + 1)
        return opens_sentence(r, j, n);
    return opener_at(r, j, n);
}

static bool is_cut_mark(const struct rtok *t)
{
    return t->kind == K_PUNCT && (t->text[0] == ',' || t->text[0] == ';' || t->text[0] == ':' ||
                                  (t->text[0] == '-' && t->text[1] == '-'));
}

static void put(struct segmenter *s, const struct rtok *r, const char *text, uint32_t len,
                uint32_t start)
{
    struct token *t = &s->tok[s->ntok++];
    t->text = text;
    t->len = len;
    t->start = start;
    t->end = r->end;
    t->tag = t->lemma = NULL;
}

/* Emits raw tokens [first, end) as one sentence. */
static void sentence(struct segmenter *s, size_t first, size_t end, bool natural)
{
    const struct rtok *r = s->raw;
    size_t last = end;
    while (last > first && r[last - 1].kind == K_CLOSE)
        last--;
    bool period =
        natural && last > first && (r[last - 1].kind == K_ABBR || r[last - 1].kind == K_PREFIX);
    GROW(s->tok, s->tok_cap, s->ntok + (end - first) + 1);
    if (s->nsent == s->sent_cap)
        GROW(s->sent, s->sent_cap, s->nsent + 1);
    struct sentence *out = &s->sent[s->nsent++];
    out->first = (uint32_t)s->ntok;
    for (size_t k = first; k < end; k++) {
        put(s, &r[k], r[k].text, r[k].len, r[k].start);
        if (period && k == last - 1) /* the abbreviation's period, again */
            put(s, &r[k], ".", 1, r[k].end - 1);
    }
    out->count = (uint32_t)(s->ntok - out->first);
    out->start = r[first].start;
    out->end = r[end - 1].end;
}

void seg_split(struct segmenter *s)
{
    const struct rtok *r = s->raw;
    size_t n = s->nraw, first = 0;
    s->ntok = s->nsent = 0;
    GROW(s->tok, s->tok_cap, n + 16);
    for (size_t i = 0; i < n; i++) {
        if (i > first && (r[i].flags & F_HARD)) {
            sentence(s, first, i, true);
            first = i;
        }
        if (i - first >= SEGMENT_MAX_SENTENCE_TOKENS) {
            size_t cut = i;
            for (size_t k = i; k > first + 1 && i - k < CUT_WINDOW; k--) {
                if (is_cut_mark(&r[k - 1])) {
                    cut = k;
                    break;
                }
            }
            sentence(s, first, cut, false);
            first = cut;
        }
        uint8_t kind = r[i].kind;
        if (kind != K_PERIOD && kind != K_TERM && kind != K_ABBR && kind != K_ELLIPSIS)
            continue;
        size_t j = i + 1;
        while (j < n && j - i <= MAX_CLOSERS && r[j].kind == K_CLOSE && !(r[j].flags & F_HARD))
            j++;
        if (ends_after(r, i, j, n)) {
            sentence(s, first, j, true);
            first = j;
            i = j - 1;
        }
    }
    if (first < n)
        sentence(s, first, n, true);
}
