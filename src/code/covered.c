/* covered.c - noun events that a verb or another noun has already read.
 * Code stage, news semantics (docs/news.md). Noun-headed events are found
 * before the verb scan and held back; here they are let through, or not:
 * what an appeal, intent, inquiry, accusation, demand, rejection or threat
 * asks for or alleges is not an event ("urged Israel to lift its siege"),
 * nor is the direct object a coding verb has read ("halted hostilities"),
 * nor a noun event that repeats a verb's for the same dyad and root. */
#include "base/xalloc.h"
#include "code/internal.h"

#include <stdint.h>
#include <string.h>

/* A noun event repeats a verb's when the verb already gave the same
 * dyad an event of the same root: "carried out drone strikes on X" is
 * the verb pattern's 1952, not also the noun's 190. */
/* With news semantics the dyad is compared by country: a verb's USA ->
 * IRNGOV talks and the noun's USA -> IRN talks are one event. */
static bool has_dyad_root(const struct coder *c, const struct event *events, size_t n,
                          const struct event *ev)
{
    size_t len = c->opt->news ? 3 : SIZE_MAX;
    for (size_t i = 0; i < n; i++)
        if (strncmp(events[i].source, ev->source, len) == 0 &&
            strncmp(events[i].target, ev->target, len) == 0 &&
            strncmp(events[i].code, ev->code, 2) == 0)
            return true;
    return false;
}

/* A speech act named as a noun ("Pakistan's demands", "a call for
 * talks", "accusations") was made, whatever is then asked, rejected or
 * investigated about it: roots 01-03 and 10-13 stay. */
static bool speech_act(const char *code)
{
    int r = root_of(code);
    return (r >= 1 && r <= 3) || (r >= 10 && r <= 13);
}

static bool covered_by_verb(const struct coder *c, const struct event *ev)
{
    if (speech_act(ev->code))
        return false;
    for (size_t i = 0; i < c->ncovered; i++)
        if (ev->at_word > c->covered[i].from && ev->at_word <= c->covered[i].to)
            return true;
    return false;
}

void flush_pending(struct coder *c)
{
    size_t verb_events = c->out->nevents; /* compare with the verbs' events only */
    for (size_t i = 0; i < c->npending; i++) {
        const struct event *ev = &c->pending[i];
        if (covered_by_verb(c, ev))
            TRACE(c, "noun event %s %s %s: a verb has read it (what it asks for, or its object)\n",
                  ev->source, ev->target, ev->code);
        else if (!has_dyad_root(c, c->out->events, verb_events, ev))
            add_event(c, ev, false);
    }
    c->npending = 0;
}

/* Codes whose complement is not a fact: a policy option considered
 * (014: "weighing whether to impose sanctions"), appeals (02), intents
 * (03), inquiries (09: what is investigated is alleged), demands (10),
 * accusations (112: "accused X of targeting civilians"), rejections (12)
 * and threats (13). Condemnation (111) of a fact still codes the fact. */
static bool asks(const char *code)
{
    int r = root_of(code);
    return r == 2 || r == 3 || r == 9 || r == 10 || r == 12 || r == 13 ||
           strncmp(code, "112", 3) == 0 || strncmp(code, "014", 3) == 0;
}

/* The direct object of the VP at vp: the first NE or NP after its verb
 * and before any PP or clause, as source-parse word positions. */
static bool object_words(const struct tree *tr, size_t vp, int32_t *from, int32_t *to)
{
    size_t close = (size_t)tr->t[vp].mate;
    for (size_t k = vp + 1; k < close; k++) {
        const struct tok *t = &tr->t[k];
        if (t->kind != TOK_OPEN || tok_starts(t, "VB"))
            continue;
        if (!is_ne(t) && !tok_starts(t, "NP"))
            return false;
        *from = INT32_MAX;
        *to = -1;
        for (size_t j = k; j < (size_t)t->mate; j++)
            if (tr->t[j].kind == TOK_WORD) {
                *from = tr->t[j].src < *from ? tr->t[j].src : *from;
                *to = tr->t[j].src > *to ? tr->t[j].src : *to;
            }
        return *to >= 0;
    }
    return false;
}

void note_noun_covered(struct coder *c, const struct verb_hit *hit, size_t a, size_t b)
{
    if (!c->opt->news || !asks(hit->code))
        return;
    int32_t to = -1;
    for (size_t k = a; k < b; k++)
        if (c->conv.t[k].kind == TOK_WORD && c->conv.t[k].src > to)
            to = c->conv.t[k].src;
    GROW(c->covered, c->cap_covered, c->ncovered + 1);
    c->covered[c->ncovered++] = (struct word_range){hit->at_word, to};
}

void note_covered(struct coder *c, const struct verb_hit *hit)
{
    if (!c->opt->news || hit->noun || strcmp(hit->code, "---") == 0)
        return;
    if (!asks(hit->code)) {
        /* condemning or protesting a fact states the fact too
         * ("condemned Israel's bombardment of Gaza"), and so do mediating
         * or hosting talks ("mediated the talks between A and B") */
        int r = root_of(hit->code);
        if (r == 11 || r == 14 || r == 4)
            return;
        int32_t from, to;
        if (object_words(&c->conv, hit->vp, &from, &to)) {
            GROW(c->covered, c->cap_covered, c->ncovered + 1);
            c->covered[c->ncovered++] = (struct word_range){from - 1, to};
        }
        return;
    }
    /* a PP of time or cause ("after the attack on Gaza") states a fact
     * and ends what is asked for */
    static const char *const CIRCUMSTANCE_WORDS[] = {"AFTER",     "BEFORE", "DURING", "AMID",
                                                     "FOLLOWING", "SINCE",  "OVER",   NULL};
    static struct word_list CIRCUMSTANCE = {.words = CIRCUMSTANCE_WORDS};
    const struct tree *tr = &c->conv;
    size_t close = (size_t)tr->t[hit->vp].mate;
    int32_t to = -1;
    for (size_t k = hit->vp; k < close; k++) {
        const struct tok *t = &tr->t[k];
        if (t->kind == TOK_OPEN && tok_starts(t, "PP") && k + 2 < close &&
            tr->t[k + 2].kind == TOK_WORD && word_in(&tr->t[k + 2], &CIRCUMSTANCE))
            break;
        if (t->kind == TOK_WORD && t->src > to)
            to = t->src;
    }
    GROW(c->covered, c->cap_covered, c->ncovered + 1);
    c->covered[c->ncovered++] = (struct word_range){hit->at_word, to};
}
