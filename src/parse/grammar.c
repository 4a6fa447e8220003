/* grammar.c - the parser's rules: clauses, verb groups, noun phrases.
 * Parse stage. Recursive descent over tagged tokens with a few tokens of
 * lookahead. Where English is ambiguous the rules choose what the
 * Stanford parser usually chooses, because the coder's rules (and the
 * field's dictionaries) were written against its trees:
 *   - "of" phrases attach to the noun; other prepositional phrases after
 *     a verb's object attach to the verb, and inside a prepositional
 *     object they attach low, to the nearest noun;
 *   - a subject keeps its modifiers ("Soldiers from Gondor"), except
 *     for time phrases ("Arnor on Thursday signed");
 *   - ", officials said." makes the preceding clause an S of its own.
 * Every rule consumes at least one token or fails without consuming,
 * so the parse always terminates; tentative parses are undone by
 * resetting the node count. */
#include "parse/internal.h"

#include <strings.h>

/* How a noun phrase may take prepositional modifiers. */
enum np_mode {
    NP_SUBJECT,       /* all but time phrases */
    NP_OBJECT,        /* "of" only: the rest belong to the verb */
    NP_INNER,         /* inside a PP: attach low */
    NP_SUBJECT_INNER, /* inside a PP inside a subject: low, and the
                         phrase may run up to the clause's verb */
    NP_OF_INNER,      /* the object of "of": attach low, even to names */
};

static int parse_np(struct parser *p, int *i, int end, enum np_mode mode);
static int parse_vp(struct parser *p, int *i, int end);
static int parse_clause(struct parser *p, int *i, int end);

/* ---- word and tag classes ---- */

static bool is_noun(const struct parser *p, int i)
{
    return tag_in(p, i, T_NN, T_NNPS);
}
static bool is_adj(const struct parser *p, int i)
{
    return tag_in(p, i, T_JJ, T_JJS);
}
static bool is_verb(const struct parser *p, int i)
{
    return tag_in(p, i, T_VB, T_VBZ);
}
static bool is_finite(const struct parser *p, int i)
{
    return tag_is(p, i, T_VBD) || tag_is(p, i, T_VBZ) || tag_is(p, i, T_VBP) || tag_is(p, i, T_MD);
}
static bool is_adverb(const struct parser *p, int i)
{
    return tag_in(p, i, T_RB, T_RBS);
}
static bool is_prep(const struct parser *p, int i)
{
    return tag_is(p, i, T_IN);
}

