/* test_tree.c: unit tests for the Treebank reader and the NE/NEC
 * conversion (src/tree): token kinds, upper-casing, bracket mates and
 * parents, gaps, the error statuses, and each conversion rule on small
 * hand-written parses about fictional places. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "tree/tree.h"

/* Renders tokens as PETRARCH writes them: "(TAG", "~TAG", "WORD". */
static const char *render(const struct tree *tr, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < tr->n && n < size; i++) {
        const struct tok *t = &tr->t[i];
        const char *pre = t->kind == TOK_OPEN ? "(" : t->kind == TOK_CLOSE ? "~" : "";
        n += (size_t)snprintf(out + n, size - n, "%s%s%.*s", i ? " " : "", pre, (int)t->len,
                              t->text);
    }
    return out;
}

/* Every bracket pairs with its mate, closes carry their open's tag, and
 * the parent of each open and word is the enclosing open. */
static void check_links(const struct tree *tr)
{
    int32_t stack[TREE_MAX_DEPTH + 1];
    size_t depth = 0;
    for (size_t i = 0; i < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        int32_t parent = depth ? stack[depth - 1] : -1;
        if (t->kind == TOK_CLOSE) {
            assert_true(depth > 0);
            int32_t o = stack[--depth];
            assert_int_equal(t->mate, o);
            assert_int_equal(tr->t[o].mate, (int32_t)i);
            assert_int_equal(t->len, tr->t[o].len);
            assert_memory_equal(t->text, tr->t[o].text, t->len);
            continue; /* a close's parent differs between tree_read and tree_relink */
        }
        if (t->kind == TOK_WORD)
            assert_int_equal(t->mate, -1);
        assert_int_equal(t->parent, parent);
        if (t->kind == TOK_OPEN)
            stack[depth++] = (int32_t)i;
    }
    assert_int_equal(depth, 0);
}

struct fixture {
    struct arena arena;
    struct tree raw, conv;
    char out[4096];
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    arena_init(&f->arena, 0);
    tree_init(&f->raw, &f->arena);
    tree_init(&f->conv, &f->arena);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    tree_free(&f->raw);
    tree_free(&f->conv);
    arena_free(&f->arena);
    free(f);
    return 0;
}

static enum tree_status read_str(struct fixture *f, const char *parse)
{
    return tree_read(&f->raw, parse, strlen(parse));
}

/* Reads and converts parse; asserts the status and the rendered result. */
static void expect_convert(void **state, const char *parse, enum tree_status want_status,
                           const char *want)
{
    struct fixture *f = *state;
    assert_int_equal(read_str(f, parse), TREE_OK);
    check_links(&f->raw);
    assert_int_equal(tree_convert(&f->raw, &f->conv, false), want_status);
    check_links(&f->conv);
    assert_string_equal(render(&f->conv, f->out, sizeof f->out), want);
}

/* ---- tree_read ------------------------------------------------------------ */

static void test_read_tokens(void **state)
{
    struct fixture *f = *state;
    const char *parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))";
    assert_int_equal(read_str(f, parse), TREE_OK);
    assert_string_equal(render(&f->raw, f->out, sizeof f->out),
                        "(ROOT (S (NP (NNP ARNOR ~NNP ~NP (VP (VBD ATTACKED ~VBD (NP (NNP GONDOR "
                        "~NNP ~NP ~VP (. . ~. ~S ~ROOT");
    assert_int_equal(f->raw.n, 22);
    check_links(&f->raw);
    static const uint8_t kinds[] = {TOK_OPEN, TOK_OPEN,  TOK_OPEN,  TOK_OPEN,
                                    TOK_WORD, TOK_CLOSE, TOK_CLOSE, TOK_OPEN};
    for (size_t i = 0; i < sizeof kinds; i++)
        assert_int_equal(f->raw.t[i].kind, kinds[i]);
    assert_true(tok_is(&f->raw.t[4], TOK_WORD, "ARNOR"));
    assert_false(tok_is(&f->raw.t[4], TOK_WORD, "ARNO"));
    assert_false(tok_is(&f->raw.t[4], TOK_OPEN, "ARNOR"));
    assert_true(tok_starts(&f->raw.t[3], "NN"));
    assert_int_equal(f->raw.t[0].mate, 21);
    assert_int_equal(f->raw.t[2].mate, 6);
    assert_int_equal(f->raw.t[3].mate, 5);
    assert_int_equal(f->raw.t[4].parent, 3);
    for (size_t i = 0; i < f->raw.n; i++) {
        assert_int_equal(f->raw.t[i].src, (int32_t)i);
        assert_null(f->raw.t[i].code);
        assert_int_equal(f->raw.t[i].word, 0);
    }
}

