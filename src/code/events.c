/* events.c - source, target and the events of one verb (PETRARCH-1 §9-10).
 * Code stage. When no pattern named them, the source is the leftmost
 * coded actor before the verb and the target the first other actor after
 * it. Compounds give one event per member pair; "A:B" paired codes give
 * events both ways; self-pairs, duplicates and (with require_dyad)
 * half-known dyads are dropped. */
#include "base/xalloc.h"
#include "code/internal.h"

#include <stdio.h>
#include <string.h>

/* "---" anywhere in the code; a loop over its few bytes, not a call to
 * strstr, as this runs for every candidate source and target. */
static bool uncoded(const char *code)
{
    for (const char *p = code; *p; p++)
        if (p[0] == '-' && p[1] == '-' && p[2] == '-')
            return true;
    return false;
}

const char *ne_code(const struct coder *c, int32_t tok)
{
    return ctok(c, tok)->code ? ctok(c, tok)->code : "---";
}

static bool spot_coded(const struct coder *c, const struct seq_elem *e)
{
    return e->kind == SEQ_NEC || (e->kind == SEQ_NE && !uncoded(ne_code(c, e->tok)));
}

static void add_actor(struct actor_list *l, const char *code, const char *text)
{
    if (l->n < MAX_ACTORS) {
        l->code[l->n] = code;
        l->text[l->n++] = text;
    }
}

/* One NE's code; an unknown NE may become its own quoted text (§9.4). */
static void ne_actor(struct coder *c, size_t open, bool in_compound, struct actor_list *out)
{
    size_t close = (size_t)ctok(c, (int32_t)open)->mate;
    const char *code = ne_code(c, (int32_t)open);
    const char *text = tokens_text(c, open + 1, close);
    int limit = c->opt->new_actor_length;
    if (strcmp(code, "---") == 0) {
        if (limit > 0) {
            size_t words = 0, k = open + 1;
            for (; k < close && ctok(c, (int32_t)k)->kind != TOK_CLOSE; k++)
                words += ctok(c, (int32_t)k)->kind == TOK_WORD;
            if (words <= (size_t)limit) {
                const char *t = tokens_text(c, open + 1, k);
                size_t n = strlen(t) + 3;
                char *q = arena_alloc(&c->arena, n);
                snprintf(q, n, "\"%s\"", t);
                code = q;
            }
        } else if (in_compound) {
            return; /* unknown compound members are dropped */
        }
    }
    add_actor(out, code, text);
}

static void spot_actors(struct coder *c, const struct spot *s, struct actor_list *out)
{
    out->n = 0;
    const struct seq_elem *e = &s->seq->e[s->at];
    size_t open = (size_t)e->tok;
    if (e->kind == SEQ_NE) {
        ne_actor(c, open, false, out);
    } else {
        size_t close = (size_t)ctok(c, (int32_t)open)->mate;
        for (size_t k = open + 1; k < close; k++) {
            const struct tok *t = ctok(c, (int32_t)k);
            if (t->kind == TOK_OPEN && tok_is(t, TOK_OPEN, "NE")) {
                ne_actor(c, k, true, out);
                k = (size_t)t->mate;
            }
        }
    }
    if (out->n == 0)
        add_actor(out, "---", "");
}

/* "FRO/BIL/SAM" stands for three actors. */
static void split_slashes(struct coder *c, struct actor_list *l)
{
    size_t first = 0;
    while (first < l->n && !strchr(l->code[first], '/'))
        first++;
    if (first == l->n)
        return; /* the common case: nothing to split, nothing to copy */
    struct actor_list out;
    out.n = 0;
    for (size_t i = 0; i < l->n; i++) {
        const char *code = l->code[i];
        if (!strchr(code, '/')) {
            add_actor(&out, code, l->text[i]);
            continue;
        }
        for (const char *p = code; *p;) {
            const char *slash = strchr(p, '/');
            size_t n = slash ? (size_t)(slash - p) : strlen(p);
            add_actor(&out, arena_strndup(&c->arena, p, n), l->text[i]);
            p += n + (slash ? 1 : 0);
        }
    }
    for (size_t i = 0; i < out.n; i++) {
        l->code[i] = out.code[i];
        l->text[i] = out.text[i];
    }
    l->n = out.n;
}

