/* dict.c - the lexicon's life cycle: create, load, compile, describe.
 * Dict layer (see dict.h). */
#include "dict/dict.h"
#include "base/xalloc.h"
#include "dict/phrase.h"

#include <stdlib.h>
#include <string.h>

struct lexicon *lexicon_new(void)
{
    struct lexicon *lx = xcalloc(1, sizeof *lx);
    arena_init(&lx->arena, (size_t)256 * 1024);
    strmap_init(&lx->words);
    texttrie_init(&lx->discards, TRIE_DISCARD);
    texttrie_init(&lx->issues, TRIE_WORDS);
    return lx;
}

void lexicon_free(struct lexicon *lx)
{
    if (!lx)
        return;
    free(lx->actors);
    free(lx->rules);
    phrase_index_free(&lx->actor_index);
    free(lx->agents);
    phrase_index_free(&lx->agent_index);
    free(lx->items);
    free(lx->patterns);
    free(lx->pattern_keys);
    pattern_index_free(&lx->pattern_index);
    free(lx->synsets);
    free(lx->syn_members);
    free(lx->word_pool);
    free(lx->blocks);
    free(lx->block_of_primary);
    free(lx->senses);
    free(lx->sense_of_word);
    free(lx->noun_of_word);
    free(lx->multis);
    free(lx->syn_single);
    free(lx->syn_first);
    free(lx->syn_last);
    free(lx->issue_codes);
    texttrie_free(&lx->discards);
    texttrie_free(&lx->issues);
    strmap_free(&lx->words);
    arena_free(&lx->arena);
    free(lx);
}

int dict_load(struct lexicon *lx, enum dict_kind kind, const char *path, struct diag_list *diags)
{
    switch (kind) {
    case DICT_ACTORS: return dict_load_actors(lx, path, diags);
    case DICT_AGENTS: return dict_load_agents(lx, path, diags);
    case DICT_VERBS: return dict_load_verbs(lx, path, diags);
    case DICT_DISCARDS: return dict_load_discards(lx, path, diags);
    case DICT_ISSUES: return dict_load_issues(lx, path, diags);
    case DICT_UNKNOWN: break;
    }
    diag_add(diags, path, 0, 0, "cannot tell what kind of dictionary this is");
    return -1;
}

/* Sort key for phrase lists: first word, then longest first, then the
 * order of loading (qsort is not stable, so the position is the tie). */
struct sort_key {
    uint32_t first, elements, pos;
};