static void test_read_gaps(void **state)
{
    struct fixture *f = *state;
    /* Blanks before each token in PETRARCH's text, where every ')' becomes
     * " ) ": "(ROOT (S (NP (NNP ARNOR )  )  (VP (VBD ATTACKED )  )  )  ) " */
    assert_int_equal(read_str(f, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked))))"), TREE_OK);
    static const uint8_t gaps[] = {0, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 2, 2, 2};
    assert_int_equal(f->raw.n, sizeof gaps);
    for (size_t i = 0; i < sizeof gaps; i++)
        assert_int_equal(f->raw.t[i].gap, gaps[i]);
    /* Lines are trimmed and joined with one blank; extra blanks count. */
    assert_int_equal(read_str(f, "  (ROOT\n    (S   (NP (NNP Arnor)))\r\n)\n"), TREE_OK);
    assert_string_equal(render(&f->raw, f->out, sizeof f->out),
                        "(ROOT (S (NP (NNP ARNOR ~NNP ~NP ~S ~ROOT");
    static const uint8_t gaps2[] = {0, 1, 3, 1, 1, 1, 2, 2, 3};
    assert_int_equal(f->raw.n, sizeof gaps2);
    for (size_t i = 0; i < sizeof gaps2; i++)
        assert_int_equal(f->raw.t[i].gap, gaps2[i]);
}

static void test_read_upper_casing(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(read_str(f, "(np (nnp s\xc3\xa3o) (nnp paulo) (nn Caf\xc3\xa9s))"), TREE_OK);
    assert_string_equal(render(&f->raw, f->out, sizeof f->out),
                        "(NP (NNP S\xc3\x83O ~NNP (NNP PAULO ~NNP (NN CAF\xc3\x89S ~NN ~NP");
    assert_int_equal(f->raw.t[2].len, 4); /* bytes, not characters */
    /* A bare root: an empty tag. */
    assert_int_equal(read_str(f, "( (S (NP (NNP Arnor))))"), TREE_OK);
    assert_int_equal(f->raw.t[0].kind, TOK_OPEN);
    assert_int_equal(f->raw.t[0].len, 0);
    assert_int_equal(f->raw.t[f->raw.n - 1].len, 0);
    assert_string_equal(render(&f->raw, f->out, sizeof f->out),
                        "( (S (NP (NNP ARNOR ~NNP ~NP ~S ~");
    /* Punctuation words and a '(' glued to a word. */
    assert_int_equal(read_str(f, "(S (, ,) (-LRB- -LRB-) (NN x(y)))"), TREE_OK);
    assert_string_equal(render(&f->raw, f->out, sizeof f->out),
                        "(S (, , ~, (-LRB- -LRB- ~-LRB- (NN X (Y ~Y ~NN ~S");
    check_links(&f->raw);
}

static void test_read_errors(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(read_str(f, ""), TREE_EMPTY);
    assert_int_equal(read_str(f, " \n\t\r\n  "), TREE_EMPTY);
    assert_int_equal(read_str(f, "(ROOT (S (NP (NNP Arnor))"), TREE_UNBALANCED);
    assert_int_equal(read_str(f, "(ROOT (S (NP (NNP Arnor))))))"), TREE_UNBALANCED);
    assert_int_equal(read_str(f, "Arnor)"), TREE_UNBALANCED);
    /* Equal counts but in the wrong order. */
    assert_int_equal(read_str(f, "(A x))(B y"), TREE_UNBALANCED);
    assert_int_equal(read_str(f, ")(A x"), TREE_UNBALANCED);
    /* A plain word is a parse of one token. */
    assert_int_equal(read_str(f, "Arnor"), TREE_OK);
    assert_int_equal(f->raw.n, 1);
    /* The same tree reads again after an error. */
    assert_int_equal(read_str(f, "(X (Y z))"), TREE_OK);
    assert_string_equal(render(&f->raw, f->out, sizeof f->out), "(X (Y Z ~Y ~X");
    check_links(&f->raw);
}

