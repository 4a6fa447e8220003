/* test_base.c: unit tests for the base layer (src/base): the arena, the
 * string interner, the byte buffer and its JSON escaping, UTF-8 checks,
 * upper-casing, calendar dates and located diagnostics. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/strmap.h"
#include "base/text.h"

/* ---- arena ---------------------------------------------------------- */

static void test_arena_many_small(void **state)
{
    (void)state;
    struct arena a;
    arena_init(&a, 1024);
    assert_int_equal(arena_bytes(&a), 0);
    enum { N = 5000 };
    static unsigned char *ptrs[N];
    for (size_t i = 0; i < N; i++) {
        size_t size = 1 + i % 37;
        ptrs[i] = arena_alloc(&a, size);
        assert_non_null(ptrs[i]);
        assert_int_equal((uintptr_t)ptrs[i] % 16, 0);
        memset(ptrs[i], (int)(i & 0xff), size);
    }
    /* Nothing overwrote anything: every block still holds its own byte. */
    for (size_t i = 0; i < N; i++) {
        size_t size = 1 + i % 37;
        for (size_t k = 0; k < size; k++)
            assert_int_equal(ptrs[i][k], (unsigned char)(i & 0xff));
    }
    /* Only whole chunks of the configured size were taken. */
    assert_true(arena_bytes(&a) >= (size_t)N * 16);
    assert_int_equal(arena_bytes(&a) % 1024, 0);
    arena_free(&a);
    assert_int_equal(arena_bytes(&a), 0);
}

static void test_arena_alignment(void **state)
{
    (void)state;
    struct arena a;
    arena_init(&a, 4096);
    for (size_t size = 0; size < 100; size++) {
        void *p = arena_alloc(&a, size);
        assert_int_equal((uintptr_t)p % 16, 0);
        void *q = arena_zalloc(&a, size + 3);
        assert_int_equal((uintptr_t)q % 16, 0);
        for (size_t k = 0; k < size + 3; k++)
            assert_int_equal(((unsigned char *)q)[k], 0);
        char *s = arena_strndup(&a, "abcdefghij", size % 11);
        assert_int_equal((uintptr_t)s % 16, 0);
    }
    /* Zero-byte allocations still give distinct pointers. */
    char *z1 = arena_alloc(&a, 0), *z2 = arena_alloc(&a, 0);
    assert_ptr_not_equal(z1, z2);
    arena_free(&a);
}

static void test_arena_large_blocks(void **state)
{
    (void)state;
    struct arena a;
    arena_init(&a, 1024);
    char *small1 = arena_alloc(&a, 100);
    memset(small1, 'a', 100);
    /* Larger than a chunk: gets a block of its own. */
    size_t big_size = 100000;
    char *big = arena_alloc(&a, big_size);
    assert_int_equal((uintptr_t)big % 16, 0);
    memset(big, 'b', big_size);
    /* The current chunk keeps being filled after a large block. */
    char *small2 = arena_alloc(&a, 100);
    memset(small2, 'c', 100);
    assert_true(small2 > small1 && small2 < small1 + 1024);
    assert_int_equal(arena_bytes(&a), 1024 + big_size);
    for (size_t i = 0; i < 100; i++) {
        assert_int_equal(small1[i], 'a');
        assert_int_equal(small2[i], 'c');
    }
    for (size_t i = 0; i < big_size; i++)
        assert_int_equal(big[i], 'b');
    /* A large block as the very first allocation. */
    struct arena b;
    arena_init(&b, 256);
    char *first = arena_alloc(&b, 5000);
    memset(first, 'x', 5000);
    char *after = arena_alloc(&b, 8);
    memset(after, 'y', 8);
    assert_int_equal(first[4999], 'x');
    assert_int_equal(arena_bytes(&b), 5008 + 256);
    arena_free(&b);
    arena_free(&a);
}

