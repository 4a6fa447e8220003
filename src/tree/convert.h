/* convert.h - tree_convert's working state and output helpers, shared by
 * convert.c (compounds, the main walk) and np.c (the noun phrase rules).
 * Parse stage, private to src/tree. */
#ifndef PARLEY_TREE_CONVERT_H
#define PARLEY_TREE_CONVERT_H

#include "tree/tree.h"

#include <string.h>

struct conv {
    struct tok *w; /* working copy of the source tokens */
    size_t n;
    /* the end of the last range SBARs were collapsed in, and whether the
     * parse has an SBR tag of its own: past both no SBR can be found */
    size_t collapsed_to;
    bool input_sbr;
    struct tree *out;
    bool local_pp; /* the preposition rule looks only inside its own PP */
};

/* A tag dropped by SBAR collapsing keeps its place in the working copy,
 * its kind or-ed with GONE: one test then tells a live open from the
 * rest. Only convert_possessive and convert_nec look at dropped tokens,
 * through real_kind. */
enum { GONE = 4 };

static inline unsigned real_kind(const struct tok *t)
{
    return t->kind & 3u;
}

static inline bool is_open(const struct conv *c, size_t i)
{
    return c->w[i].kind == TOK_OPEN;
}

/* Output tokens are finished in place: a token written field by field on
 * the stack and then copied costs a store-forwarding stall, per token.
 * Everything on the way out is inline: about half a sentence's tokens
 * pass through here, and a call per token cost more than the copy. */
static inline struct tok *next_slot(struct conv *c)
{
    struct tree *o = c->out;
    if (__builtin_expect(o->n == o->cap, 0))
        tree_grow(o, o->n + 1);
    return &o->t[o->n++];
}

/* Pairs brackets as they are emitted, so no second pass is needed. t is
 * the last token emitted, at index at. */
static inline void link(struct tree *o, struct tok *t, int32_t at)
{
    size_t depth = o->depth;
    int32_t *stack = o->stack;
    t->mate = -1;
    if (t->kind == TOK_OPEN) {
        t->parent = depth ? stack[depth - 1] : -1;
        if (depth < TREE_MAX_DEPTH)
            stack[o->depth = depth + 1, depth] = at;
    } else if (t->kind == TOK_CLOSE && depth > 0) {
        int32_t open = stack[--depth];
        o->depth = depth;
        struct tok *ot = &o->t[open];
        t->mate = open;
        t->text = ot->text;
        t->len = ot->len;
        t->parent = ot->parent;
        ot->mate = at;
    } else {
        t->parent = depth ? stack[depth - 1] : -1;
    }
}

static inline void emit(struct conv *c, const struct tok *from)
{
    struct tok *t = next_slot(c);
    *t = *from;
    link(c->out, t, (int32_t)(t - c->out->t));
}

/* The same for a token that may have been dropped: it goes out as it was
 * read (PETRARCH-1 copies an adjective's subtree whole). */
static inline void emit_any(struct conv *c, const struct tok *from)
{
    struct tok *t = next_slot(c);
    *t = *from;
    t->kind = (uint8_t)real_kind(t);
    link(c->out, t, (int32_t)(t - c->out->t));
}

static inline void emit_new(struct conv *c, enum tok_kind kind, const char *text, size_t len,
                            const char *code, int32_t src)
{
    struct tok *t = next_slot(c);
    t->kind = (uint8_t)kind;
    t->gap = 0;
    t->flags = 0;
    t->len = (uint16_t)len;
    t->text = text;
    t->code = code;
    t->word = 0;
    t->src = src;
    link(c->out, t, (int32_t)(t - c->out->t));
}

static inline void emit_open(struct conv *c, const char *tag, int32_t src)
{
    emit_new(c, TOK_OPEN, tag, tag[2] == '\0' ? 2 : strlen(tag), NULL, src);
}

static inline void emit_close(struct conv *c)
{
    emit_new(c, TOK_CLOSE, "", 0, NULL, -1);
}

static inline void emit_ne_open(struct conv *c, int32_t src)
{
    emit_new(c, TOK_OPEN, "NE", 2, "---", src);
}

/* np.c: "VP" + 12 -> "VP12" (NP and NEC likewise). */
const char *indexed_tag(struct conv *c, const char *base, int *counter);
/* np.c: convert the NP, or the NEC outside any NP, at a; return the index
 * at which the walk resumes. */
size_t convert_np(struct conv *c, size_t a);
size_t convert_nec(struct conv *c, size_t a);

#endif
