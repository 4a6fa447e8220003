/* lexicon.h - the compiled dictionaries as the coder reads them.
 * Dict layer. Everything here is built once by the readers in src/dict
 * and then shared read-only (threads included): words are interned ids,
 * entries sit in flat arrays, and each list is indexed by its first word. */
#ifndef PARLEY_LEXICON_H
#define PARLEY_LEXICON_H

#include <stdbool.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/strmap.h"
#include "base/text.h"
#include "dict/texttrie.h"

/* A dictionary phrase: words with the connector that follows each one,
 * ' ' (other words may intervene) or '_' (the next word must follow). */
struct phrase {
    const uint32_t *words;
    const uint8_t *conn;
    uint16_t nwords;
    uint16_t elements; /* nwords, plus one when written with a trailing '_' */
};

/* Where an entry came from, for `parley explain` and error messages. */
struct origin {
    const char *file;
    unsigned line;
};

enum rule_kind { RULE_DEFAULT, RULE_UNTIL, RULE_FROM, RULE_RANGE };

struct code_rule {
    const char *code;
    uint8_t kind;
    day_t from, to; /* inclusive bounds, as the kind says */
};

struct actor_entry {
    struct phrase ph;
    const char *text; /* the phrase as written */
    uint32_t rules, nrules;
    struct origin at;
};

struct agent_entry {
    struct phrase ph;
    const char *text;
    const char *code; /* without its '~' */
    bool prefix;      /* written XYZ~: goes before the actor code */
    struct origin at;
};

/* Entries sorted by first word, longest first, file order among equals;
 * first[w]..first[w+1] is the run for word id w. */
struct phrase_index {
    uint32_t *first; /* entries [first[w], first[w + 1]) begin with word w */
    size_t nwords;
    /* Common first words (THE, INTERNATIONAL) head hundreds of entries,
     * and most entries say which word must directly follow the first
     * ("NEW_ZEALAND"): those can only match where that word follows. So
     * the entries are also listed in two groups, both in index order:
     * the ones with no such condition, by first word, and the others,
     * by first and second word (found through a hash). */
    uint32_t *free_first; /* free[free_first[w] .. free_first[w + 1]) */
    uint32_t *free;
    uint32_t *paired;
    struct pair_slot { /* (first << 32 | second) + 1, 0 empty; a range of paired */
        uint64_t key;
        uint32_t from, to;
    } * pairs;
    size_t pair_mask;
};

/* The entries that may match at a word followed by next (0: none), as
 * two ascending lists of entry positions to be merged. */
struct phrase_cands {
    const uint32_t *a, *a_end, *b, *b_end;
};

enum item_kind { ITEM_EMPTY, ITEM_WORD, ITEM_SYNSET, ITEM_TOKEN };

struct pattern_item {
    uint8_t kind;
    char conn;   /* ' ' or '_' */
    char token;  /* ITEM_TOKEN: the character ($ + ^ % or any one letter) */
    uint32_t id; /* ITEM_WORD: word id; ITEM_SYNSET: synset index */
};

/* A 256-bit set of word hashes (a one-hash Bloom filter). */
struct signature {
    uint64_t bits[4];
};

static inline void signature_add(struct signature *s, uint32_t id)
{
    uint32_t h = (id * 2654435761u) >> 24;
    s->bits[h >> 6] |= (uint64_t)1 << (h & 63);
}

/* True when every bit of need is also in have. */
static inline bool signature_covers(const struct signature *have, const struct signature *need)
{
    return !((need->bits[0] & ~have->bits[0]) | (need->bits[1] & ~have->bits[1]) |
             (need->bits[2] & ~have->bits[2]) | (need->bits[3] & ~have->bits[3]));
}

struct pattern {
    uint32_t upper, nupper; /* items, nearest to the verb first */
    uint32_t lower, nlower; /* items in text order */
    /* Signatures of the literal words each part needs: a sequence whose
     * signature lacks a bit cannot match, so most patterns are rejected
     * without running the matcher. */
    struct signature need_upper, need_lower;
    /* One literal word the pattern needs (its longest, as likely the
     * rarest), tested first: a single load rejects most patterns. */
    uint32_t key_word; /* 0: the pattern has no literal word */
    bool key_in_lower;
    const char *code;
    struct origin at;
};

