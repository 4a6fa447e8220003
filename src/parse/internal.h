/* internal.h - the parser's tree under construction (not a contract).
 * Nodes live in one array reused from sentence to sentence; children
 * are linked lists by index, so building allocates nothing in steady
 * state and a phrase can be wrapped or extended in O(1). */
#ifndef PARLEY_PARSE_INTERNAL_H
#define PARLEY_PARSE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "parse/parse.h"

struct node {
    const char *label;  /* phrase label, or the token's tag for a leaf */
    int tok;            /* leaf: token index; phrase: -1 */
    int first, last;    /* children; -1 when none */
    int next;           /* next sibling; -1 at the end */
    unsigned label_len; /* strlen(label) */
};

enum tag_id {
    T_OTHER = 0,
    T_NN,
    T_NNS,
    T_NNP,
    T_NNPS,
    T_JJ,
    T_JJR,
    T_JJS,
    T_VB,
    T_VBD,
    T_VBG,
    T_VBN,
    T_VBP,
    T_VBZ,
    T_RB,
    T_RBR,
    T_RBS,
    T_MD,
    T_RP,
    T_IN,
    T_TO,
    T_DT,
    T_PDT,
    T_PRP,
    T_PRPS,
    T_WDT,
    T_WP,
    T_WPS,
    T_WRB,
    T_CC,
    T_CD,
    T_EX,
    T_POS,
    T_DOLLAR,
    T_HASH,
    T_COMMA,
    T_PERIOD,
    T_COLON,
    T_LQUOTE,
    T_RQUOTE,
    T_LRB,
    T_RRB,
    T_HYPH,
    T_UH,
    T_FW,
    T_SYM,
    T_LS,
};

/* Words the rules ask about, as bits: looked up once per token, so a
 * rule's test is one AND instead of a string comparison. */
enum word_feature {
    W_BE = 1u << 0,
    W_HAVE = 1u << 1,
    W_DO = 1u << 2,
    W_SUBORD = 1u << 3,
    W_TIME = 1u << 4,
    W_THAT = 1u << 5,
    W_NOT = 1u << 6,
    W_NT = 1u << 7,
    W_ABOUT = 1u << 8,
    W_ACCORDING = 1u << 9,
    W_AND = 1u << 10,
    W_OR = 1u << 11,
    W_NOR = 1u << 12,
    W_OF = 1u << 13,
    W_HOW = 1u << 14,
    W_IN = 1u << 15,
    W_REPORT = 1u << 16,  /* verbs that take a clause without "that" */
    W_DEICTIC = 1u << 17, /* "next", "last", "this": before a time word, a time phrase */
};

struct parser {
    struct node *nodes;
    size_t nnodes, cap;
    const struct token *tok;
    int n;        /* tokens in the sentence */
    uint8_t *tid; /* per token: enum tag_id */
    uint32_t *wf; /* per token: enum word_feature bits */
    /* per token: its tag's length; 0 no tag (a leaf says "NN"), TLEN_LONG
     * a tag too long to keep here (measured when its leaf is made) */
    uint8_t *tlen;
    size_t tid_cap, wf_cap, tlen_cap;
    struct emit *emit; /* parse.c's scratch for building token trees */
    /* the sentence without its quotation marks, and the way back */
    struct token *ftok;
    int *orig, *leaf_of;
    size_t quote_cap;
    int *up; /* putting quotes back: each node's parent */
    size_t up_cap;
};

/* features.c: fills tid and wf for p->tok[0 .. p->n). */
void parser_features(struct parser *p);

void node_grow(struct parser *p);
static inline int node_new(struct parser *p, const char *label, size_t label_len, int tok)
{
    if (p->nnodes == p->cap)
        node_grow(p);
    p->nodes[p->nnodes] = (struct node){label, tok, -1, -1, -1, (unsigned)label_len};
    return (int)p->nnodes++;
}
enum { TLEN_LONG = 255 };
/* A leaf for p->tok[tok], labelled with its tag: by strlen, for callers
 * that index the caller's tokens rather than those tlen describes. */
int node_leaf_measured(struct parser *p, int tok);
/* The same for a token of the sentence the grammar reads, with the tag's
 * length from parser_features: no strlen per leaf. */
static inline int node_leaf(struct parser *p, int tok)
{
    unsigned n = p->tlen[tok];
    if (n == 0)
        return node_new(p, "NN", 2, tok);
    if (n == TLEN_LONG)
        return node_leaf_measured(p, tok);
    return node_new(p, p->tok[tok].tag, n, tok);
}
static inline void node_add(struct parser *p, int parent, int child)
{
    if (child < 0)
        return;
    struct node *par = &p->nodes[parent];
    if (par->last < 0)
        par->first = child;
    else
        p->nodes[par->last].next = child;
    par->last = child;
    /* a child may be re-parented only as a whole, never with siblings */
    p->nodes[child].next = -1;
}

