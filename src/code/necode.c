/* necode.c - actor and agent codes for noun phrases (PETRARCH-1 §6).
 * Code stage. An NE that holds a compound is first split into one NE per
 * member, so "the ambassadors of Arnor and Gondor" gives ARNGOV and
 * GONGOV. Then the first actor from the left fixes the actor code, and
 * every agent found is composed onto it (suffix ~XYZ, prefix XYZ~). */
#include "base/xalloc.h"
#include "code/internal.h"

#include <string.h>

enum { MAX_MEMBERS = 64 };

/* Builds one NE per member of the first NEC inside the NE at [a, b] and
 * writes them, wrapped in a plain NEC, to out. Returns the member count. */
static size_t expand_members(const struct tok *t, size_t a, size_t b, struct tree *out)
{
    size_t nec = a + 1;
    while (nec < b && !(t[nec].kind == TOK_OPEN && tok_starts(&t[nec], "NEC")))
        nec++;
    size_t nec_end = (size_t)t[nec].mate;
    size_t count = 0;
    tree_push(out, (struct tok){.kind = TOK_OPEN, .text = "NEC", .len = 3, .src = t[nec].src});
    for (size_t m = nec + 1; m < nec_end;) {
        if (t[m].kind != TOK_OPEN) {
            m++;
            continue;
        }
        size_t m_end = (size_t)t[m].mate;
        if (t[m].len > 0 && t[m].text[0] == 'N' && count < MAX_MEMBERS) {
            /* pre (the words before the NEC), the member, post */
            tree_push(out, t[a]);
            for (size_t k = a + 1; k < nec; k++)
                tree_push(out, t[k]);
            for (size_t k = m; k <= m_end; k++)
                tree_push(out, t[k]);
            for (size_t k = nec_end + 1; k < b; k++)
                tree_push(out, t[k]);
            tree_push(out, (struct tok){.kind = TOK_CLOSE, .text = "NE", .len = 2, .src = -1});
            count++;
        }
        m = m_end + 1;
    }
    tree_push(out, (struct tok){.kind = TOK_CLOSE, .text = "NEC", .len = 3, .src = -1});
    return count;
}

static bool holds_nec(const struct tok *t, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++)
        if (t[k].kind == TOK_OPEN && tok_starts(&t[k], "NEC"))
            return true;
    return false;
}

/* Replaces the NE at [a, b] by a flat NEC of member NEs; nested compounds
 * multiply out (outer members first). */
static void expand_compound(struct coder *c, size_t a, size_t b)
{
    struct tree work, next;
    tree_init(&work, &c->arena);
    tree_init(&next, &c->arena);
    for (size_t k = a; k <= b; k++)
        tree_push(&work, c->conv.t[k]);
    tree_relink(&work);
    /* work holds a single NE; expand until no member holds a compound */
    bool expanded = false;
    for (int round = 0; round < 4; round++) {
        next.n = 0;
        bool any = false;
        size_t start = 0, end = work.n;
        if (expanded) { /* skip the wrapping NEC */
            start = 1;
            end = work.n - 1;
            tree_push(&next, work.t[0]);
        }
        for (size_t k = start; k < end;) {
            size_t e = (size_t)work.t[k].mate;
            if (holds_nec(work.t, k, e)) {
                struct tree members;
                tree_init(&members, &c->arena);
                expand_members(work.t, k, e, &members);
                /* drop the members' own NEC wrapper when nesting */
                size_t from = expanded ? 1 : 0, to = expanded ? members.n - 1 : members.n;
                for (size_t j = from; j < to; j++)
                    tree_push(&next, members.t[j]);
                tree_free(&members);
                any = true;
            } else {
                for (size_t j = k; j <= e; j++)
                    tree_push(&next, work.t[j]);
            }
            k = e + 1;
        }
        if (expanded)
            tree_push(&next, work.t[work.n - 1]);
        struct tree tmp = work;
        work = next;
        next = tmp;
        tree_relink(&work);
        if (!any)
            break;
        expanded = true;
    }
    /* splice work in place of [a, b] */
    struct tree *t = &c->conv;
    size_t old = b - a + 1, add = work.n;
    GROW(t->t, t->cap, t->n - old + add);
    memmove(t->t + a + add, t->t + b + 1, (t->n - b - 1) * sizeof *t->t);
    memcpy(t->t + a, work.t, add * sizeof *t->t);
    t->n = t->n - old + add;
    tree_relink(t);
    tree_free(&work);
    tree_free(&next);
}

/* The NE's phrase for dictionary matching: its tokens less the NN tags.
 * Leftover tags become word 0, which matches nothing but still sits
 * between words. */
static size_t ne_phrase(struct coder *c, size_t a, size_t b)
{
    GROW(c->phrase, c->cap_phrase, b - a + 1);
    size_t n = 0;
    for (size_t k = a + 1; k < b; k++) {
        const struct tok *t = ctok(c, (int32_t)k);
        if (t->kind != TOK_WORD && t->len >= 2 && t->text[0] == 'N' && t->text[1] == 'N')
            continue;
        c->phrase[n++] = t->kind == TOK_WORD ? t->word : 0;
    }
    return n;
}

