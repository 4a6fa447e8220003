/* verbs.c - the verb scan (PETRARCH-1 §7-8.3).
 * Code stage. Every VP that opens with a verb is a candidate. Its verb
 * (the participle, in a passive) is looked up, the upper and lower
 * sequences are built, and the block's patterns are tried longest first;
 * the winner's code (or the verb's own) goes to events.c. A VP that
 * received a code is not searched again for nested verbs. */
#include "base/xalloc.h"
#include "code/internal.h"

#include <string.h>

void seq_reset(struct seq *s, size_t nwords)
{
    s->n = 0;
    s->signature = (struct signature){{0, 0, 0, 0}};
    if (!s->mark)
        s->mark = xcalloc(nwords + 1, sizeof *s->mark);
    if (++s->stamp == 0) { /* wrapped: clear once every 4 billion verbs */
        memset(s->mark, 0, (nwords + 1) * sizeof *s->mark);
        s->stamp = 1;
    }
}

/* Every literal word of the part is in the sequence (order aside). */
static bool words_present(const struct lexicon *lx, uint32_t first, uint32_t n, const struct seq *s)
{
    for (uint32_t i = 0; i < n; i++) {
        const struct pattern_item *it = &lx->items[first + i];
        if (it->kind == ITEM_WORD && s->mark[it->id] != s->stamp)
            return false;
    }
    return true;
}

/* What a token adds to a sequence: NEC... and NE tags, words, and the
 * close of a comma; tested by length and bytes, since every token of a
 * sentence with a verb is asked. */
static inline uint8_t seq_kind_of(const struct tok *t)
{
    if (t->kind == TOK_WORD)
        return SEQ_WORD;
    bool open = t->kind == TOK_OPEN;
    if (t->len >= 2 && t->text[0] == 'N' && t->text[1] == 'E') {
        if (t->len == 2)
            return open ? SEQ_NE : SEQ_NE_END;
        if (t->text[2] == 'C')
            return open ? SEQ_NEC : SEQ_NEC_END;
        return SEQ_SKIP;
    }
    if (!open && t->len == 1 && t->text[0] == ',')
        return SEQ_COMMA;
    return SEQ_SKIP;
}

/* Once per sentence, when its first verb is looked up. */
static void classify_tokens(struct coder *c)
{
    GROW(c->seq_kinds, c->cap_seq_kinds, c->conv.n + 1);
    const struct tok *t = c->conv.t;
    uint8_t *k = c->seq_kinds;
    for (size_t i = 0, n = c->conv.n; i < n; i++)
        k[i] = seq_kind_of(&t[i]);
}

void seq_push(struct seq *s, uint8_t kind, uint32_t word, int32_t tok)
{
    GROW(s->e, s->cap, s->n + 1);
    struct seq_elem *e = &s->e[s->n++];
    e->kind = kind;
    e->tok = tok;
    e->word = 0;
    if (kind == SEQ_WORD) {
        e->word = word;
        if (word) {
            signature_add(&s->signature, word);
            s->mark[word] = s->stamp;
        }
    }
}

static void seq_add(struct seq *s, uint8_t kind, const struct tok *t, size_t i)
{
    struct seq_elem *e = &s->e[s->n++];
    e->kind = kind;
    e->tok = (int32_t)i;
    e->word = 0;
    if (kind == SEQ_WORD) {
        e->word = t->word;
        if (t->word) {
            signature_add(&s->signature, t->word);
            s->mark[t->word] = s->stamp;
        }
    }
}

/* Upper: from before the verb back to position 2, stopping at a comma. */
static void build_upper(struct coder *c, size_t from)
{
    seq_reset(&c->upper, strmap_count(&c->lx->words));
    GROW(c->upper.e, c->upper.cap, from + 1);
    for (size_t i = from + 1; i-- > 2;) {
        uint8_t k = c->seq_kinds[i];
        if (k == SEQ_COMMA)
            break;
        if (k != SEQ_SKIP)
            seq_add(&c->upper, k, &c->conv.t[i], i);
    }
}