static char *nested(size_t depth)
{
    char *s = malloc(depth * 4 + 8);
    size_t n = 0;
    for (size_t i = 0; i < depth; i++) {
        memcpy(s + n, "(X ", 3);
        n += 3;
    }
    s[n++] = 'w';
    for (size_t i = 0; i < depth; i++)
        s[n++] = ')';
    s[n] = '\0';
    return s;
}

static void test_read_limits(void **state)
{
    struct fixture *f = *state;
    char *ok = nested(TREE_MAX_DEPTH);
    assert_int_equal(read_str(f, ok), TREE_OK);
    assert_int_equal(f->raw.n, 2 * TREE_MAX_DEPTH + 1);
    check_links(&f->raw);
    free(ok);
    char *deep = nested(TREE_MAX_DEPTH + 1);
    assert_int_equal(read_str(f, deep), TREE_TOO_DEEP);
    free(deep);

    /* More than TREE_MAX_TOKENS tokens. */
    size_t words = TREE_MAX_TOKENS;
    char *lng = malloc(words * 2 + 8);
    size_t n = 0;
    memcpy(lng, "(R", 2);
    n = 2;
    for (size_t i = 0; i < words; i++) {
        lng[n++] = ' ';
        lng[n++] = 'w';
    }
    lng[n++] = ')';
    assert_int_equal(tree_read(&f->raw, lng, n), TREE_TOO_LONG);
    /* Exactly TREE_MAX_TOKENS is fine. */
    size_t fit = 2 + (TREE_MAX_TOKENS - 2) * 2;
    lng[fit] = ')';
    assert_int_equal(tree_read(&f->raw, lng, fit + 1), TREE_OK);
    assert_int_equal(f->raw.n, TREE_MAX_TOKENS);
    free(lng);

    /* One word longer than a token length can hold. */
    size_t wl = 70000;
    char *wide = malloc(wl + 8);
    memcpy(wide, "(X ", 3);
    memset(wide + 3, 'a', wl);
    wide[3 + wl] = ')';
    assert_int_equal(tree_read(&f->raw, wide, wl + 4), TREE_TOO_LONG);
    free(wide);
}

static void test_status_names(void **state)
{
    (void)state;
    assert_string_equal(tree_status_name(TREE_OK), "ok");
    assert_string_equal(tree_status_name(TREE_EMPTY), "empty_parse");
    assert_string_equal(tree_status_name(TREE_UNBALANCED), "bad_input_parse");
    assert_string_equal(tree_status_name(TREE_DATELINE), "dateline");
    assert_string_equal(tree_status_name(TREE_TOO_DEEP), "parse_too_deep");
    assert_string_equal(tree_status_name(TREE_TOO_LONG), "parse_too_long");
    assert_string_equal(tree_status_name((enum tree_status)99), "unknown");
}

static void test_relink(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(read_str(f, "(S (NP (DT the) (NNP Arnor)) (VP (VBD fell)))"), TREE_OK);
    /* Delete "(DT the)": tokens 2..4. */
    struct tree *tr = &f->raw;
    memmove(tr->t + 2, tr->t + 5, (tr->n - 5) * sizeof *tr->t);
    tr->n -= 3;
    assert_true(tree_relink(tr));
    check_links(tr);
    assert_string_equal(render(tr, f->out, sizeof f->out),
                        "(S (NP (NNP ARNOR ~NNP ~NP (VP (VBD FELL ~VBD ~VP ~S");
    assert_int_equal(tr->t[1].mate, 5);
    /* Dropping a close breaks the pairing. */
    tr->n--;
    assert_false(tree_relink(tr));
}

