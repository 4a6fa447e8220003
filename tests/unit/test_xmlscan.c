/* test_xmlscan.c: the fast PETRARCH XML scanner (src/read/xmlscan.c)
 * against expat. petrxml_read (scanner first, expat for the rest) and
 * petrxml_read_expat (expat alone) must give the same records, options,
 * environment, diagnostics and return code for every input: the sample
 * files, then thousands of mutations of them (bytes replaced, markup
 * inserted, the input cut short), some across the 64 KiB read boundary. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "read/petrxml.h"

struct log {
    struct buf b;
    int stop_after; /* stop at this record; 0 never */
    int nrec;
};

static void add_str(struct buf *b, const char *s)
{
    buf_adds(b, s ? s : "(null)");
    buf_addc(b, '|');
}

static int on_record(void *ctx, const struct petr_record *r)
{
    struct log *l = ctx;
    buf_printf(&l->b, "R%u|", r->line);
    add_str(&l->b, r->id);
    add_str(&l->b, r->category);
    add_str(&l->b, r->outlet);
    add_str(&l->b, r->date_text);
    add_str(&l->b, r->error);
    add_str(&l->b, r->problem);
    buf_printf(&l->b, "%d%d%d|", r->valid, r->has_parse, r->noevents);
    buf_add(&l->b, r->text, r->text_len);
    buf_addc(&l->b, '|');
    buf_add(&l->b, r->parse, r->parse_len);
    for (size_t i = 0; i < r->nexpected; i++) {
        add_str(&l->b, r->expected[i].source);
        add_str(&l->b, r->expected[i].target);
        add_str(&l->b, r->expected[i].code);
    }
    buf_addc(&l->b, '\n');
    return ++l->nrec == l->stop_after;
}

static void on_config(void *ctx, const char *option, const char *value)
{
    struct log *l = ctx;
    buf_printf(&l->b, "C|%s|%s\n", option, value);
}

static void on_env(void *ctx, const struct petr_environment *e)
{
    struct log *l = ctx;
    buf_adds(&l->b, "E|");
    add_str(&l->b, e->verbs);
    add_str(&l->b, e->agents);
    add_str(&l->b, e->discards);
    add_str(&l->b, e->issues);
    for (size_t i = 0; i < e->nactors; i++)
        add_str(&l->b, e->actors[i]);
    buf_addc(&l->b, '\n');
}

static void run_one(const char *data, size_t n, bool expat, int stop_after, struct buf *out)
{
    struct log l = {.stop_after = stop_after};
    buf_init(&l.b);
    FILE *in = n ? fmemopen((void *)(uintptr_t)data, n, "r") : fopen("/dev/null", "r");
    assert_non_null(in);
    struct petr_handler h = {&l, on_record, on_config, on_env};
    struct diag_list d = {0};
    int rc = expat ? petrxml_read_expat(in, "t.xml", &h, &d) : petrxml_read(in, "t.xml", &h, &d);
    fclose(in);
    buf_printf(&l.b, "rc=%d\n", rc);
    for (size_t i = 0; i < d.count; i++) {
        char line[512];
        diag_format(&d.items[i], line, sizeof line);
        buf_printf(&l.b, "D|%s\n", line);
    }
    diag_free(&d);
    buf_clear(out);
    buf_add(out, l.b.data ? l.b.data : "", l.b.len);
    buf_free(&l.b);
}

static unsigned long trials;

static void same(const char *data, size_t n, int stop_after)
{
    struct buf a, b;
    buf_init(&a);
    buf_init(&b);
    run_one(data, n, false, stop_after, &a);
    run_one(data, n, true, stop_after, &b);
    if (a.len != b.len || memcmp(a.data, b.data, a.len) != 0) {
        fprintf(stderr,
                "differ on input of %zu bytes:\n---- input\n%.*s\n---- fast\n%s\n---- expat\n%s\n",
                n, (int)(n < 3000 ? n : 3000), data, a.data, b.data);
        fail();
    }
    trials++;
    buf_free(&a);
    buf_free(&b);
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct buf b;
    buf_init(&b);
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_add(&b, tmp, k);
    fclose(f);
    *n = b.len;
    return b.data;
}