/* Lower: from after the verb to the end of its VP. */
static void build_lower(struct coder *c, size_t from, size_t vp_end)
{
    seq_reset(&c->lower, strmap_count(&c->lx->words));
    if (from > vp_end) /* a multi-word verb whose last word lies past its VP */
        from = vp_end;
    GROW(c->lower.e, c->lower.cap, vp_end - from + 1);
    for (size_t i = from; i < vp_end; i++) {
        uint8_t k = c->seq_kinds[i];
        if (k != SEQ_SKIP && k != SEQ_COMMA)
            seq_add(&c->lower, k, &c->conv.t[i], i);
    }
}

static bool is_word(const struct tok *t, const char *w)
{
    return tok_is(t, TOK_WORD, w);
}

/* §7.2: WAS/IS/BEEN + VBN + BY. Returns the participle's position or 0. */
static size_t passive_participle(const struct coder *c, size_t v, size_t close)
{
    const struct tree *tr = &c->conv;
    size_t p = 0;
    for (size_t i = v + 3; i < close; i++) {
        if (tr->t[i].kind == TOK_CLOSE && tok_is(&tr->t[i], TOK_CLOSE, "VBN")) {
            /* news: in "has been shared by", BEEN is the auxiliary, not
               the participle (PETRARCH-1 stops at it) */
            if (c->opt->news && is_word(&tr->t[i - 1], "BEEN"))
                continue;
            p = i;
            break;
        }
    }
    if (p == 0)
        return 0;
    bool by = false;
    for (size_t i = p + 3; i < close && !by; i++)
        by = is_word(&tr->t[i], "BY");
    if (!by)
        return 0;
    for (size_t i = p - 3 + 1; i-- > v + 1;) {
        const struct tok *t = &tr->t[i];
        if (t->kind == TOK_CLOSE && tok_starts(t, "VB")) {
            const struct tok *w = &tr->t[i - 1];
            if (is_word(w, "WAS") || is_word(w, "IS") || is_word(w, "BEEN"))
                return p - 1;
            /* PETRARCH-1 misses the plural and infinitive forms of BE;
             * news semantics reads "were deported by Pakistan" too */
            if (c->opt->news && (is_word(w, "WERE") || is_word(w, "ARE") || is_word(w, "BE") ||
                                 is_word(w, "BEING")))
                return p - 1;
        }
    }
    return 0;
}

/* News semantics: "migrants deported by the United States": a VP that
 * opens with a participle and names its agent after BY, inside a noun
 * phrase, is a passive without BE (a reduced relative clause); read
 * actively, the migrants would deport the United States. */
static bool reduced_passive(const struct coder *c, size_t vp, size_t close)
{
    const struct tree *tr = &c->conv;
    if (!tok_is(&tr->t[vp + 1], TOK_OPEN, "VBN"))
        return false;
    size_t up = enclosing_open(tr, vp);
    if (up == SIZE_MAX || !(tok_starts(&tr->t[up], "NP") || is_ne(&tr->t[up])))
        return false;
    for (size_t i = vp + 3; i < close; i++)
        if (is_word(&tr->t[i], "BY"))
            return true;
    return false;
}

/* News semantics: "An Indian diplomat was kidnapped in Kabul" names no
 * one who did it. The VP at vp opens with a participle, the VP around it
 * with a form of BE, and no BY follows: the subject is the target and
 * the source unknown (read actively, the diplomat would be the kidnapper
 * and Kabul the victim). */
