/* test_store.c: unit tests for the event store (src/store/store.h): the
 * record a worker hands the writer, opening and refusing databases, one
 * document written and replaced, and a failed document rolled back. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/internal.h"

static char dir[64];

static int make_dir(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/parley-test-store-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void path_of(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", dir, name);
}

static int64_t scalar(struct store *s, const char *sql)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int64_t v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* A sentence with two events, one reported, and an issue. */
static void coded(struct coded_sentence *cs, struct event ev[2], struct issue_count *issue,
                  struct attribution *a)
{
    *a = (struct attribution){.claimant_code = "PAKGOV",
                              .claimant_text = "PAKISTANI OFFICIALS",
                              .cue = "said",
                              .relay_code = "PAKMED",
                              .relay_text = "PAKISTAN TELEVISION",
                              .relay_cue = "repeated by"};
    ev[0] = (struct event){.source = "PAK",
                           .target = "AFG",
                           .code = "112",
                           .source_text = "PAKISTAN",
                           .target_text = "AFGHANISTAN",
                           .verb_text = "ACCUSED",
                           .verb_at = {"/x/dicts/my.verbs.txt", 10},
                           .pattern_at = {"/x/dicts/my.verbs.txt", 12},
                           .mode = MODE_FACTUAL};
    ev[1] = (struct event){.source = "---",
                           .target = "PAK",
                           .code = "174K",
                           .verb_text = "EXPELLED",
                           .verb_at = {"/x/dicts/my.verbs.txt", 40},
                           .passive = true,
                           .mode = MODE_FUTURE,
                           .attribution = a};
    *issue = (struct issue_count){"MILITANCY", 2};
    *cs = (struct coded_sentence){
        .outcome = OUTCOME_CODED, .events = ev, .nevents = 2, .issues = issue, .nissues = 1};
}

static bool str_is(struct rec_str s, const char *want)
{
    if (!want)
        return s.s == NULL;
    return s.s && s.n == strlen(want) && memcmp(s.s, want, s.n) == 0;
}

static void test_record_round_trip(void **state)
{
    (void)state;
    struct coded_sentence cs;
    struct event ev[2];
    struct issue_count issue;
    struct attribution a;
    coded(&cs, ev, &issue, &a);
    struct buf b;
    buf_init(&b);
    struct doc_meta m = {"d1", 3, 0, "AFP"};
    store_sink(&b, &m, "Pakistan accused Afghanistan.", 29, &cs);
    struct rec_cursor c = {(const unsigned char *)b.data, (const unsigned char *)b.data + b.len, 0};
    struct rec_sentence rs;
    struct rec_event re;
    assert_true(rec_sentence(&c, &rs));
    assert_int_equal(rs.n, 3);
    assert_true(str_is(rs.outlet, "AFP"));
    assert_true(str_is(rs.text, "Pakistan accused Afghanistan."));
    assert_true(str_is(rs.issues, "[{\"code\":\"MILITANCY\",\"count\":2}]"));
    assert_string_equal(rs.outcome, "coded");
    assert_int_equal(rs.nevents, 2);
    assert_true(rec_event(&c, &re));
    assert_true(str_is(re.source, "PAK") && str_is(re.code, "112"));
    assert_true(str_is(re.pattern_file, "my.verbs.txt")); /* the base name */
    assert_int_equal(re.pattern_line, 12);
    assert_string_equal(re.pattern_kind, "pattern");
    assert_true(str_is(re.cue, NULL));
    assert_true(rec_event(&c, &re));
    assert_true(str_is(re.source, NULL)); /* "---" is stored as NULL */
    assert_true(str_is(re.source_text, NULL));
    assert_int_equal(re.pattern_line, 40);
    assert_string_equal(re.pattern_kind, "verb");
    assert_true(re.passive);
    assert_string_equal(re.mode, "future");
    assert_true(str_is(re.claimant_code, "PAKGOV") && str_is(re.cue, "said"));
    assert_true(str_is(re.outlet_text, NULL));
    assert_true(str_is(re.relay_text, "PAKISTAN TELEVISION") &&
                str_is(re.relay_cue, "repeated by"));
    assert_false(rec_event(&c, &re)); /* no third event */
    assert_true(c.p == c.end);
    /* a cut record is refused, not read past its end */
    for (size_t cut = 0; cut < b.len; cut++) {
        struct rec_cursor t = {(const unsigned char *)b.data, (const unsigned char *)b.data + cut,
                               0};
        bool whole = rec_sentence(&t, &rs);
        for (unsigned k = 0; whole && k < rs.nevents; k++)
            whole = rec_event(&t, &re);
        assert_false(whole);
    }
    buf_free(&b);
}

static struct store *open_or_fail(const char *name, enum store_mode mode, enum store_status want)
{
    char p[128], err[600];
    path_of(p, sizeof p, name);
    enum store_status st;
    struct store *s = store_open(p, mode, &st, err, sizeof err);
    assert_int_equal(st, want);
    if (want != STORE_OK)
        assert_null(s);
    return s;
}

