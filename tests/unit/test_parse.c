/* test_parse.c - the parser's trees for hand-tagged sentences we wrote.
 * Each case gives word/TAG tokens and the exact bracketed tree expected,
 * so a change in any rule shows up here as a diff. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "parse/parse.h"
#include "tree/tree.h"

/* "Pakistan/NNP accused/VBD ..." -> tokens (strings point into store) */
static size_t tokens_of(const char *tagged, struct token *tok, size_t max, char *store)
{
    strcpy(store, tagged);
    size_t n = 0;
    for (char *w = strtok(store, " "); w && n < max; w = strtok(NULL, " ")) {
        char *slash = strrchr(w, '/');
        assert_non_null(slash);
        *slash = '\0';
        tok[n++] = (struct token){.text = w, .len = (uint32_t)strlen(w), .tag = slash + 1};
    }
    return n;
}

static void check(const char *tagged, const char *expected)
{
    struct token tok[128];
    char store[2048];
    size_t n = tokens_of(tagged, tok, 128, store);
    struct parser *p = parser_new();
    struct buf out;
    buf_init(&out);
    parser_parse(p, tok, n, &out);
    if (out.len && out.data[out.len - 1] == '\n')
        out.data[--out.len] = '\0';
    if (strcmp(out.data, expected) != 0)
        fprintf(stderr, "input:    %s\nexpected: %s\ngot:      %s\n", tagged, expected, out.data);
    assert_string_equal(out.data, expected);
    buf_free(&out);
    parser_free(p);
}

static void simple_transitive(void **state)
{
    (void)state;
    check("Pakistan/NNP accused/VBD Afghanistan/NNP ./.",
          "(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP Afghanistan))) (. .)))");
}

static void auxiliaries_and_passive(void **state)
{
    (void)state;
    check("The/DT talks/NNS were/VBD held/VBN in/IN Istanbul/NNP ./.",
          "(ROOT (S (NP (DT The) (NNS talks)) (VP (VBD were) (VP (VBN held) (PP (IN in) (NP "
          "(NNP Istanbul))))) (. .)))");
    check("Kabul/NNP did/VBD n't/RB respond/VB ./.",
          "(ROOT (S (NP (NNP Kabul)) (VP (VBD did) (RB n't) (VP (VB respond))) (. .)))");
}

static void reported_speech(void **state)
{
    (void)state;
    check("Pakistan/NNP rejected/VBD the/DT proposal/NN ,/, officials/NNS said/VBD ./.",
          "(ROOT (S (S (NP (NNP Pakistan)) (VP (VBD rejected) (NP (DT the) (NN proposal)))) (, ,) "
          "(NP (NNS officials)) (VP (VBD said)) (. .)))");
    check("Officials/NNS said/VBD that/IN Kabul/NNP had/VBD refused/VBN ./.",
          "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Kabul)) (VP "
          "(VBD had) (VP (VBN refused)))))) (. .)))");
}

static void noun_phrase_structure(void **state)
{
    (void)state;
    /* coordination of names is flat, so the coder sees a compound */
    check("Pakistan/NNP and/CC Afghanistan/NNP resumed/VBD talks/NNS ./.",
          "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP Afghanistan)) (VP (VBD resumed) (NP (NNS "
          "talks))) (. .)))");
    /* possessive, and a subject that keeps its prepositional modifier */
    check("Turkey/NNP 's/POS foreign/JJ minister/NN met/VBD delegates/NNS from/IN Kabul/NNP ./.",
          "(ROOT (S (NP (NP (NNP Turkey) (POS 's)) (JJ foreign) (NN minister)) (VP (VBD met) (NP "
          "(NNS delegates)) (PP (IN from) (NP (NNP Kabul)))) (. .)))");
    check("Troops/NNS from/IN Pakistan/NNP shelled/VBD the/DT border/NN ./.",
          "(ROOT (S (NP (NP (NNS Troops)) (PP (IN from) (NP (NNP Pakistan)))) (VP (VBD shelled) "
          "(NP (DT the) (NN border))) (. .)))");
    /* an appositive, and a time phrase that stays with the verb */
    check("Qatar/NNP ,/, the/DT mediator/NN ,/, hosted/VBD talks/NNS on/IN Monday/NNP ./.",
          "(ROOT (S (NP (NP (NNP Qatar)) (, ,) (NP (DT the) (NN mediator)) (, ,)) (VP (VBD hosted) "
          "(NP (NNS talks)) (PP (IN on) (NP (NNP Monday)))) (. .)))");
}

