/* test_segment.c: unit tests for the segment stage (src/segment): every
 * passage of tests/segment/passages.txt (sentences, datelines, tokens;
 * the format is described at the top of that file), then focused tests
 * of normalization, offsets, error statuses and pathological input. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "segment/internal.h"
#include "segment/segment.h"

#define PASSAGES "tests/segment/passages.txt"

/* ---- helpers ------------------------------------------------------------- */

/* Appends s[0, n) with each \u{HEX} replaced by that code point in UTF-8. */
static void add_unescaped(struct buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 3 < n && s[i + 1] == 'u' && s[i + 2] == '{') {
            char *end;
            unsigned long cp = strtoul(s + i + 3, &end, 16);
            if (*end == '}' && (size_t)(end - s) < n) {
                char enc[4];
                size_t m;
                if (cp < 0x80) {
                    enc[0] = (char)cp;
                    m = 1;
                } else if (cp < 0x800) {
                    enc[0] = (char)(0xC0 | (cp >> 6));
                    enc[1] = (char)(0x80 | (cp & 0x3F));
                    m = 2;
                } else if (cp < 0x10000) {
                    enc[0] = (char)(0xE0 | (cp >> 12));
                    enc[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    enc[2] = (char)(0x80 | (cp & 0x3F));
                    m = 3;
                } else {
                    enc[0] = (char)(0xF0 | (cp >> 18));
                    enc[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
                    enc[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    enc[3] = (char)(0x80 | (cp & 0x3F));
                    m = 4;
                }
                buf_add(b, enc, m);
                i = (size_t)(end - s);
                continue;
            }
        }
        buf_addc(b, s[i]);
    }
}

/* A sentence's text with every run of white space made one space. */
static void collapsed(struct buf *b, const char *s, size_t n)
{
    buf_clear(b);
    buf_add(b, "", 0);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\n') {
            if (b->len && b->data[b->len - 1] != ' ')
                buf_addc(b, ' ');
        } else {
            buf_addc(b, s[i]);
        }
    }
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = '\0';
}