static void test_arena_default_chunk(void **state)
{
    (void)state;
    struct arena a;
    arena_init(&a, 0);
    assert_int_equal(a.chunk_size, 64 * 1024);
    (void)arena_alloc(&a, 1);
    assert_int_equal(arena_bytes(&a), 64 * 1024);
    arena_free(&a);
}

static void test_arena_reset(void **state)
{
    (void)state;
    struct arena a;
    arena_init(&a, 512);
    for (int i = 0; i < 100; i++)
        (void)arena_alloc(&a, 64);
    (void)arena_alloc(&a, 10000);
    assert_true(arena_bytes(&a) > 512);
    arena_reset(&a);
    /* One chunk of the configured size survives, empty. */
    assert_int_equal(arena_bytes(&a), 512);
    char *p = arena_alloc(&a, 32);
    assert_int_equal((uintptr_t)p % 16, 0);
    strcpy(p, "still usable");
    assert_int_equal(arena_bytes(&a), 512);
    /* Filling it again takes new chunks and keeps the data intact. */
    char *strs[200];
    for (int i = 0; i < 200; i++) {
        char tmp[16];
        snprintf(tmp, sizeof tmp, "s%d", i);
        strs[i] = arena_strdup(&a, tmp);
    }
    for (int i = 0; i < 200; i++) {
        char tmp[16];
        snprintf(tmp, sizeof tmp, "s%d", i);
        assert_string_equal(strs[i], tmp);
    }
    assert_string_equal(p, "still usable");
    arena_reset(&a);
    arena_reset(&a); /* twice in a row is fine */
    assert_int_equal(arena_bytes(&a), 512);
    arena_free(&a);
    /* Resetting a fresh arena, and freeing it twice, is harmless. */
    arena_init(&a, 512);
    arena_reset(&a);
    assert_int_equal(arena_bytes(&a), 0);
    assert_non_null(arena_alloc(&a, 1));
    arena_free(&a);
    arena_free(&a);
}

static void test_arena_strndup(void **state)
{
    (void)state;
    struct arena a;
    arena_init(&a, 128);
    char *s = arena_strndup(&a, "hello world", 5);
    assert_string_equal(s, "hello");
    char *e = arena_strndup(&a, "xyz", 0);
    assert_string_equal(e, "");
    /* Embedded bytes are copied as they are, and a NUL is appended. */
    char *b = arena_strndup(&a, "a\0b", 3);
    assert_int_equal(b[0], 'a');
    assert_int_equal(b[1], '\0');
    assert_int_equal(b[2], 'b');
    assert_int_equal(b[3], '\0');
    char *d = arena_strdup(&a, "S\xc3\xa3o Paulo");
    assert_string_equal(d, "S\xc3\xa3o Paulo");
    /* A string longer than the chunk. */
    char longs[600];
    memset(longs, 'q', sizeof longs - 1);
    longs[sizeof longs - 1] = '\0';
    char *l = arena_strdup(&a, longs);
    assert_string_equal(l, longs);
    assert_ptr_not_equal(l, longs);
    arena_free(&a);
}

/* ---- strmap --------------------------------------------------------- */

static void test_strmap_dense_ids(void **state)
{
    (void)state;
    struct strmap m;
    strmap_init(&m);
    assert_int_equal(strmap_count(&m), 0);
    assert_int_equal(strmap_intern(&m, "ARNOR", 5), 1);
    assert_int_equal(strmap_intern(&m, "GONDOR", 6), 2);
    assert_int_equal(strmap_intern(&m, "ROHAN", 5), 3);
    assert_int_equal(strmap_intern(&m, "GONDOR", 6), 2);
    assert_int_equal(strmap_intern(&m, "ARNOR", 5), 1);
    assert_int_equal(strmap_count(&m), 3);
    /* Length matters: a prefix is another string. */
    assert_int_equal(strmap_intern(&m, "GONDORIAN", 4), 4);
    assert_string_equal(strmap_str(&m, 4), "GOND");
    /* The empty string is a string like any other. */
    assert_int_equal(strmap_intern(&m, "", 0), 5);
    assert_string_equal(strmap_str(&m, 5), "");
    assert_int_equal(strmap_find(&m, "", 0), 5);
    assert_int_equal(strmap_count(&m), 5);
    strmap_free(&m);
}

