/* rules_verb.c - context rules for verbs: auxiliaries, the past tense
 * against the participle, nouns against verbs, VB against VBP.
 * Tag stage. The main evidence is English clause structure: a clause has
 * one finite verb, after its subject; auxiliaries fix the form of the
 * verb that follows them; determiners and prepositions open noun
 * phrases, whose words are not finite verbs. */
#include "tag/rules.h"

/* Tags after which a new clause (with a subject and finite verb of its
 * own) may start. */
#define M_CLAUSE_START                                                                             \
    (TB(T_WDT) | TB(T_WP) | TB(T_WPS) | TB(T_WRB) | TB(T_COLON) | TB(T_CC) | TB(T_LQUOTE) |        \
     TB(T_LRB))

/* Nouns and pronouns that can be a subject. */
#define M_SUBJECT (M_NOUN | TB(T_PRP) | TB(T_EX) | TB(T_CD))

/* Does the clause holding i already have a finite verb before i? */
bool finite_before(const struct ctx *x, long i)
{
    for (long j = i - 1; j >= 0; j--) {
        uint64_t b = TB(x->c[j].tag);
        if (b & M_FINITE) {
            /* the verb of a relative clause on the subject is not the
               clause's own: "officials who had direct knowledge left" */
            for (long k = j - 1; k > 0 && !(TB(x->c[k].tag) & (M_FINITE | TB(T_COMMA))); k--)
                if ((TB(x->c[k].tag) & (TB(T_WP) | TB(T_WDT))) && (TB(x->c[k - 1].tag) & M_NOUN) &&
                    !finite_before(x, k))
                    return false;
            return true;
        }
        if ((b & M_CLAUSE_START) || subordinator_at(x, j))
            return false;
        /* ", a senior official said": a comma, then a new subject, with
           a closing quote between them in reported speech ("...," the
           minister said) */
        if (b & TB(T_COMMA)) {
            long k = j + 1;
            while (k < i && (bit_at(x, k) & (TB(T_RQUOTE) | TB(T_LQUOTE))))
                k++;
            if (bit_at(x, k) & M_NPSTART)
                return false;
        }
    }
    return false;
}

/* Does the noun phrase that ends at j open right after a subordinator
 * ("as both countries", "because the two sides")? */
static bool subject_after_subordinator(const struct ctx *x, long j)
{
    long k = j;
    while (k >= 0 && (bit_at(x, k) & (M_NOUN | M_ADJ | TB(T_DT) | TB(T_PDT) | TB(T_CD))))
        k--;
    return k >= 0 && k < j && subordinator_at(x, k) && !word_at(x, k, W_THAT);
}

/* Is a finite verb still to come, one whose subject could be the noun
 * phrase before i ("the man [killed in the raid] was buried")? A verb
 * in a clause of its own ("..., officials said", "as talks began") does
 * not count. Right neighbours are undecided: only words whose likeliest
 * reading is finite and which cannot be nouns count. */
bool finite_after(const struct ctx *x, long i)
{
    bool comma = false;
    for (long j = i + 1; j < x->n; j++) {
        const struct cand *c = &x->c[j];
        uint64_t b = TB(c->tags[0]);
        if ((b & (TB(T_COLON) | TB(T_WDT) | TB(T_WP) | TB(T_CC))) || subordinator_at(x, j))
            return false;
        if (b & TB(T_COMMA))
            comma = true;
        if (!(b & M_FINITE) || (c->mask & M_NOUN))
            continue;
        /* "yielded ground seized in": a participle may be another
           reduced relative; it counts as ", urged", with an object, or
           ending the sentence ("the talks to end the war failed .") */
        bool last = j + 1 >= x->n || x->c[j + 1].tags[0] == T_PERIOD;
        if ((c->mask & TB(T_VBN)) && !(bit_at(x, j - 1) & TB(T_COMMA)) && !object_at(x, j + 1) &&
            !word_at(x, j + 1, W_THAT) && !last)
            continue;
        long k = before_adverbs(x, j);
        if (comma && k >= 0 && (TB(x->c[k].tags[0]) & M_SUBJECT))
            return false;
        if (bit_at(x, k) & TB(T_PRP)) /* "said Wednesday she hoped" */
            return false;
        return true;
    }
    return false;
}

/* Is i inside a noun phrase opened by a determiner or a possessive:
 * "the [peace] talks", "Arnor 's new [trade] accord"? */
