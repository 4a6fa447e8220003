/* mode.c - whether an event happened: factual, future, hypothetical or
 * negated, from the auxiliaries, modals and negation around its verb,
 * the verbs that govern its clause ("refused to", "wants to"), "if"
 * clauses, and, for a noun, the predicate it is the subject of.
 * Code stage, docs/news.md. Reads the converted phrases of one sentence. */
#include "code/internal.h"

#include <string.h>

static const char *const NEGATORS_WORDS[] = {"NOT", "N'T", "NEVER", "NO", NULL};
static struct word_list NEGATORS = {.words = NEGATORS_WORDS};
static const char *const FUTURE_WORDS[] = {"WILL", "SHALL", "'LL", "WO", NULL};
static struct word_list FUTURE = {.words = FUTURE_WORDS};
static const char *const MODALS_WORDS[] = {"WOULD", "COULD", "MIGHT", "MAY",   "SHOULD", "'D",
                                           "CAN",   "CA",    "MUST",  "OUGHT", NULL};
static struct word_list MODALS = {.words = MODALS_WORDS};
/* verbs whose "to" complement has not happened (yet) */
static const char *const GOV_FUTURE_WORDS[] = {
    "GOING",    "PLAN",     "PLANS",  "PLANNED",   "PLANNING",  "INTEND",   "INTENDS",
    "INTENDED", "EXPECTED", "SET",    "SCHEDULED", "PREPARING", "PREPARED", "DUE",
    "VOWED",    "VOWS",     "VOW",    "PROMISED",  "PROMISES",  "PLEDGED",  "PLEDGES",
    "DECIDED",  "AGREED",   "AGREES", "READY",     "WILLING",   NULL};
static struct word_list GOV_FUTURE = {.words = GOV_FUTURE_WORDS};
static const char *const GOV_HYPOTHETICAL_WORDS[] = {
    "WANT",        "WANTS",      "WANTED",   "HOPE",      "HOPES",      "HOPED",       "SEEK",
    "SEEKS",       "SOUGHT",     "TRY",      "TRIES",     "TRIED",      "TRYING",      "AIM",
    "AIMS",        "AIMED",      "WISH",     "WISHES",    "LIKELY",     "ABLE",        "CONSIDER",
    "CONSIDERING", "CONSIDERED", "THREATEN", "THREATENS", "THREATENED", "THREATENING", "URGED",
    "URGE",        "ASKED",      "ASK",      "CALLED",    "PRESSED",    "DEMANDED",    "PROPOSED",
    "OFFERED",     "OFFER",      "THREAT",   NULL};
static struct word_list GOV_HYPOTHETICAL = {.words = GOV_HYPOTHETICAL_WORDS};
static const char *const GOV_NEGATED_WORDS[] = {
    "FAIL",    "FAILS",    "FAILED",   "FAILING", "REFUSE",    "REFUSES",   "REFUSED", "REFUSING",
    "DECLINE", "DECLINES", "DECLINED", "UNABLE",  "UNWILLING", "RELUCTANT", "AVOID",   "AVOIDED",
    "DENIED",  "DENIES",   "DENY",     "STOPPED", "HALTED",    NULL};
static struct word_list GOV_NEGATED = {.words = GOV_NEGATED_WORDS};
static const char *const CONDITIONAL_WORDS[] = {"IF", "UNLESS", "WHETHER", NULL};
static struct word_list CONDITIONAL = {.words = CONDITIONAL_WORDS};
/* verbs whose object did not happen: "to deter an Iranian attack" */
static const char *const PREVENTING_WORDS[] = {
    "DETER",     "DETERS",     "DETERRED",  "DETERRING",   "PREVENT", "PREVENTS",
    "PREVENTED", "PREVENTING", "AVERT",     "AVERTS",      "AVERTED", "AVERTING",
    "THWART",    "THWARTS",    "THWARTED",  "THWARTING",   "FOIL",    "FOILS",
    "FOILED",    "FOILING",    "FORESTALL", "FORESTALLED", NULL};