/* The entries that may match at phrase word k: those whose second word,
 * when it must follow directly ('_'), is the next word. */
static void candidates(const struct phrase_index *idx, const uint32_t *words, size_t n, size_t k,
                       struct phrase_cands *out)
{
    phrase_candidates(idx, words[k], k + 1 < n ? words[k + 1] : 0, out);
}

static const char *find_actor(struct coder *c, size_t n)
{
    const struct lexicon *lx = c->lx;
    for (size_t k = 0; k < n; k++) {
        struct phrase_cands pc;
        candidates(&lx->actor_index, c->phrase, n, k, &pc);
        for (int64_t e; (e = phrase_cand_next(&pc)) >= 0;) {
            const struct actor_entry *a = &lx->actors[e];
            size_t end;
            if (a->ph.nwords == 1 || phrase_match(&a->ph, c->phrase, n, k, &end)) {
                const char *code = actor_code_on(lx, a, c->date);
                TRACE(c, "    actor %s -> %s  (%s:%u)\n", a->text, code, a->at.file, a->at.line);
                return code;
            }
        }
    }
    return NULL;
}

/* True when code occurs in composite at an offset that is a multiple of 3. */
static bool has_aligned(const char *composite, const char *code)
{
    size_t cl = strlen(code), n = strlen(composite);
    for (size_t off = 0; off + cl <= n; off += 3)
        if (memcmp(composite + off, code, cl) == 0)
            return true;
    return false;
}

/* Puts add before or after the code held in code[0..*len), within cap. */
static void attach(char *code, size_t *len, size_t cap, const char *add, bool before)
{
    size_t an = strlen(add);
    if (*len + an + 1 > cap)
        return; /* absurdly long composite: keep what we have */
    if (before) {
        memmove(code + an, code, *len);
        memcpy(code, add, an);
    } else {
        memcpy(code + *len, add, an);
    }
    *len += an;
    code[*len] = '\0';
}

static const char *compose_agents(struct coder *c, size_t n, const char *actor)
{
    const struct lexicon *lx = c->lx;
    char code[256];
    size_t len = 0;
    bool any = false;
    for (size_t k = 0; k < n; k++) {
        struct phrase_cands pc;
        candidates(&lx->agent_index, c->phrase, n, k, &pc);
        for (int64_t e; (e = phrase_cand_next(&pc)) >= 0;) {
            const struct agent_entry *ag = &lx->agents[e];
            size_t end;
            if (ag->ph.nwords > 1 && !phrase_match(&ag->ph, c->phrase, n, k, &end))
                continue;
            if (!any) { /* most phrases name no agent: the code is built for the first */
                code[0] = '\0';
                attach(code, &len, sizeof code, actor ? actor : "---", false);
            }
            any = true;
            TRACE(c, "    agent %s -> %s%s%s  (%s:%u)\n", ag->text, ag->prefix ? "" : "~", ag->code,
                  ag->prefix ? "~" : "", ag->at.file, ag->at.line);
            /* PETRARCH-1: an agent already in the code stops all later ones */
            if (has_aligned(code, ag->code))
                goto done;
            attach(code, &len, sizeof code, ag->code, ag->prefix);
            break;
        }
    }
done:
    if (!any)
        return actor ? actor : "---";
    return arena_strndup(&c->arena, code, len);
}

/* The number of phrase words before the NE's TOKF_PREPOSITION word, as
 * ne_phrase counts them; n when there is none. */
static size_t words_before_preposition(const struct coder *c, size_t a, size_t b, size_t n)
{
    size_t k = 0;
    for (size_t j = a + 1; j < b; j++) {
        const struct tok *t = ctok(c, (int32_t)j);
        if (t->kind != TOK_WORD && t->len >= 2 && t->text[0] == 'N' && t->text[1] == 'N')
            continue;
        if (t->kind == TOK_WORD && (t->flags & TOKF_PREPOSITION))
            return k;
        k++;
    }
    return n;
}

/* "a peace agreement in Washington": when nothing before the locative
 * preposition codes, the phrase's actor is only where it happened. The
 * flag stays for the event stage, which decides by the verb whether a
 * place is a venue or a victim. */
static void check_venue(struct coder *c, size_t a, size_t b, size_t n)
{
    size_t head = words_before_preposition(c, a, b, n);
    struct buf *trace = c->trace; /* a second look at the same words */
    c->trace = NULL;
    const char *actor = find_actor(c, head);
    const char *code = compose_agents(c, head, actor);
    c->trace = trace;
    if (strcmp(code, "---") != 0)
        c->conv.t[a].flags &= (uint8_t)~TOKF_LOCATIVE;
    else
        TRACE(c, "    only its place codes: a venue for talks and agreements\n");
}