/* Can a noun phrase start here? */
static bool np_start(const struct parser *p, int i)
{
    if (i >= p->n)
        return false;
    if (is_noun(p, i) || is_adj(p, i) || tag_is(p, i, T_DT) || tag_is(p, i, T_PDT) ||
        tag_is(p, i, T_PRPS) || tag_is(p, i, T_PRP) || tag_is(p, i, T_CD) || tag_is(p, i, T_EX) ||
        tag_is(p, i, T_DOLLAR) || tag_is(p, i, T_HASH))
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

static bool is_aux(const struct parser *p, int i)
{
    return word_has(p, i, W_BE) || word_has(p, i, W_HAVE) || word_has(p, i, W_DO);
}

/* The next verb after adverbs, or -1. */
static int verb_after_adverbs(const struct parser *p, int i, int end)
{
    while (i < end && (is_adverb(p, i) || word_has(p, i, W_NT)))
        i++;
    return i < end && (is_verb(p, i) || tag_is(p, i, T_MD)) ? i : -1;
}

static bool vp_start(const struct parser *p, int i, int end)
{
    if (i >= end)
        return false;
    if (is_verb(p, i) || tag_is(p, i, T_MD))
        return true;
    return is_adverb(p, i) && verb_after_adverbs(p, i, end) >= 0;
}

/* Where a noun phrase starting at i would end, without building it:
 * the lookahead that tells a clause from a phrase. */
static int np_extent(const struct parser *p, int i, int end)
{
    int j = i;
    if (tag_is(p, j, T_PRP) || tag_is(p, j, T_EX))
        return j + 1;
    while (j < end) {
        if (is_noun(p, j) || is_adj(p, j) || tag_is(p, j, T_DT) || tag_is(p, j, T_PDT) ||
            tag_is(p, j, T_PRPS) || tag_is(p, j, T_CD) || tag_is(p, j, T_POS) ||
            tag_is(p, j, T_DOLLAR) || tag_is(p, j, T_HYPH))
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
static int base_extent(const struct parser *p, int i, int end)
{
    int j = i;
    while (j < end && (is_noun(p, j) || is_adj(p, j) || tag_is(p, j, T_DT) ||
                       tag_is(p, j, T_PRPS) || tag_is(p, j, T_CD) || tag_is(p, j, T_POS)))
        j++;
    return j;
}

/* Does a clause (subject and finite verb) start at i? */
static bool clause_ahead(const struct parser *p, int i, int end)
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
static bool finite_after(const struct parser *p, int i, int end)
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
static int head_token(const struct parser *p, int np)
{
    while (np >= 0 && p->nodes[np].tok < 0)
        np = p->nodes[np].first >= 0 && p->nodes[p->nodes[np].first].tok < 0 ? p->nodes[np].first
                                                                             : p->nodes[np].last;
    return np >= 0 ? p->nodes[np].tok : -1;
}

static bool is_time_np(const struct parser *p, int i, int end)
{
    int j = base_extent(p, i, end);
    if (j <= i)
        return false;
    return word_has(p, j - 1, W_TIME) || (tag_is(p, j - 1, T_CD) && p->tok[j - 1].len == 4);
}

/* ---- noun phrases ---- */

/* Determiners, modifiers and head nouns: one flat NP, as the Treebank
 * writes base noun phrases. Returns -1 when nothing fits. */
static int parse_np_base(struct parser *p, int *i, int end, int np)
{
    int j = *i;
    if (j >= end)
        return -1;
    if (tag_is(p, j, T_PRP) || tag_is(p, j, T_EX)) {
        if (np < 0)
            np = node_phrase(p, "NP");
        node_add(p, np, node_leaf(p, j));
        *i = j + 1;
        return np;
    }
    int start = j;
    bool noun_seen = false;
    if (np < 0)
        np = node_phrase(p, "NP");
    while (j < end) {
        bool take = false;
        /* "clearly inebriated": an adverb on an adjective */
        if (is_adverb(p, j) && (is_adj(p, j + 1) || tag_is(p, j + 1, T_VBN)) &&
            (is_noun(p, j + 2) || is_adj(p, j + 2)) && !noun_seen) {
            int adjp = node_phrase(p, "ADJP");
            node_add(p, adjp, node_leaf(p, j));
            node_add(p, adjp, node_leaf(p, j + 1));
            node_add(p, np, adjp);
            j += 2;
            continue;
        }
        /* "awful and evil minister": adjectives joined inside the NP */
        if (is_adj(p, j) && tag_is(p, j + 1, T_CC) && is_adj(p, j + 2) &&
            (is_noun(p, j + 3) || is_adj(p, j + 3))) {
            int adjp = node_phrase(p, "ADJP");
            for (int k = j; k < j + 3; k++)
                node_add(p, adjp, node_leaf(p, k));
            node_add(p, np, adjp);
            j += 3;
            continue;
        }
        if (is_noun(p, j) || is_adj(p, j) || tag_is(p, j, T_CD) || tag_is(p, j, T_DOLLAR) ||
            tag_is(p, j, T_HASH) || tag_is(p, j, T_HYPH))
            take = true;
        else if ((tag_is(p, j, T_DT) || tag_is(p, j, T_PDT) || tag_is(p, j, T_PRPS)) &&
                 (j == start || tag_is(p, j - 1, T_PDT)))
            take = true;
        else if (j == start && is_adverb(p, j) && np_start(p, j))
            take = true; /* "almost five years" */
        else if ((tag_is(p, j, T_VBN) || tag_is(p, j, T_VBG)) && j + 1 < end && !noun_seen &&
                 (is_noun(p, j + 1) || is_adj(p, j + 1)) && (j > start || !is_finite(p, j + 2)))
            take = true; /* "wounded soldiers", "the ruling party" */
        else if (tag_is(p, j, T_RB) && j > start && is_adj(p, j + 1))
            take = true; /* "a very large force" */
        else if (tag_is(p, j, T_COMMA) && j > start && is_adj(p, j - 1) && is_adj(p, j + 1) &&
                 !noun_seen)
            take = true; /* "complete, full diplomatic ties" */
        if (!take)
            break;
        noun_seen |= is_noun(p, j);
        node_add(p, np, node_leaf(p, j));
        j++;
    }
    if (j == start) {
        if (p->nodes[np].first < 0 && (size_t)np == p->nnodes - 1)
            p->nnodes--; /* the NP made here held nothing */
        return -1;
    }
    *i = j;
    return np;
}

/* A prepositional phrase: the preposition and its object. */
static int parse_pp(struct parser *p, int *i, int end, enum np_mode mode)
{
    int j = *i;
    int pp = node_wrap(p, "PP", node_leaf(p, j));
    j++;
    if (tag_is(p, j, T_VBG)) { /* "of harbouring militants" */
        int vp = parse_vp(p, &j, end);
        node_add(p, pp, node_wrap(p, "S", vp));
    } else if (np_start(p, j)) {
        node_add(p, pp, parse_np(p, &j, end, mode));
    } else if (is_prep(p, j) && np_start(p, j + 1)) { /* "from across the border" */
        node_add(p, pp, parse_pp(p, &j, end, mode));
    }
    *i = j;
    return pp;
}

static int parse_sbar(struct parser *p, int *i, int end);

/* Noun phrases joined by commas and a conjunction. The members were
 * checked by np_extent; each is parsed as a full phrase. */
static int coordinate(struct parser *p, int first, int *i, int end, enum np_mode mode)
{
    int mark = (int)p->nnodes, j = *i;
    int members[64], seps[64][2], nm = 1, ns = 0;
    members[0] = first;
    for (;;) {
        int k = j;
        int comma = -1, cc = -1;
        if (tag_is(p, k, T_COMMA)) {
            comma = k++;
        }
        if (tag_is(p, k, T_CC) &&
            (word_has(p, k, W_AND) || word_has(p, k, W_OR) || word_has(p, k, W_NOR)))
            cc = k++;
        if ((comma < 0 && cc < 0) || !np_start(p, k) || nm == 64)
            break;
        /* the next subject of a new clause, not a member */
        if (mode != NP_SUBJECT && mode != NP_SUBJECT_INNER && clause_ahead(p, k, end))
            break;
        if (comma >= 0 && cc < 0) {
            /* a comma joins list members only if a conjunction follows */
            int e = base_extent(p, k, end);
            if (!(tag_is(p, e, T_COMMA) || tag_is(p, e, T_CC)) || e - k > 3)
                break;
        }
        int m = parse_np_base(p, &k, end, -1);
        if (m < 0)
            break;
        seps[ns][0] = comma;
        seps[ns][1] = cc;
        ns++;
        members[nm++] = m;
        j = k;
        if (cc >= 0)
            break;
    }
    if (nm == 1 || seps[ns - 1][1] < 0) {
        p->nnodes = (size_t)mark;
        return first;
    }
    /* Single words coordinate flat, as in "(NP (NNP A) (CC and) (NNP B))";
       longer members are NPs of their own. */
    bool flat = true;
    for (int m = 0; m < nm; m++)
        if (node_count_children(p, members[m]) != 1)
            flat = false;
    /* shared modifiers: "Danish media and government" */
    if (!flat && nm == 2 && node_count_children(p, members[1]) == 1 &&
        node_count_children(p, members[0]) > 1) {
        int h0 = head_token(p, members[0]), h1 = head_token(p, members[1]);
        flat = (tag_is(p, h0, T_NN) || tag_is(p, h0, T_NNS)) &&
               (tag_is(p, h1, T_NN) || tag_is(p, h1, T_NNS));
    }
    int np = node_phrase(p, "NP");
    for (int m = 0; m < nm; m++) {
        if (m > 0) {
            if (seps[m - 1][0] >= 0)
                node_add(p, np, node_leaf(p, seps[m - 1][0]));
            if (seps[m - 1][1] >= 0)
                node_add(p, np, node_leaf(p, seps[m - 1][1]));
        }
        if (flat) {
            int c = p->nodes[members[m]].first;
            while (c >= 0) {
                int next = p->nodes[c].next;
                node_add(p, np, c);
                c = next;
            }
        } else {
            node_add(p, np, members[m]);
        }
    }
    *i = j;
    return np;
}

static int parse_np(struct parser *p, int *i, int end, enum np_mode mode)
{
    int j = *i;
    int np = parse_np_base(p, &j, end, -1);
    if (np < 0)
        return -1;
    /* possessives: "(NP (NP Gondor 's) new mayor)" */
    while (tag_is(p, j, T_POS)) {
        node_add(p, np, node_leaf(p, j));
        j++;
        int outer = node_wrap(p, "NP", np);
        int k = j;
        if (parse_np_base(p, &k, end, outer) >= 0)
            j = k;
        np = outer;
    }
    np = coordinate(p, np, &j, end, mode);
    for (;;) {
        if (j >= end)
            break;
        bool in_subject = mode == NP_SUBJECT || mode == NP_SUBJECT_INNER;
        enum np_mode inner = in_subject ? NP_SUBJECT_INNER : NP_INNER;
        if (word_has(p, j, W_OF) && np_start(p, j + 1)) {
            np = node_wrap(p, "NP", np);
            node_add(p, np, parse_pp(p, &j, end, in_subject ? inner : NP_OF_INNER));
            continue;
        }
        /* Other prepositions: not after a verb's object, never a time
           phrase ("on Wednesday" belongs to the verb), and inside a
           prepositional object only after a common noun ("the dispute
           with Osgiliath", but "at Osgiliath | with Gondor"). */
        /* "struck militant hideouts in eastern Afghanistan": a place
           after a verb's object locates the object */
        if (mode == NP_OBJECT && word_has(p, j, W_IN) && np_start(p, j + 1) &&
            (tag_is(p, head_token(p, np), T_NNS) || tag_is(p, head_token(p, np), T_NN)) &&
            tag_is(p, base_extent(p, j + 1, end) - 1, T_NNP) && !is_time_np(p, j + 1, end)) {
            np = node_wrap(p, "NP", np);
            node_add(p, np, parse_pp(p, &j, end, NP_INNER));
            continue;
        }
        if ((is_prep(p, j) || tag_is(p, j, T_TO)) && mode != NP_OBJECT && np_start(p, j + 1) &&
            (in_subject || !clause_ahead(p, j + 1, end)) && !is_time_np(p, j + 1, end) &&
            !word_has(p, j, W_SUBORD) &&
            (mode == NP_SUBJECT || mode == NP_OF_INNER || tag_is(p, head_token(p, np), T_NN) ||
             tag_is(p, head_token(p, np), T_NNS))) {
            np = node_wrap(p, "NP", np);
            node_add(p, np, parse_pp(p, &j, end, inner));
            continue;
        }
        /* a parenthetical inside the subject: "X's minister, in remarks
           published on Monday, urged" */
        if (mode == NP_SUBJECT && tag_is(p, j, T_COMMA) && is_prep(p, j + 1)) {
            int mark = (int)p->nnodes, k = j + 1;
            int pp = parse_pp(p, &k, end, NP_INNER);
            if (tag_is(p, k, T_COMMA) && vp_start(p, k + 1, end)) {
                np = node_wrap(p, "NP", np);
                node_add(p, np, node_leaf(p, j));
                node_add(p, np, pp);
                node_add(p, np, node_leaf(p, k));
                j = k + 1;
                continue;
            }
            p->nnodes = (size_t)mark;
        }
        /* appositive: "Osgiliath, the state's fiercest foe," */
        if (tag_is(p, j, T_COMMA) && np_start(p, j + 1) && !clause_ahead(p, j + 1, end)) {
            int mark = (int)p->nnodes, k = j + 1;
            int app = parse_np(p, &k, end, NP_INNER);
            if (app >= 0 && (k >= end || tag_is(p, k, T_COMMA) || tag_is(p, k, T_COLON))) {
                np = node_wrap(p, "NP", np);
                node_add(p, np, node_leaf(p, j));
                node_add(p, np, app);
                j = k;
                if (tag_is(p, j, T_COMMA) && !tag_is(p, j + 1, T_CC) && !np_start(p, j + 1) &&
                    (mode == NP_SUBJECT || mode == NP_SUBJECT_INNER || !vp_start(p, j + 1, end)) &&
                    j + 1 < end) {
                    node_add(p, np, node_leaf(p, j));
                    j++;
                }
                continue;
            }
            p->nnodes = (size_t)mark;
            break;
        }
        /* "the European Union (EU)" */
        if (tag_is(p, j, T_LRB)) {
            int k = j + 1;
            while (k < end && k < j + 12 && !tag_is(p, k, T_RRB))
                k++;
            if (tag_is(p, k, T_RRB)) {
                int prn = node_wrap(p, "PRN", node_leaf(p, j));
                int inside = node_phrase(p, "NP");
                for (int c = j + 1; c < k; c++)
                    node_add(p, inside, node_leaf(p, c));
                if (k > j + 1)
                    node_add(p, prn, inside);
                node_add(p, prn, node_leaf(p, k));
                np = node_wrap(p, "NP", np);
                node_add(p, np, prn);
                j = k + 1;
                continue;
            }
        }
        /* relative clauses: "an event which will test his vow" */
        if ((((tag_is(p, j, T_WDT) || tag_is(p, j, T_WP) || tag_is(p, j, T_WPS)) &&
              !(word_has(p, j, W_THAT) && word_has(p, head_token(p, np), W_TIME))) ||
             (word_has(p, j, W_THAT) && vp_start(p, j + 1, end))) &&
            j + 1 < end) {
            np = node_wrap(p, "NP", np);
            int sbar = node_phrase(p, "SBAR");
            node_add(p, sbar, node_wrap(p, "WHNP", node_leaf(p, j)));
            j++;
            int s = parse_clause(p, &j, end);
            node_add(p, sbar, s);
            node_add(p, np, sbar);
            continue;
        }
        /* reduced relatives: "soldiers wounded in the attack" */
        if ((tag_is(p, j, T_VBN) || tag_is(p, j, T_VBG)) &&
            (mode != NP_SUBJECT || finite_after(p, j + 1, end))) {
            if (mode == NP_OBJECT && tag_is(p, j, T_VBN) && !is_prep(p, j + 1) &&
                !tag_is(p, j + 1, T_TO))
                break;
            np = node_wrap(p, "NP", np);
            node_add(p, np, parse_vp(p, &j, end));
            continue;
        }
        break;
    }
    *i = j;
    return np;
}

/* ---- clauses ---- */

/* "after crowds trashed its embassy", "that Arnor would ...", "when ..." */
static int parse_sbar(struct parser *p, int *i, int end)
{
    int j = *i;
    int sbar = node_phrase(p, "SBAR");
    if (tag_is(p, j, T_WRB))
        node_add(p, sbar, node_wrap(p, "WHADVP", node_leaf(p, j)));
    else
        node_add(p, sbar, node_leaf(p, j));
    j++;
    node_add(p, sbar, parse_clause(p, &j, end));
    *i = j;
    return sbar;
}

static bool sbar_start(const struct parser *p, int i, int end)
{
    if (tag_is(p, i, T_WRB) && !word_has(p, i, W_HOW))
        return clause_ahead(p, i + 1, end);
    return (is_prep(p, i) || word_has(p, i, W_THAT)) && word_has(p, i, W_SUBORD) &&
           clause_ahead(p, i + 1, end);
}

/* After adjectives starting at i, does a noun follow (so they belong to
 * a noun phrase)? */
static bool np_continues_after_adjectives(const struct parser *p, int i, int end)
{
    while (i < end &&
           (is_adj(p, i) || is_adverb(p, i) || tag_is(p, i, T_CC) || tag_is(p, i, T_COMMA)))
        i++;
    return i < end && (is_noun(p, i) || tag_is(p, i, T_CD) || tag_is(p, i, T_VBG));
}

/* "almost five years after crowds trashed its embassy": a measure
 * phrase before a subordinate clause, (SBAR (NP ...) (IN after) (S ...)). */
static bool measure_sbar(const struct parser *p, int i, int end)
{
    if (!np_start(p, i) || tag_is(p, i, T_PRP))
        return false;
    int e = base_extent(p, is_adverb(p, i) ? i + 1 : i, end);
    return e > i && (tag_is(p, e - 1, T_NNS) || tag_is(p, e - 1, T_NN)) &&
           (tag_is(p, e - 2, T_CD) || tag_is(p, e - 2, T_DT) || tag_is(p, e - 2, T_JJ)) &&
           sbar_start(p, e, end) && !word_has(p, e, W_THAT);
}

static int parse_measure_sbar(struct parser *p, int *i, int end)
{
    int j = *i;
    int sbar = node_phrase(p, "SBAR");
    node_add(p, sbar, parse_np_base(p, &j, end, -1));
    node_add(p, sbar, node_leaf(p, j++));
    node_add(p, sbar, parse_clause(p, &j, end));
    *i = j;
    return sbar;
}

/* An infinitive: "(S (VP (TO to) (VP (VB restore) ...)))". */
static int parse_infinitive(struct parser *p, int *i, int end)
{
    int j = *i;
    int vp = node_wrap(p, "VP", node_leaf(p, j));
    j++;
    node_add(p, vp, parse_vp(p, &j, end));
    *i = j;
    return node_wrap(p, "S", vp);
}

/* What follows a verb: objects, particles, phrases and clauses. */
static void parse_complements(struct parser *p, int vp, int *i, int end)
{
    int j = *i;
    int vp_head = j - 1; /* the verb whose complements these are */
    int objects = 0;
    while (j < end) {
        if (tag_is(p, j, T_RP)) {
            node_add(p, vp, node_wrap(p, "PRT", node_leaf(p, j++)));
        } else if (sbar_start(p, j, end)) {
            node_add(p, vp, parse_sbar(p, &j, end));
        } else if (measure_sbar(p, j, end)) {
            node_add(p, vp, parse_measure_sbar(p, &j, end));
        } else if (tag_is(p, j, T_COMMA) && measure_sbar(p, j + 1, end)) {
            node_add(p, vp, node_leaf(p, j++));
            node_add(p, vp, parse_measure_sbar(p, &j, end));
        } else if (word_has(p, j, W_THAT) && !np_start(p, j + 1)) {
            node_add(p, vp, parse_sbar(p, &j, end));
        } else if (clause_ahead(p, j, end) && objects == 0 && word_has(p, vp_head, W_REPORT)) {
            /* reported speech without "that": "believes Dagolath can cope" */
            int s = parse_clause(p, &j, end);
            node_add(p, vp, node_wrap(p, "SBAR", s));
        } else if (is_adj(p, j) && !np_continues_after_adjectives(p, j, end)) {
            /* "was aware of", "is ready to": an adjective phrase, not a noun's */
            int adjp = node_phrase(p, "ADJP");
            while (j < end && (is_adj(p, j) || is_adverb(p, j)))
                node_add(p, adjp, node_leaf(p, j++));
            if (tag_is(p, j, T_TO) && is_verb(p, j + 1))
                node_add(p, adjp, parse_infinitive(p, &j, end));
            else if (is_prep(p, j) && np_start(p, j + 1))
                node_add(p, adjp, parse_pp(p, &j, end, NP_INNER));
            node_add(p, vp, adjp);
        } else if (np_start(p, j) && objects < 2) {
            int np = parse_np(p, &j, end, NP_OBJECT);
            if (np < 0)
                break;
            int h = head_token(p, np);
            if (p->nodes[np].first >= 0 && p->nodes[p->nodes[np].first].tok >= 0 &&
                word_has(p, h, W_TIME))
                p->nodes[np].label = "NP-TMP"; /* "said today", "left yesterday" */
            if (objects == 0 && tag_is(p, j, T_TO) && is_verb(p, j + 1) &&
                !word_has(p, vp_head, W_BE)) {
                /* "urged Eriador to respond": (S (NP Eriador) (VP to ...)) */
                int s = node_wrap(p, "S", np);
                int inf = parse_infinitive(p, &j, end);
                node_add(p, s, p->nodes[inf].first);
                node_add(p, vp, s);
                break;
            }
            if (tag_is(p, j, T_TO) && is_verb(p, j + 1) && word_has(p, vp_head, W_BE))
                node_add(p, np, parse_infinitive(p, &j, end)); /* "a place to visit" */
            node_add(p, vp, np);
            objects++;
        } else if (tag_is(p, j, T_TO) && (tag_is(p, j + 1, T_VB) || is_adverb(p, j + 1))) {
            node_add(p, vp, parse_infinitive(p, &j, end));
        } else if ((is_prep(p, j) || tag_is(p, j, T_TO)) && j + 1 < end) {
            node_add(p, vp, parse_pp(p, &j, end, NP_INNER));
        } else if (word_has(p, j, W_NOT) || word_has(p, j, W_NT)) {
            node_add(p, vp, node_leaf(p, j++));
        } else if (is_adverb(p, j) &&
                   !(verb_after_adverbs(p, j, end) >= 0 && tag_is(p, j - 1, T_CC))) {
            node_add(p, vp, node_wrap(p, "ADVP", node_leaf(p, j++)));
        } else if (tag_is(p, j, T_COMMA) && tag_is(p, j + 1, T_VBG)) {
            /* "..., killing 12 people" */
            node_add(p, vp, node_leaf(p, j++));
            node_add(p, vp, node_wrap(p, "S", parse_vp(p, &j, end)));
        } else if (tag_is(p, j, T_COMMA) && sbar_start(p, j + 1, end)) {
            node_add(p, vp, node_leaf(p, j++));
            node_add(p, vp, parse_sbar(p, &j, end));
        } else {
            break;
        }
    }
    *i = j;
}

/* A verb group and its complements; coordinated verb phrases
 * ("condemned ... and promised ...") become one VP holding both. */
static int parse_vp1(struct parser *p, int *i, int end)
{
    int j = *i;
    int vp = node_phrase(p, "VP");
    if (tag_is(p, j, T_TO)) {
        node_add(p, vp, node_leaf(p, j++));
        node_add(p, vp, parse_vp(p, &j, end));
        *i = j;
        return vp;
    }
    while (j < end && is_adverb(p, j) && verb_after_adverbs(p, j, end) >= 0)
        node_add(p, vp, node_wrap(p, "ADVP", node_leaf(p, j++)));
    if (j >= end) {
        *i = j;
        return vp;
    }
    node_add(p, vp, node_leaf(p, j));
    bool modal = tag_is(p, j, T_MD);
    bool aux = modal || is_aux(p, j);
    j++;
    /* "is about to restore" */
    if (word_has(p, j - 1, W_BE) && word_has(p, j, W_ABOUT) && tag_is(p, j + 1, T_TO)) {
        int inner = node_wrap(p, "VP", node_leaf(p, j++));
        node_add(p, inner, parse_infinitive(p, &j, end));
        node_add(p, vp, inner);
        *i = j;
        return vp;
    }
    if (aux) {
        int k = j;
        while (k < end && (is_adverb(p, k) || word_has(p, k, W_NT) ||
                           (tag_is(p, k, T_CC) && is_adverb(p, k + 1) && k > j)))
            k++;
        if (k < end && (is_verb(p, k) || (modal && tag_is(p, k, T_MD)))) {
            bool joined = false;
            for (int c = j; c < k; c++)
                joined |= tag_is(p, c, T_CC);
            if (joined) { /* "was heavily and unjustly criticized" */
                int advp = node_phrase(p, "ADVP");
                while (j < k)
                    node_add(p, advp, node_leaf(p, j++));
                node_add(p, vp, advp);
            }
            while (j < k)
                node_add(p, vp, node_leaf(p, j++));
            node_add(p, vp, parse_vp(p, &j, end));
            *i = j;
            return vp;
        }
    }
    if (tag_is(p, j, T_VB) && !aux) {
        /* "wire tap", "help win": the second verb heads a VP inside */
        node_add(p, vp, parse_vp(p, &j, end));
        *i = j;
        return vp;
    }
    parse_complements(p, vp, &j, end);
    *i = j;
    return vp;
}

static int parse_vp(struct parser *p, int *i, int end)
{
    int j = *i;
    int vp = parse_vp1(p, &j, end);
    for (;;) {
        int k = j;
        int comma = -1;
        if (tag_is(p, k, T_COMMA) && tag_is(p, k + 1, T_CC))
            comma = k++;
        if (!(tag_is(p, k, T_CC) && vp_start(p, k + 1, end)))
            break;
        int v2 = verb_after_adverbs(p, k + 1, end);
        if (v2 < 0 || (tag_is(p, v2, T_VBG) && !tag_is(p, *i, T_VBG)))
            break; /* "a bombing and shelling offensive" is no second verb */
        int outer = node_wrap(p, "VP", vp);
        if (comma >= 0)
            node_add(p, outer, node_leaf(p, comma));
        node_add(p, outer, node_leaf(p, k));
        k++;
        node_add(p, outer, parse_vp1(p, &k, end));
        vp = outer;
        j = k;
    }
    *i = j;
    return vp;
}

/* Material before the subject: "On Thursday,", "According to X,",
 * "After the talks ended,", "Rebuked by Eriador,". */
static bool parse_preamble_item(struct parser *p, int s, int *i, int end)
{
    int j = *i;
    if (tag_is(p, j, T_COMMA) || tag_is(p, j, T_CC) || tag_is(p, j, T_COLON) ||
        tag_is(p, j, T_LQUOTE) || tag_is(p, j, T_RQUOTE)) {
        node_add(p, s, node_leaf(p, j++));
    } else if (word_has(p, j, W_ACCORDING) && tag_is(p, j + 1, T_TO)) {
        int pp = node_wrap(p, "PP", node_leaf(p, j++));
        node_add(p, pp, parse_pp(p, &j, end, NP_INNER));
        node_add(p, s, pp);
    } else if (sbar_start(p, j, end)) {
        node_add(p, s, parse_sbar(p, &j, end));
    } else if ((is_prep(p, j) || tag_is(p, j, T_TO)) && np_start(p, j + 1)) {
        node_add(p, s, parse_pp(p, &j, end, NP_INNER));
    } else if (is_adverb(p, j) && !vp_start(p, j, end)) {
        node_add(p, s, node_wrap(p, "ADVP", node_leaf(p, j++)));
    } else if ((tag_is(p, j, T_VBN) || tag_is(p, j, T_VBG)) && !clause_ahead(p, j, end)) {
        /* a participial clause that ends at a comma */
        int k = j + 1;
        while (k < end && !tag_is(p, k, T_COMMA))
            k++;
        if (k >= end)
            return false;
        node_add(p, s, node_wrap(p, "S", parse_vp(p, &j, k)));
    } else {
        return false;
    }
    *i = j;
    return true;
}

static int parse_clause(struct parser *p, int *i, int end)
{
    int j = *i;
    int s = node_phrase(p, "S");
    while (j < end && !np_start(p, j) && parse_preamble_item(p, s, &j, end))
        ;
    if (np_start(p, j)) {
        int np = parse_np(p, &j, end, NP_SUBJECT);
        node_add(p, s, np);
        /* "Arnor on Thursday signed ...", "Arnor, it said, ..." */
        while (j < end && !vp_start(p, j, end) &&
               ((is_prep(p, j) && np_start(p, j + 1)) || is_adverb(p, j))) {
            if (is_adverb(p, j))
                node_add(p, s, node_wrap(p, "ADVP", node_leaf(p, j++)));
            else
                node_add(p, s, parse_pp(p, &j, end, NP_INNER));
        }
        if (tag_is(p, j, T_COMMA)) {
            /* "Arnor's foreign minister, in remarks published on Monday, urged" */
            int k = j + 1;
            if (is_prep(p, k) || tag_is(p, k, T_VBN)) {
                int mark = (int)p->nnodes;
                int pp = is_prep(p, k) ? parse_pp(p, &k, end, NP_INNER) : -1;
                if (pp >= 0 && tag_is(p, k, T_COMMA) && vp_start(p, k + 1, end)) {
                    node_add(p, s, node_leaf(p, j));
                    node_add(p, s, pp);
                    node_add(p, s, node_leaf(p, k));
                    j = k + 1;
                } else {
                    p->nnodes = (size_t)mark;
                }
            }
        }
    }
    /* "Gollum recently allowed": the adverb is the clause's, so the VP
       still opens with its verb */
    while (j < end && is_adverb(p, j) && !word_has(p, j, W_NOT) && !word_has(p, j, W_NT))
        node_add(p, s, node_wrap(p, "ADVP", node_leaf(p, j++)));
    if (vp_start(p, j, end) || tag_is(p, j, T_TO))
        node_add(p, s, parse_vp(p, &j, end));
    *i = j;
    return s;
}

/* The whole sentence: clauses joined by commas, conjunctions and
 * semicolons, and the reporting clause of ", officials said". */
int parse_sentence_body(struct parser *p, int *i, int end)
{
    int j = *i;
    int s = parse_clause(p, &j, end);
    while (j < end) {
        int before = j;
        int k = j;
        if (tag_is(p, k, T_COMMA) || tag_is(p, k, T_COLON) || tag_is(p, k, T_RQUOTE) ||
            tag_is(p, k, T_LQUOTE))
            k++;
        if (tag_is(p, k, T_RQUOTE))
            k++;
        if (np_start(p, k) && clause_ahead(p, k, end)) {
            /* ", a senior official said" or "; Gondor denied it" */
            int outer = node_wrap(p, "S", s);
            for (int c = j; c < k; c++)
                node_add(p, outer, node_leaf(p, c));
            j = k;
            int rest = parse_clause(p, &j, end);
            /* splice the reporting clause's NP and VP into the outer S */
            int c = p->nodes[rest].first;
            while (c >= 0) {
                int next = p->nodes[c].next;
                node_add(p, outer, c);
                c = next;
            }
            s = outer;
        } else if (tag_is(p, k, T_CC) && (np_start(p, k + 1) || sbar_start(p, k + 1, end))) {
            int outer = node_wrap(p, "S", s);
            for (int c = j; c <= k; c++)
                node_add(p, outer, node_leaf(p, c));
            j = k + 1;
            node_add(p, outer, parse_clause(p, &j, end));
            s = outer;
        } else if (parse_preamble_item(p, s, &j, end)) {
            /* a comma, an opening phrase or clause: taken */
        } else if (np_start(p, j)) {
            /* material the rules did not expect, such as a phrase after a
               dash, still gets its structure */
            node_add(p, s, parse_np(p, &j, end, NP_OBJECT));
        } else if (vp_start(p, j, end)) {
            node_add(p, s, parse_vp(p, &j, end));
        } else {
            node_add(p, s, node_leaf(p, j++)); /* stray material stays in the clause */
        }
        if (j == before)
            node_add(p, s, node_leaf(p, j++));
    }
    *i = j;
    return s;
}