static bool default_source(const struct coder *c, struct spot *s)
{
    const struct seq *up = &c->upper;
    for (size_t i = up->n; i-- > 0;) {
        if (spot_coded(c, &up->e[i])) {
            *s = (struct spot){up, i};
            return true;
        }
    }
    for (size_t i = up->n; i-- > 0;) {
        if (up->e[i].kind == SEQ_NE) {
            *s = (struct spot){up, i};
            return true;
        }
    }
    return false;
}

static bool starts_with(const char *s, const char *prefix)
{
    return prefix && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* An agent of the state itself (government, military, elite, spies,
 * legislature, judiciary, police) right after a code's country. */
static bool state_agent(const char *agent)
{
    static const char *const STATE[] = {"GOV", "MIL", "ELI", "SPY", "LEG", "JUD", "COP"};
    for (size_t i = 0; i < sizeof STATE / sizeof *STATE; i++)
        if (strncmp(agent, STATE[i], 3) == 0)
            return true;
    return false;
}

/* A state's own actor: a country code, bare or with a state agent. */
static bool own_state(const char *code)
{
    if (strlen(code) < 3 || strncmp(code, "---", 3) == 0 || strncmp(code, "IGO", 3) == 0 ||
        strncmp(code, "NGO", 3) == 0)
        return false;
    return strlen(code) == 3 || state_agent(code + 3);
}

/* News semantics: "Kremlin spokesman Peskov said Moscow saw no prospect
 * of a settlement with Ukraine": the bare country of the source's own
 * agent is the source again, named by metonymy, not its target. */
static bool own_country(const struct coder *c, const char *code, const char *x,
                        const char *event_code)
{
    if (!c->opt->news || !x || strlen(code) != 3 || strlen(x) < 6 || strncmp(code, x, 3) != 0)
        return false;
    /* a curfew, arrests or a ban are a state's acts on its own country */
    if (root_of(event_code) == 17)
        return false;
    /* rebels, protesters or farmers do act on their own country */
    return state_agent(x + 3);
}

/* Does the compound at open have a member that names an actor? */
static bool compound_names_actor(const struct coder *c, size_t open)
{
    size_t close = (size_t)ctok(c, (int32_t)open)->mate;
    for (size_t k = open + 1; k < close; k++) {
        const struct tok *t = ctok(c, (int32_t)k);
        if (t->kind == TOK_OPEN && tok_is(t, TOK_OPEN, "NE") && !uncoded(ne_code(c, (int32_t)k)))
            return true;
    }
    return false;
}

/* Roots whose events happen within a country as often as between two:
 * protest, coercion, assault, fight, mass violence. */
static bool internal_root(const char *code)
{
    int r = root_of(code);
    return r == 14 || r >= 17;
}

static bool other_actor(const struct coder *c, const struct seq_elem *e, const char *x,
                        const char *event_code)
{
    if (!spot_coded(c, e))
        return false;
    if (e->kind == SEQ_NEC) /* news: "relief goods and medical teams" name no one */
        return !c->opt->news || compound_names_actor(c, (size_t)e->tok);
    const char *code = ne_code(c, e->tok);
    /* news: "Russia jailed Kremlin critic X": an actor of the source's
       country with a role of its own (RUSOPP under RUS) is another party
       to internal coercion, protest or violence */
    if (c->opt->news && x && internal_root(event_code) && starts_with(code, x) &&
        strlen(code) > strlen(x) && !own_country(c, code, x, event_code))
        return true;
    return !starts_with(code, x) && !own_country(c, code, x, event_code);
}

/* News semantics: another phrase of the source's very code is another
 * actor of its country, which internal protest or violence may be
 * against ("Kabul demonstrated against Afghanistan"). */
static bool same_country_actor(const struct coder *c, const struct seq_elem *e, const char *x,
                               const char *event_code)
{
    return c->opt->news && x && e->kind == SEQ_NE && internal_root(event_code) &&
           strcmp(ne_code(c, e->tok), x) == 0;
}

/* The verb's direct object, when it is an actor other than x and comes
 * before the target t in the lower sequence. */
static bool object_actor(const struct coder *c, const struct spot *t, const char *x,
                         const char *event_code, struct spot *out)
{
    const struct seq *lo = &c->lower;
    if (t->seq != lo)
        return false;
    for (size_t i = 0; i < t->at; i++) {
        if (lo->e[i].kind != SEQ_NE && lo->e[i].kind != SEQ_NEC)
            continue;
        if (!other_actor(c, &lo->e[i], x, event_code))
            return false; /* the first phrase names no one else */
        *out = (struct spot){lo, i};
        return true;
    }
    return false;
}

static bool default_target(const struct coder *c, const char *x, const char *event_code,
                           const struct spot *src, struct spot *t)
{
    const struct seq *lo = &c->lower, *up = &c->upper;
    for (size_t i = 0; i < lo->n; i++)
        if (other_actor(c, &lo->e[i], x, event_code))
            return *t = (struct spot){lo, i}, true;
    for (size_t i = 0; i < lo->n; i++) /* only when no one else is named */
        if (same_country_actor(c, &lo->e[i], x, event_code))
            return *t = (struct spot){lo, i}, true;
    /* news: a role without a country ("dozens of villagers") before a
     * phrase that names no one ("dozens") */
    for (size_t i = 0; c->opt->news && i < lo->n; i++)
        if (lo->e[i].kind == SEQ_NE && strlen(ne_code(c, lo->e[i].tok)) > 3 &&
            strncmp(ne_code(c, lo->e[i].tok), "---", 3) == 0)
            return *t = (struct spot){lo, i}, true;
    for (size_t i = 0; i < lo->n; i++)
        if (lo->e[i].kind == SEQ_NE && uncoded(ne_code(c, lo->e[i].tok)))
            return *t = (struct spot){lo, i}, true;
    int32_t src_tok = src->seq->e[src->at].tok;
    for (size_t i = 0; i < up->n; i++)
        if (up->e[i].tok != src_tok && other_actor(c, &up->e[i], x, event_code))
            return *t = (struct spot){up, i}, true;
    for (size_t i = 0; i < up->n; i++)
        if (up->e[i].kind == SEQ_NE && uncoded(ne_code(c, up->e[i].tok)) && up->e[i].tok != src_tok)
            return *t = (struct spot){up, i}, true;
    return false;
}

struct emit_ctx {
    const struct verb_hit *hit;
    uint8_t mode;
    const struct attribution *attr;
    bool to_pending;
};

static bool has_event(const struct event *list, size_t n, const struct event *ev)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i].source, ev->source) == 0 && strcmp(list[i].target, ev->target) == 0 &&
            strcmp(list[i].code, ev->code) == 0)
            return true;
    return false;
}