struct synset {
    const char *name;
    uint32_t members, nmembers; /* into syn_members */
    bool no_plurals;
};

struct synset_member {
    uint32_t words, nwords; /* into word_pool */
    int32_t ref;            /* while loading: a nested synset; -1 for words */
};

/* A verb block as keyed by its primary verb. */
struct verb_block {
    uint32_t primary;
    const char *code; /* the primary's own code, else the block code */
    uint32_t patterns, npatterns;
    struct origin at;
    /* A noun-headed block ("@ATTACK"): its patterns read the head noun's
     * phrase instead of a verb phrase. Keyed by noun_of_word, never by
     * block_of_primary, so "ATTACK" the verb and "@ATTACK" can coexist. */
    bool noun;
};

/* One multi-word verb: the key word plus words after or before it. */
struct verb_multi {
    uint32_t words, nwords; /* into word_pool, in the order they are checked */
    bool after;             /* words follow the key (+ first) or precede it */
    const char *code;
    uint32_t primary;
    int32_t next; /* the alternative added before this one; -1 none */
    const char *text;
    struct origin at;
};

/* What one word means as a verb. */
struct verb_sense {
    bool single;      /* usable as a one-word verb */
    bool is_primary;  /* the word is a block's primary verb */
    const char *code; /* verb code for the single-word meaning */
    uint32_t primary;
    struct origin at;
    int32_t multi; /* multi-word alternatives, latest first; -1 none */
};

/* The patterns of each verb block by key (a pattern_keys value), and the
 * ones without a key; each list ascending (pattern_index.c). */
struct pattern_index {
    uint32_t *keyless_first; /* by block: keyless[keyless_first[b] .. [b + 1]) */
    uint32_t *keyless;
    /* (block << 32 | key) + 1, 0 empty, beside its range of keyed: one
     * cache line per probe */
    struct pattern_slot {
        uint64_t key;
        uint32_t from, to;
    } * slots;
    uint32_t *keyed;
    size_t mask;
    /* by word id: 1 when the word keys some pattern's upper part, 2 its
     * lower part; most sentence words key none, and skip the lookup */
    uint8_t *key_sides;
    size_t nkey_words;
};

struct issue_code {
    const char *code;
    const char *category;
};

struct lexicon {
    struct arena arena;
    struct strmap words;

    struct actor_entry *actors;
    size_t nactors, cap_actors;
    struct code_rule *rules;
    size_t nrules, cap_rules;
    struct phrase_index actor_index;

    struct agent_entry *agents;
    size_t nagents, cap_agents;
    struct phrase_index agent_index;

    struct pattern_item *items;
    size_t nitems, cap_items;
    struct pattern *patterns;
    size_t npatterns, cap_patterns;
    /* Per pattern, in the same order: its key word, with the top bit set
     * when the key is in the lower part; 0 when it has none. A block's
     * scan reads this dense array and touches a pattern only when its key
     * word is in the sentence (built by dict_finish). */
    uint32_t *pattern_keys;
    struct pattern_index pattern_index;
    struct synset *synsets;
    size_t nsynsets, cap_synsets;
    struct synset_member *syn_members;
    size_t nsyn_members, cap_syn_members;
    uint32_t *word_pool;
    size_t nword_pool, cap_word_pool;
    struct verb_block *blocks;
    size_t nblocks, cap_blocks;
    int32_t *block_of_primary; /* by word id; -1 none */
    struct verb_sense *senses;
    size_t nsenses, cap_senses;
    int32_t *sense_of_word; /* by word id; -1 none */
    int32_t *noun_of_word;  /* by word id: the noun block of a noun form; -1 none */
    size_t cap_word_maps;   /* length of the three maps above */
    struct verb_multi *multis;
    size_t nmultis, cap_multis;
    size_t nverb_forms;
    size_t nnoun_forms, nnoun_blocks;

    /* Synset membership by word, for the first 64 synsets: bit k of
     * syn_single[w] says word w is a one-word member of synset k;
     * syn_first[w] / syn_last[w] that it starts / ends a multi-word member.
     * Matching a synset item is then a bit test instead of a scan. */
    uint64_t *syn_single, *syn_first, *syn_last;

