/* nouns.c - events stated as nouns: "an attack on X", "talks between A
 * and B", "Pakistan's demands", "Israel launched airstrikes on Gaza".
 * Code stage. Runs on the converted phrases before compounds are split,
 * so "between Pakistan and Afghanistan" is still one compound. A noun
 * phrase is flattened into words there; this file cuts the words after
 * the head noun at prepositions and codes each piece as an actor, which
 * gives the noun block's patterns the sequences they match against:
 * the words before the noun (nearest first) and the words after it,
 * with any prepositional phrases that follow the noun phrase. */
#include "base/xalloc.h"
#include "code/internal.h"

#include <stdint.h>
#include <string.h>

enum { MAX_UNITS = 96, MAX_HEADS = 3 };

/* A word, or an actor: a piece of words that codes, or one member of a
 * compound (members share a group). */
struct unit {
    bool actor;
    bool placed;   /* after IN/AT/NEAR...: perhaps only a venue */
    bool agent;    /* right after BY: "a visit to Caracas by the envoy" */
    int16_t group; /* -1: not in a compound */
    const char *code, *text;
};

struct units {
    struct unit u[MAX_UNITS];
    size_t n;
    int16_t groups;
};

static const char *const PREPOSITION_WORDS[] = {
    "ON",      "AGAINST",    "WITH",   "BETWEEN", "BY",     "FROM",      "IN",     "AT",
    "TO",      "OF",         "OVER",   "INTO",    "NEAR",   "ACROSS",    "ALONG",  "TOWARD",
    "TOWARDS", "FOR",        "ABOUT",  "AMONG",   "INSIDE", "TARGETING", "UPON",   "ONTO",
    "OUTSIDE", "THROUGHOUT", "BEYOND", "UNDER",   "AFTER",  "BEFORE",    "DURING", NULL};
static struct word_list PREPOSITIONS = {.words = PREPOSITION_WORDS};

static bool is_preposition(const struct tok *t)
{
    return word_in(t, &PREPOSITIONS);
}

static struct unit *add_unit(struct units *u)
{
    return u->n < MAX_UNITS ? &u->u[u->n++] : NULL;
}

/* Words [a, b) of c->conv as an actor unit of group, when they name an
 * actor (and the units are not full): its id, or -1. */
static int32_t actor_unit(struct coder *c, struct units *u, size_t a, size_t b, int16_t group)
{
    const char *code = code_of_span(c, a, b);
    struct unit *un = code ? add_unit(u) : NULL;
    if (!un)
        return -1;
    *un = (struct unit){.actor = true, .group = group, .code = code, .text = tokens_text(c, a, b)};
    return (int32_t)(un - u->u);
}

/* Words [a, b) of c->conv as one actor unit pushed to lower, or as plain
 * words when they name no actor. */
static void add_piece(struct coder *c, struct units *u, struct seq *lower, size_t a, size_t b,
                      int16_t group, bool placed)
{
    if (b <= a)
        return;
    int32_t id = actor_unit(c, u, a, b, group);
    if (id >= 0) {
        u->u[id].placed = placed;
        seq_push(lower, SEQ_NE, 0, id);
        for (size_t k = a; k < b; k++)
            if (ctok(c, (int32_t)k)->kind == TOK_WORD)
                seq_push(lower, SEQ_WORD, ctok(c, (int32_t)k)->word, id);
        seq_push(lower, SEQ_NE_END, 0, id);
        return;
    }
    for (size_t k = a; k < b; k++)
        if (ctok(c, (int32_t)k)->kind == TOK_WORD)
            seq_push(lower, SEQ_WORD, ctok(c, (int32_t)k)->word, -1);
}