/* The reported clause's event stands for a reporting verb's own event of
 * the same side, target and root, whichever came first. */
static bool restated(struct coder *c, const struct event *ev)
{
    struct coded_sentence *out = c->out;
    for (size_t i = 0; i < out->nevents; i++) {
        if (restates(ev, &out->events[i])) {
            TRACE(c, "  %s %s %s: the reported clause states it\n", ev->source, ev->target,
                  ev->code);
            return true;
        }
        if (restates(&out->events[i], ev)) {
            TRACE(c, "  %s %s %s replaces %s %s %s of the reporting verb\n", ev->source, ev->target,
                  ev->code, out->events[i].source, out->events[i].target, out->events[i].code);
            if (has_event(out->events, out->nevents, ev) &&
                !has_event(&out->events[i], 1, ev)) { /* ev is there already */
                memmove(&out->events[i], &out->events[i + 1],
                        (out->nevents - i - 1) * sizeof *out->events);
                out->nevents--;
            } else {
                out->events[i] = *ev;
            }
            return true;
        }
    }
    return false;
}

void add_event(struct coder *c, const struct event *ev, bool to_pending)
{
    struct coded_sentence *out = c->out;
    if (!to_pending && c->opt->news && restated(c, ev))
        return;
    if (has_event(out->events, out->nevents, ev))
        return; /* the same triple again */
    if (to_pending) {
        if (has_event(c->pending, c->npending, ev))
            return;
        GROW(c->pending, c->cap_pending, c->npending + 1);
        c->pending[c->npending++] = *ev;
    } else {
        GROW(out->events, out->cap_events, out->nevents + 1);
        out->events[out->nevents++] = *ev;
    }
    TRACE(c, "  event %s %s %s%s%s%s\n", ev->source, ev->target, ev->code, ev->mode ? " (" : "",
          ev->mode ? event_mode_name((enum event_mode)ev->mode) : "", ev->mode ? ")" : "");
}