static struct word_list PREVENTING = {.words = PREVENTING_WORDS};
/* NEGATORS, MODALS and FUTURE together: most words are none of them, and
 * are let go after one lookup instead of three. Keep it in step. */
static const char *const MODE_WORDS_WORDS[] = {
    "NOT",   "N'T", "NEVER",  "NO", "WILL", "SHALL", "'LL",  "WO",    "WOULD", "COULD",
    "MIGHT", "MAY", "SHOULD", "'D", "CAN",  "CA",    "MUST", "OUGHT", NULL};
static struct word_list MODE_WORDS = {.words = MODE_WORDS_WORDS};

static enum event_mode worse(enum event_mode a, enum event_mode b)
{
    return a > b ? a : b;
}

static enum event_mode word_mode(const struct tok *t)
{
    if (!word_in(t, &MODE_WORDS))
        return MODE_FACTUAL;
    if (word_in(t, &NEGATORS))
        return MODE_NEGATED;
    if (word_in(t, &MODALS))
        return MODE_HYPOTHETICAL;
    if (word_in(t, &FUTURE))
        return MODE_FUTURE;
    return MODE_FACTUAL;
}

/* The auxiliaries, modals and negation a VP puts before its child at
 * cur; phrases in between (objects, PPs, clauses) are not read. */
static enum event_mode aux_mode(const struct tree *tr, size_t p, size_t cur)
{
    enum event_mode m = MODE_FACTUAL;
    for (size_t i = p + 1; i < cur; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind == TOK_OPEN && (is_ne(t) || is_clause(t) || tok_starts(t, "PP")) &&
            t->mate >= 0) {
            i = (size_t)t->mate;
            continue;
        }
        m = worse(m, word_mode(t));
    }
    return m;
}

/* Adverbs between a clause's subject and its VP: "Pakistan never ...". */
static enum event_mode pre_vp_mode(const struct tree *tr, size_t s, size_t vp)
{
    enum event_mode m = MODE_FACTUAL;
    for (size_t i = vp; i-- > s + 1;) {
        const struct tok *t = &tr->t[i];
        if (t->kind == TOK_WORD) {
            m = worse(m, word_mode(t));
            continue;
        }
        if (t->kind == TOK_CLOSE && t->mate >= 0 &&
            !(tok_starts(&tr->t[t->mate], "ADVP") || tok_starts(&tr->t[t->mate], "RB") ||
              tok_starts(&tr->t[t->mate], "MD")))
            break;
    }
    return m;
}