static bool agentless_passive(const struct coder *c, size_t vp, size_t close)
{
    static const char *const BE_FORMS[] = {"WAS", "WERE", "IS", "ARE", "BE", "BEEN", "BEING"};
    const struct tree *tr = &c->conv;
    if (!tok_is(&tr->t[vp + 1], TOK_OPEN, "VBN"))
        return false;
    for (size_t i = vp + 3; i < close; i++)
        if (is_word(&tr->t[i], "BY"))
            return false;
    size_t up = enclosing_open(tr, vp);
    if (up == SIZE_MAX || !tok_starts(&tr->t[up], "VP") || up + 2 >= tr->n ||
        tr->t[up + 2].kind != TOK_WORD)
        return false;
    for (size_t k = 0; k < sizeof BE_FORMS / sizeof *BE_FORMS; k++)
        if (is_word(&tr->t[up + 2], BE_FORMS[k]))
            return true;
    return false;
}

static const char *const HAVE_WORDS[] = {"HAVE", "HAS", "HAD", "'VE", "HAVING", NULL};
static struct word_list HAVE_FORMS = {.words = HAVE_WORDS};

/* News semantics: HAVE heading a VP whose verb phrase is a participle's
 * is the perfect's auxiliary ("have not held direct talks"), not the
 * verb of "have talks": the participle's VP is coded instead, and the
 * NOT between them reaches it as the mode of an enclosing VP. Adverbs
 * may stand between; an object (an NP) means HAVE is the verb. */
static bool perfect_auxiliary(const struct coder *c, size_t vp, size_t close)
{
    const struct tree *tr = &c->conv;
    if (!word_in(&tr->t[vp + 2], &HAVE_FORMS))
        return false;
    for (size_t i = vp + 4; i < close; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind != TOK_OPEN || t->mate < 0)
            return false;
        if (is_vp(t))
            return tok_is(&tr->t[i + 1], TOK_OPEN, "VBN");
        if (!tok_is(t, TOK_OPEN, "RB") && !tok_starts(t, "ADVP"))
            return false;
        i = (size_t)t->mate;
    }
    return false;
}

/* Walks from the verb over tags, checking the multi-word verb's other
 * words; on success *edge is the outermost of them. */
static bool multi_fits(const struct coder *c, const struct verb_multi *m, size_t verb, size_t *edge)
{
    const struct tree *tr = &c->conv;
    const uint32_t *w = c->lx->word_pool + m->words;
    size_t i = verb;
    for (uint32_t k = 0; k < m->nwords; k++) {
        do {
            if (m->after ? ++i >= tr->n : i-- <= 2)
                return false;
        } while (tr->t[i].kind != TOK_WORD);
        if (tr->t[i].word != w[k])
            return false;
    }
    *edge = i;
    return true;
}

struct verb_choice {
    const char *code;
    uint32_t primary;
    size_t upper_from, lower_from;
    struct origin at;
};

static bool choose_verb(struct coder *c, const struct verb_sense *s, size_t verb,
                        struct verb_choice *vc)
{
    vc->upper_from = verb - 1;
    vc->lower_from = verb + 1;
    for (int32_t k = s->multi; k >= 0; k = c->lx->multis[k].next) {
        const struct verb_multi *m = &c->lx->multis[k];
        size_t edge;
        if (multi_fits(c, m, verb, &edge)) {
            if (m->after)
                vc->lower_from = edge + 1;
            else
                vc->upper_from = edge - 1;
            vc->code = m->code;
            vc->primary = m->primary;
            vc->at = m->at;
            TRACE(c, "  multi-word verb %s (%s:%u)\n", m->text, m->at.file, m->at.line);
            return true;
        }
    }
    if (!s->single)
        return false;
    vc->code = s->code;
    vc->primary = s->primary;
    vc->at = s->at;
    return true;
}

/* The pattern reads a negation itself ("- * NOT WILLING TO ACCEPT +"). */
static bool names_negation(struct coder *c, const struct pattern *p)
{
    static const char *const words[] = {"NOT", "NEVER", "NO", "N'T"};
    const struct lexicon *lx = c->lx;
    if (!c->negation_known) { /* looked up once per coder, not per match */
        for (size_t w = 0; w < 4; w++)
            c->negation_ids[w] = lexicon_word(lx, words[w], strlen(words[w]));
        c->negation_known = true;
    }
    for (size_t w = 0; w < 4; w++) {
        uint32_t id = c->negation_ids[w];
        if (!id)
            continue;
        for (uint32_t i = 0; i < p->nupper + p->nlower; i++) {
            const struct pattern_item *it =
                &lx->items[i < p->nupper ? p->upper + i : p->lower + i - p->nupper];
            if (it->kind == ITEM_WORD && it->id == id)
                return true;
        }
    }
    return false;
}