/* Treebank spellings whose source differs from the token text. */
static bool spelled_from(const char *tok, const char *src, size_t n)
{
    static const char *const pairs[][2] = {
        {"``", "\""},
        {"``", "``"},
        {"``", "\xE2\x80\x9C"},
        {"``", "\xE2\x80\x9E"},
        {"``", "\xC2\xAB"},
        {"''", "\""},
        {"''", "''"},
        {"''", "\xE2\x80\x9D"},
        {"''", "\xC2\xBB"},
        {"`", "'"},
        {"`", "`"},
        {"`", "\xE2\x80\x98"},
        {"`", "\xE2\x80\x99"},
        {"'", "\xE2\x80\x99"},
        {"-LRB-", "("},
        {"-RRB-", ")"},
        {"-LSB-", "["},
        {"-RSB-", "]"},
        {"-LCB-", "{"},
        {"-RCB-", "}"},
        {"--", "-"},
        {"...", ".."},
        {"...", "...."},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        if (strcmp(tok, pairs[i][0]) == 0 && strlen(pairs[i][1]) == n &&
            memcmp(src, pairs[i][1], n) == 0)
            return true;
    if (strcmp(tok, "--") == 0 && n >= 2 && strspn(src, "-") >= n)
        return true;
    /* ’ written as ' inside words and clitics */
    size_t j = 0, i = 0;
    for (; i < n && tok[j]; i++, j++) {
        if (i + 2 < n && memcmp(src + i, "\xE2\x80\x99", 3) == 0 && tok[j] == '\'')
            i += 2;
        else if (src[i] != tok[j])
            return false;
    }
    return i == n && tok[j] == '\0';
}

/* Structural facts every segmentation must have. */
static void check_invariants(const struct segmented *d)
{
    assert_non_null(d->text);
    assert_int_equal(strlen(d->text), d->text_len);
    uint32_t prev_end = 0;
    size_t expect_first = 0;
    for (size_t i = 0; i < d->nsent; i++) {
        const struct sentence *s = &d->sent[i];
        assert_int_equal(s->first, expect_first);
        assert_true(s->count > 0 && s->count <= SEGMENT_MAX_SENTENCE_TOKENS + 1);
        assert_true(s->start >= prev_end && s->start < s->end && s->end <= d->text_len);
        expect_first += s->count;
        prev_end = s->end;
        for (size_t k = s->first; k < s->first + s->count; k++) {
            const struct token *t = &d->tok[k];
            assert_true(t->start >= s->start && t->end <= s->end && t->start < t->end);
            assert_int_equal(strlen(t->text), t->len);
            assert_true(t->len > 0);
            assert_null(t->tag);
            if (k > s->first)
                assert_true(t->start >= d->tok[k - 1].start);
        }
        if (d->dateline_end > d->dateline_start)
            assert_true(s->end <= d->dateline_start || s->start >= d->dateline_end);
    }
    assert_int_equal(expect_first, d->ntok);
}

/* ---- the passage file ---------------------------------------------------- */

struct passage {
    unsigned number, line;
    struct buf input, dateline, place, outlet, tokens;
    bool has_input, has_dateline, has_place, has_outlet, has_tokens;
    struct buf sents; /* expected sentences, each followed by '\n' */
    size_t nsents;
};

static void passage_reset(struct passage *p, unsigned number, unsigned line)
{
    p->number = number;
    p->line = line;
    buf_clear(&p->input);
    buf_clear(&p->dateline);
    buf_clear(&p->place);
    buf_clear(&p->outlet);
    buf_clear(&p->tokens);
    buf_clear(&p->sents);
    p->has_input = p->has_dateline = p->has_place = p->has_outlet = p->has_tokens = false;
    p->nsents = 0;
}

static bool field(const char *line, size_t n, const char *name, struct buf *b, bool *has)
{
    size_t k = strlen(name);
    if (n < k || memcmp(line, name, k) != 0)
        return false;
    buf_clear(b);
    add_unescaped(b, line + k, n - k);
    *has = true;
    return true;
}

static void passage_line(struct passage *p, const char *line, size_t n)
{
    if (n > 0 && line[0] == '>') {
        size_t skip = n > 1 && line[1] == ' ' ? 2 : 1;
        if (p->has_input)
            buf_addc(&p->input, '\n');
        add_unescaped(&p->input, line + skip, n - skip);
        p->has_input = true;
    } else if (!field(line, n, "DATELINE: ", &p->dateline, &p->has_dateline) &&
               !field(line, n, "PLACE: ", &p->place, &p->has_place) &&
               !field(line, n, "OUTLET: ", &p->outlet, &p->has_outlet) &&
               !field(line, n, "TOKENS: ", &p->tokens, &p->has_tokens)) {
        add_unescaped(&p->sents, line, n);
        buf_addc(&p->sents, '\n');
        p->nsents++;
    }
}

/* The input of a passage without "> " lines: its dateline and sentences
 * joined by single spaces. */
static void joined_input(struct passage *p)
{
    if (p->has_input)
        return;
    buf_clear(&p->input);
    buf_add(&p->input, "", 0);
    if (p->has_dateline)
        buf_add(&p->input, p->dateline.data, p->dateline.len);
    const char *s = p->sents.data;
    for (size_t i = 0; i < p->nsents; i++) {
        const char *nl = strchr(s, '\n');
        if (p->input.len)
            buf_addc(&p->input, ' ');
        buf_add(&p->input, s, (size_t)(nl - s));
        s = nl + 1;
    }
}

static void print_got(const struct segmented *d)
{
    struct buf c;
    buf_init(&c);
    if (d->dateline_end > d->dateline_start)
        fprintf(stderr, "    got DATELINE: %.*s\n", (int)(d->dateline_end - d->dateline_start),
                d->text + d->dateline_start);
    for (size_t i = 0; i < d->nsent; i++) {
        collapsed(&c, d->text + d->sent[i].start, d->sent[i].end - d->sent[i].start);
        fprintf(stderr, "    got %zu: %s\n", i + 1, c.data);
    }
    buf_free(&c);
}

static bool str_is(const struct buf *b, const char *s)
{
    return s && strcmp(b->data ? b->data : "", s) == 0;
}

/* Checks one passage; prints what differs and returns false on failure. */
static bool passage_check(struct segmenter *sg, struct passage *p)
{
    struct segmented d;
    size_t off = 0;
    joined_input(p);
    enum segment_status st = segment_document(sg, p->input.data, p->input.len, &d, &off);
    if (st != SEGMENT_OK) {
        fprintf(stderr, "passage %u (line %u): status %d at %zu\n", p->number, p->line, st, off);
        return false;
    }
    check_invariants(&d);
    bool ok = true;
    struct buf got;
    buf_init(&got);
    const char *want = p->sents.data ? p->sents.data : "";
    for (size_t i = 0; i < p->nsents || i < d.nsent; i++) {
        const char *nl = i < p->nsents ? strchr(want, '\n') : NULL;
        if (i < d.nsent)
            collapsed(&got, d.text + d.sent[i].start, d.sent[i].end - d.sent[i].start);
        bool same = nl && i < d.nsent && got.len == (size_t)(nl - want) &&
                    memcmp(got.data, want, got.len) == 0;
        if (!same) {
            fprintf(stderr, "passage %u (line %u): sentence %zu\n    expected: %.*s\n", p->number,
                    p->line, i + 1, nl ? (int)(nl - want) : 6, nl ? want : "(none)");
            ok = false;
            break;
        }
        want = nl + 1;
    }
    size_t dl = d.dateline_end - d.dateline_start;
    if (p->has_dateline != (dl > 0) ||
        (dl &&
         (p->dateline.len != dl || memcmp(p->dateline.data, d.text + d.dateline_start, dl) != 0))) {
        fprintf(stderr, "passage %u (line %u): dateline expected \"%s\"\n", p->number, p->line,
                p->has_dateline ? p->dateline.data : "(none)");
        ok = false;
    }
    if ((p->has_place && !str_is(&p->place, d.dateline_place)) ||
        (p->has_outlet && !str_is(&p->outlet, d.dateline_outlet))) {
        fprintf(stderr, "passage %u (line %u): place/outlet expected %s/%s, got %s/%s\n", p->number,
                p->line, p->place.data, p->outlet.data,
                d.dateline_place ? d.dateline_place : "NULL",
                d.dateline_outlet ? d.dateline_outlet : "NULL");
        ok = false;
    }
    if (p->has_tokens) {
        buf_clear(&got);
        buf_add(&got, "", 0);
        for (size_t k = 0; k < d.ntok; k++) {
            if (k)
                buf_addc(&got, ' ');
            buf_add(&got, d.tok[k].text, d.tok[k].len);
        }
        if (strcmp(got.data, p->tokens.data) != 0) {
            fprintf(stderr, "passage %u (line %u): tokens\n    expected: %s\n    got:      %s\n",
                    p->number, p->line, p->tokens.data, got.data);
            ok = false;
        }
    }
    if (!ok)
        print_got(&d);
    buf_free(&got);
    return ok;
}

static char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct buf b;
    buf_init(&b);
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, k);
    fclose(f);
    *n = b.len;
    return b.data;
}

