/* test_doc.c: unit tests for the raw-document reader (src/read/doc.h).
 * Each test writes its input files into a fresh temporary directory and
 * reads them back: plain text, blocks, JSON Lines with every field and
 * every error, gzip (whole, truncated, corrupt, on stdin), CRLF, a BOM,
 * the length limit, and a 200,000-document stream. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "base/buf.h"
#include "read/doc.h"

/* ---- fixtures ------------------------------------------------------- */

struct fixture {
    char dir[64];
    char *paths[16]; /* kept to the end: diagnostics point at them */
    size_t npaths;
    struct diag_list diag;
    struct doc_reader *r;
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    strcpy(f->dir, "/tmp/parley-test-doc-XXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    *state = f;
    return 0;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    doc_reader_close(f->r);
    diag_free(&f->diag);
    for (size_t i = 0; i < f->npaths; i++)
        free(f->paths[i]);
    int rc = nftw(f->dir, remove_one, 8, FTW_DEPTH | FTW_PHYS);
    free(f);
    return rc;
}

static const char *path_of(struct fixture *f, const char *name)
{
    assert_true(f->npaths < 16);
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s/%s", f->dir, name);
    return f->paths[f->npaths++] = b.data;
}

static const char *write_bytes(struct fixture *f, const char *name, const char *data, size_t n)
{
    const char *path = path_of(f, name);
    FILE *out = fopen(path, "wb");
    assert_non_null(out);
    assert_int_equal(fwrite(data, 1, n, out), n);
    assert_int_equal(fclose(out), 0);
    return path;
}

static const char *write_text(struct fixture *f, const char *name, const char *data)
{
    return write_bytes(f, name, data, strlen(data));
}

static const char *write_gzip(struct fixture *f, const char *name, const char *data, size_t n)
{
    const char *path = path_of(f, name);
    gzFile gz = gzopen(path, "wb");
    assert_non_null(gz);
    assert_int_equal(gzwrite(gz, data, (unsigned)n), (int)n);
    assert_int_equal(gzclose(gz), Z_OK);
    return path;
}

static char *slurp(const char *path, size_t *n)
{
    FILE *in = fopen(path, "rb");
    assert_non_null(in);
    static char data[1 << 20];
    *n = fread(data, 1, sizeof data, in);
    fclose(in);
    return data;
}

static struct doc_reader *open_reader(struct fixture *f, const char *path, enum doc_format fmt,
                                      day_t default_date)
{
    doc_reader_close(f->r);
    f->r = doc_reader_open(path, fmt, default_date, &f->diag);
    assert_non_null(f->r);
    return f->r;
}

static void expect_doc(struct fixture *f, const char *id, const char *text, unsigned line,
                       day_t date)
{
    struct document d;
    enum doc_status st = doc_next(f->r, &d);
    if (st != DOC_OK && f->diag.count)
        fprintf(stderr, "unexpected: %s\n", f->diag.items[f->diag.count - 1].msg);
    assert_int_equal(st, DOC_OK);
    assert_string_equal(d.id, id);
    assert_int_equal(d.text_len, strlen(text));
    assert_string_equal(d.text, text);
    assert_int_equal(d.line, line);
    assert_int_equal(d.date, date);
}

static void expect_status(struct fixture *f, enum doc_status want)
{
    struct document d;
    assert_int_equal(doc_next(f->r, &d), want);
}

static void expect_diag(struct fixture *f, size_t i, const char *file, unsigned line, unsigned col,
                        const char *msg)
{
    assert_true(i < f->diag.count);
    const struct diag *g = &f->diag.items[i];
    assert_string_equal(g->msg, msg);
    assert_string_equal(g->file, file);
    assert_int_equal(g->line, line);
    assert_int_equal(g->col, col);
}

static const day_t JAN1 = 19723; /* 2024-01-01 */

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

/* ---- gzip ------------------------------------------------------------- */

static const char three_docs[] = "{\"id\": \"g1\", \"text\": \"one\"}\n"
                                 "{\"id\": \"g2\", \"text\": \"two\"}\n"
                                 "{\"id\": \"g3\", \"text\": \"three\"}\n";

static void test_gzip(void **state)
{
    struct fixture *f = *state;
    /* Recognised by its bytes, not its name. */
    const char *path = write_gzip(f, "news.data", three_docs, sizeof three_docs - 1);
    open_reader(f, path, DOC_JSONL, JAN1);
    expect_doc(f, "g1", "one", 1, JAN1);
    expect_doc(f, "g2", "two", 2, JAN1);
    expect_doc(f, "g3", "three", 3, JAN1);
    expect_status(f, DOC_END);

    static const char blocks[] = "\xEF\xBB\xBFOne.\r\n\r\nTwo,\r\nthree.\r\n";
    path = write_gzip(f, "blocks.txt.gz", blocks, sizeof blocks - 1);
    open_reader(f, path, DOC_BLOCKS, JAN1);
    expect_doc(f, "blocks.txt.gz:1", "One.", 1, JAN1);
    expect_doc(f, "blocks.txt.gz:3", "Two,\nthree.", 3, JAN1);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 0);
}