static void test_strmap_find_vs_intern(void **state)
{
    (void)state;
    struct strmap m;
    strmap_init(&m);
    assert_int_equal(strmap_find(&m, "ARNOR", 5), 0);
    assert_int_equal(strmap_count(&m), 0); /* find never adds */
    uint32_t id = strmap_intern(&m, "ARNOR", 5);
    assert_int_equal(strmap_find(&m, "ARNOR", 5), id);
    assert_int_equal(strmap_find(&m, "ARNO", 4), 0);
    assert_int_equal(strmap_find(&m, "arnor", 5), 0); /* case matters */
    assert_int_equal(strmap_find_hashed(&m, "ARNOR", 5, strmap_hash("ARNOR", 5)), id);
    /* The source need not be NUL-terminated. */
    const char text[] = "ARNORGONDOR";
    assert_int_equal(strmap_find(&m, text, 5), id);
    assert_int_equal(strmap_intern(&m, text + 5, 6), 2);
    assert_string_equal(strmap_str(&m, 2), "GONDOR");
    assert_int_equal(strmap_count(&m), 2);
    /* FNV-1a reference values. */
    assert_int_equal(strmap_hash("", 0), 2166136261u);
    assert_int_equal(strmap_hash("a", 1), 0xe40c292cu);
    strmap_free(&m);
}

static void test_strmap_many_rehash(void **state)
{
    (void)state;
    struct strmap m;
    strmap_init(&m);
    enum { N = 10000 };
    char tmp[32];
    for (uint32_t i = 0; i < N; i++) {
        int n = snprintf(tmp, sizeof tmp, "word-%u", i * 7919u);
        assert_int_equal(strmap_intern(&m, tmp, (size_t)n), i + 1);
    }
    assert_int_equal(strmap_count(&m), N);
    /* The table grew well past its initial 1024 slots. */
    assert_true(m.mask + 1 >= 2 * N);
    for (uint32_t i = 0; i < N; i++) {
        int n = snprintf(tmp, sizeof tmp, "word-%u", i * 7919u);
        assert_int_equal(strmap_find(&m, tmp, (size_t)n), i + 1);
        assert_int_equal(strmap_intern(&m, tmp, (size_t)n), i + 1);
        /* Round trip: id -> string -> id. */
        const char *s = strmap_str(&m, i + 1);
        assert_string_equal(s, tmp);
        assert_int_equal(strmap_find(&m, s, strlen(s)), i + 1);
    }
    assert_int_equal(strmap_count(&m), N);
    assert_int_equal(strmap_find(&m, "word-1", 6), 0);
    strmap_free(&m);
}

/* ---- buf ------------------------------------------------------------ */

static void test_buf_basics(void **state)
{
    (void)state;
    struct buf b;
    buf_init(&b);
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    buf_clear(&b); /* clearing an empty buffer is harmless */
    buf_adds(&b, "abc");
    buf_addc(&b, 'd');
    buf_add(&b, "efgh", 2);
    assert_string_equal(b.data, "abcdef");
    assert_int_equal(b.len, 6);
    size_t cap = b.cap;
    buf_clear(&b);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.data, "");
    assert_int_equal(b.cap, cap); /* clearing keeps the allocation */
    /* Growth far past the first allocation. */
    for (int i = 0; i < 10000; i++)
        buf_addc(&b, (char)('a' + i % 26));
    assert_int_equal(b.len, 10000);
    assert_int_equal(strlen(b.data), 10000);
    assert_int_equal(b.data[9999], 'a' + 9999 % 26);
    assert_true(b.cap > 10000);
    buf_free(&b);
    assert_null(b.data);
    assert_int_equal(b.cap, 0);
}

