/* doc_fixture.h - shared fixtures of the document-reader unit tests
 * (test_doc.c, test_doc_stream.c): a fresh temporary directory per test,
 * files written into it (plain or gzip), a reader over them, and
 * assertions on the documents, statuses and diagnostics it gives.
 * Header-only: each test file takes what it needs. */
#ifndef PARLEY_TEST_DOC_FIXTURE_H
#define PARLEY_TEST_DOC_FIXTURE_H
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

static inline int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    strcpy(f->dir, "/tmp/parley-test-doc-XXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    *state = f;
    return 0;
}

static inline int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static inline int teardown(void **state)
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

static inline const char *path_of(struct fixture *f, const char *name)
{
    assert_true(f->npaths < 16);
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s/%s", f->dir, name);
    return f->paths[f->npaths++] = b.data;
}

static inline const char *write_bytes(struct fixture *f, const char *name, const char *data,
                                      size_t n)
{
    const char *path = path_of(f, name);
    FILE *out = fopen(path, "wb");
    assert_non_null(out);
    assert_int_equal(fwrite(data, 1, n, out), n);
    assert_int_equal(fclose(out), 0);
    return path;
}

static inline const char *write_text(struct fixture *f, const char *name, const char *data)
{
    return write_bytes(f, name, data, strlen(data));
}

static inline const char *write_gzip(struct fixture *f, const char *name, const char *data,
                                     size_t n)
{
    const char *path = path_of(f, name);
    gzFile gz = gzopen(path, "wb");
    assert_non_null(gz);
    assert_int_equal(gzwrite(gz, data, (unsigned)n), (int)n);
    assert_int_equal(gzclose(gz), Z_OK);
    return path;
}

static inline char *slurp(const char *path, size_t *n)
{
    FILE *in = fopen(path, "rb");
    assert_non_null(in);
    static char data[1 << 20];
    *n = fread(data, 1, sizeof data, in);
    fclose(in);
    return data;
}

static inline struct doc_reader *open_reader(struct fixture *f, const char *path,
                                             enum doc_format fmt, day_t default_date)
{
    doc_reader_close(f->r);
    f->r = doc_reader_open(path, fmt, default_date, &f->diag);
    assert_non_null(f->r);
    return f->r;
}

static inline void expect_doc(struct fixture *f, const char *id, const char *text, unsigned line,
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

static inline void expect_status(struct fixture *f, enum doc_status want)
{
    struct document d;
    assert_int_equal(doc_next(f->r, &d), want);
}

static inline void expect_diag(struct fixture *f, size_t i, const char *file, unsigned line,
                               unsigned col, const char *msg)
{
    assert_true(i < f->diag.count);
    const struct diag *g = &f->diag.items[i];
    assert_string_equal(g->msg, msg);
    assert_string_equal(g->file, file);
    assert_int_equal(g->line, line);
    assert_int_equal(g->col, col);
}

static const day_t JAN1 = 19723; /* 2024-01-01 */

#endif
