/* rules.c - context rules: one tag per token from its neighbours.
 * Tag stage. rules_apply() runs one pass left to right over the
 * ambiguous tokens (function words, particles, verbs, nouns against
 * adjectives), then one pass right to left for names, then settles
 * VB against VBP. The verb rules are in rules_verb.c. */
#include "tag/rules.h"

/* "that": a determiner before a noun it ends with ("that group"), a
 * relative pronoun between a noun and its verb ("the group that
 * claimed"), else the complementizer ("said that the talks"). */
static void rule_that(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    uint64_t p = bit_at(x, i - 1), next = bit_at(x, i + 1);
    const struct cand *nc = &x->c[i + 1 < x->n ? i + 1 : i];
    if ((next & TB(T_COMMA)) && (p & M_VERB))
        choose(c, T_IN); /* "revealed that, for the first time, ..." */
    else if (i + 1 >= x->n || (next & (M_END | TB(T_CC))))
        choose(c, T_DT);
    else if ((p & M_NOUN) && (nc->mask & M_FINITE) &&
             ((TB(nc->tags[0]) & (M_VERB | TB(T_MD) | M_ADV)) || object_at(x, i + 2)))
        choose(c, T_WDT);
    else if ((next & (TB(T_NN) | TB(T_JJ))) &&
             ((p & TB(T_IN)) || ((p & (M_VERB | TB(T_COMMA))) &&
                                 !(bit_at(x, i + 2) & (M_FINITE | TB(T_NN) | TB(T_NNS))))))
        choose(c, T_DT); /* after a preposition, or a phrase of its own */
    else
        choose(c, T_IN);
}

/* Particles and adverbs: "burned down its embassy" (RP), "down the
 * road" (IN), "fell down ." (RB), "about 50" (RB), "out of" (IN). */
static bool rule_particle(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    uint64_t p = bit_at(x, i - 1), next = bit_at(x, i + 1);
    if (p & (TB(T_DT) | TB(T_PRPS) | TB(T_POS)))
        return choose_in(c, M_ADJ | M_NOUN); /* "the next day" */
    if (word_at(x, i, W_OUT) && word_at(x, i + 1, W_OF))
        return choose(c, T_IN);
    if (word_at(x, i, W_ABOUT) && (next & (TB(T_CD) | TB(T_DOLLAR))))
        return choose(c, T_RB);
    bool end = i + 1 >= x->n || (next & (M_END | TB(T_CC)));
    if ((p & M_VERB) && (c->mask & TB(T_RP)) && x->c[i - 1].aux != AUX_BE) {
        if (c->tags[0] != T_IN || end || (next & TB(T_IN)))
            return choose(c, T_RP);
        return false;
    }
    if (end)
        return choose(c, T_RB);
    if (next & (M_NPSTART & ~M_ADJ))
        return choose(c, T_IN);
    return false;
}

