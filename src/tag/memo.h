/* memo.h - the tag memo's layout and its lookup, inline: it runs once
 * per token (memo.c has the rest and says why there is a memo). */
#ifndef PARLEY_TAG_MEMO_H
#define PARLEY_TAG_MEMO_H

#include "tag/internal.h"

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

/* The slot of s[0..n) (1 <= n <= MEMO_WORD): its length, first, second,
 * middle and last bytes and the flags, mixed. */
static inline struct memo_entry *memo_slot(struct tag_memo *m, const char *s, size_t n,
                                           unsigned flags)
{
    uint32_t v = (uint32_t)(unsigned char)s[0] | (uint32_t)(unsigned char)s[n > 1] << 8 |
                 (uint32_t)(unsigned char)s[n - 1] << 16 | (uint32_t)n << 24;
    v ^= (uint32_t)(unsigned char)s[n / 2] << 5 ^ flags << 29;
    return &m->e[(v * 2654435761u) >> (32 - MEMO_BITS)];
}

static inline const struct cand *memo_get(struct tag_memo *m, const struct token *t, unsigned flags)
{
    size_t n = t->len;
    if (n == 0 || n > MEMO_WORD)
        return NULL;
    const struct memo_entry *e = memo_slot(m, t->text, n, flags);
    if (e->len != n || e->flags != flags)
        return NULL;
    for (size_t i = 0; i < n; i++) /* short words: compared here, not by a call */
        if (e->word[i] != t->text[i])
            return NULL;
    return &e->cand;
}

#endif