/* Many lines, so the compressed stream is long enough to cut. */
static const char *write_big_gzip(struct fixture *f, const char *name, size_t ndocs)
{
    struct buf in;
    buf_init(&in);
    for (size_t i = 0; i < ndocs; i++)
        buf_printf(&in, "{\"id\": \"d%zu\", \"text\": \"document %zu of %zu, %zx\"}\n", i, i, ndocs,
                   i * 2654435761u);
    const char *path = write_gzip(f, name, in.data, in.len);
    buf_free(&in);
    return path;
}

static void test_gzip_truncated(void **state)
{
    struct fixture *f = *state;
    size_t n;
    const char *data = slurp(write_big_gzip(f, "whole.jsonl.gz", 20000), &n);
    const char *path = write_bytes(f, "cut.jsonl.gz", data, n / 2);
    open_reader(f, path, DOC_JSONL, JAN1);
    struct document d;
    enum doc_status st;
    size_t ok = 0;
    while ((st = doc_next(f->r, &d)) == DOC_OK) {
        char id[16];
        snprintf(id, sizeof id, "d%zu", ok);
        assert_string_equal(d.id, id);
        ok++;
    }
    /* Whole lines before the cut are read; the cut one is not. */
    assert_int_equal(st, DOC_FATAL);
    assert_true(ok > 1000 && ok < 20000);
    assert_int_equal(f->diag.count, 1);
    expect_diag(f, 0, path, (unsigned)ok + 1, 0,
                "truncated gzip data: the input ends in the middle of the compressed stream");
    expect_status(f, DOC_END);

    /* Cut inside the header. */
    path = write_bytes(f, "header.gz", data, 5);
    open_reader(f, path, DOC_PLAIN, JAN1);
    expect_status(f, DOC_FATAL);
    expect_diag(f, 1, path, 1, 0,
                "truncated gzip data: the input ends in the middle of the compressed stream");
    expect_status(f, DOC_END);
}

static void test_gzip_corrupt(void **state)
{
    struct fixture *f = *state;
    const char *path = write_gzip(f, "crc.gz", three_docs, sizeof three_docs - 1);
    size_t n;
    char *data = slurp(path, &n);
    data[n - 8] ^= 0x55; /* the CRC-32 in the trailer */
    path = write_bytes(f, "badcrc.gz", data, n);
    open_reader(f, path, DOC_JSONL, JAN1);
    /* The check fails at the end of the chunk that holds all three lines,
     * and zlib gives none of that chunk out. */
    expect_status(f, DOC_FATAL);
    assert_int_equal(f->diag.count, 1);
    expect_diag(f, 0, path, 1, 0, "gzip data error: incorrect data check");
    expect_status(f, DOC_END);
}

/* ---- stdin ------------------------------------------------------------ */

/* Runs with fd 0 reading path, then puts stdin back. */
static void with_stdin(const char *path, void (*fn)(struct fixture *), struct fixture *f)
{
    int saved = dup(0), fd = open(path, O_RDONLY);
    assert_true(saved >= 0 && fd >= 0);
    assert_int_equal(dup2(fd, 0), 0);
    close(fd);
    fn(f);
    assert_int_equal(dup2(saved, 0), 0);
    close(saved);
}

static void read_stdin_gzip(struct fixture *f)
{
    open_reader(f, "-", DOC_JSONL, DAY_NONE);
    expect_doc(f, "g1", "one", 1, JAN1);
    expect_status(f, DOC_SKIPPED);
    expect_status(f, DOC_END);
    expect_diag(f, 0, "stdin", 2, 0, "document \"g2\" has no date; pass --date to set a default");
}

static void read_stdin_plain(struct fixture *f)
{
    open_reader(f, "-", DOC_PLAIN, JAN1);
    expect_doc(f, "stdin", "From a pipe.\n\nTwo blocks.\n", 1, JAN1);
    expect_status(f, DOC_END);
}

static void read_stdin_blocks(struct fixture *f)
{
    open_reader(f, "-", DOC_BLOCKS, JAN1);
    expect_doc(f, "stdin:1", "From a pipe.", 1, JAN1);
    expect_doc(f, "stdin:3", "Two blocks.", 3, JAN1);
    expect_status(f, DOC_END);
}

static void test_stdin(void **state)
{
    struct fixture *f = *state;
    static const char jsonl[] = "{\"id\": \"g1\", \"text\": \"one\", \"date\": \"20240101\"}\n"
                                "{\"id\": \"g2\", \"text\": \"two\"}\n";
    with_stdin(write_gzip(f, "stdin.gz", jsonl, sizeof jsonl - 1), read_stdin_gzip, f);
    const char *plain = write_text(f, "pipe.txt", "From a pipe.\n\nTwo blocks.\n");
    with_stdin(plain, read_stdin_plain, f);
    with_stdin(plain, read_stdin_blocks, f);
    assert_int_equal(f->diag.count, 1);
}

/* ---- limits and open errors ------------------------------------------- */

