/* comma.c - comma-delimited clause deletion (PETRARCH-1 §5).
 * Code stage. Short clauses set off by commas ("..., a senior official
 * said on Saturday.") are removed before coding, by word counts bounded
 * by the comma_* options. Only phrases lying wholly inside a range go. */
#include "code/internal.h"

#include <string.h>

static bool is_comma(const struct tok *t)
{
    return t->kind == TOK_OPEN && t->len == 1 && t->text[0] == ',';
}

static bool counts_as_word(const struct tok *t)
{
    if (t->kind != TOK_WORD || t->len == 0)
        return false;
    unsigned char ch = (unsigned char)t->text[0];
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch >= 0x80;
}

static int word_count(const struct tree *tr, size_t a, size_t b)
{
    int n = 0;
    for (size_t i = a; i < b && i < tr->n; i++)
        n += counts_as_word(&tr->t[i]);
    return n;
}

/* The last real token: back from the end past closing tokens, minus one
 * (normally the "(." of the full stop). */
static size_t end_position(const struct tree *tr)
{
    size_t i = tr->n;
    while (i > 0 && tr->t[i - 1].kind == TOK_CLOSE)
        i--;
    return i >= 2 ? i - 2 : 0;
}

/* The positions of the commas from token 2 on, in order: found in one
 * pass and found again only after the tokens change, since the tests
 * below ask for the next or the last comma several times a sentence. */
struct commas {
    size_t *at, n;
};

static void list_commas(struct coder *c, struct commas *k)
{
    const struct tree *tr = &c->conv;
    k->at = arena_alloc(&c->arena, (tr->n + 1) * sizeof *k->at);
    k->n = 0;
    for (size_t i = 2; i < tr->n; i++)
        if (is_comma(&tr->t[i]))
            k->at[k->n++] = i;
}

/* The first comma at or after from. */
static size_t next_comma(const struct commas *k, size_t from)
{
    for (size_t j = 0; j < k->n; j++)
        if (k->at[j] >= from)
            return k->at[j];
    return (size_t)-1;
}

/* The last comma before end. */
static size_t last_comma(const struct commas *k, size_t end)
{
    for (size_t j = k->n; j-- > 0;)
        if (k->at[j] < end)
            return k->at[j];
    return (size_t)-1;
}

static void remove_range(struct tree *tr, size_t a, size_t b) /* [a, b] */
{
    memmove(tr->t + a, tr->t + b + 1, (tr->n - b - 1) * sizeof *tr->t);
    tr->n -= b - a + 1;
    tree_relink(tr);
}

/* The words of [a, b] not yet marked gone, for the trace. */
static const char *kept_text(struct coder *c, const bool *gone, size_t a, size_t b)
{
    struct buf *s = &c->scratch;
    buf_clear(s);
    for (size_t i = a; i <= b; i++) {
        const struct tok *t = ctok(c, (int32_t)i);
        if (t->kind != TOK_WORD || gone[i])
            continue;
        if (s->len)
            buf_addc(s, ' ');
        buf_add(s, t->text, t->len);
    }
    return arena_strndup(&c->arena, s->data ? s->data : "", s->len);
}

/* Deletes the phrases that lie wholly inside [lo, hi). PETRARCH-1 takes
 * them out one by one from the right; marking them and closing the gaps
 * once gives the same tokens (a phrase removed earlier lies to the right
 * of, or inside, any phrase tested later, so the test "its close is
 * before hi" reads the same in the old positions) without moving the
 * tail and relinking the tree for each. */
static void delete_phrases(struct coder *c, size_t lo, size_t hi)
{
    struct tree *tr = &c->conv;
    if (hi > tr->n)
        hi = tr->n;
    bool *gone = NULL;
    size_t i = hi;
    while (i-- > lo) {
        const struct tok *t = &tr->t[i];
        if (t->kind == TOK_OPEN && (size_t)t->mate < hi) {
            size_t end = (size_t)t->mate;
            if (!gone)
                gone = arena_zalloc(&c->arena, tr->n);
            TRACE(c, "  comma clause removed: %s\n", kept_text(c, gone, i, end));
            memset(gone + i, 1, end - i + 1);
        }
    }
    if (!gone)
        return;
    size_t k = 0;
    for (size_t j = 0; j < tr->n; j++)
        if (!gone[j])
            tr->t[k++] = tr->t[j];
    tr->n = k;
    tree_relink(tr);
}

/* With news semantics a comma clause goes only when it states no event
 * of its own: ", officials said" and ", the capital," go, but the main
 * clause after "According to X," and ", with both sides blaming the
 * other" stay. A VP with a reporting verb states no event. */
static bool holds_event_clause(const struct coder *c, size_t lo, size_t hi)
{
    const struct tree *tr = &c->conv;
    if (!c->opt->news)
        return false;
    for (size_t i = lo; i < hi && i + 2 < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind == TOK_OPEN && tok_starts(t, "VP") && tr->t[i + 1].kind == TOK_OPEN &&
            tok_starts(&tr->t[i + 1], "VB") && !is_reporting_verb(&tr->t[i + 2]))
            return true;
    }
    return false;
}

static void remove_comma(struct tree *tr, size_t at)
{
    remove_range(tr, at, (size_t)tr->t[at].mate);
}

void comma_delete_clauses(struct coder *c)
{
    struct tree *tr = &c->conv;
    const struct code_options *o = c->opt;
    struct commas k;
    list_commas(c, &k);
    size_t first = next_comma(&k, 2);
    if (first == (size_t)-1)
        return;
    if (o->comma_bmax != 0) {
        int n = word_count(tr, 2, first);
        if (n >= o->comma_bmin && n <= o->comma_bmax && !holds_event_clause(c, 2, first)) {
            delete_phrases(c, 2, first);
            list_commas(c, &k);
        }
    }
    if (o->comma_emax != 0) {
        size_t end = end_position(tr), last = last_comma(&k, end);
        if (last != (size_t)-1) {
            int n = word_count(tr, last, tr->n);
            if (n >= o->comma_emin && n <= o->comma_emax &&
                !holds_event_clause(c, (size_t)tr->t[last].mate + 1, end)) {
                delete_phrases(c, (size_t)tr->t[last].mate + 1, end);
                list_commas(c, &k);
            }
        }
    }
    if (o->comma_max != 0) {
        size_t ka = next_comma(&k, 2);
        while (ka != (size_t)-1) {
            size_t kb = next_comma(&k, (size_t)tr->t[ka].mate + 1);
            if (kb == (size_t)-1)
                break;
            int n = word_count(tr, ka + 1, kb);
            if (n >= o->comma_min && n <= o->comma_max && !holds_event_clause(c, ka, kb)) {
                size_t before = tr->n;
                delete_phrases(c, ka, kb);
                kb -= before - tr->n;
                if (tr->n != before)
                    list_commas(c, &k);
            }
            ka = kb;
        }
    }
    /* dangling commas: nothing before the first, or after the last */
    size_t fc = next_comma(&k, 2);
    if (fc != (size_t)-1 && word_count(tr, 2, fc) == 0) {
        remove_comma(tr, fc);
        list_commas(c, &k);
    }
    size_t end = end_position(tr), lc = last_comma(&k, end);
    if (lc != (size_t)-1 && word_count(tr, lc + 1, end) == 0)
        remove_comma(tr, lc);
}
