/* buf.c - growable byte buffer (see buf.h). */
#include "base/buf.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_init(struct buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void buf_free(struct buf *b)
{
    free(b->data);
    buf_init(b);
}

void buf_reserve(struct buf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap) {
        size_t n = b->cap ? b->cap : 256;
        while (n < b->len + extra + 1)
            n *= 2;
        b->data = xrealloc(b->data, n);
        b->cap = n;
    }
}

void buf_add(struct buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (n == 0) { /* still terminate: a fresh buffer must read as "" */
        b->data[b->len] = '\0';
        return;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    /* ap2 is initialized by va_copy above; the analyzer misses it */
    int n = vsnprintf(NULL, 0, fmt, ap2); // NOLINT(clang-analyzer-valist.Uninitialized)
    va_end(ap2);
    if (n <= 0)
        return;
    buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void buf_add_json_string(struct buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    buf_reserve(b, n + 2);
    buf_addc(b, '"');
    size_t run = 0; /* start of the pending run of plain bytes */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        buf_add(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': buf_add(b, "\\\"", 2); break;
        case '\\': buf_add(b, "\\\\", 2); break;
        case '\n': buf_add(b, "\\n", 2); break;
        case '\t': buf_add(b, "\\t", 2); break;
        case '\r': buf_add(b, "\\r", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            buf_add(b, u, 6);
        }
        }
    }
    buf_add(b, s + run, n - run);
    buf_addc(b, '"');
}

void buf_add_json_str(struct buf *b, const char *s)
{
    if (!s)
        buf_add(b, "null", 4);
    else
        buf_add_json_string(b, s, strlen(s));
}

void buf_add_uint(struct buf *b, unsigned long v)
{
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    buf_reserve(b, n);
    while (n)
        b->data[b->len++] = tmp[--n];
    b->data[b->len] = '\0';
}

void buf_add_fixed1(struct buf *b, double v)
{
    if (v < 0) {
        buf_addc(b, '-');
        v = -v;
    }
    long tenths = (long)(v * 10.0 + 0.5);
    buf_add_uint(b, (unsigned long)(tenths / 10));
    buf_addc(b, '.');
    buf_addc(b, (char)('0' + tenths % 10));
}