    struct texttrie discards; /* value: 1 sentence discard, 2 story discard */
    size_t ndiscards;
    struct texttrie issues; /* value: index into issue_codes, +1 for ignore phrases */
    struct issue_code *issue_codes;
    size_t nissue_codes, cap_issue_codes;
    size_t nissue_phrases, nissue_ignores;

    bool finished;
};

/* The id of an upper-cased word, or 0 when no dictionary mentions it. */
static inline uint32_t lexicon_word(const struct lexicon *lx, const char *w, size_t n)
{
    return strmap_find(&lx->words, w, n);
}

/* Phrase matching (§6.2 of the PETRARCH-1 behaviour): the entry's first
 * word already equals words[start]. On success *end is one past the last
 * matched word. */
bool phrase_match(const struct phrase *p, const uint32_t *words, size_t nwords, size_t start,
                  size_t *end);

/* Resolves an actor entry's code for a sentence date. */
const char *actor_code_on(const struct lexicon *lx, const struct actor_entry *e, day_t date);

void pattern_index_build(struct lexicon *lx);
void pattern_index_free(struct pattern_index *ix);
/* The patterns of block keyed by key: sets *list, returns their count. */
size_t pattern_index_keyed(const struct pattern_index *ix, uint32_t block, uint32_t key,
                           const uint32_t **list);

/* The entries of word that name next as their second word: sets out's b
 * range (the slow part of phrase_candidates, out of line). */
void phrase_candidates_paired(const struct phrase_index *idx, uint32_t word, uint32_t next,
                              struct phrase_cands *out);
/* The candidates at a phrase word (word, then next): inline, since every
 * word of every noun phrase asks twice (actors, agents) and most have
 * no entry naming a next word. */
static inline void phrase_candidates(const struct phrase_index *idx, uint32_t word, uint32_t next,
                                     struct phrase_cands *out)
{
    static const uint32_t none[1] = {0};
    out->a = out->a_end = out->b = out->b_end = none;
    if (word == 0 || word >= idx->nwords)
        return;
    out->a = idx->free + idx->free_first[word];
    out->a_end = idx->free + idx->free_first[word + 1];
    uint32_t run = idx->first[word + 1] - idx->first[word];
    if (next == 0 || run == (uint32_t)(out->a_end - out->a))
        return; /* no entry of this word names a next word */
    phrase_candidates_paired(idx, word, next, out);
}
/* The next candidate's position, or -1 when there is none. */
static inline int64_t phrase_cand_next(struct phrase_cands *c)
{
    if (c->a < c->a_end && (c->b == c->b_end || *c->a < *c->b))
        return *c->a++;
    if (c->b < c->b_end)
        return *c->b++;
    return -1;
}

/* The entries beginning with word, in index order. */
static inline const struct actor_entry *actor_run(const struct lexicon *lx, uint32_t word,
                                                  size_t *count)
{
    if (word == 0 || word >= lx->actor_index.nwords) {
        *count = 0;
        return NULL;
    }
    uint32_t a = lx->actor_index.first[word], b = lx->actor_index.first[word + 1];
    *count = b - a;
    return lx->actors + a;
}

static inline const struct agent_entry *agent_run(const struct lexicon *lx, uint32_t word,
                                                  size_t *count)
{
    if (word == 0 || word >= lx->agent_index.nwords) {
        *count = 0;
        return NULL;
    }
    uint32_t a = lx->agent_index.first[word], b = lx->agent_index.first[word + 1];
    *count = b - a;
    return lx->agents + a;
}

static inline const struct verb_sense *verb_sense_of(const struct lexicon *lx, uint32_t word)
{
    if (word == 0 || word >= lx->cap_word_maps || lx->sense_of_word[word] < 0)
        return NULL;
    return &lx->senses[lx->sense_of_word[word]];
}

/* The noun block a word heads, or NULL. */
static inline const struct verb_block *noun_block_of(const struct lexicon *lx, uint32_t word)
{
    if (word == 0 || word >= lx->cap_word_maps || lx->noun_of_word[word] < 0)
        return NULL;
    return &lx->blocks[lx->noun_of_word[word]];
}

static inline const struct verb_block *verb_block_of(const struct lexicon *lx, uint32_t primary)
{
    if (primary == 0 || primary >= lx->cap_word_maps || lx->block_of_primary[primary] < 0)
        return NULL;
    return &lx->blocks[lx->block_of_primary[primary]];
}

#endif
