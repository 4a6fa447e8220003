/* convert.c - compound marking and NP flattening (see tree.h).
 * Parse stage. Reproduces PETRARCH-1's markup: a noun phrase becomes one
 * "NE" phrase (the unit that can be an actor) by the possessive, the
 * preposition or the simple rule, or is kept as an indexed "NPn" whose
 * children are converted one by one; coordinated noun phrases become
 * "NEC" compounds; each VP becomes "VPn". docs/compat.md lists where
 * parley knowingly differs. */
#include "base/xalloc.h"
#include "tree/tree.h"

#include <stdio.h>
#include <string.h>

struct conv {
    struct tok *w;  /* working copy of the source tokens */
    size_t n;
    int32_t *parent;
    bool *gone;     /* tags dropped by SBAR collapsing */
    struct tree *out;
};

static bool is_open(const struct conv *c, size_t i)
{
    return c->w[i].kind == TOK_OPEN && !c->gone[i];
}

static void compute_parents(struct conv *c)
{
    int32_t stack[TREE_MAX_DEPTH];
    size_t depth = 0;
    for (size_t i = 0; i < c->n; i++) {
        c->parent[i] = depth ? stack[depth - 1] : -1;
        if (c->w[i].kind == TOK_OPEN && depth < TREE_MAX_DEPTH)
            stack[depth++] = (int32_t)i;
        else if (c->w[i].kind == TOK_CLOSE && depth)
            depth--;
    }
}

/* Counts open tags in [a, b] whose tag starts with prefix. */
static size_t count_tags(const struct conv *c, size_t a, size_t b, const char *prefix)
{
    size_t k = 0;
    for (size_t i = a; i <= b; i++)
        k += c->w[i].kind == TOK_OPEN && tok_starts(&c->w[i], prefix);
    return k;
}

static void mark_compounds(struct conv *c, struct arena *arena)
{
    for (size_t i = 0; i < c->n; i++) {
        if (!tok_is(&c->w[i], TOK_OPEN, "CC") || c->parent[i] < 0)
            continue;
        size_t e = (size_t)c->parent[i], end = (size_t)c->w[e].mate;
        if (count_tags(c, e, end, "VP") || count_tags(c, e, end, "S")) {
            c->w[i].text = "CCP";
            c->w[i].len = 3;
            c->w[c->w[i].mate].text = "CCP";
            c->w[c->w[i].mate].len = 3;
        } else if (count_tags(c, e, end, "CC") > 1) {
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
        } else if (tok_starts(&c->w[e], "NP") && count_tags(c, e, end, "N") >= 3) {
            c->w[e].text = "NEC";
            c->w[e].len = 3;
            c->w[end].text = "NEC";
            c->w[end].len = 3;
        }
    }
}

static void emit(struct conv *c, struct tok t)
{
    t.mate = -1;
    tree_push(c->out, t);
}

static void emit_open(struct conv *c, const char *tag, int32_t src)
{
    emit(c, (struct tok){.kind = TOK_OPEN, .text = tag, .len = (uint16_t)strlen(tag), .src = src});
}

static void emit_close(struct conv *c)
{
    emit(c, (struct tok){.kind = TOK_CLOSE, .text = "", .src = -1});
}

static void emit_ne_open(struct conv *c, int32_t src)
{
    emit(c, (struct tok){.kind = TOK_OPEN, .text = "NE", .len = 2, .code = "---", .src = src});
}

/* Copies the content of [a, b) as NE material: words, and any embedded
 * NEC element verbatim, tags included. */
static void emit_content(struct conv *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (c->gone[i])
            continue;
        const struct tok *t = &c->w[i];
        if (t->kind == TOK_WORD) {
            emit(c, *t);
        } else if (t->kind == TOK_OPEN && tok_is(t, TOK_OPEN, "NEC")) {
            size_t end = (size_t)t->mate;
            for (size_t j = i; j <= end; j++)
                if (!c->gone[j])
                    emit(c, c->w[j]);
            i = end;
        }
    }
}

static char *indexed_tag(struct conv *c, const char *base, int *counter)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%s%d", base, ++*counter);
    return arena_strndup(c->out->arena, tmp, (size_t)n);
}