static int cmp_key(const void *a, const void *b)
{
    const struct sort_key *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    if (x->elements != y->elements)
        return x->elements > y->elements ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Sorts n entries of size elem (each starting with a struct phrase) and
 * builds the first-word index over them. */
static void index_phrases(void *entries, size_t n, size_t elem, size_t nwords,
                          struct phrase_index *idx)
{
    struct sort_key *keys = xmalloc((n ? n : 1) * sizeof *keys);
    for (size_t i = 0; i < n; i++) {
        const struct phrase *ph = (const struct phrase *)((char *)entries + i * elem);
        keys[i] = (struct sort_key){ph->words[0], ph->elements, (uint32_t)i};
    }
    qsort(keys, n, sizeof *keys, cmp_key);
    char *sorted = xmalloc((n ? n : 1) * elem);
    for (size_t i = 0; i < n; i++)
        memcpy(sorted + i * elem, (char *)entries + keys[i].pos * elem, elem);
    if (n) /* entries is NULL when the lexicon has none of this kind */
        memcpy(entries, sorted, n * elem);
    free(sorted);
    phrase_index_free(idx);
    idx->nwords = nwords + 1;
    idx->first = xcalloc(idx->nwords + 1, sizeof *idx->first);
    size_t k = 0;
    for (size_t w = 0; w <= idx->nwords; w++) {
        while (k < n && keys[k].first < w)
            k++;
        idx->first[w] = (uint32_t)k;
    }
    free(keys);
    phrase_index_pairs(idx, entries, n, elem);
}

static size_t pattern_weight(const struct lexicon *lx, const struct pattern *p)
{
    size_t n = 0;
    for (uint32_t i = 0; i < p->nupper; i++)
        n += lx->items[p->upper + i].kind != ITEM_EMPTY;
    for (uint32_t i = 0; i < p->nlower; i++)
        n += lx->items[p->lower + i].kind != ITEM_EMPTY;
    return n;
}

/* Within each block the longest pattern is tried first; equal lengths
 * keep file order (insertion sort: blocks are short and this is stable). */
static void sort_patterns(struct lexicon *lx)
{
    for (size_t b = 0; b < lx->nblocks; b++) {
        size_t n = lx->blocks[b].npatterns;
        if (n < 2)
            continue; /* also: patterns may be NULL when no block has any */
        struct pattern *p = lx->patterns + lx->blocks[b].patterns;
        for (size_t i = 1; i < n; i++) {
            struct pattern key = p[i];
            size_t w = pattern_weight(lx, &key), j = i;
            while (j > 0 && pattern_weight(lx, &p[j - 1]) < w) {
                p[j] = p[j - 1];
                j--;
            }
            p[j] = key;
        }
    }
}

static void index_synsets(struct lexicon *lx, size_t nwords)
{
    free(lx->syn_single);
    free(lx->syn_first);
    free(lx->syn_last);
    lx->syn_single = xcalloc(nwords + 1, sizeof *lx->syn_single);
    lx->syn_first = xcalloc(nwords + 1, sizeof *lx->syn_first);
    lx->syn_last = xcalloc(nwords + 1, sizeof *lx->syn_last);
    for (size_t k = 0; k < lx->nsynsets && k < 64; k++) {
        const struct synset *sy = &lx->synsets[k];
        for (uint32_t i = 0; i < sy->nmembers; i++) {
            const struct synset_member *m = &lx->syn_members[sy->members + i];
            const uint32_t *w = lx->word_pool + m->words;
            uint64_t bit = (uint64_t)1 << k;
            if (m->nwords == 1) {
                lx->syn_single[w[0]] |= bit;
            } else if (m->nwords > 1) {
                lx->syn_first[w[0]] |= bit;
                lx->syn_last[w[m->nwords - 1]] |= bit;
            }
        }
    }
}

void dict_finish(struct lexicon *lx)
{
    if (!lx->finished)
        sort_patterns(lx);
    free(lx->pattern_keys);
    lx->pattern_keys = xcalloc(lx->npatterns + 1, sizeof *lx->pattern_keys);
    for (size_t i = 0; i < lx->npatterns; i++)
        lx->pattern_keys[i] =
            lx->patterns[i].key_word
                ? lx->patterns[i].key_word | (lx->patterns[i].key_in_lower ? 0x80000000u : 0)
                : 0;
    pattern_index_build(lx);
    index_synsets(lx, strmap_count(&lx->words));
    size_t nwords = strmap_count(&lx->words);
    index_phrases(lx->actors, lx->nactors, sizeof *lx->actors, nwords, &lx->actor_index);
    index_phrases(lx->agents, lx->nagents, sizeof *lx->agents, nwords, &lx->agent_index);
    lx->finished = true;
}

enum dict_kind dict_kind_guess(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char low[256];
    size_t n = 0;
    for (; n < sizeof low - 1 && base[n]; n++)
        low[n] = (char)(base[n] >= 'A' && base[n] <= 'Z' ? base[n] + 32 : base[n]);
    low[n] = '\0';
    if (strstr(low, "actor"))
        return DICT_ACTORS;
    if (strstr(low, "agent"))
        return DICT_AGENTS;
    if (strstr(low, "discard"))
        return DICT_DISCARDS;
    if (strstr(low, "issue"))
        return DICT_ISSUES;
    if (strstr(low, "verb"))
        return DICT_VERBS;
    return DICT_UNKNOWN;
}

const char *dict_kind_name(enum dict_kind kind)
{
    static const char *const names[] = {"actors",   "agents", "verbs",
                                        "discards", "issues", "unknown"};
    return names[kind];
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Adds the codes in "A" or "A:B" to list, skipping "---". */
static void collect_code(const char *code, char (*list)[8], size_t *n, size_t cap)
{
    for (const char *p = code; p && *p && *n < cap;) {
        const char *colon = strchr(p, ':');
        size_t len = colon ? (size_t)(colon - p) : strlen(p);
        if (len > 0 && len < 8 && strncmp(p, "---", 3) != 0) {
            memcpy(list[*n], p, len);
            list[(*n)++][len] = '\0';
        }
        p = colon ? colon + 1 : NULL;
    }
}

/* Distinct event codes and CAMEO roots that some verb, noun or pattern
 * can emit: the figures a dictionary's coverage is judged by. */
static void count_codes(const struct lexicon *lx, size_t *ncodes, size_t *nroots)
{
    size_t cap = 2 * (lx->npatterns + lx->nsenses + lx->nblocks + lx->nmultis) + 1, n = 0;
    char(*list)[8] = xcalloc(cap, sizeof *list);
    for (size_t i = 0; i < lx->npatterns; i++)
        collect_code(lx->patterns[i].code, list, &n, cap);
    for (size_t i = 0; i < lx->nsenses; i++)
        if (lx->senses[i].single)
            collect_code(lx->senses[i].code, list, &n, cap);
    for (size_t i = 0; i < lx->nblocks; i++)
        collect_code(lx->blocks[i].code, list, &n, cap);
    for (size_t i = 0; i < lx->nmultis; i++)
        collect_code(lx->multis[i].code, list, &n, cap);
    const char **sorted = xcalloc(n + 1, sizeof *sorted);
    for (size_t i = 0; i < n; i++)
        sorted[i] = list[i];
    qsort(sorted, n, sizeof *sorted, cmp_str);
    *ncodes = *nroots = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && strcmp(sorted[i], sorted[i - 1]) == 0)
            continue;
        ++*ncodes;
        if (i == 0 || strncmp(sorted[i], sorted[i - 1], 2) != 0)
            ++*nroots; /* sorted, so a root's codes are adjacent */
    }
    free(sorted);
    free(list);
}

