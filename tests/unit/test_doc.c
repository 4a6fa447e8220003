/* test_doc.c: unit tests for the raw-document reader (src/read/doc.h):
 * plain text, blocks and JSON Lines with every field and every error,
 * CRLF and a BOM. Gzip, stdin, limits and long streams are in
 * test_doc_stream.c; the fixtures in doc_fixture.h. */
#include "doc_fixture.h"

/* ---- plain text and blocks ------------------------------------------- */

static void test_plain(void **state)
{
    struct fixture *f = *state;
    const char *path = write_text(f, "article.txt", "Rebels attacked.\n\nTalks resumed.\n");
    open_reader(f, path, DOC_PLAIN, JAN1);
    expect_doc(f, "article.txt", "Rebels attacked.\n\nTalks resumed.\n", 1, JAN1);
    expect_status(f, DOC_END);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 0);

    /* No final newline, CRLF, a BOM: the text is as written, less those. */
    path = write_text(f, "crlf.txt", "\xEF\xBB\xBFOne.\r\nTwo.\r\nThree.");
    open_reader(f, path, DOC_PLAIN, JAN1);
    expect_doc(f, "crlf.txt", "One.\nTwo.\nThree.", 1, JAN1);
    expect_status(f, DOC_END);

    path = write_text(f, "empty.txt", "");
    open_reader(f, path, DOC_PLAIN, JAN1);
    expect_doc(f, "empty.txt", "", 1, JAN1);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 0);
}

static void test_plain_without_date(void **state)
{
    struct fixture *f = *state;
    const char *path = write_text(f, "article.txt", "Rebels attacked.\n");
    open_reader(f, path, DOC_PLAIN, DAY_NONE);
    expect_status(f, DOC_SKIPPED);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 1);
    expect_diag(f, 0, path, 1, 0,
                "document \"article.txt\" has no date; pass --date to set a default");
}

static void test_blocks(void **state)
{
    struct fixture *f = *state;
    const char *path = write_text(f, "wire.txt",
                                  "\n"
                                  "\n"
                                  "First block,\n"          /* 3 */
                                  "  second line.\n"        /* 4 */
                                  "\n"                      /* 5 */
                                  " \t \n"                  /* 6: blank too */
                                  "Second block.\n"         /* 7 */
                                  "\n\n\n"                  /* 8-10 */
                                  "Third\r\n"               /* 11 */
                                  "block, CRLF.\r\n"        /* 12 */
                                  "\r\n"                    /* 13 */
                                  "Last, no newline at end" /* 14 */
    );
    open_reader(f, path, DOC_BLOCKS, JAN1);
    expect_doc(f, "wire.txt:3", "First block,\n  second line.", 3, JAN1);
    expect_doc(f, "wire.txt:7", "Second block.", 7, JAN1);
    expect_doc(f, "wire.txt:11", "Third\nblock, CRLF.", 11, JAN1);
    expect_doc(f, "wire.txt:14", "Last, no newline at end", 14, JAN1);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 0);

    /* A BOM does not shift line numbers; no date is reported per block. */
    path = write_text(f, "bom.txt", "\xEF\xBB\xBFOne.\n\nTwo.\n");
    open_reader(f, path, DOC_BLOCKS, DAY_NONE);
    expect_status(f, DOC_SKIPPED);
    expect_status(f, DOC_SKIPPED);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 2);
    expect_diag(f, 0, path, 1, 0,
                "document \"bom.txt:1\" has no date; pass --date to set a default");
    expect_diag(f, 1, path, 3, 0,
                "document \"bom.txt:3\" has no date; pass --date to set a default");

    path = write_text(f, "blank.txt", "\n  \n\r\n");
    open_reader(f, path, DOC_BLOCKS, JAN1);
    expect_status(f, DOC_END);
}

