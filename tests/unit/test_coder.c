/* test_coder.c: unit tests for the coder (src/code). A tiny lexicon of
 * fictional actors is built from dictionary files written for the test,
 * and hand-written parses are coded with coder_code; each test asserts the
 * exact events (source, target, code), or the outcome and its detail. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "code/code.h"
#include "dict/dict.h"

static const char ACTORS[] = "ARNOR [ARN]\n"
                             "GONDOR [GON]\n"
                             "OSGILIATH [OSG]\n"
                             "MORDOR [MOR]\n"
                             "ROHAN\n"
                             "\t[RHNOLD <19991231]\n"
                             "\t[RHNNEW >20000102]\n";

static const char AGENTS[] = "GOVERNMENT [~GOV]\n"
                             "REBEL [REB~]\n";

static const char VERBS[] = "--- ATTACK [190] ---\n"         /* 1 */
                            "ATTACK\n"                       /* 2 */
                            "--- RECEIVE [070] ---\n"        /* 3 */
                            "RECEIVE\n"                      /* 4 */
                            "- + * AID FROM $ [071]\n"       /* 5 */
                            "--- VISIT [032:033] ---\n"      /* 6 */
                            "VISIT\n"                        /* 7 */
                            "--- CORDON [172] ---\n"         /* 8 */
                            "+CORDON_OFF {+CORDONED_OFF}\n"; /* 9 */

static const char DISCARDS[] = "TYPHOON\n"
                               "+SPORTS_\n";

static const char ISSUES[] = "<ISSUE CATEGORY=\"ECONOMY\">\n"
                             "n:TAX [TAX]\n"
                             "~TAX HAVEN\n"
                             "</ISSUE>\n";

/* Parses of the sentences the tests code. */
#define SVO(subj, verb, obj) "(ROOT (S (NP " subj ") (VP (VBD " verb ") (NP " obj ")) (. .)))"

static const char P_ARNOR_ATTACKED_GONDOR[] = SVO("(NNP Arnor)", "attacked", "(NNP Gondor)");

struct fx {
    char dir[64];
    char paths[5][160];
    struct lexicon *lx;
    struct coder *coder;
    struct code_options opt;
    struct coded_sentence out;
    char events[1024];
};

