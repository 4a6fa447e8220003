/* convert.c - compound marking and NP flattening (see tree.h).
 * Parse stage. Reproduces PETRARCH-1's markup: a noun phrase becomes one
 * "NE" phrase (the unit that can be an actor) by the possessive, the
 * preposition or the simple rule, or is kept as an indexed "NPn" whose
 * children are converted one by one; coordinated noun phrases become
 * "NEC" compounds; each VP becomes "VPn". docs/compat.md lists where
 * parley knowingly differs. */
#include "base/xalloc.h"
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

/* Copies the content of [a, b) as NE material: words, and any embedded
 * NEC element verbatim, tags included. */
static void emit_content(struct conv *c, size_t a, size_t b)
{
    /* Words, the most of it, are copied straight: room for all of them
     * first, and the parent they all share read once. */
    struct tree *o = c->out;
    if (b > a && o->n + (b - a) > o->cap)
        tree_grow(o, o->n + (b - a));
    int32_t parent = o->depth ? o->stack[o->depth - 1] : -1;
    struct tok *out = o->t + o->n;
    for (size_t i = a; i < b; i++) {
        const struct tok *t = &c->w[i];
        if (t->kind == TOK_WORD) {
            *out = *t;
            out->mate = -1;
            out->parent = parent;
            out++;
        } else if (t->kind == TOK_OPEN && tok_is(t, TOK_OPEN, "NEC")) {
            o->n = (size_t)(out - o->t);
            size_t end = (size_t)t->mate;
            for (size_t j = i; j <= end; j++)
                if (!(c->w[j].kind & GONE))
                    emit(c, &c->w[j]);
            i = end;
            out = o->t + o->n;
        }
    }
    o->n = (size_t)(out - o->t);
}

/* The first 99 indexed tags of each kind, as constants: one per phrase
 * of every sentence otherwise costs a formatting and an allocation. The
 * macros paste string literals, which cannot be parenthesized. */
/* NOLINTBEGIN(bugprone-macro-parentheses) */
#define TAGS10(p, d)                                                                               \
    p #d "0", p #d "1", p #d "2", p #d "3", p #d "4", p #d "5", p #d "6", p #d "7", p #d "8",      \
        p #d "9"
#define TAGS100(p)                                                                                 \
    {                                                                                              \
        "", p "1", p "2", p "3", p "4", p "5", p "6", p "7", p "8", p "9", TAGS10(p, 1),           \
            TAGS10(p, 2), TAGS10(p, 3), TAGS10(p, 4), TAGS10(p, 5), TAGS10(p, 6), TAGS10(p, 7),    \
            TAGS10(p, 8), TAGS10(p, 9)                                                             \
    }
/* NOLINTEND(bugprone-macro-parentheses) */
static const char *const NP_TAGS[100] = TAGS100("NP");
static const char *const VP_TAGS[100] = TAGS100("VP");
static const char *const NEC_TAGS[100] = TAGS100("NEC");

/* "VP" + 12 -> "VP12": from the table, or built past it. */
static const char *indexed_tag(struct conv *c, const char *base, int *counter)
{
    unsigned k = (unsigned)++*counter;
    if (k < 100)
        return base[0] == 'V' ? VP_TAGS[k] : base[1] == 'P' ? NP_TAGS[k] : NEC_TAGS[k];
    char digits[12];
    int n = 0;
    for (unsigned v = k; v; v /= 10)
        digits[n++] = (char)('0' + v % 10);
    size_t bl = strlen(base);
    char *tag = arena_alloc(c->out->arena, bl + (size_t)n + 1);
    memcpy(tag, base, bl);
    for (int i = 0; i < n; i++)
        tag[bl + (size_t)i] = digits[n - 1 - i];
    tag[bl + (size_t)n] = '\0';
    return tag;
}

/* The SBAR at i becomes an SBR, and the tags inside it are dropped;
 * returns its close. */
static size_t collapse_sbar(struct conv *c, size_t i)
{
    size_t end = (size_t)c->w[i].mate;
    c->w[i].text = "SBR";
    c->w[i].len = 3;
    c->w[end].text = "SBR";
    c->w[end].len = 3;
    for (size_t j = i + 1; j < end; j++)
        if (c->w[j].kind != TOK_WORD)
            c->w[j].kind |= GONE;
    return end;
}