/* Function words whose tag depends on the next word. */
static bool rule_function_word(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    uint64_t next = bit_at(x, i + 1);
    if (word_at(x, i, W_THAT)) {
        rule_that(x, i);
        return true;
    }
    if (word_at(x, i, W_THERE))
        return choose(
            c, (x->c[i + 1 < x->n ? i + 1 : i].aux == AUX_BE || (next & TB(T_MD))) ? T_EX : T_RB);
    if ((c->mask & TB(T_PDT)) && (next & (TB(T_DT) | TB(T_PRPS))))
        return choose(c, T_PDT); /* "all the", "such a" */
    if (word_at(x, i, W_AS) && (next & (M_ADJ | M_ADV)) && word_at(x, i + 2, W_AS))
        return choose(c, T_RB); /* "as many as" */
    if ((c->mask & (TB(T_RBR) | TB(T_RBS))) && (next & (M_ADJ | M_ADV))) {
        /* "more important", "the most senior officials"; but "more
           diplomatic ties", "further military support" */
        if (can_be_noun(x, i + 2) && !(bit_at(x, i - 1) & TB(T_DT)))
            return choose_in(c, M_ADJ);
        return choose_in(c, TB(T_RBR) | TB(T_RBS));
    }
    if (c->mask & TB(T_POS) && c->mask & TB(T_VBZ)) {
        /* "'s": is or has after a pronoun, possessive after a noun */
        uint64_t p = bit_at(x, i - 1);
        bool verb = (p & (TB(T_PRP) | TB(T_EX) | TB(T_WP) | TB(T_WDT))) ||
                    (next & (TB(T_VBG) | TB(T_VBN))) || word_at(x, i + 1, W_BEEN);
        return choose(c, verb ? T_VBZ : T_POS);
    }
    if ((c->mask & TB(T_POS)) && (c->mask & TB(T_RQUOTE))) {
        /* "'": the possessive of a plural ("officials' claims"), else a
           closing single quote ("a 'secret pact' with") */
        uint64_t p = bit_at(x, i - 1);
        bool possessive = (p & (TB(T_NNS) | TB(T_NNPS))) &&
                          (can_be_noun(x, i + 1) || (next & (M_ADJ | TB(T_CD) | TB(T_VBG))));
        return choose(c, possessive ? T_POS : T_RQUOTE);
    }
    if (word_at(x, i, W_HER))
        return choose(c, (next & (M_NOUN | M_ADJ | TB(T_CD) | TB(T_VBG))) ? T_PRPS : T_PRP);
    if ((TB(c->tags[0]) & (TB(T_IN) | TB(T_RP) | TB(T_RB))) &&
        ((c->mask & TB(T_RP)) || ((c->mask & TB(T_IN)) && (c->mask & TB(T_RB)))))
        return rule_particle(x, i);
    return false;
}

/* -ing words: "were meeting" (VBG), "the fighting" (NN), "roads
 * leading to" (VBG), "of fighting ." (NN). */
static bool rule_ing(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    long j = before_adverbs(x, i);
    uint64_t p = bit_at(x, j), next = bit_at(x, i + 1);
    bool end = i + 1 >= x->n || (next & (M_END | TB(T_CC)));
    if (c->aux == AUX_BE || c->aux == AUX_HAVE)
        return choose(c, T_VBG); /* "being assigned", "having triumphed" */
    if (p & M_PRENOMINAL) {
        if (can_be_noun(x, i + 1) || (next & M_ADJ))
            return choose_in(c, TB(T_JJ) | TB(T_NN)); /* "a sweeping agreement" */
        return choose(c, T_NN) || choose(c, T_JJ);
    }
    /* "Fighting broke out": a sentence's first word before a verb; and
       "Fighting between Armenia and Azerbaijan erupted" */
    if (j < 0 && (((next & (TB(T_VBD) | TB(T_VBZ) | TB(T_VBP))) && !(next & M_NOUN)) ||
                  word_at(x, i + 1, W_BETWEEN)))
        return choose(c, T_NN) || choose(c, T_VBG);
    /* "threatened overwhelming military action": an adjective before a
     * noun phrase, when the word has one */
    if ((p & M_VERB) && (c->mask & TB(T_JJ)) && ((next & M_ADJ) || can_be_noun(x, i + 1)))
        return choose(c, T_JJ);
    if (p & TB(T_IN)) {
        if (end || word_at(x, i + 1, W_OF)) /* "days of fighting ." */
            return choose(c, T_NN) || choose(c, T_VBG);
        return choose(c, T_VBG);
    }
    /* "signed an order on Monday lifting sanctions": after a day, an
       -ing word before its object is a participle, not a compound noun */
    if (named_in(x, j, W_MONDAY, W_YESTERDAY) && !end &&
        (object_at(x, i + 1) || can_be_noun(x, i + 1)))
        return choose(c, T_VBG);
    if ((p & M_NOUN) && np_open(x, i) && (end || word_at(x, i + 1, W_OF)))
        return choose(c, T_NN) || choose(c, T_VBG); /* "the Friday opening of" */
    if (p & M_NOUN) {
        /* "roads leading into", "an attack targeting": a participle */
        if ((next & (TB(T_IN) | TB(T_TO) | TB(T_RP))) || object_at(x, i + 1))
            return choose(c, T_VBG);
        return choose(c, T_NN) || choose(c, T_VBG); /* "the museum shooting" */
    }
    return choose(c, T_VBG);
}