static void clauses(void **state)
{
    (void)state;
    check("Islamabad/NNP urged/VBD Kabul/NNP to/TO act/VB ./.",
          "(ROOT (S (NP (NNP Islamabad)) (VP (VBD urged) (S (NP (NNP Kabul)) (VP (TO to) (VP (VB "
          "act))))) (. .)))");
    check("Pakistan/NNP launched/VBD strikes/NNS after/IN militants/NNS attacked/VBD a/DT post/NN "
          "./.",
          "(ROOT (S (NP (NNP Pakistan)) (VP (VBD launched) (NP (NNS strikes)) (SBAR (IN after) (S "
          "(NP (NNS militants)) (VP (VBD attacked) (NP (DT a) (NN post)))))) (. .)))");
    check("Kabul/NNP condemned/VBD the/DT strikes/NNS and/CC recalled/VBD its/PRP$ envoy/NN ./.",
          "(ROOT (S (NP (NNP Kabul)) (VP (VP (VBD condemned) (NP (DT the) (NNS strikes))) (CC and) "
          "(VP (VBD recalled) (NP (PRP$ its) (NN envoy)))) (. .)))");
}

static void complements(void **state)
{
    (void)state;
    /* only verbs of saying and thinking take a clause without "that";
       a day after a verb is a time phrase, not an object */
    check("A/DT report/NN released/VBN Tuesday/NNP alleged/VBD that/IN Kabul/NNP was/VBD "
          "aware/JJ of/IN it/PRP ./.",
          "(ROOT (S (NP (NP (DT A) (NN report)) (VP (VBN released) (NP-TMP (NNP Tuesday)))) (VP "
          "(VBD alleged) (SBAR (IN that) (S (NP (NNP Kabul)) (VP (VBD was) (ADJP (JJ aware) (PP "
          "(IN of) (NP (PRP it)))))))) (. .)))");
    /* modifiers are shared by a bare second noun unless a determiner
       makes the first member a phrase of its own */
    check("Danish/JJ media/NNS and/CC government/NN warned/VBD Gondor/NNP ./.",
          "(ROOT (S (NP (JJ Danish) (NNS media) (CC and) (NN government)) (VP (VBD warned) (NP "
          "(NNP Gondor))) (. .)))");
    check("The/DT Danish/JJ media/NNS and/CC government/NN warned/VBD Gondor/NNP ./.",
          "(ROOT (S (NP (NP (DT The) (JJ Danish) (NNS media)) (CC and) (NP (NN government))) (VP "
          "(VBD warned) (NP (NNP Gondor))) (. .)))");
    /* a parenthetical ", it seems," inside a verb's complements */
    check("Gondor/NNP will/MD restore/VB ,/, it/PRP seems/VBZ ,/, full/JJ ties/NNS ./.",
          "(ROOT (S (NP (NNP Gondor)) (VP (MD will) (VP (VB restore) (PRN (, ,) (S (NP (PRP it)) "
          "(VP (VBZ seems))) (, ,)) (NP (JJ full) (NNS ties)))) (. .)))");
    /* "next week" after a name is a time phrase of its own */
    check("Gondor/NNP met/VBD Rohan/NNP next/JJ week/NN ./.",
          "(ROOT (S (NP (NNP Gondor)) (VP (VBD met) (NP (NNP Rohan)) (NP-TMP (JJ next) (NN week))) "
          "(. .)))");
    /* an adverb between a preposition and its gerund stays in the PP */
    check("Kabul/NNP accused/VBD Islamabad/NNP of/IN deliberately/RB targeting/VBG "
          "civilians/NNS ./.",
          "(ROOT (S (NP (NNP Kabul)) (VP (VBD accused) (NP (NNP Islamabad)) (PP (IN of) (S (ADVP "
          "(RB deliberately)) (VP (VBG targeting) (NP (NNS civilians)))))) (. .)))");
    /* "to" before a gerund is a preposition, not an infinitive */
    check("Pakistan/NNP admitted/VBD to/TO having/VBG a/DT pact/NN ./.",
          "(ROOT (S (NP (NNP Pakistan)) (VP (VBD admitted) (PP (TO to) (S (VP (VBG having) (NP "
          "(DT a) (NN pact)))))) (. .)))");
    check("Islamabad/NNP believes/VBZ Kabul/NNP will/MD act/VB ./.",
          "(ROOT (S (NP (NNP Islamabad)) (VP (VBZ believes) (SBAR (S (NP (NNP Kabul)) (VP (MD "
          "will) (VP (VB act)))))) (. .)))");
}