static void test_passages(void **state)
{
    (void)state;
    size_t n;
    char *text = read_file(PASSAGES, &n);
    assert_non_null(text);
    struct segmenter *sg = segmenter_new();
    struct passage p;
    memset(&p, 0, sizeof p);
    unsigned count = 0, passed = 0, lineno = 0;
    for (char *line = text; line < text + n;) {
        char *nl = memchr(line, '\n', (size_t)(text + n - line));
        size_t len = nl ? (size_t)(nl - line) : (size_t)(text + n - line);
        lineno++;
        if (len >= 2 && memcmp(line, "%%", 2) == 0) {
            if (count)
                passed += passage_check(sg, &p);
            passage_reset(&p, ++count, lineno);
        } else if (count && len > 0 && line[0] != '#') {
            passage_line(&p, line, len);
        }
        line += len + 1;
    }
    if (count)
        passed += passage_check(sg, &p);
    fprintf(stderr, "passages: %u of %u passed\n", passed, count);
    buf_free(&p.input);
    buf_free(&p.dateline);
    buf_free(&p.place);
    buf_free(&p.outlet);
    buf_free(&p.tokens);
    buf_free(&p.sents);
    segmenter_free(sg);
    free(text);
    assert_true(count >= 150);
    assert_int_equal(passed, count);
}