static void collapse_sbars(struct conv *c, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b; i++) {
        if (!is_open(c, i) || !tok_starts(&c->w[i], "SBAR"))
            continue;
        size_t end = (size_t)c->w[i].mate;
        c->w[i].text = "SBR";
        c->w[i].len = 3;
        c->w[end].text = "SBR";
        c->w[end].len = 3;
        for (size_t j = i + 1; j < end; j++)
            if (c->w[j].kind != TOK_WORD)
                c->gone[j] = true;
        i = end;
    }
}

static size_t find_open(const struct conv *c, size_t a, size_t b, const char *prefix, bool exact)
{
    for (size_t i = a; i < b; i++)
        if (is_open(c, i) && (exact ? tok_is(&c->w[i], TOK_OPEN, prefix) : tok_starts(&c->w[i], prefix)))
            return i;
    return (size_t)-1;
}

/* The possessive rule: all words of the NP, less the first possessive
 * marker. PETRARCH-1 cuts the marker by character offset, which also
 * eats the next four characters of its normalized text; the gaps kept on
 * each token let us do the same. */
static void convert_possessive(struct conv *c, size_t a, size_t b, size_t pos)
{
    emit_ne_open(c, (int32_t)a);
    emit_content(c, a + 1, pos);
    size_t j = (size_t)c->w[pos].mate + 1;
    int budget = 4;
    while (j < b && budget > 0) {
        const struct tok *t = &c->w[j];
        budget -= t->gap;
        if (budget <= 0)
            break;
        int len = t->kind == TOK_OPEN ? t->len + 1 : t->kind == TOK_CLOSE ? 1 : t->len;
        if (len <= budget) {
            budget -= len;
            j++;
            continue;
        }
        /* a token cut in two leaves its tail as a stray word */
        const char *tail = t->kind == TOK_OPEN ? t->text + budget - 1 : t->text + budget;
        size_t tl = (size_t)(len - budget);
        emit(c, (struct tok){.kind = TOK_WORD, .text = arena_strndup(c->out->arena, tail, tl),
                             .len = (uint16_t)tl, .src = (int32_t)j});
        j++;
        break;
    }
    emit_content(c, j, b);
    emit_close(c);
}

/* The preposition rule. Returns false when PETRARCH-1 gives up on it. */
static bool convert_preposition(struct conv *c, size_t a, size_t b, size_t pp)
{
    size_t e = (size_t)c->parent[pp], e_end = (size_t)c->w[e].mate;
    if (!tok_is(&c->w[e], TOK_OPEN, "NP") || e + 1 >= c->n || !is_open(c, e + 1))
        return false;
    const struct tok *first = &c->w[e + 1];
    if (!tok_starts(first, "NP") && !tok_is(first, TOK_OPEN, "NEC"))
        return false;
    size_t head = e + 1, head_end = (size_t)first->mate;
    size_t in = find_open(c, head_end + 1, c->n, "IN", false);
    /* Without any IN, PETRARCH-1's search for the object starts near the
     * beginning of the sentence; keep that. */
    size_t from = in == (size_t)-1 ? 0 : in + 1;
    size_t obj = (size_t)-1;
    for (size_t i = from; i < e_end; i++) {
        if (is_open(c, i) && (tok_is(&c->w[i], TOK_OPEN, "NP") || tok_is(&c->w[i], TOK_OPEN, "NEC"))) {
            obj = i;
            break;
        }
    }
    if (obj == (size_t)-1)
        return false;
    size_t obj_end = (size_t)c->w[obj].mate;
    if (find_open(c, obj, obj_end, "PP", false) != (size_t)-1)
        return false;
    emit_ne_open(c, (int32_t)a);
    if (tok_is(first, TOK_OPEN, "NEC"))
        emit_content(c, head, head_end + 1);
    else
        emit_content(c, head + 1, head_end);
    if (in != (size_t)-1 && in + 1 < c->n && c->w[in + 1].kind == TOK_WORD)
        emit(c, c->w[in + 1]);
    if (tok_is(&c->w[obj], TOK_OPEN, "NEC"))
        emit_content(c, obj, obj_end + 1);
    else
        emit_content(c, obj + 1, obj_end);
    size_t sbr = find_open(c, obj_end + 1, c->n, "SBR", true);
    if (sbr != (size_t)-1)
        emit_content(c, sbr + 1, (size_t)c->w[sbr].mate);
    emit_close(c);
    (void)b;
    return true;
}

