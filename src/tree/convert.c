/* convert.c - compound marking and NP flattening (see tree.h).
 * Parse stage. Reproduces PETRARCH-1's markup: a noun phrase becomes one
 * "NE" phrase (the unit that can be an actor) by the possessive, the
 * preposition or the simple rule, or is kept as an indexed "NPn" whose
 * children are converted one by one; coordinated noun phrases become
 * "NEC" compounds; each VP becomes "VPn". docs/compat.md lists where
 * parley knowingly differs. */
#include "base/xalloc.h"
#include "tree/convert.h"

#include <string.h>

/* The conjunction CC at i: its phrase is a clause compound (CCP), or a
 * noun compound (NEC), or neither. */
static void mark_compound(struct conv *c, size_t i, struct arena *arena)
{
    size_t e = (size_t)c->w[i].parent, end = (size_t)c->w[e].mate;
    /* the open tags in [e, end] that start with VP or S, with CC, with N:
     * one pass for the three rules */
    size_t clause = 0, cc = 0, noun = 0;
    for (size_t k = e; k <= end; k++) {
        const struct tok *t = &c->w[k];
        if (t->kind != TOK_OPEN || t->len == 0)
            continue;
        char f = t->text[0];
        clause += f == 'S' || (f == 'V' && t->len >= 2 && t->text[1] == 'P');
        cc += f == 'C' && t->len >= 2 && t->text[1] == 'C';
        noun += f == 'N';
    }
    if (clause) {
        c->w[i].text = "CCP";
        c->w[i].len = 3;
        c->w[c->w[i].mate].text = "CCP";
        c->w[c->w[i].mate].len = 3;
    } else if (cc > 1) {
        /* PETRARCH-1 marks the conjunction word and gives up on E. */
        struct tok *word = &c->w[i + 1];
        if (word->kind == TOK_WORD) {
            char *p = arena_alloc(arena, (size_t)word->len + 2);
            p[0] = 'P';
            memcpy(p + 1, word->text, word->len);
            p[word->len + 1] = '\0';
            word->text = p;
            word->len++;
        }
    } else if (tok_starts(&c->w[e], "NP") && noun >= 3) {
        c->w[e].text = "NEC";
        c->w[e].len = 3;
        c->w[end].text = "NEC";
        c->w[end].len = 3;
    }
}

/* From tree_read's notes when it left them; otherwise every open of the
 * parse is looked at, the loop reading only kinds and lengths until a
 * tag may be CC or SBR. */
static void mark_compounds(struct conv *c, const struct tree *src, struct arena *arena)
{
    if (src->tags_known) {
        for (size_t k = 0; k < src->ncc; k++)
            if (c->w[src->cc[k]].parent >= 0)
                mark_compound(c, (size_t)src->cc[k], arena);
        c->input_sbr = src->has_sbr;
        return;
    }
    const struct tok *w = c->w;
    size_t n = c->n;
    bool sbr = false;
    for (size_t i = 0; i < n; i++) {
        const struct tok *t = &w[i];
        if (t->kind != TOK_OPEN || t->len - 2u > 1u)
            continue;
        if (t->len == 3) {
            sbr |= t->text[0] == 'S' && t->text[1] == 'B' && t->text[2] == 'R';
            continue;
        }
        if (t->text[0] == 'C' && t->text[1] == 'C' && t->parent >= 0)
            mark_compound(c, i, arena);
    }
    c->input_sbr = sbr;
}

/* Converts c->w (c->n tokens, which it may change) into c->out. */
static enum tree_status convert(struct conv *c, const struct tree *src, struct arena *arena)
{
    struct tree *dst = c->out;
    dst->n = 0;
    dst->depth = 0;
    dst->np_index = dst->vp_index = dst->nec_index = 0;
    if (!dst->stack)
        dst->stack = xmalloc(TREE_MAX_DEPTH * sizeof *dst->stack);
    mark_compounds(c, src, arena);
    for (size_t i = 0; i < c->n;) {
        const struct tok *t = &c->w[i];
        if (t->kind != TOK_OPEN) { /* a word or a close goes through, unless dropped */
            if (!(t->kind & GONE))
                emit(c, t);
            i++;
        } else if (tok_is(t, TOK_OPEN, "NP")) {
            i = convert_np(c, i);
        } else if (tok_is(t, TOK_OPEN, "NEC")) {
            i = convert_nec(c, i);
        } else if (tok_is(t, TOK_OPEN, "VP")) {
            emit_open(c, indexed_tag(c, "VP", &dst->vp_index), (int32_t)i);
            i++;
        } else {
            emit(c, t);
            i++;
        }
    }
    if (dst->depth != 0)
        return TREE_UNBALANCED;
    size_t opens[3], k = 0;
    for (size_t i = 0; i < dst->n && k < 3; i++)
        if (dst->t[i].kind == TOK_OPEN)
            opens[k++] = i;
    if (k == 3 && tok_is(&dst->t[opens[0]], TOK_OPEN, "ROOT") &&
        tok_is(&dst->t[opens[1]], TOK_OPEN, "NE") && tok_is(&dst->t[opens[2]], TOK_OPEN, "NEC"))
        return TREE_DATELINE;
    return TREE_OK;
}

enum tree_status tree_convert(const struct tree *src, struct tree *dst, bool local_pp)
{
    struct conv c = {.n = src->n, .out = dst, .local_pp = local_pp};
    c.w = arena_alloc(src->arena, (src->n + 1) * sizeof *c.w);
    memcpy(c.w, src->t, src->n * sizeof *c.w);
    return convert(&c, src, src->arena);
}

enum tree_status tree_convert_consume(struct tree *src, struct tree *dst, bool local_pp)
{
    struct conv c = {.w = src->t, .n = src->n, .out = dst, .local_pp = local_pp};
    return convert(&c, src, src->arena);
}