static void test_nul_in_text(void **state)
{
    struct fixture *f = *state;
    static const char blocks[] = "Good one.\n\nBad \xC3\xA9\0 one,\nstill bad.\n\nGood two.\n";
    const char *path = write_bytes(f, "nul.txt", blocks, sizeof blocks - 1);
    open_reader(f, path, DOC_BLOCKS, JAN1);
    expect_doc(f, "nul.txt:1", "Good one.", 1, JAN1);
    expect_status(f, DOC_SKIPPED);
    expect_doc(f, "nul.txt:6", "Good two.", 6, JAN1);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 1);
    /* Columns count characters: "Bad é" is five. */
    expect_diag(f, 0, path, 3, 6, "NUL byte in text");

    open_reader(f, path, DOC_PLAIN, JAN1);
    expect_status(f, DOC_SKIPPED);
    expect_status(f, DOC_END);
    expect_diag(f, 1, path, 3, 6, "NUL byte in text");
}

/* ---- JSON Lines ------------------------------------------------------- */

static void test_jsonl_fields(void **state)
{
    struct fixture *f = *state;
    const char *path =
        write_text(f, "news.jsonl",
                   "{\"id\": \"a1\", \"text\": \"Rebels attacked.\\nTalks \\u00e9.\", \"date\": "
                   "\"2024-02-29\", \"source\": \"AFP\", \"url\": \"https://example.org/a1\", "
                   "\"title\": \"Attack\", \"lang\": \"en\", \"n\": [1, {\"x\": null}]}\n"
                   "{\"id\": \"a2\", \"text\": \"\", \"date\": \"20240301\", \"source\": null, "
                   "\"url\": null, \"title\": null}\n"
                   "{\"text\": \"T3\", \"date\": \"2024-03-02T23:59:59Z\", \"id\": \"a3\"}\n"
                   "{\"id\": \"a4\", \"text\": \"T4\", \"date\": \"2024-03-03T01:00:00+05:30\"}\n"
                   "  {\"id\": \"a5\", \"text\": \"T5\", \"date\": null}  \n");
    open_reader(f, path, DOC_JSONL, JAN1);
    struct document d;
    assert_int_equal(doc_next(f->r, &d), DOC_OK);
    assert_string_equal(d.id, "a1");
    assert_string_equal(d.text, "Rebels attacked.\nTalks \xC3\xA9.");
    assert_int_equal(d.text_len, 26);
    assert_int_equal(d.date, date_to_days(2024, 2, 29));
    assert_string_equal(d.source, "AFP");
    assert_string_equal(d.url, "https://example.org/a1");
    assert_string_equal(d.title, "Attack");
    assert_int_equal(d.line, 1);

    assert_int_equal(doc_next(f->r, &d), DOC_OK);
    assert_string_equal(d.id, "a2");
    assert_int_equal(d.text_len, 0);
    assert_string_equal(d.text, "");
    assert_int_equal(d.date, date_to_days(2024, 3, 1));
    assert_null(d.source);
    assert_null(d.url);
    assert_null(d.title);
    assert_int_equal(d.line, 2);

    expect_doc(f, "a3", "T3", 3, date_to_days(2024, 3, 2));
    /* A timestamp's date as written, not moved to UTC. */
    expect_doc(f, "a4", "T4", 4, date_to_days(2024, 3, 3));
    /* No date (null is none): the default. */
    expect_doc(f, "a5", "T5", 5, JAN1);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 0);
}

/* What the fast scanner decodes itself (doc_jsonscan.c) must equal what
 * jansson gives: every escape, a surrogate pair, escaped keys, a repeated
 * key (the last counts), blanks of every kind, and quotes and escapes on
 * both sides of its eight-byte steps. A lone surrogate still goes to
 * jansson, which reports it. */