/* ---- focused tests ------------------------------------------------------- */

struct fixture {
    struct segmenter *sg;
    struct segmented d;
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    f->sg = segmenter_new();
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    segmenter_free(f->sg);
    free(f);
    return 0;
}

static const struct segmented *seg(void **state, const char *text, size_t n)
{
    struct fixture *f = *state;
    size_t off = 12345;
    assert_int_equal(segment_document(f->sg, text, n, &f->d, &off), SEGMENT_OK);
    assert_int_equal(off, 12345); /* untouched on success */
    check_invariants(&f->d);
    return &f->d;
}

static const struct segmented *segs(void **state, const char *text)
{
    return seg(state, text, strlen(text));
}

static void expect_bad(void **state, const char *text, size_t n, size_t at)
{
    struct fixture *f = *state;
    size_t off = 0;
    assert_int_equal(segment_document(f->sg, text, n, &f->d, &off), SEGMENT_BAD_UTF8);
    assert_int_equal(off, at);
    assert_int_equal(f->d.nsent, 0);
    assert_int_equal(f->d.ntok, 0);
    assert_string_equal(f->d.text, "");
}

static void test_bad_utf8(void **state)
{
    expect_bad(state, "Kabul\xFF talks", 11, 5);
    expect_bad(state, "ab\xC3", 3, 2);             /* truncated sequence */
    expect_bad(state, "abc \xC0\xAF", 6, 4);       /* overlong '/' */
    expect_bad(state, "x\xED\xA0\x80y", 5, 1);     /* surrogate */
    expect_bad(state, "caf\xC3\xA9 \x80", 7, 6);   /* stray continuation byte */
    expect_bad(state, "The talks\0ended.", 16, 9); /* NUL counts as invalid */
    expect_bad(state, "\xF4\x90\x80\x80 beyond U+10FFFF", 22, 0);
    /* the segmenter is usable after an error */
    const struct segmented *d = segs(state, "Talks resumed. Both sides came.");
    assert_int_equal(d->nsent, 2);
}

static void test_too_large(void **state)
{
    struct fixture *f = *state;
    /* the length is checked before the text is read */
    assert_int_equal(segment_document(f->sg, "x", SEGMENT_MAX_BYTES + 1, &f->d, NULL),
                     SEGMENT_TOO_LARGE);
    assert_int_equal(f->d.ntok, 0);
}

static void test_nfc(void **state)
{
    /* e + COMBINING ACUTE, u + COMBINING DIAERESIS: composed in the text */
    const struct segmented *d = segs(state, "Talks in Zu\xCC\x88rich and Bogota\xCC\x81 ended.");
    assert_string_equal(d->text, "Talks in Z\xC3\xBCrich and Bogot\xC3\xA1 ended.");
    assert_int_equal(d->ntok, 7);
    assert_string_equal(d->tok[2].text, "Z\xC3\xBCrich");
    assert_string_equal(d->tok[4].text, "Bogot\xC3\xA1");
    /* a combining mark after a non-inert character; canonical reordering */
    d = segs(state, "A\xCC\x81\xCC\xA3 x");                 /* A, acute, dot below */
    assert_string_equal(d->text, "\xE1\xBA\xA0\xCC\x81 x"); /* NFC: A with dot below, acute */
    /* Hangul jamo compose into a syllable */
    d = segs(state, "\xE1\x84\x80\xE1\x85\xA1");
    assert_string_equal(d->text, "\xEA\xB0\x80");
}