static void test_limit(void **state)
{
    struct fixture *f = *state;
    /* 37 bytes before its "\r\n": fits a limit of 37 exactly. */
    const char *fits = "{\"id\": \"a\", \"text\": \"0123456789abcd\"}\r\n";
    assert_int_equal(strlen(fits), 39);
    struct buf in;
    buf_init(&in);
    buf_adds(&in, fits);
    buf_adds(&in, "{\"id\": \"b\", \"text\": \"0123456789abcde\"}\n"); /* 38 */
    buf_adds(&in, "{\"id\": \"c\", \"text\": \"\"}\n");
    const char *path = write_bytes(f, "long.jsonl", in.data, in.len);
    open_reader(f, path, DOC_JSONL, JAN1);
    doc_reader_set_limit(f->r, 37);
    expect_doc(f, "a", "0123456789abcd", 1, JAN1);
    expect_status(f, DOC_SKIPPED);
    expect_doc(f, "c", "", 3, JAN1);
    expect_status(f, DOC_END);
    assert_int_equal(f->diag.count, 1);
    expect_diag(f, 0, path, 2, 0, "line longer than the limit of 37 bytes");

    path = write_text(f, "long.txt",
                      "Short.\n\n"
                      "Twenty bytes, about,\n"
                      "and then twenty more.\n\n"
                      "Short again.\n");
    open_reader(f, path, DOC_BLOCKS, JAN1);
    doc_reader_set_limit(f->r, 30);
    expect_doc(f, "long.txt:1", "Short.", 1, JAN1);
    expect_status(f, DOC_SKIPPED);
    expect_doc(f, "long.txt:6", "Short again.", 6, JAN1);
    expect_status(f, DOC_END);
    expect_diag(f, 1, path, 3, 0, "block longer than the limit of 30 bytes");

    open_reader(f, path, DOC_PLAIN, JAN1);
    doc_reader_set_limit(f->r, 30);
    expect_status(f, DOC_SKIPPED);
    expect_status(f, DOC_END);
    expect_diag(f, 2, path, 1, 0, "document longer than the limit of 30 bytes");

    /* The same in MiB, on a line of one MiB and one byte. */
    buf_clear(&in);
    buf_adds(&in, "{\"id\": \"big\", \"text\": \"");
    while (in.len < ((size_t)1 << 20) - 1)
        buf_addc(&in, 'x');
    buf_adds(&in, "\"}\n{\"id\": \"after\", \"text\": \"t\"}\n");
    path = write_bytes(f, "mib.jsonl", in.data, in.len);
    buf_free(&in);
    open_reader(f, path, DOC_JSONL, JAN1);
    doc_reader_set_limit(f->r, (size_t)1 << 20);
    expect_status(f, DOC_SKIPPED);
    expect_doc(f, "after", "t", 2, JAN1);
    expect_diag(f, 3, path, 1, 0, "line longer than the limit of 1 MiB");
}

static void test_open_errors(void **state)
{
    struct fixture *f = *state;
    const char *missing = path_of(f, "no-such-file.jsonl");
    assert_null(doc_reader_open(missing, DOC_JSONL, JAN1, &f->diag));
    assert_null(doc_reader_open(f->dir, DOC_PLAIN, JAN1, &f->diag));
    assert_int_equal(f->diag.count, 2);
    expect_diag(f, 0, missing, 0, 0, "cannot open: No such file or directory");
    expect_diag(f, 1, f->dir, 0, 0, "cannot read: Is a directory");
    doc_reader_close(NULL);
}

/* ---- a long stream ------------------------------------------------------ */

static void test_many_documents(void **state)
{
    struct fixture *f = *state;
    enum { N = 200000 };
    const char *path = path_of(f, "many.jsonl");
    FILE *out = fopen(path, "wb");
    assert_non_null(out);
    for (unsigned i = 0; i < N; i++)
        fprintf(out,
                "{\"id\": \"n%u\", \"text\": \"Police in city %u arrested %u protesters.\", "
                "\"date\": \"2024-01-%02u\", \"source\": \"wire\"}\n",
                i, i % 977, i % 13, 1 + i % 28);
    assert_int_equal(fclose(out), 0);
    /* Only the current document is held; ASan's leak check covers the rest. */
    open_reader(f, path, DOC_JSONL, DAY_NONE);
    struct document d;
    unsigned n = 0;
    while (doc_next(f->r, &d) == DOC_OK) {
        if (n % 50000 == 0 || n == N - 1) {
            char id[16];
            snprintf(id, sizeof id, "n%u", n);
            assert_string_equal(d.id, id);
            assert_int_equal(d.line, n + 1);
            assert_int_equal(d.date, date_to_days(2024, 1, (int)(1 + n % 28)));
        }
        n++;
    }
    assert_int_equal(n, N);
    assert_int_equal(f->diag.count, 0);
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
        cmocka_unit_test_setup_teardown(test_gzip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_gzip_truncated, setup, teardown),
        cmocka_unit_test_setup_teardown(test_gzip_corrupt, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stdin, setup, teardown),
        cmocka_unit_test_setup_teardown(test_limit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many_documents, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
