/* memo.c - one thread's memo of the tagger's word lookups (tag.h).
 * Tag stage. cand_lookup() reads only a word's bytes and two flags
 * (first in its sentence, in a headline), so its result can be kept
 * under that key and copied when the word comes again; news repeats its
 * words ("the", "said", the day's names), and a copy is cheaper than
 * hashing the word and probing the lexicon. Direct-mapped: a slot holds
 * the last word that fell on it, and the key is compared whole, so a
 * hit is always the right word. The slot comes from a few bytes of the
 * word rather than its full hash, which a hit then does not need. */
#include "tag/internal.h"
#include "tag/tag.h"

#include <stdlib.h>
#include <string.h>

enum { MEMO_WORD = 22, MEMO_BITS = 12, MEMO_SLOTS = 1 << MEMO_BITS };

struct memo_entry {
    uint8_t len;   /* 0: empty */
    uint8_t flags; /* MEMO_FIRST | MEMO_HEADLINE */
    char word[MEMO_WORD];
    struct cand cand;
};

struct tag_memo {
    struct memo_entry e[MEMO_SLOTS];
};

struct tag_memo *tag_memo_new(void)
{
    return calloc(1, sizeof(struct tag_memo));
}

void tag_memo_free(struct tag_memo *m)
{
    free(m);
}

/* The slot of s[0..n) (1 <= n <= MEMO_WORD): its length, first, second,
 * middle and last bytes and the flags, mixed. */
static struct memo_entry *slot(struct tag_memo *m, const char *s, size_t n, unsigned flags)
{
    uint32_t v = (uint32_t)(unsigned char)s[0] | (uint32_t)(unsigned char)s[n > 1] << 8 |
                 (uint32_t)(unsigned char)s[n - 1] << 16 | (uint32_t)n << 24;
    v ^= (uint32_t)(unsigned char)s[n / 2] << 5 ^ flags << 29;
    return &m->e[(v * 2654435761u) >> (32 - MEMO_BITS)];
}

const struct cand *memo_get(struct tag_memo *m, const struct token *t, unsigned flags)
{
    size_t n = t->len;
    if (n == 0 || n > MEMO_WORD)
        return NULL;
    const struct memo_entry *e = slot(m, t->text, n, flags);
    if (e->len != n || e->flags != flags)
        return NULL;
    for (size_t i = 0; i < n; i++) /* short words: compared here, not by a call */
        if (e->word[i] != t->text[i])
            return NULL;
    return &e->cand;
}

void memo_put(struct tag_memo *m, const struct token *t, unsigned flags, const struct cand *c)
{
    size_t n = t->len;
    if (n == 0 || n > MEMO_WORD)
        return;
    struct memo_entry *e = slot(m, t->text, n, flags);
    e->len = (uint8_t)n;
    e->flags = (uint8_t)flags;
    memcpy(e->word, t->text, n);
    e->cand = *c;
}