static void test_spaces_dashes_controls(void **state)
{
    const struct segmented *d =
        segs(state, "The\xC2\xA0truce\xE2\x80\x89held\xE2\x80\x94mostly\xE2\x80\x8B.\tIt\r\nended"
                    "\xE2\x80\xA6\x01 in 2014\xE2\x80\x93"
                    "15\xEF\xBB\xBF.");
    assert_string_equal(d->text, "The truce held--mostly. It\nended... in 2014--15.");
    const char *want[] = {"The",   "truce", "held", "--",   "mostly", ".",  "It",
                          "ended", "...",   "in",   "2014", "--",     "15", "."};
    assert_int_equal(d->ntok, sizeof want / sizeof *want);
    for (size_t i = 0; i < d->ntok; i++)
        assert_string_equal(d->tok[i].text, want[i]);
    assert_int_equal(d->nsent, 2);
    /* a paragraph separator is a blank line */
    d = segs(state, "first part\xE2\x80\xA9second part");
    assert_int_equal(d->nsent, 2);
}

static void test_offsets(void **state)
{
    const char *text =
        "KABUL, Oct 28 (Reuters) - \xE2\x80\x9CWe didn\xE2\x80\x99t agree,\xE2\x80\x9D"
        " said Gen. Ali (retd.) of the U.S.-backed force [in Herat]. Officials\xE2"
        "\x80\x99 aides left at 5 p.m. The vote cost $1.5 billion -- or 3%... "
        "\"Why?\" 'Because,' he said. See www.example.org/x. It's over in the U.S.";
    const struct segmented *d = segs(state, text);
    assert_true(d->dateline_end > 0);
    for (size_t i = 0; i < d->ntok; i++) {
        const struct token *t = &d->tok[i];
        const char *src = d->text + t->start;
        size_t n = t->end - t->start;
        if (!spelled_from(t->text, src, n)) {
            fprintf(stderr, "token %zu \"%s\" from \"%.*s\"\n", i, t->text, (int)n, src);
            fail();
        }
    }
    /* the period added after the final "U.S." spans that word's last byte */
    const struct token *last = &d->tok[d->ntok - 1];
    assert_string_equal(last->text, ".");
    assert_string_equal(d->tok[d->ntok - 2].text, "U.S.");
    assert_int_equal(last->end, d->tok[d->ntok - 2].end);
    assert_int_equal(last->start, last->end - 1);
    assert_int_equal(d->text[last->start], '.');
}

static void test_empty_and_blank(void **state)
{
    const struct segmented *d = seg(state, "", 0);
    assert_int_equal(d->nsent, 0);
    assert_int_equal(d->ntok, 0);
    assert_int_equal(d->text_len, 0);
    assert_int_equal(d->dateline_end, 0);
    assert_null(d->dateline_place);
    d = segs(state, " \n\t\r\n \xC2\xA0\xE2\x80\x83 \n\n\xE2\x80\x8B ");
    assert_int_equal(d->nsent, 0);
    assert_int_equal(d->ntok, 0);
    d = segs(state, "\x01\x02\x7F");
    assert_int_equal(d->ntok, 0);
}

/* 10 MB of words, no punctuation: linear time, sentences cut at the limit. */
static void test_huge_unpunctuated(void **state)
{
    static const char *const words[] = {"troops ", "border ", "talks ", "Kabul ",
                                        "aid ",    "convoy ", "said ",  "the "};
    size_t cap = (size_t)10 << 20, n = 0;
    char *text = malloc(cap + 16);
    assert_non_null(text);
    for (size_t i = 0; n + 8 < cap; i++) {
        const char *w = words[(i * 7 + i / 3) % 8];
        size_t k = strlen(w);
        memcpy(text + n, w, k);
        n += k;
    }
    clock_t t0 = clock();
    const struct segmented *d = seg(state, text, n);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    fprintf(stderr, "10 MB: %zu tokens, %zu sentences in %.3f s\n", d->ntok, d->nsent, secs);
    assert_true(d->ntok > 1000000);
    assert_int_equal(d->nsent,
                     (d->ntok + SEGMENT_MAX_SENTENCE_TOKENS - 1) / SEGMENT_MAX_SENTENCE_TOKENS);
    for (size_t i = 0; i < d->nsent; i++)
        assert_true(d->sent[i].count <= SEGMENT_MAX_SENTENCE_TOKENS);
    assert_true(secs < 10.0); /* about 0.1 s optimized; far longer if quadratic */
    /* the same text with a comma now and then: cuts fall after a comma */
    for (size_t i = 800; i + 1 < n; i += 800) { /* a comma every 150 tokens or so */
        while (text[i] != ' ')
            i++;
        text[i] = ',';
    }
    d = seg(state, text, n);
    assert_true(d->nsent > 1);
    for (size_t i = 0; i + 1 < d->nsent; i++) {
        const struct sentence *s = &d->sent[i];
        assert_true(s->count <= SEGMENT_MAX_SENTENCE_TOKENS);
        assert_string_equal(d->tok[s->first + s->count - 1].text, ",");
    }
    free(text);
    /* memory is reused: a small document afterwards is right */
    d = segs(state, "Gen. Khan left. Talks ended.");
    assert_int_equal(d->nsent, 2);
    assert_int_equal(d->ntok, 7);
}