/* An adjective or a noun ("official", "present", "chief"): the
 * adjective before a noun or after be, the noun after a determiner. */
static bool rule_adj_noun(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    long j = before_adverbs(x, i);
    uint64_t p = bit_at(x, j), next = bit_at(x, i + 1);
    if (can_be_noun(x, i + 1) || ((next & M_PROPER) && !(p & M_VERB)) || (next & M_ADJ))
        return choose_in(c, M_ADJ);
    if (p & M_VERB)
        return choose_in(c, M_ADJ); /* "seems clear", "went wrong" */
    /* after a noun, a word that can also be a verb is left to the
       noun/verb rule: "Fornost and Gondor welcome a resumption" */
    if ((p & M_NOUN) && (c->mask & M_VERB))
        return false;
    if (p & (M_PRENOMINAL | TB(T_IN) | M_NOUN))
        return choose_in(c, M_NOUN);
    return false;
}

/* An adjective or a verb, never a noun ("direct", "separate", "open"):
 * the adjective before a noun after a verb or inside a noun phrase:
 * "held direct talks", "their first direct peace talks". After to, a
 * modal, do or a subject it is the verb: "to direct talks", "they
 * direct negotiations". */
static bool rule_adj_verb(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    long j = before_adverbs(x, i);
    uint64_t p = bit_at(x, j), next = bit_at(x, i + 1);
    if (j < 0 || (p & (TB(T_TO) | TB(T_MD))) || aux_at(x, j, AUX_DO))
        return false;
    if (!can_be_noun(x, i + 1) && !(next & M_ADJ))
        return false;
    if ((p & M_VERB) && !aux_at(x, j, AUX_BE) && !aux_at(x, j, AUX_HAVE))
        return choose_in(c, M_ADJ);
    if (p & (M_PRENOMINAL | TB(T_IN))) /* M_PRENOMINAL holds the adjectives */
        return choose_in(c, M_ADJ);
    /* "their first direct talks": a word that may be an adjective, after
       a determiner, is still inside the noun phrase */
    if ((x->c[j].mask & M_ADJ) && j > 0 && (bit_at(x, j - 1) & M_PRENOMINAL))
        return choose_in(c, M_ADJ);
    return false;
}

/* Capitalised adjectives of nationality: "Pakistani officials" (JJ),
 * "a Pakistani" and "the Pakistanis" (names). */
static bool rule_nationality(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    uint64_t next = bit_at(x, i + 1);
    /* "President Erdogan spoke": after a title, a capitalised word that
       looks like an adjective of nationality is a name */
    if (i > 0 && (TB(x->c[i - 1].tag) & M_PROPER) && !(x->c[i - 1].mask & TB(T_JJ)))
        return choose_in(c, M_PROPER);
    /* "Burundi left the ICC": a name before its verb and the verb's
       object, not an adjective before a noun "left" */
    if (i + 2 < x->n && (TB(x->c[i + 1].tags[0]) & (TB(T_VBD) | TB(T_VBZ) | TB(T_VBP))) &&
        object_at(x, i + 2))
        return choose_in(c, M_PROPER);
    if (can_be_noun(x, i + 1) || (next & (M_ADJ | TB(T_CD))))
        return choose(c, T_JJ);
    /* "the European Union", "Saudi Arabia" are names; "Syrian President
       Assad" is an adjective before a title and a name */
    long k = i + 1;
    while (k < x->n && (x->c[k].shape & S_CAP) && (TB(x->c[k].tags[0]) & M_PROPER))
        k++;
    if (k - i >= 3)
        return choose(c, T_JJ);
    /* "the Danish Islamist media": capitalised words that end in a
       common noun are its adjectives */
    if (k > i + 1 && k < x->n && !(x->c[k].shape & S_CAP) && can_be_noun(x, k))
        return choose(c, T_JJ);
    return choose_in(c, M_PROPER);
}

