/* test_dict_text.c - unit tests for discards, issues, the text trie, and all dictionaries together.
 * Dictionaries are written by the tests themselves (dict_fixture.h). */
#include "dict_fixture.h"

/* ---- discards and issues -------------------------------------------------- */

struct hits {
    size_t n;
    size_t start[16], end[16];
    int32_t value[16];
};

static void on_hit(void *ctx, size_t start, size_t end, int32_t value)
{
    struct hits *h = ctx;
    if (h->n < 16) {
        h->start[h->n] = start;
        h->end[h->n] = end;
        h->value[h->n] = value;
    }
    h->n++;
}

static struct hits scan(const struct texttrie *t, const char *text)
{
    struct hits h = {.n = 0};
    texttrie_scan(t, text, strlen(text), on_hit, &h);
    return h;
}

/* Asserts hit i covers `phrase` at its first occurrence in text. */
static void expect_hit(const struct hits *h, size_t i, const char *text, const char *phrase,
                       int32_t value)
{
    assert_true(i < h->n);
    const char *at = strstr(text, phrase);
    assert_non_null(at);
    assert_int_equal(h->start[i], (size_t)(at - text));
    assert_int_equal(h->end[i], (size_t)(at - text) + strlen(phrase));
    assert_int_equal(h->value[i], value);
}

static void test_discards(void **state)
{
    const char *path = write_dict(state, "test.discards",
                                  "typhoon\n"                              /* 1 */
                                  "+SPORTS_\n"                             /* 2 */
                                  "SOCCER_MATCH_\n"                        /* 3 */
                                  "  + FOOTBALL ; story, with a comment\n" /* 4 */
                                  ";\n"                                    /* 5 */
                                  "TYPHOON\n"                              /* 6 */
                                  "_\n");                                  /* 7 */
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load(lx, dict_kind_guess(path), path, &d), 0);
    dict_finish(lx);
    expect_diag(&d, 0, path, 5, 1, "empty discard phrase");
    expect_diag(&d, 1, path, 7, 1, "empty discard phrase");
    assert_int_equal(d.count, 2);
    assert_int_equal(lx->ndiscards, 4);

    const char *t1 = "ARNOR WATCHED THE SOCCER MATCH. TYPHOONS";
    struct hits h = scan(&lx->discards, t1);
    assert_int_equal(h.n, 2);
    expect_hit(&h, 0, t1, "SOCCER MATCH", 1);
    expect_hit(&h, 1, t1, "TYPHOON", 1); /* a stem */
    /* Never at the very start; whole words need a boundary. */
    h = scan(&lx->discards, "TYPHOON HIT THE SOCCER MATCHES");
    assert_int_equal(h.n, 0);
    const char *t2 = "A SPORTS! AND FOOTBALLERS";
    h = scan(&lx->discards, t2);
    assert_int_equal(h.n, 2);
    expect_hit(&h, 0, t2, "SPORTS", 2);
    expect_hit(&h, 1, t2, "FOOTBALL", 2);
    h = scan(&lx->discards, "A SPORTSMAN,SPORTS");
    assert_int_equal(h.n, 0);
    h = scan(&lx->discards, "ALL SPORTS");
    assert_int_equal(h.n, 1);
    char *text = stats_of(lx);
    assert_non_null(strstr(text, "\ndiscard phrases\t4\n"));
    free(text);
    diag_free(&d);
    lexicon_free(lx);
}

static const char ISSUES[] = "<ISSUE CATEGORY=\"ECONOMY\">\n"  /* 1 */
                             "n:tax [TAX]\n"                   /* 2 */
                             "v:INVEST [INV]\n"                /* 3 */
                             "FOOD+AID [AID]\n"                /* 4 */
                             "~TAX HAVEN\n"                    /* 5 */
                             "tariff [TAX]\n"                  /* 6 */
                             "</ISSUE>\n"                      /* 7 */
                             "<ISSUE CATEGORY=\"SECURITY\">\n" /* 8 */
                             "ARMS n:DEAL [ARM]\n"             /* 9 */
                             "</ISSUE>\n";                     /* 10 */