enum event_mode mode_at(const struct coder *c, size_t pos)
{
    const struct tree *tr = &c->conv;
    enum event_mode m = MODE_FACTUAL;
    size_t cur = pos;
    bool through_clause = false;
    for (int guard = 0; guard < 64; guard++) {
        size_t p = enclosing_open(tr, cur);
        if (p == SIZE_MAX)
            break;
        const struct tok *pt = &tr->t[p];
        if (is_vp(pt)) {
            m = worse(m, aux_mode(tr, p, cur));
            size_t v = vp_verb(tr, p);
            if (through_clause && v != SIZE_MAX) {
                const struct tok *gv = &tr->t[v];
                if (word_in(gv, &GOV_NEGATED))
                    m = worse(m, MODE_NEGATED);
                else if (word_in(gv, &GOV_HYPOTHETICAL))
                    m = worse(m, MODE_HYPOTHETICAL);
                else if (word_in(gv, &GOV_FUTURE))
                    m = worse(m, MODE_FUTURE);
            }
            /* "willing to", "ready to", "able to": an adjective governor */
            if (through_clause && v == SIZE_MAX)
                for (size_t i = p + 1; i < cur; i++)
                    if (word_in(&tr->t[i], &GOV_FUTURE) || word_in(&tr->t[i], &GOV_HYPOTHETICAL))
                        m = worse(m, MODE_HYPOTHETICAL);
            through_clause = false;
        } else if (tok_is(pt, TOK_OPEN, "S")) {
            if (tok_starts(&tr->t[cur], "VP"))
                m = worse(m, pre_vp_mode(tr, p, cur));
            size_t pp = enclosing_open(tr, p);
            /* only a complement clause ("to attack", "attacking") takes
             * its mode from outside; a main clause has its own, and a
             * subordinate one is hypothetical after "if" */
            if (pp != SIZE_MAX && tok_starts(&tr->t[pp], "SBAR")) {
                cur = p; /* the SBAR branch reads its "if" */
                continue;
            }
            if (pp == SIZE_MAX || !(is_vp(&tr->t[pp]) || tok_starts(&tr->t[pp], "PP") ||
                                    tok_starts(&tr->t[pp], "ADJP")))
                break;
            through_clause = true;
        } else if (tok_starts(pt, "SBAR")) {
            size_t w = next_word(tr, p);
            if (w != SIZE_MAX && w < (size_t)pt->mate && word_in(&tr->t[w], &CONDITIONAL))
                m = worse(m, MODE_HYPOTHETICAL);
            break;
        } else if (pt->len == 0 || tok_is(pt, TOK_OPEN, "ROOT")) {
            break;
        } else if (tok_starts(pt, "ADJP")) {
            /* "not willing to accept": the adjective governs like a verb */
            for (size_t i = p + 1; i < cur; i++)
                if (word_in(&tr->t[i], &GOV_FUTURE) || word_in(&tr->t[i], &GOV_HYPOTHETICAL))
                    m = worse(m, MODE_HYPOTHETICAL);
            through_clause = false;
        }
        cur = p;
    }
    return m;
}

/* The mode of the first verb of the VP chain at vp: "did not (take
 * place)" reads the auxiliaries of every VP down to the verb. */
static enum event_mode chain_mode(const struct coder *c, size_t vp)
{
    const struct tree *tr = &c->conv;
    size_t inner = vp;
    for (size_t i = vp + 1; i < (size_t)tr->t[vp].mate; i++) {
        const struct tok *t = &tr->t[i];
        if (is_vp(t)) {
            inner = i;
            continue; /* descend */
        }
        if (t->kind == TOK_OPEN && t->mate >= 0 && !tok_starts(t, "VB") && !tok_starts(t, "RB") &&
            !tok_starts(t, "MD") && !tok_starts(t, "ADVP"))
            break;
    }
    return inner == vp ? aux_mode(tr, vp, (size_t)tr->t[vp].mate) : mode_at(c, inner);
}

/* "held no talks": an object that opens with NO. */
static bool object_says_no(const struct tree *tr, size_t vp)
{
    for (size_t i = vp + 1; i < (size_t)tr->t[vp].mate; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind != TOK_OPEN)
            continue;
        if (is_ne(t) || tok_starts(t, "NP")) {
            size_t w = next_word(tr, i);
            return w != SIZE_MAX && tok_is(&tr->t[w], TOK_WORD, "NO");
        }
        if (is_clause(t) || tok_starts(t, "PP"))
            return false; /* a nested VP ("have held no talks") is read on */
    }
    return false;
}

enum event_mode event_mode_of(const struct coder *c, const struct verb_hit *hit)
{
    const struct tree *tr = &c->conv;
    enum event_mode m = mode_at(c, hit->vp);
    if (!hit->noun) {
        if (object_says_no(tr, hit->vp))
            m = worse(m, MODE_NEGATED);
        return m;
    }
    /* the object of "deter", "prevent", "thwart": it did not happen */
    size_t vp = enclosing_open(tr, hit->vp);
    if (vp != SIZE_MAX && is_vp(&tr->t[vp])) {
        size_t v = vp_verb(tr, vp);
        if (v != SIZE_MAX && word_in(&tr->t[v], &PREVENTING))
            m = worse(m, MODE_NEGATED);
    }
    /* "no formal talks" */
    size_t first = next_word(tr, hit->vp);
    if (first != SIZE_MAX && tok_is(&tr->t[first], TOK_WORD, "NO"))
        m = worse(m, MODE_NEGATED);
    /* a noun in subject position takes its predicate's mode: "the
     * meeting ... did not take place" */
    size_t close = (size_t)tr->t[hit->vp].mate;
    if (close + 1 < tr->n && is_vp(&tr->t[close + 1]))
        m = worse(m, chain_mode(c, close + 1));
    return m;
}

