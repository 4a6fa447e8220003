/* phrase_index.c - candidate lists for actor and agent lookup (see
 * struct phrase_index in lexicon.h).
 * Dict layer. Built once at load; read by the coder for every noun
 * phrase word. A scan used to visit every entry that begins with the
 * word; now it visits the entries that can match there, in the same
 * order, so the first match found is the same. */
#include "base/xalloc.h"
#include "dict/phrase.h"

#include <stdlib.h>
#include <string.h>

struct pair {
    uint32_t first, second, pos;
};

static int cmp_pair(const void *a, const void *b)
{
    const struct pair *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    if (x->second != y->second)
        return x->second < y->second ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static uint64_t pair_key(uint32_t first, uint32_t second)
{
    return (((uint64_t)first << 32) | second) + 1;
}

static size_t pair_slot(const struct phrase_index *idx, uint64_t key)
{
    uint64_t h = key * 0x9E3779B97F4A7C15u;
    for (size_t i = (size_t)(h >> 32) & idx->pair_mask;; i = (i + 1) & idx->pair_mask)
        if (idx->pairs[i].key == key || idx->pairs[i].key == 0)
            return i;
}

/* The second word an entry needs right after its first, or 0. */
static uint32_t needs_next(const struct phrase *ph)
{
    return ph->nwords >= 2 && ph->conn[0] == '_' ? ph->words[1] : 0;
}

void phrase_index_pairs(struct phrase_index *idx, const void *entries, size_t n, size_t elem)
{
    struct pair *pairs = xmalloc((n ? n : 1) * sizeof *pairs);
    size_t npairs = 0, nfree = 0;
    idx->free = xmalloc((n ? n : 1) * sizeof *idx->free);
    idx->free_first = xcalloc(idx->nwords + 1, sizeof *idx->free_first);
    for (size_t i = 0; i < n; i++) {
        const struct phrase *ph = (const struct phrase *)((const char *)entries + i * elem);
        uint32_t second = needs_next(ph);
        if (second)
            pairs[npairs++] = (struct pair){ph->words[0], second, (uint32_t)i};
        else
            idx->free[nfree++] = (uint32_t)i;
    }
    /* free entries are in index order, hence by first word */
    size_t k = 0;
    for (size_t w = 0; w <= idx->nwords; w++) {
        while (k < nfree) {
            const struct phrase *ph =
                (const struct phrase *)((const char *)entries + idx->free[k] * elem);
            if (ph->words[0] >= w)
                break;
            k++;
        }
        idx->free_first[w] = (uint32_t)k;
    }
    qsort(pairs, npairs, sizeof *pairs, cmp_pair);
    idx->paired = xmalloc((npairs ? npairs : 1) * sizeof *idx->paired);
    size_t slots = 16;
    while (slots < 2 * npairs)
        slots *= 2;
    idx->pair_mask = slots - 1;
    idx->pairs = xcalloc(slots, sizeof *idx->pairs);
    for (size_t i = 0; i < npairs;) {
        size_t j = i;
        while (j < npairs && pairs[j].first == pairs[i].first &&
               pairs[j].second == pairs[i].second) {
            idx->paired[j] = pairs[j].pos;
            j++;
        }
        uint64_t key = pair_key(pairs[i].first, pairs[i].second);
        idx->pairs[pair_slot(idx, key)] = (struct pair_slot){key, (uint32_t)i, (uint32_t)j};
        i = j;
    }
    free(pairs);
}

void phrase_index_free(struct phrase_index *idx)
{
    free(idx->first);
    free(idx->free_first);
    free(idx->free);
    free(idx->paired);
    free(idx->pairs);
    memset(idx, 0, sizeof *idx);
}

void phrase_candidates_paired(const struct phrase_index *idx, uint32_t word, uint32_t next,
                              struct phrase_cands *out)
{
    const struct pair_slot *sl = &idx->pairs[pair_slot(idx, pair_key(word, next))];
    if (sl->key) {
        out->b = idx->paired + sl->from;
        out->b_end = idx->paired + sl->to;
    }
}