static void add_cands(struct coder *c, size_t *n, const uint32_t *list, size_t k)
{
    if (*n + k > c->cap_cands)
        GROW(c->cands, c->cap_cands, *n + k);
    memcpy(c->cands + *n, list, k * sizeof *list);
    *n += k;
}

/* The patterns of the block that may match: the keyless ones, and those
 * whose key word is in the sequence on the key's side. Ascending, each
 * once (a word may occur twice in a sequence). */
static size_t block_candidates(struct coder *c, uint32_t b)
{
    const struct lexicon *lx = c->lx;
    const struct pattern_index *ix = &lx->pattern_index;
    size_t n = 0, lists = 0;
    uint32_t kf = ix->keyless_first[b], kt = ix->keyless_first[b + 1];
    if (kt > kf) {
        add_cands(c, &n, ix->keyless + kf, kt - kf);
        lists++;
    }
    const struct seq *seqs[2] = {&c->upper, &c->lower};
    for (int side = 0; side < 2; side++) {
        const struct seq *s = seqs[side];
        for (size_t i = 0; i < s->n; i++) {
            const uint32_t *list;
            uint32_t w = s->e[i].word;
            if (s->e[i].kind != SEQ_WORD || !w || w >= ix->nkey_words ||
                !(ix->key_sides[w] & (side ? 2 : 1)))
                continue;
            size_t k = pattern_index_keyed(ix, b, s->e[i].word | (side ? 0x80000000u : 0), &list);
            if (k) {
                add_cands(c, &n, list, k);
                lists++;
            }
        }
    }
    if (lists < 2)
        return n;
    /* The keyless list, often the longest, is in order already: sort the
     * keyed ones after it (few and short) by insertion, then merge the two
     * runs, dropping repeats, into the room after them and move it back. */
    size_t nk = kt - kf;
    uint32_t *a = c->cands;
    for (size_t i = nk + 1; i < n; i++) {
        uint32_t v = a[i];
        size_t j = i;
        for (; j > nk && a[j - 1] > v; j--)
            a[j] = a[j - 1];
        a[j] = v;
    }
    if (2 * n > c->cap_cands) {
        GROW(c->cands, c->cap_cands, 2 * n);
        a = c->cands;
    }
    uint32_t *out = a + n;
    size_t u = 0, i = 0, j = nk;
    while (i < nk || j < n) {
        uint32_t v = j == n || (i < nk && a[i] <= a[j]) ? a[i++] : a[j++];
        if (u == 0 || out[u - 1] != v)
            out[u++] = v;
    }
    memcpy(a, out, u * sizeof *a);
    return u;
}

bool find_code_in_block(struct coder *c, const struct verb_block *blk, const char *default_code,
                        struct verb_hit *hit)
{
    const struct lexicon *lx = c->lx;
    size_t ncands = blk ? block_candidates(c, (uint32_t)(blk - lx->blocks)) : 0;
    for (size_t k = 0; k < ncands; k++) {
        const struct pattern *p = &lx->patterns[c->cands[k]];
        if (!signature_covers(&c->upper.signature, &p->need_upper) ||
            !signature_covers(&c->lower.signature, &p->need_lower) ||
            !words_present(lx, p->upper, p->nupper, &c->upper) ||
            !words_present(lx, p->lower, p->nlower, &c->lower))
            continue;
        struct spot src = {0}, tgt = {0};
        if (!match_part(lx, lx->items + p->upper, p->nupper, &c->upper, true, &src, &tgt) ||
            !match_part(lx, lx->items + p->lower, p->nlower, &c->lower, false, &src, &tgt))
            continue;
        TRACE(c, "  pattern %s:%u matched -> [%s]\n", p->at.file, p->at.line, p->code);
        if (strcmp(p->code, "---") == 0)
            return false; /* a null pattern says: this is not an event */
        hit->code = p->code;
        hit->src = src;
        hit->tgt = tgt;
        hit->pattern_at = p->at;
        hit->negation_in_pattern = names_negation(c, p);
        return true;
    }
    if (strcmp(default_code, "---") == 0)
        return false;
    TRACE(c, "  no pattern matched; verb code [%s]\n", default_code);
    hit->code = default_code;
    hit->pattern_at = (struct origin){NULL, 0};
    return true;
}