/* Inline, so that the length of a literal label is worked out by the
 * compiler rather than by strlen for every phrase. */
static inline int node_phrase(struct parser *p, const char *label)
{
    return node_new(p, label, strlen(label), -1);
}
/* A new phrase holding child as its only child. */
static inline int node_wrap(struct parser *p, const char *label, int child)
{
    int w = node_phrase(p, label);
    node_add(p, w, child);
    return w;
}
static inline void node_relabel(struct parser *p, int node, const char *label)
{
    p->nodes[node].label = label;
    p->nodes[node].label_len = (unsigned)strlen(label);
}
int node_count_children(const struct parser *p, int phrase);

/* How a noun phrase may take prepositional modifiers. */
enum np_mode {
    NP_SUBJECT,       /* all but time phrases */
    NP_OBJECT,        /* "of" only: the rest belong to the verb */
    NP_INNER,         /* inside a PP: attach low */
    NP_SUBJECT_INNER, /* inside a PP inside a subject: low, and the
                         phrase may run up to the clause's verb */
    NP_OF_INNER,      /* the object of "of": attach low, even to names */
};

/* grammar.c: clauses and verb groups */
int parse_sentence_body(struct parser *p, int *i, int end);
int parse_clause(struct parser *p, int *i, int end);
int parse_vp(struct parser *p, int *i, int end);
/* phrases.c: noun and prepositional phrases. np >= 0 extends that NP. */
int parse_np_base(struct parser *p, int *i, int end, int np);
int parse_np(struct parser *p, int *i, int end, enum np_mode mode);
int parse_pp(struct parser *p, int *i, int end, enum np_mode mode);
/* lookahead.c: tests on the tokens ahead, building nothing */
bool np_start(const struct parser *p, int i);
bool is_aux(const struct parser *p, int i);
int verb_after_adverbs(const struct parser *p, int i, int end);
bool vp_start(const struct parser *p, int i, int end);
int np_extent(const struct parser *p, int i, int end);
int base_extent(const struct parser *p, int i, int end);
bool clause_ahead(const struct parser *p, int i, int end);
bool finite_verb_ahead(const struct parser *p, int i, int end);
int head_token(const struct parser *p, int np);
bool is_time_np(const struct parser *p, int i, int end);

/* Tag and word tests; out of range is T_OTHER with no features. One
 * unsigned compare tests both ends of the range. */
static inline bool in_sentence(const struct parser *p, int i)
{
    return (unsigned)i < (unsigned)p->n;
}
static inline bool tag_is(const struct parser *p, int i, enum tag_id t)
{
    return in_sentence(p, i) && p->tid[i] == t;
}
static inline bool tag_in(const struct parser *p, int i, enum tag_id lo, enum tag_id hi)
{
    return in_sentence(p, i) && (unsigned)(p->tid[i] - lo) <= (unsigned)(hi - lo);
}
static inline bool word_has(const struct parser *p, int i, unsigned feature)
{
    return in_sentence(p, i) && (p->wf[i] & feature);
}

/* The tag at i is one of the set m (bits by enum tag_id, TM() below):
 * one shift and test where a chain of tag_is() would compare each. */
#define TM(t) (UINT64_C(1) << (t))
_Static_assert(T_LS < 64, "tag ids fit a 64-bit set");
static inline bool tag_in_set(const struct parser *p, int i, uint64_t m)
{
    return in_sentence(p, i) && ((m >> p->tid[i]) & 1);
}
#define TM_NOUN (TM(T_NN) | TM(T_NNS) | TM(T_NNP) | TM(T_NNPS))
#define TM_ADJ  (TM(T_JJ) | TM(T_JJR) | TM(T_JJS))

/* Tag classes. */
static inline bool is_noun(const struct parser *p, int i)
{
    return tag_in(p, i, T_NN, T_NNPS);
}

static inline bool is_adj(const struct parser *p, int i)
{
    return tag_in(p, i, T_JJ, T_JJS);
}

static inline bool is_verb(const struct parser *p, int i)
{
    return tag_in(p, i, T_VB, T_VBZ);
}

static inline bool is_finite(const struct parser *p, int i)
{
    return tag_in_set(p, i, TM(T_VBD) | TM(T_VBZ) | TM(T_VBP) | TM(T_MD));
}

static inline bool is_adverb(const struct parser *p, int i)
{
    return tag_in(p, i, T_RB, T_RBS);
}

static inline bool is_prep(const struct parser *p, int i)
{
    return tag_is(p, i, T_IN);
}

#endif
