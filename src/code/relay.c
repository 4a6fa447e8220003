/* relay.c - claims an outlet repeats later in the story: "There was no
 * response from Kabul about the Pakistani claims, repeated by Pakistan
 * Television" puts Pakistan Television behind the Pakistani side's claims
 * of the sentences before it, though it stands in a sentence of its own.
 * Code stage, news semantics (docs/news.md, "Claims repeated later").
 *
 * A relay is found in one sentence and applies to earlier ones, so the
 * document's driver codes the document again when the first pass found
 * one (struct discourse says how); a story rarely has one, so the second
 * pass costs nothing in the common case and memory stays per document. */
#include "base/arena.h"
#include "code/internal.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Nouns that name what someone claimed: "the Pakistani claims". */
static const char *const CLAIM_WORDS[] = {
    "CLAIMS",    "CLAIM",       "ALLEGATIONS", "ALLEGATION", "ACCUSATIONS", "ACCUSATION",
    "CHARGES",   "ASSERTIONS",  "ASSERTION",   "STATEMENTS", "STATEMENT",   "REMARKS",
    "COMMENTS",  "ACCOUNT",     "VERSION",     "ASSURANCES", "DENIALS",     "DENIAL",
    "ARGUMENTS", "CONTENTIONS", NULL};
static struct word_list CLAIMS = {.words = CLAIM_WORDS};

/* Verbs of passing a claim on: "repeated by", "carried by", "X aired". */
static const char *const RELAY_VERB_WORDS[] = {
    "REPEATED",   "REPEATS",   "REPEAT",    "CARRIED",  "CARRIES", "ECHOED",
    "ECHOES",     "RELAYED",   "RELAYS",    "AIRED",    "AIRS",    "BROADCAST",
    "BROADCASTS", "PUBLISHED", "PUBLISHES", "REPORTED", NULL};
static struct word_list RELAY_VERBS = {.words = RELAY_VERB_WORDS};

static void copy_field(char *dst, size_t cap, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src ? src : "", n);
    dst[n] = '\0';
}

/* The NE whose last word is a claim noun and which ends just before the
 * verb at position verb (brackets and a comma may stand between), or
 * SIZE_MAX. */