static void test_issues(void **state)
{
    const char *path = write_dict(state, "test.issues", ISSUES);
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load(lx, dict_kind_guess(path), path, &d), 0);
    dict_finish(lx);
    assert_int_equal(d.count, 0);
    assert_int_equal(lx->nissue_codes, 4);
    assert_string_equal(lx->issue_codes[0].code, "TAX");
    assert_string_equal(lx->issue_codes[0].category, "ECONOMY");
    assert_string_equal(lx->issue_codes[1].code, "INV");
    assert_string_equal(lx->issue_codes[2].code, "AID");
    assert_string_equal(lx->issue_codes[3].code, "ARM");
    assert_string_equal(lx->issue_codes[3].category, "SECURITY");
    assert_int_equal(lx->nissue_phrases, 5);
    assert_int_equal(lx->nissue_ignores, 1);

    /* values: code index * 2, +1 for an ignore phrase */
    const char *t = "TAXES, INVESTED: FOOD AID AND FOOD-AID; A TAX HAVEN (ARMS DEALS) TARIFF";
    struct hits h = scan(&lx->issues, t);
    assert_int_equal(h.n, 8);
    expect_hit(&h, 0, t, "TAXES", 0);
    expect_hit(&h, 1, t, "INVESTED", 2);
    expect_hit(&h, 2, t, "FOOD AID", 4);
    expect_hit(&h, 3, t, "FOOD-AID", 4);
    expect_hit(&h, 5, t, "TAX HAVEN", 1);
    assert_int_equal(h.start[4], h.start[5]); /* TAX, inside TAX HAVEN, comes first */
    assert_int_equal(h.end[4], h.start[4] + 3);
    assert_int_equal(h.value[4], 0);
    expect_hit(&h, 6, t, "ARMS DEALS", 6);
    expect_hit(&h, 7, t, "TARIFF", 0);
    /* Every expansion is there, and only whole words match. */
    static const char *const words[] = {"TAX", "INVEST", "INVESTS", "INVESTING", "ARMS DEAL"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        h = scan(&lx->issues, words[i]);
        assert_int_equal(h.n, 1);
        assert_int_equal(h.end[0], strlen(words[i]));
    }
    h = scan(&lx->issues, "TAXATION INVESTOR SYNTAX FOOD_AID");
    assert_int_equal(h.n, 0);
    diag_free(&d);
    lexicon_free(lx);
}

static void test_issue_diagnostics(void **state)
{
    const char *path = write_dict(state, "bad.issues",
                                  "<ISSUE>\n"      /* 1 */
                                  "WAR\n"          /* 2 */
                                  "WAR []\n"       /* 3 */
                                  "~PEACE TALKS\n" /* 4: fine */
                                  "[WAR]\n");      /* 5 */
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_issues(lx, path, &d), 0);
    dict_finish(lx);
    expect_diag(&d, 0, path, 1, 1, "<ISSUE> without CATEGORY=\"...\"");
    expect_diag(&d, 1, path, 2, 4, "issue phrase without a [CODE]");
    expect_diag(&d, 2, path, 3, 5, "issue phrase without a [CODE]");
    expect_diag(&d, 3, path, 5, 1, "empty issue phrase");
    assert_int_equal(d.count, 4);
    assert_int_equal(lx->nissue_phrases, 0);
    assert_int_equal(lx->nissue_ignores, 1);
    diag_free(&d);
    lexicon_free(lx);
}

/* Regression: a rejected issue line ("[WAR]", no phrase) used to register
 * its code anyway, inflating the issue codes of dict stats. */
static void test_issue_rejected_line_adds_no_code(void **state)
{
    const char *path = write_dict(state, "empty.issues", "[WAR]\n");
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_issues(lx, path, &d), 0);
    size_t ndiags = d.count, ncodes = lx->nissue_codes;
    diag_free(&d);
    lexicon_free(lx);
    assert_int_equal(ndiags, 1);
    assert_int_equal(ncodes, 0);
}

/* A lexicon with nothing in it compiles, answers lookups, and prints. */
static void test_empty_lexicon(void **state)
{
    (void)state;
    struct lexicon *lx = lexicon_new();
    dict_finish(lx);
    dict_finish(lx);
    size_t count = 1;
    assert_null(actor_run(lx, 1, &count));
    assert_int_equal(count, 0);
    count = 1;
    assert_null(agent_run(lx, 1, &count));
    assert_int_equal(count, 0);
    assert_null(verb_sense_of(lx, 1));
    assert_null(verb_block_of(lx, 1));
    assert_int_equal(word(lx, "ARNOR"), 0);
    struct hits h = scan(&lx->discards, "A TYPHOON");
    assert_int_equal(h.n, 0);
    char *text = stats_of(lx);
    assert_string_equal(text, "actor phrases\t0\n"
                              "actor codes\t0\n"
                              "date-restricted codes\t0\n"
                              "agent phrases\t0\n"
                              "verb blocks\t0\n"
                              "noun blocks\t0\n"
                              "noun forms\t0\n"
                              "verb forms\t0\n"
                              "multi-word verb forms\t0\n"
                              "patterns\t0\n"
                              "event codes\t0\n"
                              "CAMEO roots\t0\n"
                              "synsets\t0\n"
                              "discard phrases\t0\n"
                              "issue phrases\t0\n"
                              "issue ignore phrases\t0\n"
                              "issue codes\t0\n"
                              "distinct words\t0\n");
    free(text);
    lexicon_free(lx);
    lexicon_free(NULL);
}

