/* test_api.c - the embedding API (include/parley.h) end to end, on
 * parley's own fixture dictionaries. Run from the repository root. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "parley.h"

static parley_dicts *load(void)
{
    char err[512] = "";
    parley_dicts *d = parley_dicts_new();
    assert_int_equal(
        parley_dicts_add(d, "actors", "tests/fixtures/tiny.actors.txt", err, sizeof err), 0);
    assert_int_equal(
        parley_dicts_add(d, "agents", "tests/fixtures/tiny.agents.txt", err, sizeof err), 0);
    assert_int_equal(parley_dicts_add(d, "verbs", "tests/fixtures/tiny.verbs.txt", err, sizeof err),
                     0);
    assert_int_equal(
        parley_dicts_add(d, "discards", "tests/fixtures/tiny.discards.txt", err, sizeof err), 0);
    parley_dicts_finish(d);
    return d;
}

static void codes_an_accusation(void **state)
{
    (void)state;
    parley_dicts *d = load();
    parley_coder *c = parley_coder_new(d);
    const parley_event *ev;
    size_t n;
    int rc = parley_code_parse(c, "Pakistani officials accused Kabul.",
                               "(ROOT (S (NP (JJ Pakistani) (NNS officials)) (VP (VBD accused) "
                               "(NP (NNP Kabul))) (. .)))",
                               "20251028", &ev, &n);
    assert_int_equal(rc, PARLEY_OK);
    assert_int_equal(n, 1);
    assert_string_equal(ev[0].source, "PAKGOV");
    assert_string_equal(ev[0].target, "AFG");
    assert_string_equal(ev[0].code, "112");
    assert_string_equal(ev[0].root, "11");
    assert_int_equal(ev[0].quad_class, 3);
    assert_string_equal(ev[0].plover, "ACCUSE");
    assert_string_equal(ev[0].verb_text, "ACCUSED");
    assert_string_equal(ev[0].source_text, "PAKISTANI OFFICIALS");
    assert_non_null(strstr(ev[0].pattern_file, "tiny.verbs.txt"));
    assert_int_equal(ev[0].pattern_line, 7); /* the ACCUSE verb line: no pattern matched */
    parley_coder_free(c);
    parley_dicts_free(d);
}

static void reports_bad_input(void **state)
{
    (void)state;
    parley_dicts *d = load();
    parley_coder *c = parley_coder_new(d);
    const parley_event *ev;
    size_t n;
    assert_int_equal(parley_code_parse(c, NULL, "(ROOT (S (NP x)", "20251028", &ev, &n),
                     PARLEY_BAD_PARSE);
    assert_int_equal(n, 0);
    assert_int_equal(parley_code_parse(c, NULL, "(ROOT (S (NP x)))", "20251332", &ev, &n),
                     PARLEY_BAD_DATE);
    assert_int_equal(parley_code_parse(c, "Pakistan won by six wickets.",
                                       "(ROOT (S (NP (NNP Pakistan)) (VP (VBD won)) (. .)))",
                                       "20251028", &ev, &n),
                     PARLEY_DISCARDED);
    assert_int_equal(parley_code_parse(NULL, NULL, "", "20251028", &ev, &n), PARLEY_BAD_ARG);
    parley_coder_free(c);
    parley_dicts_free(d);
}

/* Raw text: two sentences and a discarded one, events in order with
 * their sentence numbers, strings valid after all sentences are coded. */
static void codes_raw_text(void **state)
{
    (void)state;
    parley_dicts *d = load();
    parley_coder *c = parley_coder_new(d);
    const parley_event *ev;
    size_t n;
    int rc = parley_code_text(c,
                              "Pakistani officials accused Kabul. Pakistan won by six wickets. "
                              "Kabul accused Pakistan.",
                              "20251028", &ev, &n);
    assert_int_equal(rc, PARLEY_OK);
    assert_int_equal(n, 2);
    assert_int_equal(ev[0].sentence, 1);
    assert_string_equal(ev[0].source, "PAKGOV");
    assert_string_equal(ev[0].target, "AFG");
    assert_string_equal(ev[0].code, "112");
    assert_string_equal(ev[0].source_text, "PAKISTANI OFFICIALS");
    assert_int_equal(ev[1].sentence, 3);
    assert_string_equal(ev[1].source, "AFG");
    assert_string_equal(ev[1].target, "PAK");
    assert_string_equal(ev[1].verb_text, "ACCUSED");
    assert_int_equal(parley_code_text(c, "\xff", "20251028", &ev, &n), PARLEY_BAD_ARG);
    assert_int_equal(parley_code_text(c, "Kabul accused Pakistan.", "2025", &ev, &n),
                     PARLEY_BAD_DATE);
    parley_coder_free(c);
    parley_dicts_free(d);
}

/* A later sentence's "the Pakistani claims, repeated by Pakistan
 * Television" reaches back to the claims it names (the text is coded
 * twice then; the events and strings must be those of the second pass). */
static void gives_claims_their_later_outlet(void **state)
{
    (void)state;
    char err[512] = "";
    parley_dicts *d = parley_dicts_new();
    assert_int_equal(
        parley_dicts_add(d, "actors", "tests/fixtures/news.actors.txt", err, sizeof err), 0);
    assert_int_equal(
        parley_dicts_add(d, "agents", "tests/fixtures/news.agents.txt", err, sizeof err), 0);
    assert_int_equal(parley_dicts_add(d, "verbs", "tests/fixtures/news.verbs.txt", err, sizeof err),
                     0);
    parley_dicts_finish(d);
    parley_coder *c = parley_coder_new(d);
    const parley_event *ev;
    size_t n;
    assert_int_equal(parley_code_text(c,
                                      "According to Pakistani officials, Afghanistan attacked "
                                      "Pakistan. Kabul did not respond to the Pakistani claims, "
                                      "repeated by Pakistan Television.",
                                      "20251028", &ev, &n),
                     PARLEY_OK);
    assert_int_equal(n, 1);
    assert_string_equal(ev[0].source, "AFG");
    assert_string_equal(ev[0].code, "190");
    assert_string_equal(ev[0].claimant_code, "PAKGOV");
    assert_string_equal(ev[0].relay_code, "PAKMED");
    assert_string_equal(ev[0].relay_text, "PAKISTAN TELEVISION");
    /* the next text starts afresh */
    assert_int_equal(parley_code_text(c,
                                      "According to Pakistani officials, Afghanistan attacked "
                                      "Pakistan.",
                                      "20251028", &ev, &n),
                     PARLEY_OK);
    assert_int_equal(n, 1);
    assert_null(ev[0].relay_code);
    parley_coder_free(c);
    parley_dicts_free(d);
}

static void reports_dictionary_problems(void **state)
{
    (void)state;
    char err[512] = "";
    parley_dicts *d = parley_dicts_new();
    assert_int_equal(
        parley_dicts_add(d, "actors", "tests/fixtures/no-such-file.txt", err, sizeof err), -1);
    assert_string_equal(err,
                        "tests/fixtures/no-such-file.txt: cannot open: No such file or directory");
    assert_int_equal(parley_dicts_add(d, "colours", "x", err, sizeof err), -1);
    assert_string_equal(err, "unknown dictionary kind 'colours'");
    /* a coder needs finished dictionaries */
    assert_null(parley_coder_new(d));
    parley_dicts_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(codes_an_accusation),
        cmocka_unit_test(reports_bad_input),
        cmocka_unit_test(codes_raw_text),
        cmocka_unit_test(gives_claims_their_later_outlet),
        cmocka_unit_test(reports_dictionary_problems),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