/* A compound "A and B": each member an actor unit of one group. */
static void add_compound(struct coder *c, struct units *u, struct seq *lower, size_t open)
{
    size_t close = (size_t)ctok(c, (int32_t)open)->mate;
    int16_t group = u->groups++;
    seq_push(lower, SEQ_NEC, 0, -1);
    bool ne_members = false; /* a converted compound: one NE per member */
    for (size_t k = open + 1; k < close; k++) {
        const struct tok *t = ctok(c, (int32_t)k);
        if (t->kind == TOK_OPEN && tok_is(t, TOK_OPEN, "NE") && t->mate > 0) {
            add_piece(c, u, lower, k + 1, (size_t)t->mate, group, false);
            k = (size_t)t->mate;
            ne_members = true;
        }
    }
    if (ne_members) {
        seq_push(lower, SEQ_NEC_END, 0, -1);
        return;
    }
    size_t start = open + 1;
    for (size_t k = open + 1; k <= close; k++) {
        const struct tok *t = ctok(c, (int32_t)k);
        bool cut = k == close || tok_is(t, TOK_WORD, "AND") || tok_is(t, TOK_WORD, ",") ||
                   tok_is(t, TOK_WORD, "OR");
        if (!cut)
            continue;
        add_piece(c, u, lower, start, k, group, false);
        start = k + 1;
    }
    seq_push(lower, SEQ_NEC_END, 0, -1);
}

/* Words [a, b) after the head: pieces between prepositions. */
/* Marks the first unit added since `before` as BY's agent. */
static void mark_agent(struct units *u, size_t before, bool *by)
{
    if (*by && u->n > before) {
        u->u[before].agent = true;
        *by = false;
    }
}

static void add_span(struct coder *c, struct units *u, struct seq *lower, size_t a, size_t b)
{
    size_t start = a, before;
    bool placed = false, by = false;
    for (size_t k = a; k < b; k++) {
        const struct tok *t = ctok(c, (int32_t)k);
        if (t->kind == TOK_OPEN && tok_starts(t, "NEC") && t->mate > 0) {
            before = u->n;
            add_piece(c, u, lower, start, k, -1, placed);
            add_compound(c, u, lower, k);
            mark_agent(u, before, &by);
            k = (size_t)t->mate;
            start = k + 1;
        } else if (t->kind == TOK_OPEN && tok_is(t, TOK_OPEN, "NE") && t->mate > 0) {
            before = u->n;
            add_piece(c, u, lower, start, k, -1, placed);
            add_span(c, u, lower, k + 1, (size_t)t->mate);
            mark_agent(u, before, &by);
            k = (size_t)t->mate;
            start = k + 1;
        } else if (is_preposition(t)) {
            before = u->n;
            add_piece(c, u, lower, start, k, -1, placed);
            mark_agent(u, before, &by);
            seq_push(lower, SEQ_WORD, t->word, -1);
            placed = word_in(t, &LOCATIVE_PREPOSITIONS);
            by = tok_is(t, TOK_WORD, "BY");
            start = k + 1;
        }
    }
    before = u->n;
    add_piece(c, u, lower, start, b, -1, placed);
    mark_agent(u, before, &by);
}

static void unit_actors(const struct units *u, int32_t id, struct actor_list *out)
{
    out->n = 0;
    if (id < 0)
        return;
    const struct unit *un = &u->u[id];
    for (size_t i = 0; i < u->n && out->n < MAX_ACTORS; i++) {
        const struct unit *o = &u->u[i];
        if (o->actor && ((size_t)id == i || (un->group >= 0 && o->group == un->group))) {
            out->code[out->n] = o->code;
            out->text[out->n++] = o->text;
        }
    }
}

static int32_t spot_unit(const struct spot *s)
{
    return s->seq ? s->seq->e[s->at].tok : -1;
}

/* The subject of the verb whose object the phrase at ne is, when that
 * verb codes nothing by itself: "held talks with", "launched strikes
 * on" are the subject's acts. */