static void test_buf_printf(void **state)
{
    (void)state;
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s=%d", "x", 42);
    buf_printf(&b, ";%05.1f;%c", 3.14159, 'z');
    assert_string_equal(b.data, "x=42;003.1;z");
    assert_int_equal(b.len, 12);
    buf_printf(&b, "%s", ""); /* nothing to add */
    assert_int_equal(b.len, 12);
    /* Output longer than the initial capacity. */
    char big[1000];
    memset(big, 'k', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    buf_clear(&b);
    buf_printf(&b, "[%s]", big);
    assert_int_equal(b.len, 1001);
    assert_int_equal(b.data[0], '[');
    assert_int_equal(b.data[999], 'k');
    assert_int_equal(b.data[1000], ']');
    assert_int_equal(b.data[1001], '\0');
    buf_free(&b);
}

/* Adding nothing to a fresh buffer still leaves a C string: petrxml.c
 * hands out buf data as strings after buf_adds(&b, "") for a missing
 * attribute. (A regression test: this once read uninitialised bytes.) */
static void test_buf_add_empty_terminates(void **state)
{
    (void)state;
    /* Make fresh heap memory non-zero so the result does not depend on
     * what malloc happens to return (glibc; ASan fills it anyway). */
    mallopt(M_PERTURB, 0xff ^ 'Z');
    struct buf a, b, c;
    buf_init(&a);
    buf_init(&b);
    buf_init(&c);
    buf_add(&a, "ignored", 0);
    buf_clear(&b);
    buf_adds(&b, "");
    buf_printf(&c, "%s", "");
    mallopt(M_PERTURB, 0);
    /* Collect, free, then assert: a failure leaves no leak behind. */
    size_t lens = a.len + b.len + c.len;
    bool a_ok = a.data == NULL || a.data[0] == '\0';
    bool b_ok = b.data == NULL || b.data[0] == '\0';
    bool c_ok = c.data == NULL || c.data[0] == '\0';
    buf_free(&a);
    buf_free(&b);
    buf_free(&c);
    assert_int_equal(lens, 0);
    assert_true(c_ok);
    assert_true(a_ok);
    assert_true(b_ok);
}

static void check_json(const char *in, size_t n, const char *want)
{
    struct buf b;
    buf_init(&b);
    buf_add_json_string(&b, in, n);
    assert_string_equal(b.data, want);
    assert_int_equal(b.len, strlen(want));
    buf_free(&b);
}

static void test_buf_json(void **state)
{
    (void)state;
    check_json("", 0, "\"\"");
    check_json("plain", 5, "\"plain\"");
    check_json("say \"hi\"", 8, "\"say \\\"hi\\\"\"");
    check_json("a\\b", 3, "\"a\\\\b\"");
    check_json("line1\nline2", 11, "\"line1\\nline2\"");
    check_json("\t\r", 2, "\"\\t\\r\"");
    check_json("\x01", 1, "\"\\u0001\"");
    check_json("x\x1fy", 3, "\"x\\u001fy\"");
    check_json("a\0b", 3, "\"a\\u0000b\"");
    /* Non-ASCII bytes and DEL pass through unchanged. */
    check_json("S\xc3\xa3o\x7f", 5, "\"S\xc3\xa3o\x7f\"");
    /* Only n bytes are read. */
    check_json("abcdef", 3, "\"abc\"");

    struct buf b;
    buf_init(&b);
    buf_add_json_str(&b, NULL);
    assert_string_equal(b.data, "null");
    buf_adds(&b, ",");
    buf_add_json_str(&b, "q\"");
    assert_string_equal(b.data, "null,\"q\\\"\"");
    buf_free(&b);
}

/* ---- text: UTF-8 and upper-casing ------------------------------------ */

static size_t invalid_at(const char *s)
{
    return utf8_invalid_at(s, strlen(s));
}

static void test_utf8_invalid_at(void **state)
{
    (void)state;
    const size_t ok = (size_t)-1;
    assert_int_equal(invalid_at(""), ok);
    assert_int_equal(invalid_at("Arnor attacked Gondor. ~!@#$%^&*()"), ok);
    assert_int_equal(invalid_at("S\xc3\xa3o Paulo"), ok);
    assert_int_equal(invalid_at("\xe2\x82\xac 5"), ok);    /* euro sign */
    assert_int_equal(invalid_at("\xf0\x9f\x98\x80!"), ok); /* 4-byte emoji */
    assert_int_equal(invalid_at("S\xc3"), 1);              /* truncated */
    assert_int_equal(invalid_at("ab\xe2\x82"), 2);         /* truncated 3-byte */
    assert_int_equal(invalid_at("S\xc3o"), 1);             /* bad continuation */
    assert_int_equal(invalid_at("x\xc0\xaf"), 1);          /* overlong '/' */
    assert_int_equal(invalid_at("xy\xe0\x80\xaf"), 2);     /* overlong 3-byte */
    assert_int_equal(invalid_at("abc\x80"), 3);            /* lone continuation */
    assert_int_equal(invalid_at("\xff"), 0);
    assert_int_equal(invalid_at("ok\xed\xa0\x80"), 2);   /* UTF-16 surrogate */
    assert_int_equal(invalid_at("\xf4\x90\x80\x80"), 0); /* above U+10FFFF */
    /* A NUL byte is invalid wherever it is. */
    assert_int_equal(utf8_invalid_at("ab\0cd", 5), 2);
    assert_int_equal(utf8_invalid_at("\0", 1), 0);
    /* Only n bytes are looked at. */
    assert_int_equal(utf8_invalid_at("ab\xff", 2), ok);
    assert_int_equal(utf8_invalid_at("S\xc3\xa3o", 2), 1);
}

static void check_upper(const char *in, const char *want)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "<");
    text_upper(&b, in, strlen(in));
    buf_adds(&b, ">");
    char expect[256];
    snprintf(expect, sizeof expect, "<%s>", want);
    assert_string_equal(b.data, expect);
    buf_free(&b);
}

