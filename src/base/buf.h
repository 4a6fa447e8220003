/* buf.h - growable byte buffer for building strings and output.
 * Base layer. Buffers are reused across documents: clearing keeps the
 * allocation, so steady-state coding does not call malloc. */
#ifndef PARLEY_BUF_H
#define PARLEY_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
    char *data;
    size_t len, cap;
};

void buf_init(struct buf *b);
void buf_free(struct buf *b);
static inline void buf_clear(struct buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}
void buf_reserve(struct buf *b, size_t extra);
void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
/* One byte: inline, since writers call it for most of what they write. */
static inline void buf_addc(struct buf *b, char c)
{
    if (b->len + 2 > b->cap)
        buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Appends s as a JSON string literal, quotes included. Bytes are copied
 * as they are (the input was validated as UTF-8 upstream); only the
 * characters JSON requires are escaped. */
void buf_add_json_string(struct buf *b, const char *s, size_t n);
void buf_add_json_str(struct buf *b, const char *s); /* NULL gives null */
/* Decimal integers and one-decimal fixed point, without printf (these run
 * for every event written). */
void buf_add_uint(struct buf *b, unsigned long v);
void buf_add_fixed1(struct buf *b, double v);

#endif
