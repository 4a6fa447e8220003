/* np.c - the noun phrase rules of tree_convert (see tree.h, convert.h).
 * Parse stage. A noun phrase becomes one NE by the possessive rule, the
 * preposition rule or the simple rule, or stays an indexed NPn whose
 * children are converted one by one, as PETRARCH-1 does; a compound
 * outside any NP becomes one NE per member. */
#include "tree/convert.h"

#include <string.h>

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
const char *indexed_tag(struct conv *c, const char *base, int *counter)
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
size_t convert_np(struct conv *c, size_t a)
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
size_t convert_nec(struct conv *c, size_t a)
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