static void test_text_upper(void **state)
{
    (void)state;
    check_upper("", "");
    check_upper("arnor Attacked gondor 42 times!", "ARNOR ATTACKED GONDOR 42 TIMES!");
    check_upper("s\xc3\xa3o paulo", "S\xc3\x83O PAULO");
    check_upper("\xc3\xa9lys\xc3\xa9"
                "e",
                "\xc3\x89LYS\xc3\x89"
                "E");                                                    /* élysée */
    check_upper("\xd0\xbc\xd0\xb8\xd1\x80", "\xd0\x9c\xd0\x98\xd0\xa0"); /* мир */
    check_upper("\xe2\x82\xac", "\xe2\x82\xac");                         /* no case: unchanged */

    char s[] = "minas tirith 3";
    assert_true(text_upper_ascii_inplace(s, strlen(s)));
    assert_string_equal(s, "MINAS TIRITH 3");
    char t[] = "s\xc3\xa3o";
    assert_false(text_upper_ascii_inplace(t, strlen(t)));
    assert_string_equal(t, "s\xc3\xa3o"); /* untouched */
    char u[] = "abcdef";
    assert_true(text_upper_ascii_inplace(u, 3));
    assert_string_equal(u, "ABCdef");
}

/* ---- text: dates ------------------------------------------------------ */

