/* internal.h - what the tagger's files share: a token's candidate tags.
 * Tag stage, internal. lookup.c turns each token into candidates (from
 * the lexicon, or guessed from its shape), rules.c chooses one tag per
 * token from its neighbours, tag.c runs both and fills in lemmas. */
#ifndef PARLEY_TAG_INTERNAL_H
#define PARLEY_TAG_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "segment/segment.h"
#include "tag/lex.h"

#define TB(t)    (UINT64_C(1) << (t))
#define M_NOUN   (TB(T_NN) | TB(T_NNS) | TB(T_NNP) | TB(T_NNPS))
#define M_PROPER (TB(T_NNP) | TB(T_NNPS))
#define M_ADJ    (TB(T_JJ) | TB(T_JJR) | TB(T_JJS))
#define M_ADV    (TB(T_RB) | TB(T_RBR) | TB(T_RBS))
#define M_VERB   (TB(T_VB) | TB(T_VBD) | TB(T_VBG) | TB(T_VBN) | TB(T_VBP) | TB(T_VBZ))
#define M_FINITE (TB(T_VBD) | TB(T_VBP) | TB(T_VBZ) | TB(T_MD))
#define M_PUNCT                                                                                    \
    (TB(T_COMMA) | TB(T_PERIOD) | TB(T_COLON) | TB(T_LQUOTE) | TB(T_RQUOTE) | TB(T_LRB) | TB(T_RRB))
/* Words that open a noun phrase. */
#define M_NPSTART                                                                                  \
    (TB(T_DT) | TB(T_PRPS) | TB(T_CD) | TB(T_PDT) | TB(T_WPS) | M_PROPER | TB(T_PRP) | M_ADJ |     \
     TB(T_NN) | TB(T_NNS) | TB(T_DOLLAR))
/* Words after which a noun, not a verb, comes. */
#define M_PRENOMINAL (TB(T_DT) | TB(T_PRPS) | TB(T_POS) | TB(T_WPS) | M_ADJ | TB(T_PDT) | TB(T_CD))

enum {
    MAX_CAND = LEX_MAX_READINGS + 2,
    /* shape */
    S_CAP = 1,       /* first letter upper case */
    S_ALLCAP = 2,    /* two or more letters, all upper case */
    S_FIRST = 4,     /* first word of the sentence (or of a quotation) */
    S_DIGIT = 8,     /* starts with a digit */
    S_LOWERED = 16,  /* found in the lexicon only in lower case */
    S_GUESSED = 32,  /* not in the lexicon: candidates from its shape */
    S_HYPHEN = 64,   /* an inner hyphen */
    S_NOLEMMA = 128, /* lemma must be computed (guessed word) */
};

struct cand {
    uint64_t mask; /* every candidate tag */
    uint32_t ent;  /* lexicon entry, LEX_NONE when guessed */
    uint32_t alt;  /* a capitalised first word's lower-case entry ("Rebel"
                      is a name, "rebel" a noun), or LEX_NONE */
    uint8_t n;     /* candidates in tags[], most likely first */
    uint8_t tags[MAX_CAND];
    uint8_t tag;   /* the choice */
    uint8_t shape; /* S_* */
    uint8_t aux;   /* AUX_*: a form of be, have or do */
};

enum { AUX_NONE, AUX_BE, AUX_HAVE, AUX_DO };

/* The readings of lexicon entry e. */
static inline const uint32_t *entry_readings(uint32_t e, size_t *n)
{
    *n = LEX_HDR_N(lex_data[e]);
    return &lex_data[e + 1];
}

static inline bool cand_is(const struct cand *c, enum lex_named w)
{
    return c->ent == lex_named[w];
}

static inline bool cand_has(const struct cand *c, int tag)
{
    return (c->mask & TB(tag)) != 0;
}

/* lookup.c */
/* lex_hash() of s[0..n), and *shape := its S_CAP, S_ALLCAP, S_DIGIT and
 * S_HYPHEN bits, in one pass. */
uint32_t word_hash_shape(const char *s, size_t n, uint8_t *shape);
/* hash and shape are word_hash_shape()'s for the token's text. */
void cand_lookup(struct cand *c, const struct token *t, uint32_t hash, uint8_t shape, bool first,
                 bool headline);
/* Points *lemma at the base form of a guessed word, writing into buf
 * (size at least t->len + 8) when it is not the token itself. */
const char *guess_lemma(const struct token *t, int tag, char *buf);

/* memo.c: the tag_memo of tag.h. A word's cand_lookup() result depends
 * only on its spelling and these flags. */
enum { MEMO_FIRST = 1, MEMO_HEADLINE = 2, MEMO_TODO = 4 };
struct tag_memo;
/* memo_get(), the stored result for t under flags or NULL, is inline in
 * tag/memo.h. */
/* Stores c as the result for t under flags (over the slot's old word). */
void memo_put(struct tag_memo *m, const struct token *t, unsigned flags, const struct cand *c);

/* rules.c */
void rules_apply(struct cand *c, const struct token *tok, size_t n);

#endif