static size_t find_open(const struct conv *c, size_t a, size_t b, const char *prefix, bool exact)
{
    for (size_t i = a; i < b; i++)
        if (is_open(c, i) &&
            (exact ? tok_is(&c->w[i], TOK_OPEN, prefix) : tok_starts(&c->w[i], prefix)))
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
        unsigned kind = real_kind(t);
        int len = kind == TOK_OPEN ? t->len + 1 : kind == TOK_CLOSE ? 1 : t->len;
        if (len <= budget) {
            budget -= len;
            j++;
            continue;
        }
        /* a token cut in two leaves its tail as a stray word */
        const char *tail = kind == TOK_OPEN ? t->text + budget - 1 : t->text + budget;
        size_t tl = (size_t)(len - budget);
        emit_new(c, TOK_WORD, arena_strndup(c->out->arena, tail, tl), tl, NULL, (int32_t)j);
        j++;
        break;
    }
    emit_content(c, j, b);
    emit_close(c);
}

/* Prepositions of place: what follows them may be only where the thing
 * happened. Word text is upper-cased by tree_read. */
static bool is_locative(const struct tok *w)
{
    static const char *const words[] = {"IN", "AT", "NEAR", "INSIDE", "OUTSIDE"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (w->len == strlen(words[i]) && memcmp(w->text, words[i], w->len) == 0)
            return true;
    return false;
}

/* The parts the preposition rule joins into one NE: the head phrase,
 * the preposition word, and its object. */
struct prep_parts {
    const struct tok *first;
    size_t head, head_end, in, obj, obj_end;
};

/* The preposition rule's search. Returns false when PETRARCH-1 gives up. */
static bool find_preposition(const struct conv *c, size_t pp, struct prep_parts *r)
{
    size_t e = (size_t)c->w[pp].parent, e_end = (size_t)c->w[e].mate;
    if (!tok_is(&c->w[e], TOK_OPEN, "NP") || e + 1 >= c->n || !is_open(c, e + 1))
        return false;
    r->first = &c->w[e + 1];
    if (!tok_starts(r->first, "NP") && !tok_is(r->first, TOK_OPEN, "NEC"))
        return false;
    r->head = e + 1;
    r->head_end = (size_t)r->first->mate;
    size_t from, to = e_end;
    if (c->local_pp) {
        /* "wheat to Afghanistan": the preposition and its object are the
         * PP's own, TO included. PETRARCH-1's whole-sentence search would
         * take "Pakistan" from the subject instead. */
        to = (size_t)c->w[pp].mate;
        r->in = find_open(c, pp + 1, to, "IN", false);
        if (r->in == (size_t)-1)
            r->in = find_open(c, pp + 1, to, "TO", true);
        if (r->in == (size_t)-1)
            return false;
        from = r->in + 1;
    } else {
        r->in = find_open(c, r->head_end + 1, c->n, "IN", false);
        /* Without any IN, PETRARCH-1's search for the object starts near
         * the beginning of the sentence; keep that. */
        from = r->in == (size_t)-1 ? 0 : r->in + 1;
    }
    r->obj = (size_t)-1;
    for (size_t i = from; i < to; i++) {
        if (is_open(c, i) &&
            (tok_is(&c->w[i], TOK_OPEN, "NP") || tok_is(&c->w[i], TOK_OPEN, "NEC"))) {
            r->obj = i;
            break;
        }
    }
    if (r->obj == (size_t)-1)
        return false;
    r->obj_end = (size_t)c->w[r->obj].mate;
    return find_open(c, r->obj, r->obj_end, "PP", false) == (size_t)-1;
}

/* Emits the NE; with_sbr adds the words of the next SBR in the sentence,
 * as PETRARCH-1 does. */
static void emit_preposition(struct conv *c, size_t a, const struct prep_parts *r, bool with_sbr)
{
    size_t ne = c->out->n;
    emit_ne_open(c, (int32_t)a);
    if (tok_is(r->first, TOK_OPEN, "NEC"))
        emit_content(c, r->head, r->head_end + 1);
    else
        emit_content(c, r->head + 1, r->head_end);
    if (r->in != (size_t)-1 && r->in + 1 < c->n && c->w[r->in + 1].kind == TOK_WORD) {
        emit(c, &c->w[r->in + 1]);
        if (c->local_pp && is_locative(&c->w[r->in + 1])) {
            c->out->t[ne].flags |= TOKF_LOCATIVE;
            c->out->t[c->out->n - 1].flags |= TOKF_PREPOSITION;
        }
    }
    if (tok_is(&c->w[r->obj], TOK_OPEN, "NEC"))
        emit_content(c, r->obj, r->obj_end + 1);
    else
        emit_content(c, r->obj + 1, r->obj_end);
    /* an SBR is a collapsed SBAR, or the parse's own */
    size_t sbr_to = c->input_sbr ? c->n : c->collapsed_to;
    size_t sbr = with_sbr ? find_open(c, r->obj_end + 1, sbr_to, "SBR", true) : (size_t)-1;
    if (sbr != (size_t)-1)
        emit_content(c, sbr + 1, (size_t)c->w[sbr].mate);
    emit_close(c);
}

/* Is any phrase left in [from, to)? */
static bool phrase_between(const struct conv *c, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (is_open(c, i))
            return true;
    return false;
}

/* Returns the index at which the scan resumes. */
static size_t convert_np(struct conv *c, size_t a)
{
    size_t b = (size_t)c->w[a].mate;
    if (b > c->collapsed_to)
        c->collapsed_to = b;
    /* one pass for what the rules ask: the first POS, the first PP, and
     * whether any NP or NEC lies inside; SBARs are collapsed on the way
     * (their insides, being dropped, ask nothing) */
    size_t pos = (size_t)-1, pp = (size_t)-1;
    bool inner_np = false;
    for (size_t i = a + 1; i < b; i++) {
        if (!is_open(c, i))
            continue;
        const struct tok *t = &c->w[i];
        if (tok_starts(t, "SBAR"))
            i = collapse_sbar(c, i);
        else if (pos == (size_t)-1 && tok_is(t, TOK_OPEN, "POS"))
            pos = i;
        else if (pp == (size_t)-1 && tok_starts(t, "PP"))
            pp = i;
        else if (tok_starts(t, "NP") || tok_starts(t, "NEC"))
            inner_np = true;
    }
    if (pos != (size_t)-1) {
        convert_possessive(c, a, b, pos);
        return b + 1;
    }
    if (pp != (size_t)-1) {
        struct prep_parts r;
        bool found = find_preposition(c, pp, &r);
        size_t pp_end = (size_t)c->w[pp].mate;
        /* "the talks in Istanbul over the reluctance of Kabul": with news
         * semantics the phrases after the first PP are kept, in an NPn
         * beside the NE; PETRARCH-1 drops them */
        if (found && c->local_pp && (size_t)c->w[pp].parent == a &&
            phrase_between(c, pp_end + 1, b)) {
            emit_open(c, indexed_tag(c, "NP", &c->out->np_index), (int32_t)a);
            emit_preposition(c, a, &r, false);
            return pp_end + 1;
        }
        if (found && c->local_pp && (size_t)c->w[pp].parent != a) {
            /* the PP is an inner phrase's: convert the children one by one */
            emit_open(c, indexed_tag(c, "NP", &c->out->np_index), (int32_t)a);
            return a + 1;
        }
        if (found) {
            emit_preposition(c, a, &r, true);
            return b + 1;
        }
    } else if (!inner_np) {
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
        if (real_kind(t) != TOK_OPEN) {
            i++;
            continue;
        }
        size_t end = (size_t)t->mate;
        if (t->len == 2 && t->text[0] == 'J' && t->text[1] == 'J' && !seen_member && nadj < 16) {
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
                    emit_any(c, &c->w[m]);
            }
            emit_content(c, i + 1, end);
            emit_close(c);
        }
        i = end + 1;
    }
    emit_close(c);
    return b + 1;
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