static int32_t support_subject(struct coder *c, struct units *u, size_t ne)
{
    const struct tree *tr = &c->conv;
    size_t vp = enclosing_open(tr, ne);
    if (vp == SIZE_MAX || !tok_starts(&tr->t[vp], "VP") || vp + 2 >= tr->n ||
        tr->t[vp + 1].kind != TOK_OPEN || !tok_starts(&tr->t[vp + 1], "VB"))
        return -1;
    const struct verb_sense *s = verb_sense_of(c->lx, tr->t[vp + 2].word);
    if (!s)
        return -1;
    bool support = s->single && strcmp(s->code, "---") == 0;
    for (int32_t k = s->multi; k >= 0 && !support; k = c->lx->multis[k].next)
        support = strcmp(c->lx->multis[k].code, "---") == 0;
    if (!support)
        return -1;
    size_t subj = subject_of(tr, vp);
    if (subj == SIZE_MAX)
        return -1;
    if (tok_starts(&tr->t[subj], "NEC")) { /* "A and B held talks": each member */
        int16_t group = u->groups++;
        int32_t first = -1;
        for (size_t k = subj + 1; k < (size_t)tr->t[subj].mate; k++) {
            const struct tok *t = &tr->t[k];
            if (t->kind != TOK_OPEN || !tok_is(t, TOK_OPEN, "NE") || t->mate < 0)
                continue;
            int32_t id = actor_unit(c, u, k + 1, (size_t)t->mate, group);
            if (first < 0)
                first = id;
            k = (size_t)t->mate;
        }
        return first;
    }
    return actor_unit(c, u, subj + 1, (size_t)tr->t[subj].mate, -1);
}

/* News semantics: the agent of a nominalization, "a visit to Caracas
 * by the U.S. envoy", "the arrest of X by police": the actor right after
 * a BY among the words that follow the noun. */
static int32_t by_agent(const struct units *u)
{
    for (size_t i = 0; i < u->n; i++)
        if (u->u[i].actor && u->u[i].agent)
            return (int32_t)i;
    return -1;
}

/* News semantics: "anti-French protests", "anti-government rallies":
 * the actor after ANTI- in the words before the head is what the
 * protest is against. A unit for it, or -1. */
static int32_t anti_target(struct coder *c, struct units *u, size_t ne, size_t h)
{
    for (size_t k = ne + 1; k < h; k++) {
        const struct tok *t = &c->conv.t[k];
        if (t->kind != TOK_WORD || t->len <= 5 || memcmp(t->text, "ANTI-", 5) != 0)
            continue;
        const char *code = code_of_word(c, lexicon_word(c->lx, t->text + 5, t->len - 5));
        struct unit *un = code ? add_unit(u) : NULL;
        if (!un)
            return -1;
        *un = (struct unit){.actor = true,
                            .group = -1,
                            .code = code,
                            .text = arena_strndup(&c->arena, t->text + 5, t->len - 5)};
        return (int32_t)(un - u->u);
    }
    return -1;
}

/* The first actor after the noun that is not the source's own. */
static int32_t first_other(const struct units *u, const struct seq *lower, const char *src,
                           bool skip_places)
{
    for (size_t i = 0; i < lower->n; i++) {
        int32_t id = lower->e[i].tok;
        if (lower->e[i].kind != SEQ_NE || id < 0 || (skip_places && u->u[id].placed))
            continue;
        if (!src || strncmp(u->u[id].code, src, strlen(src)) != 0)
            return id;
    }
    return -1;
}

/* Codes that a compound's members do with one another when nothing else
 * is named: a paired code, or talks, agreements, cooperation, aid and
 * concessions (roots 03-08). */
static bool mutual(const char *code)
{
    int r = root_of(code);
    return strchr(code, ':') || (r >= 3 && r <= 8);
}