/* Does the lexicon rank an adverb reading above the adjective? */
static bool adverb_first(const struct cand *c)
{
    for (size_t k = 0; k < c->n && c->tags[k] != T_JJ; k++)
        if (TB(c->tags[k]) & M_ADV)
            return true;
    return false;
}

/* An adjective or an adverb ("earlier", "late"): the adverb after a
 * verb other than be, before a preposition or at the end: "was opposed
 * earlier by". Only for words as often adverbs as adjectives: "shot
 * dead in" and "went wrong" keep their adjective. */
static bool rule_adj_adverb(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    long j = before_adverbs(x, i);
    uint64_t next = bit_at(x, i + 1);
    if (!(bit_at(x, j) & M_VERB) || aux_at(x, j, AUX_BE) || can_be_noun(x, i + 1) ||
        !adverb_first(c))
        return false;
    if (i + 1 >= x->n || (next & (M_END | TB(T_IN) | TB(T_TO))))
        return choose_in(c, M_ADV);
    return false;
}

static void decide(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    uint64_t m = c->mask;
    if (rule_function_word(x, i))
        return;
    if (c->alt != LEX_NONE && (TB(c->tags[0]) & M_PROPER)) {
        /* "Rebel leaders": a first word before a common noun is its
           common reading; "Turkey said" stays a name */
        if (can_be_noun(x, i + 1) && (TB(x->c[i + 1].tags[0]) & M_NOUN))
            choose_in(c, M_ADJ | TB(T_NN) | TB(T_NNS));
        return;
    }
    if ((m & M_PROPER) && (m & TB(T_JJ)) && (c->shape & S_CAP) && !(c->shape & S_LOWERED)) {
        rule_nationality(x, i);
        return;
    }
    if ((TB(c->tags[0]) & M_PROPER) && (c->shape & S_CAP) && !(c->shape & S_FIRST)) {
        /* a capitalised word inside a sentence is a name, but a
           capitalised adjective before a common noun is an adjective:
           "Western diplomats" */
        if ((c->shape & S_LOWERED) && c->n > 1 && c->tags[1] == T_JJ && can_be_noun(x, i + 1))
            c->tag = T_JJ;
        return;
    }
    if ((m & M_ADJ) && (m & M_ADV) && rule_adj_adverb(x, i))
        return;
    if ((m & M_VERB) && rule_after_aux(x, i))
        return;
    if ((m & (TB(T_VBD) | TB(T_VBN))) && rule_past(x, i))
        return;
    if ((m & TB(T_VBG)) && (m & (TB(T_NN) | TB(T_JJ))) && rule_ing(x, i))
        return;
    if ((m & M_ADJ) && (m & M_VERB) && !(m & M_NOUN) && rule_adj_verb(x, i))
        return;
    if ((m & M_ADJ) && (m & M_NOUN) && rule_adj_noun(x, i))
        return;
    if ((m & M_NOUN) && (m & M_VERB) && rule_noun_verb(x, i))
        return;
}

/* A sentence's first word, capitalised anyway, is part of a name when
 * a name follows: "President Umbardacil", "Deputy Prime Minister". */
static void first_word_names(const struct ctx *x)
{
    for (long i = x->n - 2; i >= 0; i--) {
        struct cand *c = &x->c[i];
        if (!(c->shape & S_FIRST) || !(c->shape & S_LOWERED) || !(c->mask & M_PROPER))
            continue;
        const struct cand *next = &x->c[i + 1];
        if ((next->shape & S_CAP) && (TB(next->tag) & M_PROPER))
            choose_in(c, M_PROPER);
    }
}

void rules_apply(struct cand *c, const struct token *tok, size_t n)
{
    struct ctx x = {c, tok, (long)n};
    for (long i = 0; i < x.n; i++)
        if (c[i].n > 1)
            decide(&x, i);
    first_word_names(&x);
    for (long i = 0; i < x.n; i++)
        if (c[i].tag == T_VB || c[i].tag == T_VBP) /* its first test, without the call */
            rule_base_verb(&x, i);
}