/* Returns the index at which the scan resumes. */
static size_t convert_np(struct conv *c, size_t a)
{
    size_t b = (size_t)c->w[a].mate;
    collapse_sbars(c, a, b);
    size_t pos = find_open(c, a + 1, b, "POS", true);
    if (pos != (size_t)-1) {
        convert_possessive(c, a, b, pos);
        return b + 1;
    }
    size_t pp = find_open(c, a + 1, b, "PP", false);
    if (pp != (size_t)-1) {
        if (convert_preposition(c, a, b, pp))
            return b + 1;
    } else if (find_open(c, a + 1, b, "NP", false) == (size_t)-1 &&
               find_open(c, a + 1, b, "NEC", false) == (size_t)-1) {
        emit_ne_open(c, (int32_t)a);
        emit_content(c, a + 1, b);
        emit_close(c);
        return b + 1;
    }
    emit_open(c, indexed_tag(c, "NP", &c->out->np_index), (int32_t)a);
    return a + 1;
}

/* A compound outside any converted NP: one NE per member; adjectives
 * before the first member are shared by bare-noun members. */
static size_t convert_nec(struct conv *c, size_t a)
{
    size_t b = (size_t)c->w[a].mate;
    emit_open(c, indexed_tag(c, "NEC", &c->out->nec_index), (int32_t)a);
    size_t adj[16], nadj = 0;
    bool seen_member = false;
    for (size_t i = a + 1; i < b;) {
        const struct tok *t = &c->w[i];
        if (t->kind != TOK_OPEN) {
            i++;
            continue;
        }
        size_t end = (size_t)t->mate;
        if (tok_is(t, TOK_OPEN, "JJ") && !seen_member && nadj < 16) {
            adj[nadj++] = i;
        } else if (tok_starts(t, "NP")) {
            seen_member = true;
            emit_ne_open(c, (int32_t)i);
            emit_content(c, i + 1, end);
            emit_close(c);
        } else if (tok_starts(t, "NN")) {
            seen_member = true;
            emit_ne_open(c, (int32_t)i);
            for (size_t k = 0; k < nadj; k++) {
                size_t j = adj[k];
                for (size_t m = j; m <= (size_t)c->w[j].mate; m++)
                    emit(c, c->w[m]);
            }
            emit_content(c, i + 1, end);
            emit_close(c);
        }
        i = end + 1;
    }
    emit_close(c);
    return b + 1;
}

enum tree_status tree_convert(const struct tree *src, struct tree *dst)
{
    struct conv c = {.n = src->n, .out = dst};
    dst->n = 0;
    dst->np_index = dst->vp_index = dst->nec_index = 0;
    c.w = xmalloc((src->n + 1) * sizeof *c.w);
    memcpy(c.w, src->t, src->n * sizeof *c.w);
    c.parent = xmalloc((src->n + 1) * sizeof *c.parent);
    c.gone = xcalloc(src->n + 1, sizeof *c.gone);
    compute_parents(&c);
    mark_compounds(&c, src->arena);
    for (size_t i = 0; i < c.n;) {
        const struct tok *t = &c.w[i];
        if (c.gone[i]) {
            i++;
        } else if (tok_is(t, TOK_OPEN, "NP")) {
            i = convert_np(&c, i);
        } else if (tok_is(t, TOK_OPEN, "NEC")) {
            i = convert_nec(&c, i);
        } else if (tok_is(t, TOK_OPEN, "VP")) {
            emit_open(&c, indexed_tag(&c, "VP", &dst->vp_index), (int32_t)i);
            i++;
        } else {
            emit(&c, *t);
            i++;
        }
    }
    free(c.w);
    free(c.parent);
    free(c.gone);
    if (!tree_relink(dst))
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
