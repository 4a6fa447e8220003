/* rules.h - helpers the context rules share (rules.c, rules_verb.c).
 * Tag stage, internal. Rules run left to right: a token's left
 * neighbours are decided, its right neighbours still hold their likeliest
 * tag from the lexicon. A rule only ever picks one of a token's own
 * candidates, so the lexicon bounds what context can do. */
#ifndef PARLEY_TAG_RULES_H
#define PARLEY_TAG_RULES_H

#include "tag/internal.h"

/* Punctuation that ends a phrase (not opening quotes or brackets). */
#define M_END (TB(T_COMMA) | TB(T_PERIOD) | TB(T_COLON) | TB(T_RQUOTE) | TB(T_RRB))

struct ctx {
    struct cand *c;
    const struct token *tok;
    long n;
};

/* The tag at i, T_NONE outside the sentence. */
static inline int tag_at(const struct ctx *x, long i)
{
    return i >= 0 && i < x->n ? x->c[i].tag : T_NONE;
}

static inline uint64_t bit_at(const struct ctx *x, long i)
{
    return i >= 0 && i < x->n ? TB(x->c[i].tag) : 0;
}

static inline bool word_at(const struct ctx *x, long i, enum lex_named w)
{
    return i >= 0 && i < x->n && cand_is(&x->c[i], w);
}

/* Is the word at i one of the named words first..last (lexfmt.h)? */
static inline bool named_in(const struct ctx *x, long i, int first, int last)
{
    if (i < 0 || i >= x->n)
        return false;
    for (int w = first; w <= last; w++)
        if (x->c[i].ent == lex_named[w])
            return true;
    return false;
}

/* "because", "although", "until": they open a clause of their own. */
static inline bool subordinator_at(const struct ctx *x, long i)
{
    return named_in(x, i, W_SUBORDINATOR_FIRST, W_SUBORDINATOR_LAST) || word_at(x, i, W_THAT) ||
           word_at(x, i, W_AS);
}

/* Can the word at i (right of the one being decided) be a common noun? */
static inline bool can_be_noun(const struct ctx *x, long i)
{
    return i >= 0 && i < x->n && (x->c[i].mask & (TB(T_NN) | TB(T_NNS))) &&
           !(x->c[i].shape & S_CAP);
}

/* Picks tag if it is a candidate. */
static inline bool choose(struct cand *c, int tag)
{
    if (!(c->mask & TB(tag)))
        return false;
    c->tag = (uint8_t)tag;
    return true;
}

/* Picks the likeliest candidate among the tags in m. */
static inline bool choose_in(struct cand *c, uint64_t m)
{
    for (size_t k = 0; k < c->n; k++)
        if (TB(c->tags[k]) & m) {
            c->tag = c->tags[k];
            return true;
        }
    return false;
}

/* The nearest token before i that is not an adverb ("will not go",
 * "has already left", "was heavily and unjustly criticized"), or -1. */
static inline long before_adverbs(const struct ctx *x, long i)
{
    long j = i - 1;
    while (j >= 0 && ((TB(x->c[j].tag) & M_ADV) ||
                      (x->c[j].tag == T_CC && j > 0 && (TB(x->c[j - 1].tag) & M_ADV))))
        j--;
    return j;
}

/* A form of be, have or do at j, used as a verb. */
static inline bool aux_at(const struct ctx *x, long j, int aux)
{
    return j >= 0 && x->c[j].aux == aux && (TB(x->c[j].tag) & M_VERB);
}

bool finite_before(const struct ctx *x, long i);
bool np_open(const struct ctx *x, long i);
bool object_at(const struct ctx *x, long i);
bool bare_object_at(const struct ctx *x, long i);
bool finite_after(const struct ctx *x, long i);
bool rule_after_aux(const struct ctx *x, long i);
bool rule_past(const struct ctx *x, long i);
bool rule_noun_verb(const struct ctx *x, long i);
void rule_base_verb(const struct ctx *x, long i);

#endif