/* ---- tree_convert --------------------------------------------------------- */

static void test_convert_simple_np(void **state)
{
    expect_convert(state,
                   "(ROOT (S (NP (DT The) (NNP Arnor) (NN government)) "
                   "(VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
                   TREE_OK,
                   "(ROOT (S (NE THE ARNOR GOVERNMENT ~NE (VP1 (VBD ATTACKED ~VBD "
                   "(NE GONDOR ~NE ~VP1 (. . ~. ~S ~ROOT");
    struct fixture *f = *state;
    /* An NE starts with the code "---" and points back to its NP. */
    assert_true(tok_is(&f->conv.t[2], TOK_OPEN, "NE"));
    assert_string_equal(f->conv.t[2].code, "---");
    assert_int_equal(f->conv.t[2].src, 2);
    assert_true(tok_is(&f->conv.t[3], TOK_WORD, "THE"));
    assert_int_equal(f->conv.t[3].src, 4);
    assert_int_equal(f->conv.vp_index, 1);
    assert_int_equal(f->conv.np_index, 0);
}

static void test_convert_possessive(void **state)
{
    expect_convert(state,
                   "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN army)) "
                   "(VP (VBD attacked) (NP (NNP Arnor))) (. .)))",
                   TREE_OK,
                   "(ROOT (S (NE GONDOR ARMY ~NE (VP1 (VBD ATTACKED ~VBD (NE ARNOR ~NE ~VP1 "
                   "(. . ~. ~S ~ROOT");
    /* A flat possessive: the four characters after the marker eat "(N" of
     * the next tag and leave a stray "N" (PETRARCH-1's cut by offset). */
    expect_convert(state, "(ROOT (NP (NNP Gondor) (POS 's) (NN army)))", TREE_OK,
                   "(ROOT (NE GONDOR N ARMY ~NE ~ROOT");
}

static void test_convert_preposition(void **state)
{
    expect_convert(state,
                   "(ROOT (S (NP (NP (DT the) (NNP Ministry)) (PP (IN of) (NP (NNP Magic)))) "
                   "(VP (VBD criticized) (NP (NNP Arnor))) (. .)))",
                   TREE_OK,
                   "(ROOT (S (NE THE MINISTRY OF MAGIC ~NE (VP1 (VBD CRITICIZED ~VBD "
                   "(NE ARNOR ~NE ~VP1 (. . ~. ~S ~ROOT");
    /* Material after the first object is lost. */
    expect_convert(state,
                   "(ROOT (NP (NP (NNS envoys)) (PP (IN from) (NP (NNP Arnor))) "
                   "(PP (IN in) (NP (NNP Bree)))))",
                   TREE_OK, "(ROOT (NE ENVOYS FROM ARNOR ~NE ~ROOT");
    /* An object holding a PP makes the rule give up: an indexed NP. */
    expect_convert(state,
                   "(ROOT (NP (NP (NNS envoys)) (PP (IN of) (NP (NP (NNP Arnor)) "
                   "(PP (IN in) (NP (NNP Bree)))))))",
                   TREE_OK,
                   "(ROOT (NP1 (NE ENVOYS ~NE (PP (IN OF ~IN (NE ARNOR IN BREE ~NE ~PP ~NP1 "
                   "~ROOT");
}