static void push_event(struct coder *c, const struct emit_ctx *x, const char *code, const char *s,
                       const char *st, const char *t, const char *tt)
{
    const struct verb_hit *hit = x->hit;
    const struct attribution *attr = x->attr;
    if (!attr && is_media_code(s)) {
        /* a broadcaster's own claim is attributed to it */
        struct attribution *a = arena_zalloc(&c->arena, sizeof *a);
        *a = (struct attribution){.claimant_code = s,
                                  .claimant_text = st,
                                  .outlet_code = s,
                                  .outlet_text = st,
                                  .cue = lower_dup(c, hit->verb_text, strlen(hit->verb_text))};
        attr = a;
    }
    struct event ev = {
        .source = s,
        .target = t,
        .code = code,
        .source_text = st,
        .target_text = tt,
        .verb_text = hit->verb_text,
        .verb_at = hit->verb_at,
        .pattern_at = hit->pattern_at,
        .passive = hit->passive,
        .noun = hit->noun,
        .mode = x->mode,
        .at_word = hit->at_word,
        .attribution = attr,
    };
    add_event(c, &ev, x->to_pending);
}

static void cross(struct coder *c, const struct emit_ctx *x, const char *code,
                  const struct actor_list *src, const struct actor_list *tgt)
{
    for (size_t i = 0; i < src->n; i++) {
        for (size_t j = 0; j < tgt->n; j++) {
            /* an actor does nothing to itself; but with news semantics
               two phrases of one code are two actors of one country, and
               a protest, repression or violence between them is internal
               ("Georgians protested against the ruling party": GEO GEO) */
            if (strcmp(src->code[i], tgt->code[j]) == 0 &&
                !(c->opt->news && internal_root(code) && src->text[i] && tgt->text[j] &&
                  strcmp(src->text[i], tgt->text[j]) != 0))
                continue;
            /* news: nor does a state actor to its own country, named again
             * ("Iranian negotiators ... on Tehran's programme") */
            if (own_country(c, tgt->code[j], src->code[i], code))
                continue;
            if (x->hit->passive)
                push_event(c, x, code, tgt->code[j], tgt->text[j], src->code[i], src->text[i]);
            else
                push_event(c, x, code, src->code[i], src->text[i], tgt->code[j], tgt->text[j]);
        }
    }
}

static void drop_half_dyads(struct event *events, size_t *n)
{
    size_t k = 0;
    for (size_t i = 0; i < *n; i++) {
        const struct event *e = &events[i];
        if (strcmp(e->source, "---") != 0 && strcmp(e->target, "---") != 0)
            events[k++] = *e;
    }
    *n = k;
}

/* A one-actor target of a member's own country ("Vietnam and the United
 * States upgraded their relations ... during a visit to Hanoi"): the
 * place of the compound's act, not a party to it. */
static bool member_country(const struct actor_list *src, const struct actor_list *tgt)
{
    if (tgt->n != 1 || strlen(tgt->code[0]) < 3)
        return false;
    for (size_t i = 0; i < src->n; i++)
        if (strncmp(src->code[i], tgt->code[0], 3) == 0)
            return true;
    return false;
}

void emit_actor_events(struct coder *c, const struct verb_hit *hit, struct actor_list *src,
                       struct actor_list *tgt, bool to_pending)
{
    split_slashes(c, src);
    split_slashes(c, tgt);
    const char *colon = strchr(hit->code, ':');
    /* "Iran, Russia and China held joint naval drills": a countryless
     * role word in the object ("naval"), or a member's own country, is no
     * party to a symmetric act of a compound, which its members do with
     * one another */
    if (c->opt->news && colon && src->n >= 2 && tgt->n > 0 &&
        (strncmp(tgt->code[0], "---", 3) == 0 || member_country(src, tgt))) {
        tgt->n = 0;
        add_actor(tgt, "---", "");
    }
    if (c->opt->news) {
        give_country(c, src, tgt);
        give_country(c, tgt, src);
    }
    if (src->n == 0 || tgt->n == 0)
        return;
    struct emit_ctx x = {.hit = hit, .to_pending = to_pending};
    enum event_mode mode = event_mode_of(c, hit);
    if (mode == MODE_NEGATED && hit->negation_in_pattern)
        mode = MODE_FACTUAL; /* the pattern's own reading of the negation */
    if (mode == MODE_NEGATED && c->opt->news) {
        TRACE(c, "  negated: no event\n");
        return;
    }
    x.mode = (uint8_t)mode;
    x.attr = attribution_at(c, hit->at_word);
    /* news: "Trump said he would meet Putin" states an intent (036);
       "Pakistan said it would attack" a threat (1384) */
    const char *code = hit->code;
    if (c->opt->news && stated_intent(mode, x.attr, src->code[0], code)) {
        const char *intent = intent_code(c, code);
        if (intent) {
            TRACE(c, "  %s, not yet done: intent %s\n", event_mode_name(mode), intent);
            code = intent;
            colon = strchr(code, ':');
        }
    }
    if (colon) {
        bool one_side_unknown =
            strcmp(src->code[0], "---") == 0 || strcmp(tgt->code[0], "---") == 0;
        if (one_side_unknown) {
            if (strcmp(tgt->code[0], "---") == 0)
                *tgt = *src;
            else
                *src = *tgt;
        }
        const char *a = arena_strndup(&c->arena, code, (size_t)(colon - code));
        cross(c, &x, a, src, tgt);
        /* News semantics: "A met B" is A's act; B's half is coded only
         * when the sentence makes both sides the actors, "A and B met",
         * or when the act binds both: "A signed an accord with B" (057). */
        if (!c->opt->news || one_side_unknown || strncmp(a, "057", 3) == 0)
            cross(c, &x, colon + 1, tgt, src);
    } else {
        cross(c, &x, code, src, tgt);
    }
    if (c->opt->require_dyad) {
        if (to_pending)
            drop_half_dyads(c->pending, &c->npending);
        else
            drop_half_dyads(c->out->events, &c->out->nevents);
    }
}