void dict_print_stats(const struct lexicon *lx, FILE *out)
{
    size_t restricted = 0, multis = lx->nmultis;
    for (size_t i = 0; i < lx->nrules; i++)
        restricted += lx->rules[i].kind != RULE_DEFAULT;
    size_t live_patterns = 0;
    for (size_t i = 0; i < lx->nblocks; i++)
        if (lx->blocks[i].noun || lx->block_of_primary[lx->blocks[i].primary] == (int32_t)i)
            live_patterns += lx->blocks[i].npatterns;
    fprintf(out, "actor phrases\t%zu\n", lx->nactors);
    fprintf(out, "actor codes\t%zu\n", lx->nrules);
    fprintf(out, "date-restricted codes\t%zu\n", restricted);
    fprintf(out, "agent phrases\t%zu\n", lx->nagents);
    fprintf(out, "verb blocks\t%zu\n", lx->nblocks - lx->nnoun_blocks);
    fprintf(out, "noun blocks\t%zu\n", lx->nnoun_blocks);
    fprintf(out, "noun forms\t%zu\n", lx->nnoun_forms);
    fprintf(out, "verb forms\t%zu\n", lx->nverb_forms);
    fprintf(out, "multi-word verb forms\t%zu\n", multis);
    fprintf(out, "patterns\t%zu\n", live_patterns);
    size_t ncodes, nroots;
    count_codes(lx, &ncodes, &nroots);
    fprintf(out, "event codes\t%zu\n", ncodes);
    fprintf(out, "CAMEO roots\t%zu\n", nroots);
    fprintf(out, "synsets\t%zu\n", lx->nsynsets);
    fprintf(out, "discard phrases\t%zu\n", lx->ndiscards);
    fprintf(out, "issue phrases\t%zu\n", lx->nissue_phrases);
    fprintf(out, "issue ignore phrases\t%zu\n", lx->nissue_ignores);
    fprintf(out, "issue codes\t%zu\n", lx->nissue_codes);
    fprintf(out, "distinct words\t%zu\n", strmap_count(&lx->words));
}