bool np_open(const struct ctx *x, long i)
{
    for (long j = i - 1; j >= 0 && j >= i - 6; j--) {
        uint64_t b = TB(x->c[j].tag);
        if (b & (TB(T_DT) | TB(T_PRPS) | TB(T_POS) | TB(T_WPS)))
            return !word_at(x, j, W_THAT) || x->c[j].tag == T_DT;
        if (!(b & (M_NOUN | M_ADJ | TB(T_CD))))
            return false;
    }
    return false;
}

/* Does an object noun phrase start at i (a right neighbour)? Nouns of
 * time do not count: "released Tuesday" has no object. */
bool object_at(const struct ctx *x, long i)
{
    if (i < 0 || i >= x->n || named_in(x, i, W_TIME_FIRST, W_TIME_LAST) || word_at(x, i, W_THAT))
        return false;
    const struct cand *c = &x->c[i];
    uint64_t b = TB(c->tags[0]);
    if ((b & (TB(T_DT) | TB(T_PRPS) | TB(T_CD) | TB(T_PRP) | M_PROPER | TB(T_DOLLAR))) ||
        (c->mask & TB(T_PDT)))
        return true;
    return (b & M_ADJ) && can_be_noun(x, i + 1);
}

/* object_at(), or a bare common noun: "enjoyed support from". A
 * participle seldom has an object, a compound noun often has a noun
 * after it, so only the past-tense rule takes this wider view. */
bool bare_object_at(const struct ctx *x, long i)
{
    return object_at(x, i) ||
           (i < x->n && can_be_noun(x, i) && !named_in(x, i, W_TIME_FIRST, W_TIME_LAST) &&
            (TB(x->c[i].tags[0]) & (TB(T_NN) | TB(T_NNS) | TB(T_VB) | TB(T_VBP))));
}

/* After to, a modal or do: the base form ("to attend"), unless the word
 * is mostly a noun and nothing follows it ("alternatives to oil ,").
 * After have: the participle. After be: the participle (passive), the
 * -ing form, or an adjective. */
bool rule_after_aux(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    long j = before_adverbs(x, i);
    int p = tag_at(x, j);
    if (p == T_TO && !(c->mask & TB(T_VB)) && object_at(x, i + 1) && choose(c, T_VBG))
        return true; /* "contributed to planning the massacres" */
    if (p == T_TO &&
        (((TB(c->tags[0]) & M_NOUN) && (i + 1 >= x->n || (bit_at(x, i + 1) & M_END))) ||
         !(c->mask & TB(T_VB))))
        return choose_in(c, M_NOUN); /* "to oil ,", "according to reports" */
    if (p == T_TO || p == T_MD || aux_at(x, j, AUX_DO))
        return choose(c, T_VB) || (p != T_TO && choose(c, T_VBP));
    /* "has renewed"; and "had direct knowledge", where the word has no
       participle: "have" is the main verb and this its object's adjective */
    if (aux_at(x, j, AUX_HAVE) && x->c[j].tag != T_VBG)
        return choose(c, T_VBN) ||
               ((c->mask & M_ADJ) && can_be_noun(x, i + 1) && choose_in(c, M_ADJ));
    if (aux_at(x, j, AUX_BE) || (aux_at(x, j, AUX_HAVE) && word_at(x, i - 1, W_BEEN)))
        return choose(c, T_VBN) || choose(c, T_VBG) || choose_in(c, M_ADJ);
    return false;
}

/* The verb this one is coordinated with: "was arrested and charged",
 * "to give a speech and meet". cc is the conjunction. */
static int conjunct_verb(const struct ctx *x, long cc)
{
    for (long j = cc - 1; j >= 0 && j >= cc - 20; j--) {
        int t = x->c[j].tag;
        if (TB(t) & M_VERB)
            return t;
        if (TB(t) & (M_CLAUSE_START & ~TB(T_CC)))
            break;
    }
    return T_NONE;
}

/* Past tense or participle: "killed" in "gunmen killed three", "three
 * were killed", "the man killed in the raid", "the affected villages". */