static void quotation_marks(void **state)
{
    (void)state;
    /* marks leave the phrases whole: the clause is found inside them */
    check("``/`` We/PRP will/MD not/RB attack/VB ,/, ''/'' the/DT minister/NN said/VBD ./.",
          "(ROOT (S (`` ``) (S (NP (PRP We)) (VP (MD will) (RB not) (VP (VB attack)))) (, ,) "
          "('' '') (NP (DT the) (NN minister)) (VP (VBD said)) (. .)))");
    /* inside a phrase a mark stays where it stood; a closing one climbs
       out of every phrase the word before it ends */
    check("Kabul/NNP rejected/VBD the/DT ``/`` secret/JJ pact/NN ''/'' ./.",
          "(ROOT (S (NP (NNP Kabul)) (VP (VBD rejected) (NP (DT the) (`` ``) (JJ secret) (NN "
          "pact))) ('' '') (. .)))");
}

static void odd_input_never_fails(void **state)
{
    (void)state;
    check("./.", "(ROOT (S (. .)))");
    check(",/, ,/, and/CC", "(ROOT (S (, ,) (, ,) (CC and)))");
    /* brackets inside words are escaped so the tree stays well formed */
    check("a(b/NN", "(ROOT (S (NP (NN a-LRB-b))))");
    /* longer than the nesting limit: a flat S that keeps every token */
    struct token tok[PARSE_MAX_NESTED_TOKENS + 1];
    for (size_t i = 0; i <= PARSE_MAX_NESTED_TOKENS; i++)
        tok[i] = (struct token){.text = "of", .len = 2, .tag = "IN"};
    struct parser *p = parser_new();
    struct buf out;
    buf_init(&out);
    parser_parse(p, tok, PARSE_MAX_NESTED_TOKENS + 1, &out);
    size_t leaves = 0;
    for (const char *s = out.data; (s = strstr(s, "(IN of)")); s++)
        leaves++;
    assert_int_equal(leaves, PARSE_MAX_NESTED_TOKENS + 1);
    buf_free(&out);
    parser_free(p);
}

/* The tree built directly must be token for token what tree_read makes
 * of the written parse: the coder sees no difference between the two. */
static void direct_tree_equals_read_tree(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "Pakistan/NNP and/CC Afghanistan/NNP resumed/VBD talks/NNS ./.",
        "Turkey/NNP 's/POS foreign/JJ minister/NN met/VBD delegates/NNS from/IN Kabul/NNP ./.",
        "Qatar/NNP ,/, the/DT mediator/NN ,/, hosted/VBD talks/NNS on/IN Monday/NNP ./.",
        "Kabul/NNP did/VBD n't/RB respond/VB ,/, officials/NNS said/VBD ./.",
        "Zürich/NNP a(b/NN ./.",
    };
    struct parser *p = parser_new();
    struct arena arena;
    arena_init(&arena, 4096);
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        struct token tok[64];
        char store[1024];
        size_t n = tokens_of(cases[c], tok, 64, store);
        struct buf text;
        buf_init(&text);
        parser_parse(p, tok, n, &text);
        struct tree read, direct;
        tree_init(&read, &arena);
        tree_init(&direct, &arena);
        assert_int_equal(tree_read(&read, text.data, text.len), TREE_OK);
        parser_parse_tree(p, tok, n, &direct);
        assert_int_equal(read.n, direct.n);
        for (size_t i = 0; i < read.n; i++) {
            const struct tok *a = &read.t[i], *b = &direct.t[i];
            assert_int_equal(a->kind, b->kind);
            assert_int_equal(a->gap, b->gap);
            assert_int_equal(a->len, b->len);
            assert_memory_equal(a->text, b->text, a->len);
            assert_int_equal(a->mate, b->mate);
            assert_int_equal(a->parent, b->parent);
            assert_int_equal(a->src, b->src);
        }
        tree_free(&read);
        tree_free(&direct);
        buf_free(&text);
    }
    arena_free(&arena);
    parser_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(simple_transitive),
        cmocka_unit_test(auxiliaries_and_passive),
        cmocka_unit_test(reported_speech),
        cmocka_unit_test(noun_phrase_structure),
        cmocka_unit_test(clauses),
        cmocka_unit_test(odd_input_never_fails),
        cmocka_unit_test(direct_tree_equals_read_tree),
        cmocka_unit_test(quotation_marks),
        cmocka_unit_test(complements),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