static void test_jsonl_strings(void **state)
{
    struct fixture *f = *state;
    const char *path =
        write_text(f, "s.jsonl",
                   "{\"id\":\"s1\",\"text\":\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"}\n"
                   "{\"id\":\"s2\",\"text\":\"\\ud83d\\ude00 \\u00E9\\u20ac caf\xC3\xA9\"}\n"
                   "\t{ \"i\\u0064\" :\r\"s3\" , \"t\\u0065xt\"\t:\"x\", \"text\": \"y\" }\r\n"
                   "{\"id\":\"s4\",\"text\":\"12345678\\\"12345678901234567\\\\1234567\\\"\"}\n"
                   "{\"id\":\"s5\",\"other\":\"z\",\"x\":null,\"text\":\"t\",\"source\":\"AFP\"}\n"
                   "{\"id\":\"s6\",\"text\":\"lone \\ud83d here\"}\n");
    open_reader(f, path, DOC_JSONL, JAN1);
    expect_doc(f, "s1", "a\"b\\c/d\be\ff\ng\rh\ti", 1, JAN1);
    expect_doc(f, "s2", "\xF0\x9F\x98\x80 \xC3\xA9\xE2\x82\xAC caf\xC3\xA9", 2, JAN1);
    expect_doc(f, "s3", "y", 3, JAN1);
    expect_doc(f, "s4", "12345678\"12345678901234567\\1234567\"", 4, JAN1);
    struct document d;
    assert_int_equal(doc_next(f->r, &d), DOC_OK);
    assert_string_equal(d.id, "s5");
    assert_string_equal(d.source, "AFP");
    assert_null(d.url);
    expect_status(f, DOC_SKIPPED);
    assert_int_equal(f->diag.count, 1);
    expect_diag(f, 0, path, 6, 36,
                "invalid JSON: invalid Unicode '\\uD83D' near '\"lone \\ud83d here\"'");
    expect_status(f, DOC_END);
}

struct bad_line {
    const char *json;
    size_t len; /* 0: strlen(json) */
    unsigned col;
    const char *msg;
};

static const struct bad_line bad_lines[] = {
    {"{\"id\": \"a\", \"text\": \"x\",}", 0, 25, "invalid JSON: string or '}' expected near '}'"},
    {"{\"id\": \"a\" \"text\": \"x\"}", 0, 17, "invalid JSON: '}' expected near '\"text\"'"},
    {"{\"id\": \"a\", \"text\": \"x", 0, 22, "invalid JSON: premature end of input near '\"x'"},
    /* jansson counts columns in characters: "éé" is two. */
    {"{\"id\":\"\xC3\xA9\xC3\xA9\", x}", 0, 13, "invalid JSON: string or '}' expected near 'x'"},
    {"{\"id\": \"\xFF\", \"text\": \"x\"}", 0, 8,
     "invalid JSON: unable to decode byte 0xff near '\"'"},
    {"{\"id\": \"a\", \"text\": \"x\0y\"}", 25, 23, "invalid JSON: NUL byte"},
    {"[1, 2]", 0, 1, "expected a JSON object, found an array"},
    {"   \"just text\"", 0, 4, "expected a JSON object, found a string"},
    {"42", 0, 1, "expected a JSON object, found a number"},
    {"{\"text\": \"x\"}", 0, 0, "missing \"id\""},
    {"{\"id\": \"a\"}", 0, 0, "missing \"text\""},
    {"{\"id\": 7, \"text\": \"x\"}", 0, 0, "\"id\" is a number, not a string"},
    {"{\"id\": null, \"text\": \"x\"}", 0, 0, "\"id\" is null, not a string"},
    {"{\"id\": \"a\", \"text\": {\"p\": 1}}", 0, 0, "\"text\" is an object, not a string"},
    {"{\"id\": \"\", \"text\": \"x\"}", 0, 0, "\"id\" is empty"},
    {"{\"id\": \"a\", \"text\": \"x\\u0000y\"}", 0, 0,
     "\"text\" contains a NUL character (\\u0000)"},
    {"{\"id\": \"a\\u0000\", \"text\": \"x\"}", 0, 0, "\"id\" contains a NUL character (\\u0000)"},
    {"{\"id\": \"a\", \"text\": \"x\", \"date\": \"2024-02-30\"}", 0, 0,
     "\"date\" is not a valid date: \"2024-02-30\" (expected YYYY-MM-DD, YYYYMMDD or "
     "YYYY-MM-DDTHH:MM:SSZ)"},
    {"{\"id\": \"a\", \"text\": \"x\", \"date\": \"20230229\"}", 0, 0,
     "\"date\" is not a valid date: \"20230229\" (expected YYYY-MM-DD, YYYYMMDD or "
     "YYYY-MM-DDTHH:MM:SSZ)"},
    {"{\"id\": \"a\", \"text\": \"x\", \"date\": \"Feb 1, 2024\"}", 0, 0,
     "\"date\" is not a valid date: \"Feb 1, 2024\" (expected YYYY-MM-DD, YYYYMMDD or "
     "YYYY-MM-DDTHH:MM:SSZ)"},
    {"{\"id\": \"a\", \"text\": \"x\", \"date\": 20240101}", 0, 0,
     "\"date\" is a number, not a string"},
    {"{\"id\": \"a\", \"text\": \"x\", \"title\": [\"t\"]}", 0, 0,
     "\"title\" is an array, not a string"},
    {"{\"id\": \"a\", \"text\": \"x\", \"source\": true}", 0, 0,
     "\"source\" is a boolean, not a string"},
    {"{\"id\": \"a\", \"text\": \"x\", \"url\": 1.5}", 0, 0, "\"url\" is a number, not a string"},
};

