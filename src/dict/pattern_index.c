/* pattern_index.c - the patterns of a verb block by key word (see struct
 * pattern_index in lexicon.h).
 * Dict layer. Built by dict_finish; read by the verb scan. A pattern
 * whose key word (its rarest literal word) is not in the sentence's
 * sequence on the key's side cannot match, so the scan asks for the
 * patterns keyed by the words it holds instead of testing every pattern
 * of a block of hundreds. */
#include "base/xalloc.h"
#include "dict/lexicon.h"

#include <stdlib.h>
#include <string.h>

struct keyed {
    uint32_t block, key, pattern;
};

static int cmp_keyed(const void *a, const void *b)
{
    const struct keyed *x = a, *y = b;
    if (x->block != y->block)
        return x->block < y->block ? -1 : 1;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->pattern < y->pattern ? -1 : x->pattern > y->pattern;
}

static uint64_t slot_key(uint32_t block, uint32_t key)
{
    return (((uint64_t)block << 32) | key) + 1;
}

static size_t find_slot(const struct pattern_index *ix, uint64_t k)
{
    uint64_t h = k * 0x9E3779B97F4A7C15u;
    for (size_t i = (size_t)(h >> 32) & ix->mask;; i = (i + 1) & ix->mask)
        if (ix->slots[i].key == k || ix->slots[i].key == 0)
            return i;
}

void pattern_index_free(struct pattern_index *ix)
{
    free(ix->keyless_first);
    free(ix->keyless);
    free(ix->slots);
    free(ix->keyed);
    free(ix->key_sides);
    memset(ix, 0, sizeof *ix);
}

void pattern_index_build(struct lexicon *lx)
{
    struct pattern_index *ix = &lx->pattern_index;
    pattern_index_free(ix);
    size_t np = lx->npatterns;
    struct keyed *kd = xmalloc((np ? np : 1) * sizeof *kd);
    ix->keyless = xmalloc((np ? np : 1) * sizeof *ix->keyless);
    ix->keyless_first = xcalloc(lx->nblocks + 1, sizeof *ix->keyless_first);
    size_t nkeyed = 0, nkeyless = 0;
    for (size_t b = 0; b < lx->nblocks; b++) {
        const struct verb_block *blk = &lx->blocks[b];
        ix->keyless_first[b] = (uint32_t)nkeyless;
        for (uint32_t k = 0; k < blk->npatterns; k++) {
            uint32_t p = blk->patterns + k, key = lx->pattern_keys[p];
            if (key)
                kd[nkeyed++] = (struct keyed){(uint32_t)b, key, p};
            else
                ix->keyless[nkeyless++] = p;
        }
    }
    ix->keyless_first[lx->nblocks] = (uint32_t)nkeyless;
    ix->nkey_words = strmap_count(&lx->words) + 1;
    ix->key_sides = xcalloc(ix->nkey_words, 1);
    for (size_t i = 0; i < nkeyed; i++) {
        uint32_t w = kd[i].key & 0x7FFFFFFFu;
        if (w < ix->nkey_words)
            ix->key_sides[w] |= kd[i].key & 0x80000000u ? 2 : 1;
    }
    qsort(kd, nkeyed, sizeof *kd, cmp_keyed);
    ix->keyed = xmalloc((nkeyed ? nkeyed : 1) * sizeof *ix->keyed);
    size_t slots = 16;
    while (slots < 2 * nkeyed)
        slots *= 2;
    ix->mask = slots - 1;
    ix->slots = xcalloc(slots, sizeof *ix->slots);
    for (size_t i = 0; i < nkeyed;) {
        size_t j = i;
        for (; j < nkeyed && kd[j].block == kd[i].block && kd[j].key == kd[i].key; j++)
            ix->keyed[j] = kd[j].pattern;
        size_t s = find_slot(ix, slot_key(kd[i].block, kd[i].key));
        ix->slots[s] =
            (struct pattern_slot){slot_key(kd[i].block, kd[i].key), (uint32_t)i, (uint32_t)j};
        i = j;
    }
    free(kd);
}

size_t pattern_index_keyed(const struct pattern_index *ix, uint32_t block, uint32_t key,
                           const uint32_t **list)
{
    if (!ix->slots)
        return 0;
    const struct pattern_slot *sl = &ix->slots[find_slot(ix, slot_key(block, key))];
    if (!sl->key)
        return 0;
    *list = ix->keyed + sl->from;
    return sl->to - sl->from;
}