static void test_pathological(void **state)
{
    size_t depth = 100000, n = 0;
    char *text = malloc(4 * depth + 64);
    assert_non_null(text);
    for (size_t i = 0; i < depth; i++)
        text[n++] = '(';
    memcpy(text + n, "peace. ", 7);
    n += 7;
    for (size_t i = 0; i < depth; i++)
        text[n++] = i % 2 ? ')' : '"';
    const struct segmented *d = seg(state, text, n);
    assert_int_equal(d->ntok, 2 * depth + 2);
    for (size_t i = 0; i < d->nsent; i++)
        assert_true(d->sent[i].count <= SEGMENT_MAX_SENTENCE_TOKENS + 1);
    /* one endless word, and endless runs of periods, dashes, quotes */
    memset(text, 'a', 3 * depth);
    d = seg(state, text, 3 * depth);
    assert_int_equal(d->ntok, 1);
    memset(text, '.', 3 * depth);
    d = seg(state, text, 3 * depth);
    assert_int_equal(d->ntok, 2); /* "..." and "." */
    for (size_t i = 0; i < 3 * depth; i++)
        text[i] = "-'\",.$%"[i % 7];
    d = seg(state, text, 3 * depth);
    assert_true(d->ntok > 0);
    /* random bytes: either rejected with an offset or segmented soundly */
    srand(7);
    for (int round = 0; round < 300; round++) {
        size_t len = (size_t)(rand() % 400);
        for (size_t i = 0; i < len; i++)
            text[i] = (char)(round % 2 ? rand() % 256 : " .\"'(Ab1\n-$:,?!\xC3\xA9"[rand() % 17]);
        struct fixture *f = *state;
        size_t off = 0;
        enum segment_status st = segment_document(f->sg, text, len, &f->d, &off);
        if (st == SEGMENT_OK)
            check_invariants(&f->d);
        else
            assert_true(st == SEGMENT_BAD_UTF8 && off < len);
    }
    free(text);
}

static void test_tables_sorted(void **state)
{
    (void)state;
    assert_true(abbrev_tables_sorted());
    assert_int_equal(abbrev_lookup("Gen.", 4), ABBR_PREFIX);
    assert_int_equal(abbrev_lookup("Inc.", 4), ABBR_END);
    assert_int_equal(abbrev_lookup("gen.", 4), ABBR_NONE);
    assert_true(starter_word("The", 3));
    assert_false(starter_word("Navy", 4));
    assert_int_equal(month_lookup("Sept", 4), 9);
    assert_int_equal(month_lookup("OCTOBER", 7), 10);
    assert_int_equal(month_lookup("Octo", 4), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passages),
        cmocka_unit_test(test_tables_sorted),
        cmocka_unit_test_setup_teardown(test_bad_utf8, setup, teardown),
        cmocka_unit_test_setup_teardown(test_too_large, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nfc, setup, teardown),
        cmocka_unit_test_setup_teardown(test_spaces_dashes_controls, setup, teardown),
        cmocka_unit_test_setup_teardown(test_offsets, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_and_blank, setup, teardown),
        cmocka_unit_test_setup_teardown(test_huge_unpunctuated, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pathological, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