static void test_date_valid(void **state)
{
    (void)state;
    assert_true(date_valid(2023, 1, 31));
    assert_false(date_valid(2023, 1, 32));
    assert_false(date_valid(2023, 4, 31));
    assert_true(date_valid(2023, 4, 30));
    assert_false(date_valid(2023, 2, 29));
    assert_true(date_valid(2024, 2, 29));
    assert_false(date_valid(2024, 2, 30));
    assert_true(date_valid(2000, 2, 29));  /* divisible by 400 */
    assert_false(date_valid(1900, 2, 29)); /* divisible by 100 only */
    assert_false(date_valid(2100, 2, 29));
    assert_true(date_valid(1996, 2, 29));
    assert_false(date_valid(2023, 0, 1));
    assert_false(date_valid(2023, 13, 1));
    assert_false(date_valid(2023, 6, 0));
    assert_false(date_valid(2023, 6, -1));
    assert_false(date_valid(0, 1, 1));
    assert_true(date_valid(1, 1, 1));
    assert_true(date_valid(9999, 12, 31));
    assert_false(date_valid(10000, 1, 1));
}

static void test_date_days(void **state)
{
    (void)state;
    assert_int_equal(date_to_days(1970, 1, 1), 0);
    assert_int_equal(date_to_days(1970, 1, 2), 1);
    assert_int_equal(date_to_days(1969, 12, 31), -1);
    assert_int_equal(date_to_days(2000, 1, 1), 10957);
    assert_int_equal(date_to_days(2000, 3, 1), 11017);
    assert_int_equal(date_to_days(1979, 6, 6), 3443);
    assert_int_equal(date_to_days(1900, 3, 1) - date_to_days(1900, 2, 28), 1);
    assert_int_equal(date_to_days(2000, 3, 1) - date_to_days(2000, 2, 28), 2);
    int y, m, d;
    days_to_date(-1, &y, &m, &d);
    assert_int_equal(y, 1969);
    assert_int_equal(m, 12);
    assert_int_equal(d, 31);
    days_to_date(11016, &y, &m, &d);
    assert_int_equal(y, 2000);
    assert_int_equal(m, 2);
    assert_int_equal(d, 29);

    /* Round trip over every day from 0001-01-01 to 9999-12-31, walking the
     * calendar by hand alongside. */
    day_t first = date_to_days(1, 1, 1), last = date_to_days(9999, 12, 31);
    int cy = 1, cm = 1, cd = 1;
    for (day_t z = first; z <= last; z++) {
        days_to_date(z, &y, &m, &d);
        if (y != cy || m != cm || d != cd)
            fail_msg("day %d gave %04d-%02d-%02d, want %04d-%02d-%02d", (int)z, y, m, d, cy, cm,
                     cd);
        if (date_to_days(y, m, d) != z)
            fail_msg("%04d-%02d-%02d does not go back to day %d", y, m, d, (int)z);
        if (date_valid(cy, cm, cd + 1)) {
            cd++;
        } else if (cm < 12) {
            cm++;
            cd = 1;
        } else {
            cy++;
            cm = cd = 1;
        }
    }
    assert_int_equal(cy, 10000);
    assert_int_equal(last - first + 1, 3652059);
}

static void test_date_parse_yyyymmdd(void **state)
{
    (void)state;
    assert_int_equal(date_parse_yyyymmdd("19700101", 8), 0);
    assert_int_equal(date_parse_yyyymmdd("20240229", 8), date_to_days(2024, 2, 29));
    assert_int_equal(date_parse_yyyymmdd("20230230", 8), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("20230229", 8), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("2023011", 7), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("202301011", 9), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("abcdefgh", 8), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("2023-1-1", 8), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("2023 101", 8), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("20231301", 8), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("00000101", 8), DAY_NONE);
    assert_int_equal(date_parse_yyyymmdd("", 0), DAY_NONE);
    /* Exactly n bytes: trailing text beyond n is not looked at. */
    assert_int_equal(date_parse_yyyymmdd("19790606xyz", 8), date_to_days(1979, 6, 6));
}

