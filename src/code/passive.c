/* passive.c - news semantics: a passive read as the active it stands for.
 * Code stage (docs/news.md, "Passives whose object is their subject").
 *
 * A verb's patterns name its object's words after the verb: LIFT has
 * "- * &SANCTIONS [085]". In "Sanctions on Iran were lifted by the EU"
 * those words are the passive's subject, before the verb, so no pattern
 * can match and a block coded only by its objects ("by object", [---])
 * gives nothing. Read as "the EU lifted sanctions on Iran", the agent
 * after BY is the upper sequence and the subject, then the rest of the
 * VP without the BY phrase, is the lower one; the patterns then match as
 * they do on active sentences, with the agent as the source. */
#include "code/internal.h"

#include <string.h>

static void push_range(struct coder *c, struct seq *s, size_t from, size_t to, bool backwards)
{
    for (size_t k = 0; k + from < to; k++) {
        size_t i = backwards ? to - 1 - k : from + k;
        uint8_t kind = c->seq_kinds[i];
        if (kind != SEQ_SKIP && kind != SEQ_COMMA)
            seq_push(s, kind, c->conv.t[i].kind == TOK_WORD ? c->conv.t[i].word : 0, (int32_t)i);
    }
}

bool passive_as_active(struct coder *c, const struct verb_block *blk, size_t vp, size_t close,
                       size_t participle, struct verb_hit *hit)
{
    const struct tree *tr = &c->conv;
    size_t subj = subject_of(tr, vp);
    if (!blk || subj == SIZE_MAX || tr->t[subj].mate < 0)
        return false;
    size_t by = SIZE_MAX;
    for (size_t i = participle + 1; i < close && by == SIZE_MAX; i++)
        if (tok_is(&tr->t[i], TOK_WORD, "BY"))
            by = i;
    if (by == SIZE_MAX)
        return false;
    size_t agent = SIZE_MAX;
    for (size_t i = by + 1; i < close && i < by + 6 && agent == SIZE_MAX; i++)
        if (is_ne(&tr->t[i]))
            agent = i;
    if (agent == SIZE_MAX || tr->t[agent].mate < 0)
        return false;
    size_t agent_end = (size_t)tr->t[agent].mate;
    /* the BY phrase leaves the lower sequence: it is the upper one now */
    size_t pp = enclosing_open(tr, by);
    size_t cut_from = by, cut_to = agent_end;
    if (pp != SIZE_MAX && tok_is(&tr->t[pp], TOK_OPEN, "PP") && tr->t[pp].mate >= 0) {
        cut_from = pp;
        cut_to = (size_t)tr->t[pp].mate;
    }
    size_t nwords = strmap_count(&c->lx->words);
    seq_reset(&c->upper, nwords);
    /* the whole BY phrase: "by the foreign ministers of Rwanda and Congo"
       (the upper sequence runs from the verb back) */
    push_range(c, &c->upper, agent, cut_to > agent_end ? cut_to : agent_end + 1, true);
    seq_reset(&c->lower, nwords);
    push_range(c, &c->lower, subj, (size_t)tr->t[subj].mate + 1, false);
    push_range(c, &c->lower, participle + 1, cut_from, false);
    push_range(c, &c->lower, cut_to + 1, close, false);
    /* only a pattern counts: the verb's own code was tried already */
    return find_code_in_block(c, blk, "---", hit);
}