/* Tries the verb's block; fills hit on a code. */
static bool find_code(struct coder *c, const struct verb_choice *vc, struct verb_hit *hit)
{
    return find_code_in_block(c, verb_block_of(c->lx, vc->primary), vc->code, hit);
}

void scan_verbs(struct coder *c)
{
    struct tree *tr = &c->conv;
    bool classified = false;
    for (size_t i = 2; i + 2 < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind != TOK_OPEN || !tok_starts(t, "VP") || tr->t[i + 1].kind != TOK_OPEN ||
            !tok_starts(&tr->t[i + 1], "VB") || tr->t[i + 2].kind != TOK_WORD)
            continue;
        size_t close = (size_t)t->mate;
        if (c->opt->news && perfect_auxiliary(c, i, close))
            continue;
        size_t verb = i + 2;
        size_t part = passive_participle(c, i, close);
        if (!part && c->opt->news && reduced_passive(c, i, close))
            part = i + 2;
        if (part)
            verb = part;
        bool agentless = !part && c->opt->news && agentless_passive(c, i, close);
        const struct verb_sense *s = verb_sense_of(c->lx, tr->t[verb].word);
        if (!s)
            continue;
        struct verb_choice vc;
        if (!choose_verb(c, s, verb, &vc))
            continue;
        TRACE(c, "verb %.*s%s (%s:%u)\n", (int)tr->t[verb].len, tr->t[verb].text,
              part ? " (passive)" : "", vc.at.file, vc.at.line);
        if (!classified) {
            classify_tokens(c);
            if (c->opt->news)
                skip_time_phrases(c);
            classified = true;
        }
        build_upper(c, vc.upper_from);
        build_lower(c, vc.lower_from, close);
        struct verb_hit hit = {.passive = part != 0,
                               .verb_text =
                                   arena_strndup(&c->arena, tr->t[verb].text, tr->t[verb].len),
                               .verb_at = vc.at,
                               .vp = i,
                               .at_word = tr->t[verb].src};
        bool found = find_code(c, &vc, &hit);
        if (part && c->opt->news && (!found || !hit.pattern_at.file)) {
            struct verb_hit active = hit;
            if (passive_as_active(c, verb_block_of(c->lx, vc.primary), i, close, verb, &active)) {
                TRACE(c, "  read as its active: the agent acts on the subject\n");
                active.passive = false;
                hit = active;
                found = true;
            } else {
                build_upper(c, vc.upper_from);
                build_lower(c, vc.lower_from, close);
            }
        }
        if (!found)
            continue;
        /* force done to the subject by no one named: "was kidnapped in
         * Kabul", "was assassinated in Tehran" (a deployment or a
         * delivery is its subject's side's own act, and still codes) */
        if (agentless && root_of(hit.code) >= 17) {
            TRACE(c, "  passive with no agent: no event\n");
            continue;
        }
        note_covered(c, &hit);
        emit_verb_events(c, &hit);
        /* nested VPs of a coded VP are not scanned, but with news semantics
         * a coded "said" still lets the clause it reports be coded */
        if (!(c->opt->news && is_reporting_verb(&tr->t[i + 2])))
            i = close;
    }
}