/* Tries the head noun at h in the NE [ne, close]; true when it coded. */
static bool code_head(struct coder *c, size_t ne, size_t h, const struct verb_block *blk)
{
    const struct tree *tr = &c->conv;
    size_t close = (size_t)tr->t[ne].mate;
    struct units *u = arena_zalloc(&c->arena, sizeof *u);
    size_t nwords = strmap_count(&c->lx->words);
    seq_reset(&c->upper, nwords);
    seq_reset(&c->lower, nwords);
    /* before the head: its words nearest first, then the actor they name */
    for (size_t k = h; k-- > ne + 1;)
        if (tr->t[k].kind == TOK_WORD)
            seq_push(&c->upper, SEQ_WORD, tr->t[k].word, -1);
    int32_t premod = actor_unit(c, u, ne + 1, h, -1);
    if (premod >= 0) {
        seq_push(&c->upper, SEQ_NE_END, 0, premod);
        seq_push(&c->upper, SEQ_WORD, 0, premod);
        seq_push(&c->upper, SEQ_NE, 0, premod);
    }
    /* after it: the rest of the phrase and the PPs that follow */
    add_span(c, u, &c->lower, h + 1, close);
    size_t k = close + 1;
    /* "as Pakistan's demands (about assurances) (that ...)": when the
     * phrase ends a PP, the PPs after that PP still complete the noun */
    while (k < tr->n && tr->t[k].kind == TOK_CLOSE && tr->t[k].mate >= 0 &&
           (tok_starts(&tr->t[tr->t[k].mate], "PP") ||
            (c->opt->news && tok_starts(&tr->t[tr->t[k].mate], "NP"))))
        k++; /* news: also out of the NPn that keeps "X in Y over Z" whole */
    for (size_t pps = 0; k < tr->n && pps < 3; pps++) {
        const struct tok *t = &tr->t[k];
        if (t->kind != TOK_OPEN || !tok_starts(t, "PP") || t->mate < 0)
            break;
        add_span(c, u, &c->lower, k + 1, (size_t)t->mate);
        k = (size_t)t->mate + 1;
    }
    struct verb_hit hit = {.verb_text = arena_strndup(&c->arena, tr->t[h].text, tr->t[h].len),
                           .verb_at = blk->at,
                           .noun = true,
                           .vp = ne,
                           .at_word = tr->t[h].src};
    TRACE(c, "noun %s (%s:%u)\n", hit.verb_text, blk->at.file, blk->at.line);
    if (!find_code_in_block(c, blk, blk->code, &hit))
        return false;
    int32_t src = spot_unit(&hit.src), tgt = spot_unit(&hit.tgt);
    if (src < 0)
        src = premod >= 0 ? premod : support_subject(c, u, ne);
    if (src < 0 && c->opt->news)
        src = by_agent(u);
    if (tgt < 0 && c->opt->news && root_of(hit.code) == 14)
        tgt = anti_target(c, u, ne, h);
    if (tgt < 0)
        tgt = first_other(u, &c->lower, src >= 0 ? u->u[src].code : NULL,
                          c->opt->news && venue_root(hit.code));
    struct actor_list sa, ta;
    unit_actors(u, src, &sa);
    unit_actors(u, tgt, &ta);
    if (sa.n == 0 && ta.n >= 2)
        sa = ta; /* "talks between A and B": each with the other */
    /* news: "protests against Hasina spread across Bangladesh" are the
       protests of the country they happen in */
    const char *place =
        sa.n == 0 && ta.n > 0 && root_of(hit.code) == 14 ? place_of_action(c) : NULL;
    if (place) {
        sa.code[0] = place;
        sa.text[0] = "";
        sa.n = 1;
        TRACE(c, "  protests with no one named: the place's country %s\n", place);
    }
    if (ta.n == 0 && sa.n >= 2 && mutual(hit.code))
        ta = sa; /* "A, B and C held joint drills": each with the others */
    if (sa.n == 0 || ta.n == 0) {
        TRACE(c, "  no %s: no event\n", sa.n == 0 ? "source" : "target");
        return false;
    }
    hit.src = hit.tgt = (struct spot){0};
    emit_actor_events(c, &hit, &sa, &ta, true);
    note_noun_covered(c, &hit, h + 1, k);
    return true;
}

void scan_nouns(struct coder *c)
{
    const struct lexicon *lx = c->lx;
    if (lx->nnoun_blocks == 0)
        return;
    const struct tree *tr = &c->conv;
    for (size_t i = 0; i < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind != TOK_OPEN || !tok_is(t, TOK_OPEN, "NE") || t->mate < 0)
            continue;
        size_t close = (size_t)t->mate;
        int tried = 0;
        for (size_t k = i + 1; k < close && tried < MAX_HEADS; k++) {
            const struct tok *w = &tr->t[k];
            if (w->kind == TOK_OPEN && w->mate > 0) {
                k = (size_t)w->mate; /* not inside compounds or nested phrases */
                continue;
            }
            const struct verb_block *blk = w->kind == TOK_WORD ? noun_block_of(lx, w->word) : NULL;
            if (!blk)
                continue;
            tried++;
            if (code_head(c, i, k, blk))
                break;
        }
    }
}