static void test_jsonl_errors(void **state)
{
    struct fixture *f = *state;
    /* Each bad line is followed by a good one, which must still be read. */
    enum { N = sizeof bad_lines / sizeof bad_lines[0] };
    struct buf in;
    buf_init(&in);
    for (size_t i = 0; i < N; i++) {
        const struct bad_line *b = &bad_lines[i];
        buf_add(&in, b->json, b->len ? b->len : strlen(b->json));
        buf_printf(&in, "\n{\"id\": \"ok%zu\", \"text\": \"fine\"}\n", i);
    }
    const char *path = write_bytes(f, "bad.jsonl", in.data, in.len);
    buf_free(&in);
    open_reader(f, path, DOC_JSONL, JAN1);
    for (size_t i = 0; i < N; i++) {
        expect_status(f, DOC_SKIPPED);
        char id[16];
        snprintf(id, sizeof id, "ok%zu", i);
        expect_doc(f, id, "fine", (unsigned)(2 * i + 2), JAN1);
        assert_int_equal(f->diag.count, i + 1);
        expect_diag(f, i, path, (unsigned)(2 * i + 1), bad_lines[i].col, bad_lines[i].msg);
    }
    expect_status(f, DOC_END);
}

static void test_jsonl_dates_and_blank_lines(void **state)
{
    struct fixture *f = *state;
    const char *path = write_text(f, "d.jsonl",
                                  "\n"
                                  "{\"id\": \"dated\", \"text\": \"x\", \"date\": \"2024-05-06\"}\n"
                                  "   \t\n"
                                  "\r\n"
                                  "{\"id\": \"undated\", \"text\": \"y\"}\n"
                                  "\n");
    /* With a default: used only where the document has no date. */
    open_reader(f, path, DOC_JSONL, JAN1);
    expect_doc(f, "dated", "x", 2, date_to_days(2024, 5, 6));
    expect_doc(f, "undated", "y", 5, JAN1);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 0);

    /* Without: the undated document is reported, by id, and skipped. */
    open_reader(f, path, DOC_JSONL, DAY_NONE);
    expect_doc(f, "dated", "x", 2, date_to_days(2024, 5, 6));
    expect_status(f, DOC_SKIPPED);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 1);
    expect_diag(f, 0, path, 5, 0, "document \"undated\" has no date; pass --date to set a default");
}

static void test_jsonl_crlf_bom(void **state)
{
    struct fixture *f = *state;
    const char *path = write_text(f, "win.jsonl",
                                  "\xEF\xBB\xBF{\"id\": \"w1\", \"text\": \"a\"}\r\n"
                                  "{\"id\": \"w2\", \"text\": \"b\"}\r\n"
                                  "\r\n"
                                  "{\"id\": \"w3\", \"text\": \"c\"}");
    open_reader(f, path, DOC_JSONL, JAN1);
    expect_doc(f, "w1", "a", 1, JAN1);
    expect_doc(f, "w2", "b", 2, JAN1);
    expect_doc(f, "w3", "c", 4, JAN1);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 0);

    /* Columns on the first line count from after the BOM. */
    path = write_text(f, "bombad.jsonl", "\xEF\xBB\xBF[]\r\n");
    open_reader(f, path, DOC_JSONL, JAN1);
    expect_status(f, DOC_SKIPPED);
    expect_status(f, DOC_END);
    expect_diag(f, 0, path, 1, 1, "expected a JSON object, found an array");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_plain, setup, teardown),
        cmocka_unit_test_setup_teardown(test_plain_without_date, setup, teardown),
        cmocka_unit_test_setup_teardown(test_blocks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nul_in_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_strings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_dates_and_blank_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_crlf_bom, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
