/* memo.c - one thread's memo of the tagger's word lookups (tag.h).
 * Tag stage. cand_lookup() reads only a word's bytes and two flags
 * (first in its sentence, in a headline), so its result can be kept
 * under that key and copied when the word comes again; news repeats its
 * words ("the", "said", the day's names), and a copy is cheaper than
 * hashing the word and probing the lexicon. Direct-mapped: a slot holds
 * the last word that fell on it, and the key is compared whole, so a
 * hit is always the right word. The slot comes from a few bytes of the
 * word rather than its full hash, which a hit then does not need. */
#include "tag/memo.h"
#include "tag/tag.h"

#include <stdlib.h>
#include <string.h>

struct tag_memo *tag_memo_new(void)
{
    return calloc(1, sizeof(struct tag_memo));
}

void tag_memo_free(struct tag_memo *m)
{
    free(m);
}

void memo_put(struct tag_memo *m, const struct token *t, unsigned flags, const struct cand *c)
{
    size_t n = t->len;
    if (n == 0 || n > MEMO_WORD)
        return;
    struct memo_entry *e = memo_slot(m, t->text, n, flags);
    e->len = (uint8_t)n;
    e->flags = (uint8_t)flags;
    memcpy(e->word, t->text, n);
    e->cand = *c;
}
