/* tree.h - Penn Treebank parses as PETRARCH-1 reads them.
 * Parse stage (for pre-parsed input). tree_read() turns a bracketed parse
 * into a flat token list; tree_convert() then marks compounds and flattens
 * noun phrases into NE/NEC phrases, giving the list the coder walks.
 * Input: parse text. Output: struct tree. Depends on base/ only. */
#ifndef PARLEY_TREE_H
#define PARLEY_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

enum tok_kind { TOK_OPEN, TOK_CLOSE, TOK_WORD };

struct tok {
    uint8_t kind;
    uint8_t gap;      /* blanks before the token in PETRARCH's normalized text */
    uint16_t len;     /* length of text */
    uint8_t flags;    /* TOKF_* below */
    const char *text; /* OPEN/CLOSE: the tag ("NP", "VP3", "" for a bare root);
                         WORD: the upper-cased word */
    const char *code; /* OPEN "NE": the phrase's actor code */
    uint32_t word;    /* WORD: lexicon id, filled in by the coder; 0 unknown */
    int32_t mate;     /* OPEN <-> its CLOSE */
    int32_t src;      /* index in the source parse, for explain; -1 none */
    int32_t parent;   /* enclosing OPEN, as read by tree_read; -1 at the top */
};

/* Set by tree_convert in local_pp mode: an NE "X in/at Y" built by the
 * preposition rule (TOKF_LOCATIVE, on the NE's OPEN), and its preposition
 * word (TOKF_PREPOSITION). The coder uses them to tell a venue ("signed a
 * pact in Riyadh") from a participant. */
enum { TOKF_LOCATIVE = 1, TOKF_PREPOSITION = 2 };

enum { TREE_MAX_CC = 8 };

struct tree {
    struct tok *t;
    size_t n, cap;
    struct arena *arena; /* strings live here; owned by the caller */
    int np_index, vp_index, nec_index;
    int32_t *stack; /* open tokens while linking; TREE_MAX_DEPTH long */
    size_t depth;
    /* Set by tree_read, for tree_convert: the "CC" opens (up to
     * TREE_MAX_CC) and whether an "SBR" tag occurs, so that it need not
     * look at every token. Without tags_known tree_convert looks for them
     * itself; tree_push and tree_relink clear it, and whoever changes
     * tokens tree_read made some other way must too. */
    bool tags_known, has_sbr;
    uint8_t ncc;
    int32_t cc[TREE_MAX_CC];
};

enum tree_status {
    TREE_OK = 0,
    TREE_EMPTY,      /* no parse at all */
    TREE_UNBALANCED, /* '(' and ')' do not pair up: PETRARCH's bad_input_parse */
    TREE_DATELINE,   /* the sentence opens with an NE holding a compound */
    TREE_TOO_DEEP,   /* nesting beyond TREE_MAX_DEPTH */
    TREE_TOO_LONG,   /* more than TREE_MAX_TOKENS tokens */
};

enum { TREE_MAX_DEPTH = 1000, TREE_MAX_TOKENS = 200000 };

void tree_init(struct tree *tr, struct arena *arena);
void tree_free(struct tree *tr);
/* Reads a bracketed parse: upper-cases words, pairs brackets. Token
 * strings point into an upper-cased copy in the arena and are not
 * NUL-terminated: use len. */
enum tree_status tree_read(struct tree *tr, const char *parse, size_t len);
/* Compound marking (CC -> NEC/CCP) and NP flattening into NE/NEC phrases,
 * from src into dst (both share src's arena). local_pp: the preposition
 * rule takes its IN or TO and object from the NP's own PP (news
 * semantics) rather than PETRARCH-1's next IN anywhere in the sentence. */
enum tree_status tree_convert(const struct tree *src, struct tree *dst, bool local_pp);
/* The same, using src's tokens as the working copy: src is left changed
 * (for a tree read only to be converted; saves copying it). */
enum tree_status tree_convert_consume(struct tree *src, struct tree *dst, bool local_pp);
const char *tree_status_name(enum tree_status s);

/* A leaf "(TAG word)" of a bracketed parse: spans into the parse text. */
struct tree_leaf {
    const char *tag, *word;
    size_t tag_len, word_len;
};
/* The leaves of a bracketed parse, in order, at most max: a "(", a
 * label, blanks, a word with no brackets or blanks, and its ")". For
 * tools that want a parse's words and tags without its structure. */
size_t tree_leaves(const char *s, size_t len, struct tree_leaf *out, size_t max);

/* Recomputes mate links after tokens were inserted or deleted. Returns
 * false when brackets no longer pair. */
bool tree_relink(struct tree *tr);
void tree_grow(struct tree *tr, size_t need);
static inline void tree_push(struct tree *tr, struct tok t)
{
    if (tr->n == tr->cap)
        tree_grow(tr, tr->n + 1);
    tr->t[tr->n++] = t;
    tr->tags_known = false; /* tree_read's notes no longer cover the tokens */
}

/* Tags and words are compared with literals all over the coder. For a
 * literal the length is known at compile time and the comparison becomes
 * a length test and one or two loads; otherwise a loop does it. */
static inline bool tok_is(const struct tok *t, enum tok_kind kind, const char *text)
{
    if (t->kind != kind)
        return false;
    if (__builtin_constant_p(__builtin_strlen(text))) {
        size_t n = __builtin_strlen(text);
        return t->len == n && __builtin_memcmp(t->text, text, n) == 0;
    }
    size_t i = 0;
    for (; text[i]; i++)
        if (i >= t->len || t->text[i] != text[i])
            return false;
    return i == t->len;
}

static inline bool tok_starts(const struct tok *t, const char *prefix)
{
    if (__builtin_constant_p(__builtin_strlen(prefix))) {
        size_t n = __builtin_strlen(prefix);
        return t->len >= n && __builtin_memcmp(t->text, prefix, n) == 0;
    }
    for (size_t i = 0; prefix[i]; i++)
        if (i >= t->len || t->text[i] != prefix[i])
            return false;
    return true;
}

#endif