bool stated_intent(enum event_mode mode, const struct attribution *attr, const char *source,
                   const char *code)
{
    bool own_side =
        attr && attr->claimant_code && source && strncmp(attr->claimant_code, source, 3) == 0;
    /* a threat is made by the side that would act, not predicted by
       others: "Pakistan will attack", unattributed, stays a future attack */
    if (root_of(code) >= 16)
        return (mode == MODE_FUTURE || mode == MODE_HYPOTHETICAL) && own_side;
    if (mode == MODE_FUTURE)
        return true;
    /* "would": the future of reported speech when the speaker is the
     * actor's side ("Trump said he would meet Putin"); otherwise a guess */
    return mode == MODE_HYPOTHETICAL && attr && attr->claimant_code && source &&
           strncmp(attr->claimant_code, source, 3) == 0;
}

/* 04 consult -> 036 (045 mediate -> 039), 05 -> 032, 06 -> 031,
 * 07 -> 033, 08 -> 035. Force and coercion that the actor's own side
 * says it would use are threats: 16 -> 1311-1313, 17 -> 137,
 * 18 -> 1383, 19 -> 138x, 20 -> 1385 or 1383. */
static const char *intent_of(const char *code)
{
    switch (root_of(code)) {
    case 16:
        return strncmp(code, "163", 3) == 0   ? "1312"
               : strncmp(code, "162", 3) == 0 ? "1311"
                                              : "1313";
    case 17: return "137";
    case 18: return "1383";
    case 19:
        return strncmp(code, "191", 3) == 0   ? "1381"
               : strncmp(code, "192", 3) == 0 ? "1382"
                                              : "1384";
    case 20: return strncmp(code, "204", 3) == 0 ? "1385" : "1383";
    case 4: return strncmp(code, "045", 3) == 0 ? "039" : "036";
    case 5: return "032";
    case 6: return "031";
    case 7: return "033";
    case 8: return "035";
    default: return NULL;
    }
}

const char *intent_code(struct coder *c, const char *code)
{
    const char *colon = strchr(code, ':');
    const char *a = intent_of(code);
    if (!a)
        return NULL;
    if (!colon)
        return a;
    const char *b = intent_of(colon + 1);
    char *both = arena_alloc(&c->arena, 8);
    memcpy(both, a, 3);
    both[3] = ':';
    memcpy(both + 4, b ? b : a, 3);
    both[7] = '\0';
    return both;
}

const char *obligation_code(const struct coder *c, size_t vp)
{
    const struct tree *tr = &c->conv;
    size_t close = (size_t)tr->t[vp].mate;
    /* the reported clause: the first S under the VP, through an SBAR */
    size_t s = SIZE_MAX;
    for (size_t k = vp + 1; k < close && s == SIZE_MAX; k++)
        if (tr->t[k].kind == TOK_OPEN && tok_is(&tr->t[k], TOK_OPEN, "S"))
            s = k;
    if (s == SIZE_MAX)
        return NULL;
    /* its subject, then its VP, whose first word is the modal */
    size_t k = s + 1;
    if (k >= tr->n || !is_ne(&tr->t[k]))
        return NULL;
    k = (size_t)tr->t[k].mate + 1;
    if (k >= tr->n || !is_vp(&tr->t[k]))
        return NULL;
    size_t w = next_word(tr, k);
    if (w == SIZE_MAX)
        return NULL;
    if (tok_is(&tr->t[w], TOK_WORD, "MUST"))
        return "100";
    if (tok_is(&tr->t[w], TOK_WORD, "SHOULD"))
        return "020";
    return NULL;
}