static void test_date_parse_iso(void **state)
{
    (void)state;
    day_t leap = date_to_days(2024, 2, 29);
    assert_int_equal(date_parse_iso("2024-02-29", 10), leap);
    assert_int_equal(date_parse_iso("1970-01-01", 10), 0);
    assert_int_equal(date_parse_iso("2024-02-30", 10), DAY_NONE);
    assert_int_equal(date_parse_iso("2023-02-29", 10), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-13-01", 10), DAY_NONE);
    assert_int_equal(date_parse_iso("0000-01-01", 10), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-2-29", 9), DAY_NONE);
    assert_int_equal(date_parse_iso("2024/02/29", 10), DAY_NONE);
    assert_int_equal(date_parse_iso("20240229", 8), DAY_NONE);
    assert_int_equal(date_parse_iso("", 0), DAY_NONE);
    /* Timestamps: the date part as written, the time checked too. */
    assert_int_equal(date_parse_iso("2024-02-29T23:59:59Z", 20), leap);
    assert_int_equal(date_parse_iso("2024-02-29T23:59:60Z", 20), leap);
    assert_int_equal(date_parse_iso("2024-02-29T08:00:00", 19), leap);
    assert_int_equal(date_parse_iso("2024-02-29T08:00:00.125Z", 24), leap);
    assert_int_equal(date_parse_iso("2024-02-29T23:00:00-05:00", 25), leap);
    assert_int_equal(date_parse_iso("2024-02-29T01:00:00+14:00", 25), leap);
    assert_int_equal(date_parse_iso("2024-02-30T00:00:00Z", 20), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29T24:00:00Z", 20), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29T12:60:00Z", 20), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29 12:00:00Z", 20), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29T12:00Z", 17), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29T12:00:00.Z", 21), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29T12:00:00ZZ", 21), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29T12:00:00+0500", 24), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29T12:00:00+05:60", 25), DAY_NONE);
    assert_int_equal(date_parse_iso("2024-02-29x", 11), DAY_NONE);
    /* Exactly n bytes: trailing text beyond n is not looked at. */
    assert_int_equal(date_parse_iso("2024-02-29T", 10), leap);
}

static void test_date_parse_dict(void **state)
{
    (void)state;
    assert_int_equal(date_parse_dict("790606", 6), date_to_days(1979, 6, 6));
    assert_int_equal(date_parse_dict("300101", 6), date_to_days(2030, 1, 1));
    assert_int_equal(date_parse_dict("310101", 6), date_to_days(1931, 1, 1));
    assert_int_equal(date_parse_dict("000229", 6), date_to_days(2000, 2, 29));
    assert_int_equal(date_parse_dict("990101", 6), date_to_days(1999, 1, 1));
    assert_int_equal(date_parse_dict("19790606", 8), date_to_days(1979, 6, 6));
    assert_int_equal(date_parse_dict("790631", 6), DAY_NONE);
    assert_int_equal(date_parse_dict("7906061", 7), DAY_NONE);
    assert_int_equal(date_parse_dict("79066", 5), DAY_NONE);
    assert_int_equal(date_parse_dict("79o606", 6), DAY_NONE);
    assert_int_equal(date_parse_dict("1979060x", 8), DAY_NONE);
    assert_int_equal(date_parse_dict("", 0), DAY_NONE);
}

static void check_iso(day_t days, const char *want)
{
    char out[11];
    memset(out, 'X', sizeof out);
    date_format_iso(days, out);
    assert_string_equal(out, want);
}

static void test_date_format_iso(void **state)
{
    (void)state;
    check_iso(0, "1970-01-01");
    check_iso(-1, "1969-12-31");
    check_iso(date_to_days(1979, 6, 6), "1979-06-06");
    check_iso(date_to_days(2024, 2, 29), "2024-02-29");
    check_iso(date_to_days(1, 1, 1), "0001-01-01");
    check_iso(date_to_days(9999, 12, 31), "9999-12-31");
    check_iso(date_parse_dict("300101", 6), "2030-01-01");
    check_iso(date_parse_yyyymmdd("20011109", 8), "2001-11-09");
}

