/* phrases.c - noun phrases and prepositional phrases.
 * Parse stage. Base NPs are flat; possessives, coordination, appositives,
 * parentheticals, relative clauses and reduced relatives wrap them. Where
 * a prepositional phrase attaches depends on the np_mode the caller
 * gives (internal.h): see docs/parsing.md for why each choice is the
 * Stanford parser's. */
#include "parse/internal.h"

/* Determiners, modifiers and head nouns: one flat NP, as the Treebank
 * writes base noun phrases. Returns -1 when nothing fits. */
int parse_np_base(struct parser *p, int *i, int end, int np)
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
        if (j > start && word_has(p, j, W_DEICTIC) && j + 1 < end && word_has(p, j + 1, W_TIME))
            break; /* "with Eriador next week": a time phrase of its own */
        if (tag_in_set(p, j, TM_NOUN | TM_ADJ | TM(T_CD) | TM(T_DOLLAR) | TM(T_HASH) | TM(T_HYPH)))
            take = true;
        else if (tag_in_set(p, j, TM(T_DT) | TM(T_PDT) | TM(T_PRPS)) &&
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
int parse_pp(struct parser *p, int *i, int end, enum np_mode mode)
{
    int j = *i;
    int pp = node_wrap(p, "PP", node_leaf(p, j));
    j++;
    if (tag_is(p, j, T_VBG)) { /* "of harbouring militants" */
        int vp = parse_vp(p, &j, end);
        node_add(p, pp, node_wrap(p, "S", vp));
    } else if (tag_is(p, j, T_RB) && tag_is(p, j + 1, T_VBG)) {
        /* "of deliberately targeting civilians", "for not wearing" */
        int s = node_wrap(p, "S", node_wrap(p, "ADVP", node_leaf(p, j)));
        j++;
        node_add(p, s, parse_vp(p, &j, end));
        node_add(p, pp, s);
    } else if (np_start(p, j)) {
        node_add(p, pp, parse_np(p, &j, end, mode));
    } else if (is_prep(p, j) && np_start(p, j + 1)) { /* "from across the border" */
        node_add(p, pp, parse_pp(p, &j, end, mode));
    }
    *i = j;
    return pp;
}

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
    /* shared modifiers: "Danish media and government"; with a determiner
       the first member is a phrase of its own, as the Stanford parser
       has it: "(NP (NP The Danish media) and (NP government))" */
    if (!flat && nm == 2 && node_count_children(p, members[1]) == 1 &&
        node_count_children(p, members[0]) > 1) {
        int h0 = head_token(p, members[0]), h1 = head_token(p, members[1]);
        int lead = p->nodes[members[0]].first;
        bool determined =
            lead >= 0 && p->nodes[lead].tok >= 0 && tag_is(p, p->nodes[lead].tok, T_DT);
        flat = !determined && (tag_is(p, h0, T_NN) || tag_is(p, h0, T_NNS)) &&
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

int parse_np(struct parser *p, int *i, int end, enum np_mode mode)
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
        /* the tests read nothing but tokens and nodes: the cheap ones first */
        if ((is_prep(p, j) || tag_is(p, j, T_TO)) && mode != NP_OBJECT &&
            !word_has(p, j, W_SUBORD) && np_start(p, j + 1) &&
            (mode == NP_SUBJECT || mode == NP_OF_INNER || tag_is(p, head_token(p, np), T_NN) ||
             tag_is(p, head_token(p, np), T_NNS)) &&
            (in_subject || !clause_ahead(p, j + 1, end)) && !is_time_np(p, j + 1, end)) {
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
            (mode != NP_SUBJECT || finite_verb_ahead(p, j + 1, end))) {
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
