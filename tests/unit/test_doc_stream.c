/* test_doc_stream.c: unit tests for the raw-document reader
 * (src/read/doc.h) as a stream: gzip (whole, truncated, corrupt, on
 * stdin), standard input, the length limit, open errors, and a
 * 200,000-document stream. The fixtures are in doc_fixture.h. */
#include "doc_fixture.h"

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