static void test_convert_compound(void **state)
{
    expect_convert(state,
                   "(ROOT (S (NP (NNP Gondor) (CC and) (NNP Osgiliath)) "
                   "(VP (VBD attacked) (NP (NNP Mordor))) (. .)))",
                   TREE_OK,
                   "(ROOT (S (NEC1 (NE GONDOR ~NE (NE OSGILIATH ~NE ~NEC1 (VP1 (VBD ATTACKED "
                   "~VBD (NE MORDOR ~NE ~VP1 (. . ~. ~S ~ROOT");
    struct fixture *f = *state;
    assert_int_equal(f->conv.nec_index, 1);
    /* Adjectives before the first member are shared by bare nouns. */
    expect_convert(state, "(ROOT (NP (JJ northern) (NNS rebels) (CC and) (NNS soldiers)))", TREE_OK,
                   "(ROOT (NEC1 (NE (JJ NORTHERN ~JJ REBELS ~NE (NE (JJ NORTHERN ~JJ SOLDIERS "
                   "~NE ~NEC1 ~ROOT");
    /* NP members become NEs of their words; commas and CC are dropped. */
    expect_convert(state,
                   "(ROOT (NP (NP (DT the) (NNS lions)) (, ,) (NP (NNP Rohan)) (CC and) "
                   "(NP (NNP Gondor))))",
                   TREE_OK,
                   "(ROOT (NEC1 (NE THE LIONS ~NE (NE ROHAN ~NE (NE GONDOR ~NE ~NEC1 ~ROOT");
    /* Fewer than three N tags: no compound. */
    expect_convert(state, "(ROOT (NP (CD 2000) (CC and) (CD 2004)))", TREE_OK,
                   "(ROOT (NE 2000 AND 2004 ~NE ~ROOT");
    /* Two CCs: PETRARCH-1 marks the conjunctions and makes no compound. */
    expect_convert(state, "(ROOT (NP (NNP Arnor) (CC and) (NNP Rohan) (CC and) (NNP Gondor)))",
                   TREE_OK, "(ROOT (NE ARNOR PAND ROHAN PAND GONDOR ~NE ~ROOT");
}

static void test_convert_clause_cc(void **state)
{
    expect_convert(state,
                   "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD attacked) (NP (NNP Gondor))) "
                   "(CC and) (VP (VBD praised) (NP (NNP Rohan)))) (. .)))",
                   TREE_OK,
                   "(ROOT (S (NE ARNOR ~NE (VP1 (VP2 (VBD ATTACKED ~VBD (NE GONDOR ~NE ~VP2 "
                   "(CCP AND ~CCP (VP3 (VBD PRAISED ~VBD (NE ROHAN ~NE ~VP3 ~VP1 (. . ~. ~S "
                   "~ROOT");
    struct fixture *f = *state;
    assert_int_equal(f->conv.vp_index, 3);
    expect_convert(state,
                   "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD fell))) (CC but) "
                   "(S (NP (NNP Gondor)) (VP (VBD stood)))))",
                   TREE_OK,
                   "(ROOT (S (S (NE ARNOR ~NE (VP1 (VBD FELL ~VBD ~VP1 ~S (CCP BUT ~CCP "
                   "(S (NE GONDOR ~NE (VP2 (VBD STOOD ~VBD ~VP2 ~S ~S ~ROOT");
}

static void test_convert_indexed_np_and_sbar(void **state)
{
    expect_convert(
        state, "(ROOT (NP (NP (NNP Arnor)) (, ,) (NP (DT the) (JJ northern) (NN kingdom))))",
        TREE_OK, "(ROOT (NP1 (NE ARNOR ~NE (, , ~, (NE THE NORTHERN KINGDOM ~NE ~NP1 ~ROOT");
    /* An SBAR inside an NP keeps only its words; its VP is no verb. */
    expect_convert(state,
                   "(ROOT (NP (NP (NNS officials)) (SBAR (WHNP (WP who)) (S (VP (VBD fled))))))",
                   TREE_OK, "(ROOT (NP1 (NE OFFICIALS ~NE (SBR WHO FLED ~SBR ~NP1 ~ROOT");
    struct fixture *f = *state;
    assert_int_equal(f->conv.vp_index, 0);
    /* NP-TMP is not an NP. */
    expect_convert(state, "(ROOT (NP-TMP (NN yesterday)))", TREE_OK,
                   "(ROOT (NP-TMP (NN YESTERDAY ~NN ~NP-TMP ~ROOT");
}

