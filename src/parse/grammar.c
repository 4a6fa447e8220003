/* grammar.c - the parser's rules for clauses and verb groups.
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
 * resetting the node count. Noun phrases are in phrases.c, the
 * lookahead tests in lookahead.c. */
#include "parse/internal.h"

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
        } else if (objects == 0 && word_has(p, vp_head, W_REPORT) && clause_ahead(p, j, end)) {
            /* (the cheap tests first: clause_ahead reads a phrase ahead) */
            /* reported speech without "that": "believes Dagolath can cope" */
            int s = parse_clause(p, &j, end);
            node_add(p, vp, node_wrap(p, "SBAR", s));
        } else if (objects == 0 && tag_is(p, j, T_WP) && clause_ahead(p, j + 1, end)) {
            /* a free relative or indirect question as object: "accepting
             * what they described as ...", "asked who fired" */
            int sbar = node_phrase(p, "SBAR");
            node_add(p, sbar, node_wrap(p, "WHNP", node_leaf(p, j++)));
            node_add(p, sbar, parse_clause(p, &j, end));
            node_add(p, vp, sbar);
            objects++;
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
                node_relabel(p, np, "NP-TMP"); /* "said today", "left yesterday" */
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
        } else if (tag_is(p, j, T_COMMA) && tag_is(p, j + 1, T_PRP) && is_finite(p, j + 2) &&
                   tag_is(p, j + 3, T_COMMA) && j + 4 < end) {
            /* "to restore, it seems, full ties": a parenthetical; the
             * complements go on after it */
            int prn = node_phrase(p, "PRN");
            node_add(p, prn, node_leaf(p, j));
            int s = node_phrase(p, "S");
            node_add(p, s, node_wrap(p, "NP", node_leaf(p, j + 1)));
            node_add(p, s, node_wrap(p, "VP", node_leaf(p, j + 2)));
            node_add(p, prn, s);
            node_add(p, prn, node_leaf(p, j + 3));
            node_add(p, vp, prn);
            j += 4;
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

int parse_vp(struct parser *p, int *i, int end)
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
    if (tag_in_set(p, j, TM(T_COMMA) | TM(T_CC) | TM(T_COLON) | TM(T_LQUOTE) | TM(T_RQUOTE))) {
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

int parse_clause(struct parser *p, int *i, int end)
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