static size_t claim_ne_before(const struct tree *tr, size_t verb)
{
    for (size_t i = verb, steps = 0; i-- > 0 && steps < 16; steps++) {
        const struct tok *t = &tr->t[i];
        if (tok_is(t, TOK_CLOSE, "NE")) {
            if (t->mate < 0 || i == 0 || !word_in(&tr->t[i - 1], &CLAIMS))
                return SIZE_MAX;
            return (size_t)t->mate;
        }
        if (t->kind == TOK_WORD && !tok_is(t, TOK_WORD, ","))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The NE that opens right after position from, skipping brackets and
 * "by", or SIZE_MAX. */
static size_t ne_after(const struct tree *tr, size_t from, bool after_by)
{
    size_t i = from + 1;
    while (i < tr->n && tr->t[i].kind == TOK_CLOSE)
        i++;
    if (after_by) {
        while (i < tr->n && tr->t[i].kind == TOK_OPEN && !is_ne(&tr->t[i]))
            i++;
        if (i >= tr->n || !tok_is(&tr->t[i], TOK_WORD, "BY"))
            return SIZE_MAX;
        i++;
        while (i < tr->n && tr->t[i].kind == TOK_CLOSE)
            i++;
    }
    while (i < tr->n && tr->t[i].kind == TOK_OPEN && !is_ne(&tr->t[i]))
        i++;
    return i < tr->n && is_ne(&tr->t[i]) ? i : SIZE_MAX;
}

static bool add_relay(struct coder *c, size_t claim_ne, size_t outlet_ne, const char *verb)
{
    const struct tree *tr = &c->conv;
    /* the codes, since phrases are coded later (and a comma clause such
       as ", repeated by X" may be gone by then) */
    const char *outlet = code_of_span(c, outlet_ne + 1, (size_t)tr->t[outlet_ne].mate);
    if (!is_media_code(outlet))
        return false;
    /* whose claims: "the Pakistani claims", else the last claimant */
    const char *who = code_of_span(c, claim_ne + 1, (size_t)tr->t[claim_ne].mate);
    char country[4] = "";
    if (who && strlen(who) >= 3 && !strstr(who, "---") && !is_media_code(who))
        copy_field(country, sizeof country, who);
    else if (c->doc->last_claimant[0])
        copy_field(country, sizeof country, c->doc->last_claimant);
    if (!country[0] || c->doc->nrelays == MAX_RELAYS)
        return false;
    struct relay *r = &c->doc->relays[c->doc->nrelays++];
    copy_field(r->country, sizeof r->country, country);
    copy_field(r->outlet_code, sizeof r->outlet_code, outlet);
    copy_field(r->outlet_text, sizeof r->outlet_text,
               tokens_text(c, outlet_ne + 1, (size_t)tr->t[outlet_ne].mate));
    char cue[sizeof r->cue];
    snprintf(cue, sizeof cue, "%s by", verb);
    for (char *p = cue; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    copy_field(r->cue, sizeof r->cue, cue);
    r->before = c->doc->sentences;
    TRACE(c, "relay: %s's earlier claims %s [%s]\n", r->country, r->cue, r->outlet_code);
    return true;
}

/* Bit k set when a relay verb begins with 'A' + k; RELAY_ANY when one
 * begins with anything else (then every word is looked up). Every word
 * of the sentence is asked about, and most are let go by this one test
 * instead of a list lookup. Built on first use from the list; racing
 * threads store the same value. */
enum { RELAY_ANY = 1u << 26, RELAY_BUILT = 1u << 27 };
static _Atomic uint32_t relay_initials;

static uint32_t relay_verb_initials(void)
{
    uint32_t m = atomic_load_explicit(&relay_initials, memory_order_relaxed);
    if (m)
        return m;
    m = RELAY_BUILT;
    for (const char *const *w = RELAY_VERB_WORDS; *w; w++) {
        unsigned k = (unsigned)(unsigned char)(*w)[0] - 'A';
        m |= k < 26 ? UINT32_C(1) << k : RELAY_ANY;
    }
    atomic_store_explicit(&relay_initials, m, memory_order_relaxed);
    return m;
}

static bool may_be_relay_verb(uint32_t initials, const struct tok *t)
{
    if (t->kind != TOK_WORD || t->len == 0)
        return false;
    unsigned k = (unsigned)(unsigned char)t->text[0] - 'A';
    return (initials & RELAY_ANY) || (k < 26 && ((initials >> k) & 1));
}

void find_relays(struct coder *c)
{
    if (!c->doc || c->doc->replay)
        return; /* the second pass already knows them */
    const struct tree *tr = &c->conv;
    uint32_t initials = relay_verb_initials();
    for (size_t i = 0; i < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        if (!may_be_relay_verb(initials, t) || !word_in(t, &RELAY_VERBS))
            continue;
        char verb[24];
        copy_field(verb, sizeof verb, t->text);
        /* "the claims, repeated by PTV" */
        size_t claim = claim_ne_before(tr, i);
        size_t outlet = ne_after(tr, i, true);
        if (claim != SIZE_MAX && outlet != SIZE_MAX && add_relay(c, claim, outlet, verb))
            continue;
        /* "PTV repeated the claims": the verb's subject is the outlet */
        size_t vp = enclosing_open(tr, i);
        while (vp != SIZE_MAX && !is_vp(&tr->t[vp]) && tr->t[vp].text[0] == 'V')
            vp = enclosing_open(tr, vp); /* from the verb's own bracket */
        if (vp == SIZE_MAX || !is_vp(&tr->t[vp]))
            continue;
        size_t subj = subject_of(tr, vp);
        size_t obj = ne_after(tr, i, false);
        if (subj == SIZE_MAX || obj == SIZE_MAX || tr->t[obj].mate < 1 ||
            !word_in(&tr->t[(size_t)tr->t[obj].mate - 1], &CLAIMS))
            continue;
        strcpy(verb, "repeated"); /* the active voice is reported as its passive */
        add_relay(c, obj, subj, verb);
    }
}

/* The attribution of an event in an earlier sentence, with the relays
 * that came later and concern its claimant. */
void apply_relays(struct coder *c)
{
    struct discourse *d = c->doc;
    if (!d)
        return;
    for (size_t k = 0; k < c->out->nevents; k++) {
        struct event *e = &c->out->events[k];
        const struct attribution *a = e->attribution;
        if (a && a->claimant_code && strlen(a->claimant_code) >= 3 &&
            !strstr(a->claimant_code, "---"))
            copy_field(d->last_claimant, 4, a->claimant_code);
        if (!d->replay || !a || !a->claimant_code)
            continue;
        for (unsigned r = 0; r < d->nrelays; r++) {
            const struct relay *rl = &d->relays[r];
            if (d->sentences >= rl->before || strncmp(a->claimant_code, rl->country, 3) != 0)
                continue;
            struct attribution *copy = arena_alloc(&c->arena, sizeof *copy);
            *copy = *a;
            copy->relay_code = rl->outlet_code;
            copy->relay_text = rl->outlet_text;
            copy->relay_cue = rl->cue;
            e->attribution = copy;
            break; /* one relay per event: the first that applies */
        }
    }
    d->sentences++;
}