static void test_convert_dateline(void **state)
{
    /* ROOT, then an NE holding a compound: a dateline. */
    expect_convert(state,
                   "(ROOT (NP (NP (NNP Cebu) (CC and) (NNP Bree)) (PP (IN of) (NP (NNP Arnor)))))",
                   TREE_DATELINE,
                   "(ROOT (NE (NEC (NNP CEBU ~NNP (CC AND ~CC (NNP BREE ~NNP ~NEC OF ARNOR ~NE "
                   "~ROOT");
    /* The same NE inside a clause is no dateline. */
    expect_convert(state,
                   "(ROOT (S (NP (NP (NNP Cebu) (CC and) (NNP Bree)) "
                   "(PP (IN of) (NP (NNP Arnor)))) (VP (VBD fell))))",
                   TREE_OK,
                   "(ROOT (S (NE (NEC (NNP CEBU ~NNP (CC AND ~CC (NNP BREE ~NNP ~NEC OF ARNOR ~NE "
                   "(VP1 (VBD FELL ~VBD ~VP1 ~S ~ROOT");
}

static void test_convert_reuse(void **state)
{
    struct fixture *f = *state;
    const char *parse = "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Rohan)) (VP (VBD met) "
                        "(NP (NP (NNS envoys)) (PP (IN from) (NP (NNP Gondor)))))))";
    assert_int_equal(read_str(f, parse), TREE_OK);
    assert_int_equal(tree_convert(&f->raw, &f->conv, false), TREE_OK);
    char first[4096];
    render(&f->conv, first, sizeof first);
    assert_string_equal(first, "(ROOT (S (NEC1 (NE ARNOR ~NE (NE ROHAN ~NE ~NEC1 "
                               "(VP1 (VBD MET ~VBD (NE ENVOYS FROM GONDOR ~NE ~VP1 ~S ~ROOT");
    /* Converting again, or after another sentence, numbers from 1 again. */
    assert_int_equal(tree_convert(&f->raw, &f->conv, false), TREE_OK);
    assert_string_equal(render(&f->conv, f->out, sizeof f->out), first);
    assert_int_equal(read_str(f, "(ROOT (S (NP (NNP Rohan)) (VP (VBD fell)) (VP (VBD rose))))"),
                     TREE_OK);
    assert_int_equal(tree_convert(&f->raw, &f->conv, false), TREE_OK);
    assert_int_equal(f->conv.vp_index, 2);
    assert_int_equal(f->conv.nec_index, 0);
    assert_int_equal(read_str(f, parse), TREE_OK);
    assert_int_equal(tree_convert(&f->raw, &f->conv, false), TREE_OK);
    assert_string_equal(render(&f->conv, f->out, sizeof f->out), first);
}

/* Leaves: words and tags in order, across line breaks; phrases, a bare
 * "(TAG)" and an unclosed leaf are not leaves; max is respected. */
static void test_leaves(void **state)
{
    (void)state;
    const char *s = "(ROOT (S (NP (NNP Kabul))\n (VP (VBD said)\n  (NP-TMP (NN today)))"
                    " (X) (. .) (NN open";
    struct tree_leaf l[8];
    size_t n = tree_leaves(s, strlen(s), l, 8);
    assert_int_equal(n, 4);
    const char *want[4][2] = {{"NNP", "Kabul"}, {"VBD", "said"}, {"NN", "today"}, {".", "."}};
    for (size_t k = 0; k < n; k++) {
        assert_int_equal(l[k].tag_len, strlen(want[k][0]));
        assert_memory_equal(l[k].tag, want[k][0], l[k].tag_len);
        assert_int_equal(l[k].word_len, strlen(want[k][1]));
        assert_memory_equal(l[k].word, want[k][1], l[k].word_len);
    }
    assert_int_equal(tree_leaves(s, strlen(s), l, 2), 2);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_read_tokens),
        T(test_read_gaps),
        T(test_read_upper_casing),
        T(test_read_errors),
        T(test_read_limits),
        T(test_status_names),
        T(test_relink),
        T(test_convert_simple_np),
        T(test_convert_possessive),
        T(test_convert_preposition),
        T(test_convert_compound),
        T(test_convert_clause_cc),
        T(test_convert_indexed_np_and_sbar),
        T(test_convert_dateline),
        T(test_convert_reuse),
        cmocka_unit_test(test_leaves),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