static const char *const inserts[] = {
    "<",
    "&",
    "]",
    "\r",
    "\x01",
    "\xC3",
    "\xC3\xA9",
    "\xE2\x80\x99",
    "\xEF\xBF\xBE",
    "\xED\xA0\x80",
    "\xF0\x9F\x98\x80",
    "\xF4\x90\x80\x80",
    "\xFF",
    "\"",
    "'",
    "/",
    ">",
    "-",
    "!",
    "?",
    "=",
    " ",
    "\n",
    "\t",
    "<!-- c -->",
    "<!-- a--b -->",
    "<!---->",
    "<!--->",
    "&lt;",
    "&gt;",
    "&amp;",
    "&quot;",
    "&apos;",
    "&#65;",
    "&#x41;",
    "&#1;",
    "&bogus;",
    "&lt",
    "<![CDATA[x<y]]>",
    "]]>",
    "]]",
    "<?pi x?>",
    "\r\n",
    "<x/>",
    "<x a='1' b=\"2\"/>",
    "<x a='1' a='2'/>",
    "</x>",
    "<Text>",
    "</Text>",
    "<Parse>",
    "</Parse>",
    "<Sentence id=\"s\" date=\"20200101\">",
    "</Sentence>",
    "<!DOCTYPE x>",
    "<Config option=\"comma_max\" value=\"3\"/>",
    "\xEF\xBB\xBF",
    "<a\tb = 'c\nd'>",
    "</a >",
    "<1a>",
    "<a b='<'>",
    "<a b='&amp;'>",
};

static unsigned long rng = 12345;
static unsigned next_rand(void)
{
    rng = rng * 6364136223846793005UL + 1442695040888963407UL;
    return (unsigned)(rng >> 33);
}

/* Mutations of doc: a byte replaced, a string inserted, or the end cut. */
static void mutate_and_compare(const char *doc, size_t n, int count, size_t near)
{
    struct buf m;
    buf_init(&m);
    for (int t = 0; t < count; t++) {
        size_t at = near ? near - 64 + next_rand() % 128 : next_rand() % (n + 1);
        if (at > n)
            at = n;
        buf_clear(&m);
        unsigned kind = next_rand() % 4;
        const char *ins = inserts[next_rand() % (sizeof inserts / sizeof inserts[0])];
        buf_add(&m, doc, at);
        if (kind == 3) { /* cut short */
            same(m.data, m.len, 0);
            continue;
        }
        buf_adds(&m, ins);
        buf_add(&m, doc + at + (kind == 2 && at < n), n - at - (kind == 2 && at < n));
        same(m.data, m.len, (int)(next_rand() % 8));
    }
    buf_free(&m);
}

static void test_samples(void **state)
{
    (void)state;
    const char *paths[] = {"data/sample/sample.xml",
                           "../shared/petrarch/text/PETR.UnitTest.records.xml",
                           "../shared/petrarch/text/GigaWord.sample.PETR.xml"};
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        size_t n;
        char *doc = slurp(paths[i], &n);
        if (!doc)
            continue;
        same(doc, n, 0);
        same(doc, n, 3);
        mutate_and_compare(doc, n, 1500, 0);
        /* without its prolog: the fast scanner reads it from the start */
        const char *root = strstr(doc, "<Sentences>");
        if (!root)
            root = strstr(doc, "<Validation>");
        if (root)
            mutate_and_compare(root, n - (size_t)(root - doc), 1500, 0);
        free(doc);
    }
}

/* A document longer than the scanner's first read, mutated near the
 * points where its buffer is refilled. */
static void test_boundaries(void **state)
{
    (void)state;
    size_t n;
    char *doc = slurp("data/sample/sample.xml", &n);
    assert_non_null(doc);
    const char *s = strstr(doc, "<Sentence ");
    const char *e = strstr(doc, "</Sentences>");
    assert_true(s && e);
    struct buf big;
    buf_init(&big);
    buf_adds(&big, "<Sentences>\n");
    while (big.len < 300000)
        buf_add(&big, s, (size_t)(e - s));
    buf_adds(&big, "</Sentences>\n");
    same(big.data, big.len, 0);
    for (size_t at = 65536; at < big.len; at += 65536)
        mutate_and_compare(big.data, big.len, 60, at);
    buf_free(&big);
    free(doc);
}

static void test_small(void **state)
{
    (void)state;
    static const char *const docs[] = {
        "",
        " ",
        "<a/>",
        "<a/> ",
        "<a/><b/>",
        "<a></a>",
        "<a>",
        "<a></b>",
        "x",
        "<?xml version=\"1.0\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xE9</a>",
        "\n\n<a>\n<b c='1'/></a>\n<!-- e -->",
        "<Sentences><Sentence id=\"a\" date=\"20200101\"><Text>t &amp; u</Text><Parse>(S (NN "
        "x))</Parse></Sentence></Sentences>",
        "<Sentences><Sentence id=\"a\" date=\"20200101\" id=\"b\"></Sentence></Sentences>",
        "<Sentences>\n  <Sentence id=\"a\"\n "
        "date=\"2020\t0101\"><Text>x</Text></Sentence>\n</Sentences>\n  x",
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        same(docs[i], strlen(docs[i]), 0);
        mutate_and_compare(docs[i], strlen(docs[i]), 200, 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small),
        cmocka_unit_test(test_samples),
        cmocka_unit_test(test_boundaries),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    fprintf(stderr, "%lu inputs compared\n", trials);
    return rc;
}