/* A state's coercion that is of its own people when it names no one:
 * administrative sanctions (curfews, states of emergency, bans: 172x),
 * arrests (173) and repression (175). Seizures (171: "seized a tanker")
 * and expulsions (174) are as often of foreigners. */
static bool internal_coercion(const char *code)
{
    return strncmp(code, "172", 3) == 0 || strncmp(code, "173", 3) == 0 ||
           strncmp(code, "175", 3) == 0;
}

static void emit_on_own_country(struct coder *c, const struct verb_hit *hit, struct actor_list *src,
                                const char *own)
{
    struct actor_list tgt = {.n = 0};
    const char *country = arena_strndup(&c->arena, own, 3);
    TRACE(c, "  no one named: coercion of the source's own country %s\n", country);
    add_actor(&tgt, country, "");
    emit_actor_events(c, hit, src, &tgt, false);
}

/* News semantics: the clause's own subject, when it codes, is the
 * source, not the leftmost actor before the verb ("Officials told AP
 * that Kabul attacked ..." is Kabul's attack). */
/* A phrase with a role but no country ("jihadists": ---REB): the
 * clause's own subject still, not an actor of an outer clause ("Mali
 * said jihadists seized 50 hostages" is not Mali's seizure). */
static bool agent_only(const struct coder *c, const struct seq_elem *e)
{
    if (e->kind != SEQ_NE)
        return false;
    const char *code = ne_code(c, e->tok);
    if (strncmp(code, "---", 3) != 0 || strlen(code) <= 3 || uncoded(code + 3))
        return false;
    /* "his government", "its forces" belong to someone named before */
    const struct tok *first = ctok(c, e->tok + 1);
    return !(tok_is(first, TOK_WORD, "HIS") || tok_is(first, TOK_WORD, "HER") ||
             tok_is(first, TOK_WORD, "ITS") || tok_is(first, TOK_WORD, "THEIR") ||
             tok_is(first, TOK_WORD, "OUR"));
}

static bool subject_source(const struct coder *c, const struct verb_hit *hit, struct spot *s)
{
    if (!c->opt->news || hit->passive)
        return false;
    size_t subj = subject_of(&c->conv, hit->vp);
    if (subj == SIZE_MAX)
        return false;
    const struct seq *up = &c->upper;
    for (size_t i = 0; i < up->n; i++)
        if (up->e[i].tok == (int32_t)subj &&
            (spot_coded(c, &up->e[i]) || agent_only(c, &up->e[i]))) {
            *s = (struct spot){up, i};
            return true;
        }
    return false;
}

/* News semantics: a pattern's "$" or "+" on one member of a compound
 * stands for the compound: "demonstrated against the United States and
 * Israel" protests against both. */
static void widen_to_compound(struct spot *s)
{
    if (!s->seq || s->seq->e[s->at].kind != SEQ_NE)
        return;
    int depth = 0;
    for (size_t i = s->at; i-- > 0;) {
        uint8_t k = s->seq->e[i].kind;
        if (k == SEQ_NEC_END)
            depth++;
        else if (k == SEQ_NEC && depth-- == 0) {
            s->at = i;
            return;
        }
    }
}