static void test_open(void **state)
{
    (void)state;
    open_or_fail("missing.db", STORE_READ, STORE_MISSING);
    struct store *s = open_or_fail("new.db", STORE_WRITE, STORE_OK);
    assert_int_equal(scalar(s, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(scalar(s, "PRAGMA application_id"), STORE_APPLICATION_ID);
    assert_int_equal(scalar(s, "SELECT count(*) FROM search_state"), 1);
    sqlite3_exec(store_db(s), "PRAGMA user_version = 2", NULL, NULL, NULL);
    store_close(s);
    open_or_fail("new.db", STORE_READ, STORE_NEWER);
    open_or_fail("new.db", STORE_WRITE, STORE_NEWER);

    char p[128];
    path_of(p, sizeof p, "other.db");
    sqlite3 *db;
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE t (x)", NULL, NULL, NULL);
    sqlite3_close(db);
    open_or_fail("other.db", STORE_WRITE, STORE_FOREIGN);

    path_of(p, sizeof p, "junk.db");
    FILE *f = fopen(p, "wb");
    fputs("this is not a database, whatever its name says, and it is long enough\n", f);
    fclose(f);
    open_or_fail("junk.db", STORE_WRITE, STORE_NOT_DB);
    open_or_fail("junk.db", STORE_READ, STORE_NOT_DB);
}

static void put(struct store *s, const char *id, const struct buf *coded_buf,
                enum store_status want)
{
    struct store_document d = {.id = id,
                               .date = "2025-10-28",
                               .text = "Pakistan accused Afghanistan.",
                               .text_len = 29,
                               .input = "text",
                               .nsentences = 1,
                               .coded = coded_buf};
    assert_int_equal(store_put_document(s, &d), want);
}

static void test_put_and_replace(void **state)
{
    (void)state;
    struct store *s = open_or_fail("docs.db", STORE_WRITE, STORE_OK);
    assert_int_equal(store_begin_run(s, "ingest", "news", NULL, 0), STORE_OK);
    struct coded_sentence cs;
    struct event ev[2];
    struct issue_count issue;
    struct attribution a;
    coded(&cs, ev, &issue, &a);
    struct buf b;
    buf_init(&b);
    struct doc_meta m = {"d1", 1, 0, NULL};
    store_sink(&b, &m, "Pakistan accused Afghanistan.", 29, &cs);
    m.sentence_id = 2;
    store_sink(&b, &m, "It said so.", 11, &cs);
    put(s, "d1", &b, STORE_OK);
    put(s, "d2", &b, STORE_OK);
    put(s, "d1", &b, STORE_OK); /* replaces */
    assert_int_equal(scalar(s, "SELECT count(*) FROM documents"), 2);
    assert_int_equal(scalar(s, "SELECT count(*) FROM sentences"), 4);
    /* staged until the bulk move: every reader reads events_all */
    assert_int_equal(scalar(s, "SELECT count(*) FROM events_staged"), 8);
    assert_int_equal(scalar(s, "SELECT count(*) FROM events_all"), 8);
    assert_int_equal(scalar(s, "SELECT events FROM documents WHERE doc_id = 'd1'"), 4);
    assert_int_equal(scalar(s, "SELECT count(*) FROM events_all WHERE quad_class = 4"),
                     4); /* 174K */
    /* a damaged record rolls its document back whole */
    struct buf bad;
    buf_init(&bad);
    buf_add(&bad, b.data, b.len - 3);
    put(s, "d3", &bad, STORE_FAILED);
    put(s, "d1", &bad, STORE_FAILED);
    assert_int_equal(scalar(s, "SELECT count(*) FROM documents"), 2);
    assert_int_equal(scalar(s, "SELECT count(*) FROM events_all"), 8);
    assert_int_equal(scalar(s, "SELECT events FROM documents WHERE doc_id = 'd1'"), 4);
    assert_int_equal(store_finish(s), STORE_OK);
    assert_int_equal(scalar(s, "SELECT count(*) FROM events"), 8);
    assert_int_equal(scalar(s, "SELECT count(*) FROM events_staged"), 0);
    /* replacing a moved document deletes its indexed rows and stages the
       new ones, with ids after every stored event's */
    put(s, "d2", &b, STORE_OK);
    assert_int_equal(scalar(s, "SELECT count(*) FROM events"), 4);
    assert_int_equal(scalar(s, "SELECT count(*) FROM events_staged"), 4);
    assert_int_equal(scalar(s, "SELECT min(id) > (SELECT max(id) FROM events) FROM events_staged"),
                     1);
    assert_int_equal(store_finish(s), STORE_OK);
    assert_int_equal(scalar(s, "SELECT count(*) FROM events"), 8);
    assert_int_equal(
        scalar(s, "SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'accused'"), 2);
    buf_free(&bad);
    buf_free(&b);
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_round_trip),
        cmocka_unit_test(test_open),
        cmocka_unit_test(test_put_and_replace),
    };
    return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