/* ---- diag ----------------------------------------------------------- */

static void test_diag_format(void **state)
{
    (void)state;
    char out[128];
    struct diag g = {"f.txt", 3, 5, "msg"};
    assert_int_equal(diag_format(&g, out, sizeof out), 14);
    assert_string_equal(out, "f.txt:3:5: msg");
    g.col = 0;
    assert_int_equal(diag_format(&g, out, sizeof out), 12);
    assert_string_equal(out, "f.txt:3: msg");
    g.line = 0;
    assert_int_equal(diag_format(&g, out, sizeof out), 10);
    assert_string_equal(out, "f.txt: msg");
    /* A column without a line is not shown. */
    g.col = 7;
    diag_format(&g, out, sizeof out);
    assert_string_equal(out, "f.txt: msg");
    /* Truncation: the full length is returned, the output is cut and ended. */
    struct diag h = {"dir/actors.txt", 120, 33, "a rather long message"};
    char small[10];
    assert_int_equal(diag_format(&h, small, sizeof small),
                     (int)strlen("dir/actors.txt:120:33: a rather long message"));
    assert_string_equal(small, "dir/actor");
}

static void test_diag_list(void **state)
{
    (void)state;
    struct diag_list d = {0};
    diag_add(&d, "a.verbs", 1, 2, "bad %s at %d", "thing", 7);
    diag_add(&d, "b.actors", 0, 0, "cannot open: %s", "No such file or directory");
    diag_add(&d, "c", 9, 0, "%s", "");
    for (int i = 0; i < 40; i++) /* grows past its first allocation */
        diag_add(&d, "g", (unsigned)i + 1, 1, "n%d", i);
    assert_int_equal(d.count, 43);
    char out[128];
    diag_format(&d.items[0], out, sizeof out);
    assert_string_equal(out, "a.verbs:1:2: bad thing at 7");
    diag_format(&d.items[1], out, sizeof out);
    assert_string_equal(out, "b.actors: cannot open: No such file or directory");
    diag_format(&d.items[2], out, sizeof out);
    assert_string_equal(out, "c:9: ");
    assert_non_null(d.items[2].msg);
    diag_format(&d.items[42], out, sizeof out);
    assert_string_equal(out, "g:40:1: n39");
    diag_clear(&d);
    assert_int_equal(d.count, 0);
    diag_add(&d, "x", 1, 1, "again");
    assert_int_equal(d.count, 1);
    assert_string_equal(d.items[0].msg, "again");
    diag_free(&d);
    assert_null(d.items);
    assert_int_equal(d.count, 0);
    diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_many_small),   cmocka_unit_test(test_arena_alignment),
        cmocka_unit_test(test_arena_large_blocks), cmocka_unit_test(test_arena_default_chunk),
        cmocka_unit_test(test_arena_reset),        cmocka_unit_test(test_arena_strndup),
        cmocka_unit_test(test_strmap_dense_ids),   cmocka_unit_test(test_strmap_find_vs_intern),
        cmocka_unit_test(test_strmap_many_rehash), cmocka_unit_test(test_buf_basics),
        cmocka_unit_test(test_buf_printf),         cmocka_unit_test(test_buf_add_empty_terminates),
        cmocka_unit_test(test_buf_json),           cmocka_unit_test(test_utf8_invalid_at),
        cmocka_unit_test(test_text_upper),         cmocka_unit_test(test_date_valid),
        cmocka_unit_test(test_date_days),          cmocka_unit_test(test_date_parse_yyyymmdd),
        cmocka_unit_test(test_date_parse_iso),     cmocka_unit_test(test_date_parse_dict),
        cmocka_unit_test(test_date_format_iso),    cmocka_unit_test(test_diag_format),
        cmocka_unit_test(test_diag_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