static void test_texttrie(void **state)
{
    (void)state;
    struct texttrie t;
    texttrie_init(&t, TRIE_WORDS);
    assert_true(texttrie_add(&t, "AB", 2, true, 1));
    assert_true(texttrie_add(&t, "AB", 2, false, 2)); /* stem and word are separate */
    assert_false(texttrie_add(&t, "AB", 2, true, 3)); /* first value wins */
    assert_true(texttrie_add(&t, "ABC D", 5, true, 4));
    assert_true(texttrie_add(&t, "\xc3\x89T\xc3\x89", 5, true, 5)); /* ÉTÉ */
    const char *text = "AB ABC D,ABX.\xc3\x89T\xc3\x89";
    struct hits h = scan(&t, text);
    /* In order of start, then length: stem before word at equal length. */
    assert_int_equal(h.n, 6);
    assert_int_equal(h.start[0], 0);
    assert_int_equal(h.end[0], 2);
    assert_int_equal(h.value[0], 2);
    assert_int_equal(h.value[1], 1);
    assert_int_equal(h.start[2], 3);
    assert_int_equal(h.end[2], 5);
    assert_int_equal(h.value[2], 2); /* the stem AB inside ABC */
    assert_int_equal(h.start[3], 3);
    assert_int_equal(h.end[3], 8);
    assert_int_equal(h.value[3], 4);
    assert_int_equal(h.start[4], 9); /* stem AB of ABX; the word AB needs a boundary */
    assert_int_equal(h.end[4], 11);
    assert_int_equal(h.value[4], 2);
    assert_int_equal(h.start[5], 13);
    assert_int_equal(h.end[5], 18);
    assert_int_equal(h.value[5], 5);
    /* A letter (or a non-ASCII byte) before the start is no boundary. */
    h = scan(&t, "XAB \xc3\xa9"
                 "AB");
    assert_int_equal(h.n, 0);
    texttrie_free(&t);

    /* Many phrases: the edge table grows and every phrase is still found. */
    texttrie_init(&t, TRIE_DISCARD);
    char buf[32];
    for (int i = 0; i < 3000; i++) {
        int n = snprintf(buf, sizeof buf, "W%dX", i);
        assert_true(texttrie_add(&t, buf, (size_t)n, true, i));
    }
    for (int i = 0; i < 3000; i += 7) {
        char line[40];
        snprintf(line, sizeof line, "  W%dX.", i);
        h = scan(&t, line);
        assert_int_equal(h.n, 1);
        assert_int_equal(h.value[0], i);
        assert_int_equal(h.start[0], 2);
    }
    texttrie_free(&t);
}

/* ---- everything together ------------------------------------------------- */

static void test_full_stats(void **state)
{
    const char *actors = write_dict(state, "all.actors", ACTORS);
    const char *agents = write_dict(state, "all.agents", AGENTS);
    const char *verbs = write_dict(state, "all.verbs", VERBS);
    const char *discards = write_dict(state, "all.discards", "TYPHOON\n+SPORTS_\n");
    const char *issues = write_dict(state, "all.issues", ISSUES);
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    const char *paths[] = {actors, agents, verbs, discards, issues};
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(dict_load(lx, dict_kind_guess(paths[i]), paths[i], &d), 0);
    dict_finish(lx);
    assert_int_equal(d.count, 0);
    char *text = stats_of(lx);
    char want[1024];
    snprintf(want, sizeof want,
             "actor phrases\t14\n"
             "actor codes\t15\n"
             "date-restricted codes\t6\n"
             "agent phrases\t22\n"
             "verb blocks\t3\n"
             "noun blocks\t0\n"
             "noun forms\t0\n"
             "verb forms\t19\n"
             "multi-word verb forms\t7\n"
             "patterns\t6\n"
             "event codes\t12\n"
             "CAMEO roots\t3\n"
             "synsets\t2\n"
             "discard phrases\t2\n"
             "issue phrases\t5\n"
             "issue ignore phrases\t1\n"
             "issue codes\t4\n"
             "distinct words\t%zu\n",
             strmap_count(&lx->words));
    assert_string_equal(text, want);
    free(text);
    /* Loading order does not disturb the other dictionaries. */
    assert_string_equal(actor_code_on(lx, actor_at(lx, "KINGDOM", 0), 0), "ARN");
    expect_form(lx, "ATTACKED", "190", "ATTACK", false, 11);
    expect_agent(lx, "CITIES", "CITIES", "CTY", false, 3);
    /* dict_finish may run again (e.g. after a late load) without harm. */
    dict_finish(lx);
    assert_int_equal(actor_count(lx, "ARNOR"), 3);
    assert_string_equal(actor_at(lx, "ARNOR", 0)->text, "ARNOR THE_NORTH");
    const struct verb_block *attack = verb_block_of(lx, word(lx, "ATTACK"));
    assert_string_equal(lx->patterns[attack->patterns].code, "196");
    diag_free(&d);
    lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_discards),          T(test_issues),
        T(test_issue_diagnostics), T(test_issue_rejected_line_adds_no_code),
        T(test_texttrie),          T(test_empty_lexicon),
        T(test_full_stats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
