/* lookahead.c - what the grammar may ask about the tokens ahead.
 * Parse stage. Tests that read tokens without building anything: where
 * a noun phrase would start and end, whether a clause (a subject and a
 * finite verb) starts here, whether a phrase names a time. The rules in
 * phrases.c and grammar.c decide with them before they build. */
#include "parse/internal.h"

/* Can a noun phrase start here? */
bool np_start(const struct parser *p, int i)
{
    if (i >= p->n)
        return false;
    if (tag_in_set(p, i,
                   TM_NOUN | TM_ADJ | TM(T_DT) | TM(T_PDT) | TM(T_PRPS) | TM(T_PRP) | TM(T_CD) |
                       TM(T_EX) | TM(T_DOLLAR) | TM(T_HASH)))
        return true;
    /* "a clearly inebriated official" starts at the adverb */
    if (is_adverb(p, i) && (is_adj(p, i + 1) || tag_is(p, i + 1, T_VBN)) && is_noun(p, i + 2))
        return true;
    /* "almost five years", "more than 100 people" */
    if (is_adverb(p, i) &&
        (tag_is(p, i + 1, T_CD) || (tag_is(p, i + 1, T_IN) && tag_is(p, i + 2, T_CD))))
        return true;
    /* a past participle before a noun after a preposition or at the
       start: "months of heightened tension", "Wounded soldiers were ...".
       Not a gerund: "of sheltering militants" is a clause. */
    if (tag_is(p, i, T_VBN) && is_noun(p, i + 1) &&
        (i == 0 || tag_is(p, i - 1, T_IN) || tag_is(p, i - 1, T_TO) || tag_is(p, i - 1, T_COMMA)))
        return true;
    return false;
}

bool is_aux(const struct parser *p, int i)
{
    return word_has(p, i, W_BE) || word_has(p, i, W_HAVE) || word_has(p, i, W_DO);
}

/* The next verb after adverbs, or -1. */
int verb_after_adverbs(const struct parser *p, int i, int end)
{
    while (i < end && (is_adverb(p, i) || word_has(p, i, W_NT)))
        i++;
    return i < end && (is_verb(p, i) || tag_is(p, i, T_MD)) ? i : -1;
}

bool vp_start(const struct parser *p, int i, int end)
{
    if (i >= end)
        return false;
    if (is_verb(p, i) || tag_is(p, i, T_MD))
        return true;
    return is_adverb(p, i) && verb_after_adverbs(p, i, end) >= 0;
}

/* Where a noun phrase starting at i would end, without building it:
 * the lookahead that tells a clause from a phrase. */
int np_extent(const struct parser *p, int i, int end)
{
    int j = i;
    if (tag_is(p, j, T_PRP) || tag_is(p, j, T_EX))
        return j + 1;
    while (j < end) {
        if (j > i && word_has(p, j, W_DEICTIC) && j + 1 < end && word_has(p, j + 1, W_TIME))
            break; /* "Eriador next week" */
        if (tag_in_set(p, j,
                       TM_NOUN | TM_ADJ | TM(T_DT) | TM(T_PDT) | TM(T_PRPS) | TM(T_CD) | TM(T_POS) |
                           TM(T_DOLLAR) | TM(T_HYPH)))
            j++;
        else if ((tag_is(p, j, T_VBN) || tag_is(p, j, T_VBG)) && j > i && is_noun(p, j + 1))
            j++;
        else if (is_adverb(p, j) && (is_adj(p, j + 1) || tag_is(p, j + 1, T_VBN)) &&
                 (is_noun(p, j + 2) || is_adj(p, j + 2)))
            j++; /* "a clearly inebriated official" */
        else if (tag_is(p, j, T_CC) && j > i &&
                 (is_noun(p, j + 1) || tag_is(p, j + 1, T_DT) || tag_is(p, j + 1, T_PRPS) ||
                  is_adj(p, j + 1)))
            j++;
        else if (tag_is(p, j, T_COMMA) && j > i && tag_is(p, j + 1, T_NNP) &&
                 (tag_is(p, j + 2, T_COMMA) || tag_is(p, j + 2, T_CC) || tag_is(p, j + 2, T_NNP)))
            j++; /* lists of names: "Arnor, Osgiliath and Gondor" */
        else if (is_prep(p, j) && j > i && np_start(p, j + 1) && !word_has(p, j, W_SUBORD))
            j++; /* "disputes in the South China Sea should ..." */
        else if (tag_is(p, j, T_LRB) && j > i && tag_is(p, j + 2, T_RRB))
            j += 3;
        else
            break;
    }
    return j;
}

/* Where a base noun phrase (no lists, no "of") starting at i ends. */
int base_extent(const struct parser *p, int i, int end)
{
    int j = i;
    while (j < end &&
           tag_in_set(p, j, TM_NOUN | TM_ADJ | TM(T_DT) | TM(T_PRPS) | TM(T_CD) | TM(T_POS))) {
        /* "with Eriador next week": the time phrase is not the noun's */
        if (j > i && word_has(p, j, W_DEICTIC) && j + 1 < end && word_has(p, j + 1, W_TIME))
            break;
        j++;
    }
    return j;
}

/* Does a clause (subject and finite verb) start at i? */
bool clause_ahead(const struct parser *p, int i, int end)
{
    if (!np_start(p, i))
        return false;
    int j = np_extent(p, i, end);
    if (j == i)
        return false;
    /* an appositive between subject and verb: "Osgiliath, the state's
       fiercest foe, could be drawn" */
    if (tag_is(p, j, T_COMMA) && np_start(p, j + 1)) {
        int k = np_extent(p, j + 1, end);
        if (k > j + 1 && tag_is(p, k, T_COMMA))
            j = k + 1;
    }
    while (j < end && is_adverb(p, j))
        j++;
    return j < end && is_finite(p, j);
}

/* Is there a finite verb later in this clause (before a comma or a
 * word that opens another clause)? */
bool finite_verb_ahead(const struct parser *p, int i, int end)
{
    for (; i < end; i++) {
        if (is_finite(p, i))
            return true;
        if (tag_is(p, i, T_COMMA) || tag_is(p, i, T_WDT) || tag_is(p, i, T_WP) ||
            (is_prep(p, i) && word_has(p, i, W_SUBORD)))
            return false;
    }
    return false;
}

/* The last word of the phrase np: its head, as English puts it last. */
int head_token(const struct parser *p, int np)
{
    while (np >= 0 && p->nodes[np].tok < 0)
        np = p->nodes[np].first >= 0 && p->nodes[p->nodes[np].first].tok < 0 ? p->nodes[np].first
                                                                             : p->nodes[np].last;
    return np >= 0 ? p->nodes[np].tok : -1;
}

bool is_time_np(const struct parser *p, int i, int end)
{
    int j = base_extent(p, i, end);
    if (j <= i)
        return false;
    return word_has(p, j - 1, W_TIME) || (tag_is(p, j - 1, T_CD) && p->tok[j - 1].len == 4);
}