static void write_file(struct fx *f, int i, const char *name, const char *text)
{
    char tmp[sizeof f->paths[0]];
    snprintf(tmp, sizeof tmp, "%s/%s", f->dir, name);
    memcpy(f->paths[i], tmp, sizeof tmp);
    FILE *fp = fopen(f->paths[i], "wb");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static int setup(void **state)
{
    struct fx *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/parley-test-coder-XXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    write_file(f, 0, "test.actors", ACTORS);
    write_file(f, 1, "test.agents", AGENTS);
    write_file(f, 2, "test.verbs", VERBS);
    write_file(f, 3, "test.discards", DISCARDS);
    write_file(f, 4, "test.issues", ISSUES);
    f->lx = lexicon_new();
    struct diag_list d = {0};
    for (int i = 0; i < 5; i++)
        if (dict_load(f->lx, dict_kind_guess(f->paths[i]), f->paths[i], &d) != 0)
            return -1;
    if (d.count != 0)
        return -1;
    diag_free(&d);
    dict_finish(f->lx);
    f->coder = coder_new(f->lx);
    code_options_default(&f->opt);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fx *f = *state;
    coded_sentence_free(&f->out);
    coder_free(f->coder);
    lexicon_free(f->lx);
    for (int i = 0; i < 5; i++)
        unlink(f->paths[i]);
    rmdir(f->dir);
    free(f);
    return 0;
}

static day_t ymd(int y, int m, int d)
{
    return date_to_days(y, m, d);
}

/* The events as "SRC TGT CODE; ..." in order. */
static const char *events_str(struct fx *f)
{
    size_t n = 0;
    f->events[0] = '\0';
    for (size_t i = 0; i < f->out.nevents; i++) {
        const struct event *e = &f->out.events[i];
        n += (size_t)snprintf(f->events + n, sizeof f->events - n, "%s%s %s %s", i ? "; " : "",
                              e->source, e->target, e->code);
    }
    return f->events;
}

static void code_on(struct fx *f, const char *text, const char *parse, day_t date)
{
    struct sentence_input in = {
        .text = text,
        .text_len = text ? strlen(text) : 0,
        .parse = parse,
        .parse_len = strlen(parse),
        .date = date,
    };
    coder_code(f->coder, &in, &f->opt, &f->out);
}

/* Codes parse (dated 2010-01-01) and returns its events. */
static const char *code(void **state, const char *text, const char *parse)
{
    struct fx *f = *state;
    code_on(f, text, parse, ymd(2010, 1, 1));
    return events_str(f);
}

/* ---- events ---------------------------------------------------------------- */

static void test_simple_svo(void **state)
{
    struct fx *f = *state;
    assert_string_equal(code(state, "Arnor attacked Gondor.", P_ARNOR_ATTACKED_GONDOR),
                        "ARN GON 190");
    assert_int_equal(f->out.outcome, OUTCOME_CODED);
    assert_null(f->out.detail);
    const struct event *e = &f->out.events[0];
    assert_string_equal(e->source_text, "ARNOR");
    assert_string_equal(e->target_text, "GONDOR");
    assert_string_equal(e->verb_text, "ATTACKED");
    assert_string_equal(e->verb_at.file, f->paths[2]);
    assert_int_equal(e->verb_at.line, 2);
    assert_null(e->pattern_at.file); /* the verb's own code */
    assert_false(e->passive);
    /* Without text: no discards, no issues, same events. */
    assert_string_equal(code(state, NULL, P_ARNOR_ATTACKED_GONDOR), "ARN GON 190");
    /* An unknown verb codes nothing. */
    assert_string_equal(code(state, NULL, SVO("(NNP Arnor)", "greeted", "(NNP Gondor)")), "");
    assert_int_equal(f->out.outcome, OUTCOME_CODED);
}

static void test_agents(void **state)
{
    assert_string_equal(
        code(state, NULL, SVO("(DT The) (NNP Arnor) (NN government)", "attacked", "(NNP Gondor)")),
        "ARNGOV GON 190");
    /* A generated plural of a prefix agent. */
    assert_string_equal(
        code(state, NULL, SVO("(NNP Arnor) (NNS rebels)", "attacked", "(NNP Gondor)")),
        "REBARN GON 190");
    /* An agent without an actor. */
    assert_string_equal(
        code(state, NULL, SVO("(DT the) (NN government)", "attacked", "(NNP Mordor)")),
        "---GOV MOR 190");
}

static void test_compounds(void **state)
{
    assert_string_equal(
        code(state, NULL, SVO("(NNP Arnor) (CC and) (NNP Gondor)", "attacked", "(NNP Mordor)")),
        "ARN MOR 190; GON MOR 190");
    assert_string_equal(
        code(state, NULL, SVO("(NNP Mordor)", "attacked", "(NNP Arnor) (CC and) (NNP Gondor)")),
        "MOR ARN 190; MOR GON 190");
    /* The agent of a compound head is shared by every member. */
    assert_string_equal(code(state, NULL,
                             "(ROOT (S (NP (NP (DT The) (NNS governments)) (PP (IN of) "
                             "(NP (NNP Arnor) (CC and) (NNP Gondor)))) (VP (VBD attacked) "
                             "(NP (NNP Mordor))) (. .)))"),
                        "ARNGOV MOR 190; GONGOV MOR 190");
}

static void test_passive(void **state)
{
    struct fx *f = *state;
    const char *passive = "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) "
                          "(PP (IN by) (NP (NNP Arnor))))) (. .)))";
    assert_string_equal(code(state, "Gondor was attacked by Arnor.", passive), "ARN GON 190");
    assert_true(f->out.events[0].passive);
    assert_string_equal(f->out.events[0].source_text, "ARNOR");
    assert_string_equal(f->out.events[0].target_text, "GONDOR");
    assert_string_equal(f->out.events[0].verb_text, "ATTACKED");
    /* WERE is not one of PETRARCH-1's passive auxiliaries. */
    const char *were = "(ROOT (S (NP (NNP Gondor)) (VP (VBD were) (VP (VBN attacked) "
                       "(PP (IN by) (NP (NNP Arnor))))) (. .)))";
    assert_string_equal(code(state, NULL, were), "GON ARN 190");
    assert_false(f->out.events[0].passive);
}

static void test_pattern_source_target(void **state)
{
    struct fx *f = *state;
    /* "- + * AID FROM $ [071]": the subject is the target, the object of
     * FROM the source. */
    const char *aid = "(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (NN aid)) "
                      "(PP (IN from) (NP (NNP Arnor)))) (. .)))";
    assert_string_equal(code(state, NULL, aid), "ARN GON 071");
    const struct event *e = &f->out.events[0];
    assert_string_equal(e->pattern_at.file, f->paths[2]);
    assert_int_equal(e->pattern_at.line, 5);
    assert_int_equal(e->verb_at.line, 4);
    assert_string_equal(e->verb_text, "RECEIVED");
    /* Without AID the pattern fails: the verb's code and default roles. */
    const char *envoys = "(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (NNS envoys)) "
                         "(PP (IN from) (NP (NNP Arnor)))) (. .)))";
    assert_string_equal(code(state, NULL, envoys), "GON ARN 070");
    assert_null(f->out.events[0].pattern_at.file);
}

static void test_paired_code(void **state)
{
    assert_string_equal(code(state, NULL, SVO("(NNP Arnor)", "visited", "(NNP Gondor)")),
                        "ARN GON 032; GON ARN 033");
    /* An uncoded partner: the compound's members pair among themselves. */
    assert_string_equal(
        code(state, NULL,
             SVO("(NNP Arnor) (CC and) (NNP Gondor)", "visited", "(DT the) (NN fortress)")),
        "ARN GON 032; GON ARN 032; ARN GON 033; GON ARN 033");
    /* A single actor with an uncoded partner makes only a self-pair. */
    assert_string_equal(code(state, NULL, SVO("(NNP Arnor)", "visited", "(DT the) (NN fortress)")),
                        "");
}

static void test_multiword_verb(void **state)
{
    const char *off = "(ROOT (S (NP (NNP Mordor)) (VP (VBD cordoned) (PRT (RP off)) "
                      "(NP (NNP Osgiliath))) (. .)))";
    assert_string_equal(code(state, NULL, off), "MOR OSG 172");
    /* Without OFF, CORDONED is no verb. */
    assert_string_equal(code(state, NULL, SVO("(NNP Mordor)", "cordoned", "(NNP Osgiliath)")), "");
}

static void test_require_dyad(void **state)
{
    struct fx *f = *state;
    const char *fortress = SVO("(NNP Arnor)", "attacked", "(DT the) (NN fortress)");
    assert_true(f->opt.require_dyad); /* the default */
    assert_string_equal(code(state, NULL, fortress), "");
    assert_int_equal(f->out.outcome, OUTCOME_CODED);
    assert_true(code_options_set(&f->opt, "require_dyad", "False"));
    assert_false(f->opt.require_dyad);
    assert_string_equal(code(state, NULL, fortress), "ARN --- 190");
    assert_string_equal(f->out.events[0].target_text, "THE FORTRESS");
    /* Unknown source: "---" is kept too. */
    assert_string_equal(code(state, NULL, SVO("(DT The) (NNS rebels)", "attacked", "(NNP Arnor)")),
                        "REB--- ARN 190");
    assert_true(code_options_set(&f->opt, "require_dyad", "true"));
    assert_true(f->opt.require_dyad);
    assert_string_equal(code(state, NULL, fortress), "");
    /* A "---GOV" side is a code like any other. */
    assert_string_equal(
        code(state, NULL, SVO("(DT the) (NN government)", "attacked", "(NNP Mordor)")),
        "---GOV MOR 190");
}

static void test_options(void **state)
{
    (void)state;
    struct code_options o;
    code_options_default(&o);
    assert_int_equal(o.new_actor_length, 0);
    assert_true(o.require_dyad);
    assert_int_equal(o.comma_min, 2);
    assert_int_equal(o.comma_max, 8);
    assert_int_equal(o.comma_bmin, 0);
    assert_int_equal(o.comma_bmax, 0);
    assert_int_equal(o.comma_emin, 2);
    assert_int_equal(o.comma_emax, 8);
    assert_true(code_options_set(&o, "new_actor_length", "4"));
    assert_int_equal(o.new_actor_length, 4);
    assert_true(code_options_set(&o, "comma_bmax", "6"));
    assert_int_equal(o.comma_bmax, 6);
    assert_true(code_options_set(&o, "require_dyad", "FALSE"));
    assert_false(o.require_dyad);
    assert_true(code_options_set(&o, "stop_on_error", "true"));
    assert_false(code_options_set(&o, "no_such_option", "1"));
}

static void test_new_actor_length(void **state)
{
    struct fx *f = *state;
    f->opt.require_dyad = false;
    assert_true(code_options_set(&f->opt, "new_actor_length", "2"));
    assert_string_equal(code(state, NULL, SVO("(NNP Arnor)", "attacked", "(DT the) (NN fortress)")),
                        "ARN \"THE FORTRESS\" 190");
    assert_string_equal(
        code(state, NULL, SVO("(NNP Arnor)", "attacked", "(DT the) (JJ old) (NN fortress)")),
        "ARN --- 190");
}

/* ---- outcomes -------------------------------------------------------------- */

static void test_discards(void **state)
{
    struct fx *f = *state;
    assert_string_equal(
        code(state, "Arnor attacked Gondor during the typhoon.", P_ARNOR_ATTACKED_GONDOR), "");
    assert_int_equal(f->out.outcome, OUTCOME_SENTENCE_DISCARD);
    assert_string_equal(f->out.detail, "TYPHOON");
    assert_string_equal(code(state, "Arnor beat Gondor at sports.", P_ARNOR_ATTACKED_GONDOR), "");
    assert_int_equal(f->out.outcome, OUTCOME_STORY_DISCARD);
    assert_string_equal(f->out.detail, "SPORTS");
    /* A story discard beats a sentence discard wherever they are. */
    code(state, "Arnor fled the typhoons and\ngave up sports!", P_ARNOR_ATTACKED_GONDOR);
    assert_int_equal(f->out.outcome, OUTCOME_STORY_DISCARD);
    assert_string_equal(f->out.detail, "SPORTS");
    /* Never at the very start of the text; whole words need a boundary. */
    assert_string_equal(
        code(state, "Typhoon winds hid Arnor's sportsmen.", P_ARNOR_ATTACKED_GONDOR),
        "ARN GON 190");
    assert_int_equal(f->out.outcome, OUTCOME_CODED);
    assert_null(f->out.detail);
}

static void test_parse_errors(void **state)
{
    struct fx *f = *state;
    assert_string_equal(code(state, "Arnor attacked.",
                             "(ROOT (S (NP (NNP Arnor)) (VP (VBD "
                             "attacked)"),
                        "");
    assert_int_equal(f->out.outcome, OUTCOME_PARSE_ERROR);
    assert_string_equal(f->out.detail, "bad_input_parse");
    code(state, "Arnor.", "");
    assert_int_equal(f->out.outcome, OUTCOME_PARSE_ERROR);
    assert_string_equal(f->out.detail, "empty_parse");
    assert_int_equal(f->out.nevents, 0);
    /* A compound NE first under ROOT looks like a dateline. */
    code(state, "Arnor and Gondor of Rohan:",
         "(ROOT (NP (NP (NNP Arnor) (CC and) (NNP Gondor)) (PP (IN of) (NP (NNP Rohan)))))");
    assert_int_equal(f->out.outcome, OUTCOME_DATELINE);
    assert_string_equal(f->out.detail, "dateline");
    assert_int_equal(f->out.nevents, 0);
    /* And the coder carries on normally. */
    assert_string_equal(code(state, NULL, P_ARNOR_ATTACKED_GONDOR), "ARN GON 190");
    assert_int_equal(f->out.outcome, OUTCOME_CODED);
}

static void test_date_restricted_actor(void **state)
{
    struct fx *f = *state;
    const char *rohan = SVO("(NNP Rohan)", "attacked", "(NNP Gondor)");
    code_on(f, NULL, rohan, ymd(1995, 5, 5));
    assert_string_equal(events_str(f), "RHNOLD GON 190");
    code_on(f, NULL, rohan, ymd(1999, 12, 31));
    assert_string_equal(events_str(f), "RHNOLD GON 190");
    code_on(f, NULL, rohan, ymd(2000, 1, 1)); /* between the two: no code */
    assert_string_equal(events_str(f), "");
    code_on(f, NULL, rohan, ymd(2000, 1, 2));
    assert_string_equal(events_str(f), "RHNNEW GON 190");
    code_on(f, NULL, rohan, ymd(2025, 10, 28));
    assert_string_equal(events_str(f), "RHNNEW GON 190");
    f->opt.require_dyad = false;
    code_on(f, NULL, rohan, ymd(2000, 1, 1));
    assert_string_equal(events_str(f), "--- GON 190");
}

/* Everything a coded sentence reports, as one string. */
static char *snapshot(const struct coded_sentence *s)
{
    char *text = NULL;
    size_t size = 0;
    FILE *fp = open_memstream(&text, &size);
    fprintf(fp, "%d|%s|", (int)s->outcome, s->detail ? s->detail : "(null)");
    for (size_t i = 0; i < s->nevents; i++) {
        const struct event *e = &s->events[i];
        fprintf(fp, "%s %s %s [%s/%s/%s] %s:%u %s:%u %d;", e->source, e->target, e->code,
                e->source_text, e->target_text, e->verb_text, e->verb_at.file, e->verb_at.line,
                e->pattern_at.file ? e->pattern_at.file : "-", e->pattern_at.line, e->passive);
    }
    for (size_t i = 0; i < s->nissues; i++)
        fprintf(fp, "issue %s %u;", s->issues[i].code, s->issues[i].count);
    fclose(fp);
    return text;
}

static void test_no_state_between_sentences(void **state)
{
    struct fx *f = *state;
    static const struct {
        const char *text, *parse;
    } inputs[] = {
        {"Arnor and Gondor visited the fortress.",
         SVO("(NNP Arnor) (CC and) (NNP Gondor)", "visited", "(DT the) (NN fortress)")},
        {"Gondor was attacked by Arnor over taxes.",
         "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) "
         "(NP (NNP Arnor))) (PP (IN over) (NP (NNS taxes))))) (. .)))"},
        {"Arnor attacked Gondor during the typhoon.", P_ARNOR_ATTACKED_GONDOR},
        {"broken", "(ROOT (S"},
        {"Gondor received aid from Arnor.",
         "(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (NN aid)) "
         "(PP (IN from) (NP (NNP Arnor)))) (. .)))"},
        {"The Arnor government attacked Mordor.",
         SVO("(DT The) (NNP Arnor) (NN government)", "attacked", "(NNP Mordor)")},
    };
    enum { N = sizeof inputs / sizeof inputs[0] };
    char *first[N];
    for (size_t i = 0; i < N; i++) {
        code_on(f, inputs[i].text, inputs[i].parse, ymd(2010, 1, 1));
        first[i] = snapshot(&f->out);
        /* The same input again, right away. */
        code_on(f, inputs[i].text, inputs[i].parse, ymd(2010, 1, 1));
        char *again = snapshot(&f->out);
        assert_string_equal(again, first[i]);
        free(again);
    }
    /* In reverse order, after everything else, and on a fresh coder. */
    struct coder *other = coder_new(f->lx);
    struct coded_sentence out2 = {0};
    for (size_t k = N; k-- > 0;) {
        code_on(f, inputs[k].text, inputs[k].parse, ymd(2010, 1, 1));
        char *later = snapshot(&f->out);
        assert_string_equal(later, first[k]);
        free(later);
        struct sentence_input in = {inputs[k].text,
                                    strlen(inputs[k].text),
                                    inputs[k].parse,
                                    strlen(inputs[k].parse),
                                    ymd(2010, 1, 1),
                                    NULL,
                                    NULL};
        coder_code(other, &in, &f->opt, &out2);
        char *fresh = snapshot(&out2);
        assert_string_equal(fresh, first[k]);
        free(fresh);
    }
    /* Spot checks that the snapshots hold what they should. */
    assert_non_null(strstr(first[0], "ARN GON 032"));
    assert_non_null(strstr(first[1], "ARN GON 190"));
    assert_non_null(strstr(first[1], "issue TAX 1;"));
    assert_non_null(strstr(first[2], "|TYPHOON|"));
    assert_non_null(strstr(first[3], "|bad_input_parse|"));
    assert_non_null(strstr(first[5], "ARNGOV MOR 190"));
    for (size_t i = 0; i < N; i++)
        free(first[i]);
    coded_sentence_free(&out2);
    coder_free(other);
}

static void test_trace(void **state)
{
    struct fx *f = *state;
    struct buf trace;
    buf_init(&trace);
    coder_set_trace(f->coder, &trace);
    code(state, NULL, SVO("(DT The) (NNP Arnor) (NN government)", "attacked", "(NNP Gondor)"));
    coder_set_trace(f->coder, NULL);
    assert_string_equal(events_str(f), "ARNGOV GON 190");
    assert_non_null(trace.data);
    char want[256];
    snprintf(want, sizeof want, "actor ARNOR -> ARN  (%s:1)", f->paths[0]);
    assert_non_null(strstr(trace.data, want));
    snprintf(want, sizeof want, "agent GOVERNMENT -> ~GOV  (%s:1)", f->paths[1]);
    assert_non_null(strstr(trace.data, want));
    assert_non_null(strstr(trace.data, "event ARNGOV GON 190"));
    /* Tracing off: nothing more is written. */
    size_t len = trace.len;
    code(state, NULL, P_ARNOR_ATTACKED_GONDOR);
    assert_int_equal(trace.len, len);
    buf_free(&trace);
}

static void test_issues(void **state)
{
    struct fx *f = *state;
    code(state, "Arnor raised taxes, then a tax on tax.", P_ARNOR_ATTACKED_GONDOR);
    assert_int_equal(f->out.nissues, 1);
    assert_string_equal(f->out.issues[0].code, "TAX");
    assert_int_equal(f->out.issues[0].count, 3);
    code(state, "Arnor attacked Gondor.", P_ARNOR_ATTACKED_GONDOR);
    assert_int_equal(f->out.nissues, 0);
}

/* Regression: an issue phrase that begins an ignore phrase (TAX in TAX
 * HAVEN) is reported before it by the trie scan, and used to be counted. */
static void test_issue_inside_ignore_phrase(void **state)
{
    struct fx *f = *state;
    code(state, "Gondor is a tax haven.", P_ARNOR_ATTACKED_GONDOR);
    assert_int_equal(f->out.nissues, 0);
    code(state, "Arnor raised taxes on Gondor, a tax haven.", P_ARNOR_ATTACKED_GONDOR);
    assert_int_equal(f->out.nissues, 1);
    assert_int_equal(f->out.issues[0].count, 1);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_simple_svo),
        T(test_agents),
        T(test_compounds),
        T(test_passive),
        T(test_pattern_source_target),
        T(test_paired_code),
        T(test_multiword_verb),
        T(test_require_dyad),
        T(test_options),
        T(test_new_actor_length),
        T(test_discards),
        T(test_parse_errors),
        T(test_date_restricted_actor),
        T(test_no_state_between_sentences),
        T(test_trace),
        T(test_issues),
        T(test_issue_inside_ignore_phrase),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
