/* places.c - where an event happened, with news semantics (docs/news.md).
 * Code stage. A place met only as "in/at X" is a venue for talks, deals,
 * statements and protests rather than their target; the sentence's place
 * of action gives a country to agents named without one ("police",
 * "protesters"). */
#include "code/internal.h"

#include <stdint.h>
#include <string.h>

static const char *const LOCATIVE_WORDS[] = {"IN",      "AT",     "NEAR",       "INSIDE",
                                             "OUTSIDE", "ACROSS", "THROUGHOUT", NULL};
struct word_list LOCATIVE_PREPOSITIONS = {.words = LOCATIVE_WORDS};

bool venue_root(const char *code)
{
    int r = root_of(code);
    return (r >= 1 && r <= 6) || r == 8 || (r >= 10 && r <= 12) || r == 14;
}

/* A target NE that tree_convert marked locative, and whose own words
 * before the preposition code nothing (necode.c), under a venue root. */
bool is_venue(const struct coder *c, const struct spot *s, const char *code, bool defaulted,
              bool two_sided, const char *own)
{
    if (!c->opt->news || !s->seq || !venue_root(code))
        return false;
    /* "teachers went on strike in Pakistan": a protest at home is against
     * one's own country, the target by convention */
    if (root_of(code) == 14 && !two_sided && own && s->seq->e[s->at].kind == SEQ_NE &&
        (strncmp(ne_code(c, s->seq->e[s->at].tok), own, 3) == 0 || strncmp(own, "---", 3) == 0))
        return false; /* a countryless source takes the place's country */
    const struct seq_elem *e = &s->seq->e[s->at];
    if (e->kind != SEQ_NE)
        return false;
    if ((ctok(c, e->tok)->flags & TOKF_LOCATIVE) && defaulted)
        return true; /* a pattern that asked for the place ("a ceasefire in +") keeps it */
    /* "met on the sidelines of the BRICS summit": the summit is where */
    static const char *const SIDELINES_WORDS[] = {"SIDELINES", "SIDELINE", "MARGINS", "MARGIN",
                                                  NULL};
    static struct word_list SIDELINES = {.words = SIDELINES_WORDS};
    const struct tok *before[2] = {NULL, NULL};
    for (size_t k = (size_t)e->tok, n = 0; k-- > 0 && n < 2;)
        if (c->conv.t[k].kind == TOK_WORD)
            before[n++] = &c->conv.t[k];
    if (before[1] && tok_is(before[0], TOK_WORD, "OF") && word_in(before[1], &SIDELINES))
        return true;
    size_t w = next_word(&c->conv, (size_t)e->tok); /* one phrase: "the sidelines of X" */
    if (w != SIZE_MAX && tok_is(&c->conv.t[w], TOK_WORD, "THE"))
        w = next_word(&c->conv, w);
    if (w != SIZE_MAX && word_in(&c->conv.t[w], &SIDELINES))
        return true;
    /* "A and B met in Doha": a PP of place on the verb, when no pattern
     * asked for what follows the preposition and the subject names both
     * parties. With one actor as subject the place is often the other
     * party ("arrived in Israel", "invested in India"). */
    const struct tree *tr = &c->conv;
    size_t pp = enclosing_open(tr, (size_t)e->tok);
    return defaulted && two_sided && pp != SIZE_MAX && pp + 2 < tr->n &&
           tok_starts(&tr->t[pp], "PP") && tr->t[pp + 1].kind == TOK_OPEN &&
           tr->t[pp + 2].kind == TOK_WORD && word_in(&tr->t[pp + 2], &LOCATIVE_PREPOSITIONS);
}

/* A country code: three letters, not one of the non-state prefixes. */
static bool is_country(const char *code)
{
    static const char *const NON_STATE[] = {"IGO", "NGO", "IMG", "MNC", "UIS", "---"};
    if (strlen(code) < 3)
        return false;
    for (size_t i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z')
            return false;
    for (size_t i = 0; i < sizeof NON_STATE / sizeof *NON_STATE; i++)
        if (strncmp(code, NON_STATE[i], 3) == 0)
            return false;
    return true;
}

/* The country of the sentence's first place of action: an NE that is a
 * PP's object after IN/AT/NEAR/INSIDE/OUTSIDE, or a phrase "X in Y". */
static const char *sentence_place(struct coder *c)
{
    if (c->place_done)
        return c->place;
    c->place_done = true;
    const struct tree *tr = &c->conv;
    for (size_t i = 0; i < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind != TOK_OPEN || !tok_is(t, TOK_OPEN, "NE") || t->mate < 0)
            continue;
        size_t pp = enclosing_open(tr, i);
        bool placed =
            (t->flags & TOKF_LOCATIVE) ||
            (pp != SIZE_MAX && pp + 2 < tr->n && tok_starts(&tr->t[pp], "PP") &&
             tr->t[pp + 2].kind == TOK_WORD && word_in(&tr->t[pp + 2], &LOCATIVE_PREPOSITIONS));
        if (!placed)
            continue;
        /* noun events are coded before the phrases are (nouns.c; their
           code is "---" until then): the place's code is looked up here */
        const char *code = t->code && strncmp(t->code, "---", 3) != 0
                               ? t->code
                               : code_of_span(c, i + 1, (size_t)t->mate);
        if (code && is_country(code)) {
            c->place = arena_strndup(&c->arena, code, 3);
            break;
        }
    }
    return c->place;
}

const char *place_of_action(struct coder *c)
{
    return c->opt->news ? sentence_place(c) : NULL;
}

/* News semantics: an agent named without a country ("women", "police",
 * "protesters") takes the country where the act happened ("in Kabul"),
 * else the other party's country: arrests, protests and massacres are
 * mostly domestic. Event data then counts them under a country rather
 * than dropping them as "---". */
void give_country(struct coder *c, struct actor_list *l, const struct actor_list *other)
{
    for (size_t i = 0; i < l->n; i++) {
        const char *code = l->code[i];
        if (strncmp(code, "---", 3) != 0)
            continue;
        if (strlen(code) <= 3)
            continue; /* no agent either: placing "a hotel" or "a deal" misleads */
        const char *country = sentence_place(c);
        if (!country && other->n == 1 && is_country(other->code[0]))
            country = other->code[0];
        if (!country)
            continue;
        size_t n = strlen(code);
        char *q = arena_alloc(&c->arena, n + 1);
        memcpy(q, country, 3);
        memcpy(q + 3, code + 3, n - 2);
        TRACE(c, "  %s: %s by where it happened or the other party\n", code, q);
        l->code[i] = q;
    }
}