bool rule_past(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    long j = before_adverbs(x, i);
    uint64_t p = bit_at(x, j);
    bool noun_next = can_be_noun(x, i + 1) || (bit_at(x, i + 1) & M_ADJ);
    bool name_next = (bit_at(x, i + 1) & M_PROPER) && !word_at(x, i + 1, W_BY);
    if ((p & M_PRENOMINAL) || ((p & TB(T_IN)) && (noun_next || name_next)) ||
        ((p & M_VERB) && noun_next)) {
        if (noun_next || (bit_at(x, i + 1) & M_PROPER))
            return choose(c, T_JJ) || choose(c, T_VBN);
        return choose_in(c, M_NOUN) || choose(c, T_JJ) || choose(c, T_VBN);
    }
    if (p & TB(T_CC)) {
        int v = conjunct_verb(x, j);
        if (v == T_VBN || v == T_VBD)
            return choose(c, v);
    }
    if (p & (TB(T_PRP) | TB(T_WDT) | TB(T_WP) | TB(T_EX)))
        return choose(c, T_VBD);
    if (p & (M_NOUN | TB(T_CD))) {
        if (word_at(x, i + 1, W_BY)) /* "was seized by"; "spoke by phone" has no VBN */
            return choose(c, T_VBN) || choose(c, T_VBD);
        /* an object, a that-clause, or a name as subject: active */
        if (bare_object_at(x, i + 1) || word_at(x, i + 1, W_THAT) || (p & M_PROPER))
            return choose(c, T_VBD);
        if (finite_before(x, i) || finite_after(x, i))
            return choose(c, T_VBN);
        return choose(c, T_VBD);
    }
    if (p & TB(T_COMMA)) {
        if (word_at(x, i + 1, W_BY) || (!object_at(x, i + 1) && finite_after(x, i)))
            return choose(c, T_VBN);
        return false;
    }
    if (j < 0 && (bit_at(x, i + 1) & (TB(T_IN) | TB(T_TO))))
        return choose(c, T_VBN); /* "Asked about the raid, he said" */
    if (p & M_VERB)              /* "yielded ground", "got killed" */
        return choose_in(c, M_NOUN) || choose(c, T_VBN);
    return false;
}

/* The verb tag agreeing with a subject: VBZ after a singular noun or
 * he/she/it, VBP after a plural one or I/we/you/they. */
static bool choose_finite(struct cand *c, bool plural)
{
    if (plural)
        return choose(c, T_VBP) || choose(c, T_VBD);
    /* a base form after a singular noun is still the verb: the subject
       is a compound ("Fornost and Gondor welcome a"), or the copy is
       ungrammatical ("Ethiopia act on") */
    return choose(c, T_VBZ) || choose(c, T_VBD) || choose(c, T_VBP) || choose(c, T_VB);
}

/* A word that is a noun or a verb ("attacks", "talks", "support") right
 * after a noun: the verb of that noun when the clause has none yet and
 * an object follows; else part of the noun phrase ("peace talks"). */
static bool noun_verb_after_noun(const struct ctx *x, long i, long j)
{
    struct cand *c = &x->c[i];
    uint64_t p = bit_at(x, j);
    bool plural = (p & (TB(T_NNS) | TB(T_NNPS))) != 0;
    if (i + 1 >= x->n)
        return choose_in(c, M_NOUN);
    /* "asset freezes and travel bans on": a plural after "and" and a
       noun, itself after a plural, is the second plural noun */
    if (j >= 2 && tag_at(x, j - 1) == T_CC && tag_at(x, j - 2) == T_NNS && (c->mask & TB(T_NNS)) &&
        choose(c, T_NNS))
        return true;
    const struct cand *nc = &x->c[i + 1];
    uint64_t next = TB(nc->tags[0]);
    if (next & (M_FINITE | M_PUNCT))
        return choose_in(c, M_NOUN);
    /* a noun is seldom followed by a determiner: "militants join an" */
    if ((next & (TB(T_DT) | TB(T_PRPS) | TB(T_PDT))) && !word_at(x, i + 1, W_THAT) &&
        choose_finite(c, plural))
        return true;
    if (!finite_before(x, i)) {
        if (object_at(x, i + 1) && choose_finite(c, plural))
            return true;
        /* "the ministry claims victory", unless a verb is yet to come:
           "the peace talks venue was moved" */
        if (bare_object_at(x, i + 1) && !finite_after(x, i) && choose_finite(c, plural))
            return true;
        /* "Arnor talks with Gondor", "Obama faces pressure" */
        bool bare = (p & TB(T_NNP)) && !(bit_at(x, j - 1) & (M_PRENOMINAL | M_NOUN));
        if (bare &&
            ((next & (TB(T_IN) | TB(T_TO) | M_ADV)) ||
             (can_be_noun(x, i + 1) && !finite_after(x, i))) &&
            choose_finite(c, false))
            return true;
        /* "as both countries face growing pressure": a plural subject
           right after a subordinator has its verb next */
        if (plural && subject_after_subordinator(x, j) &&
            (can_be_noun(x, i + 1) || (next & (M_ADJ | TB(T_VBG)))) && choose(c, T_VBP))
            return true;
        /* "the inspectors want to", "tanks head back"; but "an arms
           embargo against": a plural after "a" modifies a noun */
        bool modifier = named_in(x, j - 1, W_SINGULAR_DET_FIRST, W_SINGULAR_DET_LAST);
        if (plural && !modifier && (next & (TB(T_TO) | TB(T_IN) | M_ADV)) && choose(c, T_VBP))
            return true;
        /* "the secretary of state wants to", "the government plans to" */
        if (!plural && (next & TB(T_TO)) && !finite_after(x, i) && choose(c, T_VBZ))
            return true;
    }
    return choose_in(c, M_NOUN);
}