static size_t words_in(const struct tree *tr, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t k = a; k < b; k++)
        n += tr->t[k].kind == TOK_WORD;
    return n;
}

/* News semantics: "Ukrainian and Russian delegations" share their head
 * noun, but the parse often coordinates a bare "Ukrainian" with "Russian
 * delegations". A member that is one word coded as a bare country takes
 * the agent of a last member that is a country word and its role words:
 * UKR becomes UKRGOV beside RUSGOV. */
static void share_head_noun(struct coder *c, size_t nec)
{
    struct tree *tr = &c->conv;
    size_t close = (size_t)tr->t[nec].mate, last = SIZE_MAX;
    for (size_t k = nec + 1; k < close; k++)
        if (tok_is(&tr->t[k], TOK_OPEN, "NE") && tr->t[k].mate > (int32_t)k) {
            last = k;
            k = (size_t)tr->t[k].mate;
        }
    if (last == SIZE_MAX)
        return;
    const char *head = tr->t[last].code;
    size_t lclose = (size_t)tr->t[last].mate;
    if (!head || strlen(head) <= 3 || strncmp(head, "---", 3) == 0 ||
        words_in(tr, last + 1, lclose) < 2)
        return;
    for (size_t k = nec + 1; k < last; k++) {
        struct tok *m = &tr->t[k];
        if (!tok_is(m, TOK_OPEN, "NE") || m->mate <= (int32_t)k)
            continue;
        size_t mclose = (size_t)m->mate;
        if (m->code && strlen(m->code) == 3 && strncmp(m->code, "---", 3) != 0 &&
            words_in(tr, k + 1, mclose) == 1) {
            size_t n = strlen(head);
            char *code = arena_alloc(&c->arena, n + 1);
            memcpy(code, m->code, 3);
            memcpy(code + 3, head + 3, n - 2);
            TRACE(c, "  compound member %s shares the head noun: %s\n", m->code, code);
            m->code = code;
        }
        k = mclose;
    }
}

void code_noun_phrases(struct coder *c)
{
    int expansions = 0; /* bounds pathological nesting */
    for (size_t i = 2; i < c->conv.n; i++) {
        struct tok *t = &c->conv.t[i];
        if (t->kind != TOK_OPEN || !tok_is(t, TOK_OPEN, "NE"))
            continue;
        size_t b = (size_t)t->mate;
        if (holds_nec(c->conv.t, i, b) && expansions++ < 64) {
            TRACE(c, "  compound phrase %s: one phrase per member\n", tokens_text(c, i + 1, b));
            expand_compound(c, i, b);
            i--; /* revisit: the NEC now starts at i, its members follow */
            continue;
        }
        size_t n = ne_phrase(c, i, b);
        TRACE(c, "  phrase [%s]\n", tokens_text(c, i + 1, b));
        const char *actor = find_actor(c, n);
        const char *code = compose_agents(c, n, actor);
        c->conv.t[i].code = code;
        if (code[0] != '-' || strcmp(code, "---") != 0)
            TRACE(c, "    code %s\n", code);
        if ((c->conv.t[i].flags & TOKF_LOCATIVE) && actor)
            check_venue(c, i, b, n);
    }
    if (c->opt->news)
        for (size_t i = 2; i < c->conv.n; i++)
            if (c->conv.t[i].kind == TOK_OPEN && tok_starts(&c->conv.t[i], "NEC") &&
                c->conv.t[i].mate > (int32_t)i)
                share_head_noun(c, i);
}

const char *code_of_word(struct coder *c, uint32_t word)
{
    if (!word)
        return NULL;
    GROW(c->phrase, c->cap_phrase, 2);
    c->phrase[0] = word;
    struct buf *trace = c->trace;
    c->trace = NULL;
    const char *actor = find_actor(c, 1);
    const char *code = compose_agents(c, 1, actor);
    c->trace = trace;
    /* an agent alone ("---GOV") is kept: its country comes later */
    return code && strcmp(code, "---") != 0 && !strstr(code + 3, "---") ? code : NULL;
}

const char *code_of_span(struct coder *c, size_t a, size_t b)
{
    if (b <= a)
        return NULL;
    GROW(c->phrase, c->cap_phrase, b - a + 1);
    size_t n = 0;
    for (size_t k = a; k < b; k++) {
        const struct tok *t = ctok(c, (int32_t)k);
        if (t->kind != TOK_WORD && t->len >= 2 && t->text[0] == 'N' && t->text[1] == 'N')
            continue;
        if (t->kind == TOK_CLOSE)
            continue;
        c->phrase[n++] = t->kind == TOK_WORD ? t->word : 0;
    }
    struct buf *trace = c->trace; /* a helper lookup: keep the trace to the NEs */
    c->trace = NULL;
    const char *actor = find_actor(c, n);
    const char *code = compose_agents(c, n, actor);
    c->trace = trace;
    return code && !strstr(code, "---") ? code : NULL;
}