void emit_verb_events(struct coder *c, const struct verb_hit *hit0)
{
    struct verb_hit hit = *hit0;
    if (c->opt->news) {
        widen_to_compound(&hit.src);
        widen_to_compound(&hit.tgt);
        /* "Blinken said Hamas must accept the proposal": a demand */
        const char *ob = root_of(hit.code) == 1 && is_reporting_verb(&c->conv.t[hit.vp + 2])
                             ? obligation_code(c, hit.vp)
                             : NULL;
        if (ob) {
            TRACE(c, "  the reported clause says what its subject must do: %s\n", ob);
            hit.code = ob;
        }
    }
    if (!hit.src.seq && !subject_source(c, &hit, &hit.src) && !default_source(c, &hit.src)) {
        TRACE(c, "  no source: no event\n");
        return;
    }
    struct actor_list src, tgt;
    spot_actors(c, &hit.src, &src);
    /* a resolved pair ("both sides" -> "PAK/AFG") may act on itself:
     * "the other" is the same pair, and each member acts on the other */
    const char *own = src.n == 1 && !strchr(src.code[0], '/') ? src.code[0] : NULL;
    bool defaulted = !hit.tgt.seq;
    /* news: "imposed a nationwide curfew" names no one it is imposed on:
       a state's coercion is of its own country */
    bool internal = c->opt->news && internal_coercion(hit.code) && hit.pattern_at.file && own &&
                    own_state(own); /* a pattern named the act: not a bare "seized" */
    if (!hit.tgt.seq && !default_target(c, own, hit.code, &hit.src, &hit.tgt)) {
        if (internal)
            return emit_on_own_country(c, &hit, &src, own);
        TRACE(c, "  no target: no event\n");
        return;
    }
    spot_actors(c, &hit.tgt, &tgt);
    if (internal && defaulted && tgt.n == 1 && strcmp(tgt.code[0], "---") == 0)
        return emit_on_own_country(c, &hit, &src, own);
    /* a pattern's "+" on the source's own country ("the minister warned
     * that Pakistan would wage war against Afghanistan"): the next party */
    struct spot other;
    if (!defaulted && tgt.n == 1 && own_country(c, tgt.code[0], own, hit.code) &&
        default_target(c, own, hit.code, &hit.src, &other) &&
        spot_coded(c, &other.seq->e[other.at])) {
        TRACE(c, "  target %s is the source's own country: the next party\n", tgt.code[0]);
        hit.tgt = other;
        spot_actors(c, &hit.tgt, &tgt);
    }
    /* news: "condemned Russia's missile attack on a hospital": a
       disapproval is of the act's own actor, when the object names one,
       not of the victim a pattern's "+" finds further on */
    struct spot actor_of_act;
    if (c->opt->news && !defaulted && root_of(hit.code) == 11 &&
        object_actor(c, &hit.tgt, own, hit.code, &actor_of_act)) {
        TRACE(c, "  the condemned act's own actor is the target, not %s\n", tgt.code[0]);
        hit.tgt = actor_of_act;
        spot_actors(c, &hit.tgt, &tgt);
    }
    if (is_venue(c, &hit.tgt, hit.code, defaulted, src.n > 1, own)) {
        TRACE(c, "  target %s is the venue: no target\n", tgt.code[0]);
        tgt.n = 0;
        add_actor(&tgt, "---", "");
    }
    /* "killed more than 1,500 people", "hundreds of villagers": the words
       from the verb to its target count the victims (scale.c) */
    int32_t victims_at = hit.tgt.seq->e[hit.tgt.at].tok;
    int root = root_of(hit.code);
    /* only roots 17-19 can be a mass killing: the words are not joined
       for the others (mass_killing_code would refuse them anyway) */
    if (c->opt->news && root >= 17 && root <= 19 && tgt.n > 0 && victims_at > (int32_t)hit.vp &&
        c->conv.t[victims_at].mate > victims_at) {
        const char *words = tokens_text(c, hit.vp, (size_t)c->conv.t[victims_at].mate);
        const char *mass = mass_killing_code(hit.code, hit.verb_text, tgt.code[0], words);
        if (mass) {
            TRACE(c, "  \"%s\": victims in the hundreds, a mass killing (%s)\n", words, mass);
            hit.code = mass;
        }
    }
    emit_actor_events(c, &hit, &src, &tgt, false);
}