bool rule_noun_verb(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    long j = before_adverbs(x, i);
    uint64_t p = bit_at(x, j);
    uint64_t next = bit_at(x, i + 1);
    if (p & (M_PRENOMINAL | TB(T_IN))) {
        if ((next & M_NOUN) && (c->mask & TB(T_JJ)) && !(c->mask & TB(T_NN)))
            return choose(c, T_JJ);
        return choose_in(c, M_NOUN) || choose_in(c, M_ADJ);
    }
    if (p & (TB(T_PRP) | TB(T_WDT) | TB(T_WP) | TB(T_EX))) {
        if (j > 0 && (bit_at(x, j - 1) & M_VERB) && p == TB(T_PRP))
            return choose(c, T_VB); /* "let them go" */
        return choose(c, T_VBP) || choose(c, T_VBZ) || choose(c, T_VBD);
    }
    /* "demanded that Kabul take action": the subjunctive's base form
       after "that" and a one-word name */
    if ((p & M_PROPER) && word_at(x, j - 1, W_THAT) && (c->mask & TB(T_VB)) &&
        (object_at(x, i + 1) || (next & (TB(T_LQUOTE) | M_ADJ | TB(T_NN) | TB(T_NNS)))))
        return choose(c, T_VB);
    if (p & M_NOUN)
        return noun_verb_after_noun(x, i, j);
    if (p & TB(T_CC)) {
        /* "food and medicine", but "to give a speech ... and meet with" */
        if ((bit_at(x, j - 1) & M_NOUN) && (TB(c->tags[0]) & M_NOUN))
            return choose_in(c, M_NOUN);
        int v = conjunct_verb(x, j);
        bool verb_like = object_at(x, i + 1) || (next & (TB(T_IN) | TB(T_TO)));
        if (v != T_NONE && verb_like && (choose(c, v) || choose(c, T_VB)))
            return true;
        if (bit_at(x, j - 1) & M_NOUN)
            return choose_in(c, M_NOUN);
    }
    if (j < 0 || (p & (TB(T_LQUOTE) | TB(T_COLON)))) {
        if (object_at(x, i + 1) && !(next & M_NOUN) && choose(c, T_VB))
            return true; /* an imperative */
        return choose_in(c, M_NOUN);
    }
    if (p & M_VERB) {
        if (c->tags[0] == T_RB) /* "head back from" */
            return true;
        /* "help win a role", "wire tap the lines" */
        if (p == TB(T_VB) && c->tags[0] == T_VB && object_at(x, i + 1))
            return true;
        return choose_in(c, M_NOUN);
    }
    if (p & TB(T_RP)) /* "cut off aid", "set up camps": the particle's object */
        return choose_in(c, M_NOUN);
    return false;
}

/* The word before i, skipping adverbs and a parenthesis: "the European
 * Union (EU) agree". */
static long before_aside(const struct ctx *x, long i)
{
    long j = before_adverbs(x, i);
    if (tag_at(x, j) != T_RRB)
        return j;
    while (j >= 0 && x->c[j].tag != T_LRB)
        j--;
    return before_adverbs(x, j);
}

/* VB or VBP for a base-form verb: the base form after to, modals and
 * do, and in commands; the present tense after a subject. */
void rule_base_verb(const struct ctx *x, long i)
{
    struct cand *c = &x->c[i];
    if (!(c->tag == T_VB || c->tag == T_VBP) || !(c->mask & TB(T_VB)) || !(c->mask & TB(T_VBP)))
        return;
    long j = before_aside(x, i);
    uint64_t p = bit_at(x, j);
    if ((p & (TB(T_TO) | TB(T_MD))) || aux_at(x, j, AUX_DO)) {
        c->tag = T_VB;
        return;
    }
    if (p & TB(T_CC)) {
        int v = conjunct_verb(x, j);
        if (v == T_VB || v == T_VBP) {
            c->tag = (uint8_t)v;
            return;
        }
    }
    if (p & (M_SUBJECT | TB(T_WDT) | TB(T_WP)))
        c->tag = (j > 0 && (bit_at(x, j - 1) & M_VERB) && (p & TB(T_PRP))) ? T_VB : T_VBP;
    else if (j < 0)
        c->tag = T_VB;
}
