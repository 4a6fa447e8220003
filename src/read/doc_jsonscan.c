/* doc_jsonscan.c - the fast path for JSON Lines (see doc_internal.h): a
 * news line is nearly always one object of strings, with perhaps a few
 * numbers, booleans, nulls or nested values parley ignores, and decoding
 * that directly costs a tenth of what building jansson's tree does.
 * Anything else, or anything jansson might reject, is left to jansson,
 * so results and messages are exactly jansson's either way: this
 * scanner only ever says "the same as jansson would" or "ask it". */
#include "read/doc_internal.h"

#include <stdint.h>
#include <string.h>

static const char *const field_keys[DOC_FIELDS] = {"id", "text", "date", "source", "url", "title"};

const char *doc_field_key(int f)
{
    return field_keys[f];
}

static bool json_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && json_space((unsigned char)*p))
        p++;
    return p;
}

static int hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char c = (unsigned char)p[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static char *put_utf8(char *o, unsigned cp)
{
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

/* Decodes the escape after a backslash at *pp into o. NULL for what the
 * fast path leaves to jansson: a bad escape, a lone surrogate, \u0000. */
static char *unescape(const char **pp, const char *end, char *o)
{
    const char *p = *pp;
    if (p >= end)
        return NULL;
    char c = *p++;
    switch (c) {
    case '"':
    case '\\':
    case '/': *o++ = c; break;
    case 'b': *o++ = '\b'; break;
    case 'f': *o++ = '\f'; break;
    case 'n': *o++ = '\n'; break;
    case 'r': *o++ = '\r'; break;
    case 't': *o++ = '\t'; break;
    case 'u': {
        int v = hex4(p, end);
        if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF))
            return NULL;
        p += 4;
        unsigned cp = (unsigned)v;
        if (v >= 0xD800 && v <= 0xDBFF) {
            int lo = end - p >= 6 && p[0] == '\\' && p[1] == 'u' ? hex4(p + 2, end) : -1;
            if (lo < 0xDC00 || lo > 0xDFFF)
                return NULL;
            p += 6;
            cp = 0x10000 + (((unsigned)v - 0xD800) << 10) + ((unsigned)lo - 0xDC00);
        }
        o = put_utf8(o, cp);
        break;
    }
    default: return NULL;
    }
    *pp = p;
    return o;
}

/* The string whose opening quote is at p[-1], decoded into o and ended
 * with NUL. Returns the position after the closing quote, or NULL. *hi
 * collects the raw bytes' high bits, for one UTF-8 check of the line. */
static const char *string(const char *p, const char *end, char **op, unsigned *hi)
{
    char *o = *op;
    for (;;) {
        /* Eight bytes at a time while none is a quote, a backslash or a
         * control character (the tests may also fire on a byte after
         * one that is, which only sends that chunk to the byte loop). */
        const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
        uint64_t high = 0;
        while (end - p >= 8) {
            uint64_t v, q, b;
            memcpy(&v, p, 8);
            q = v ^ (ones * '"');
            b = v ^ (ones * '\\');
            if ((((q - ones) & ~q) | ((b - ones) & ~b) | ((v - ones * 0x20) & ~v)) & highs)
                break;
            high |= v;
            memcpy(o, p, 8);
            o += 8;
            p += 8;
        }
        *hi |= (high & highs) ? 0x80u : 0u;
        const char *run = p;
        while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20)
            *hi |= (unsigned char)*p++;
        memcpy(o, run, (size_t)(p - run));
        o += p - run;
        if (p >= end || (unsigned char)*p < 0x20)
            return NULL;
        if (*p++ == '"')
            break;
        if (!(o = unescape(&p, end, o)))
            return NULL;
    }
    *o++ = '\0';
    *op = o;
    return p;
}

static int field_index(const char *key, size_t n)
{
    for (int f = 0; f < DOC_FIELDS; f++)
        if (strlen(field_keys[f]) == n && memcmp(field_keys[f], key, n) == 0)
            return f;
    return -1;
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A number jansson reads without complaint: no leading zero, at most 18
 * significant digits and a two-digit exponent, so that it can neither
 * overflow an integer nor a double. Anything else is left to jansson. */
static const char *number(const char *p, const char *end)
{
    if (p < end && *p == '-')
        p++;
    const char *d = p;
    if (p >= end || !digit(*p))
        return NULL;
    if (*p == '0') {
        if (++p < end && digit(*p))
            return NULL;
    } else {
        while (p < end && digit(*p))
            p++;
    }
    size_t digits = (size_t)(p - d);
    if (p < end && *p == '.') {
        const char *f = ++p;
        while (p < end && digit(*p))
            p++;
        if (p == f)
            return NULL;
        digits += (size_t)(p - f);
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        if (++p < end && (*p == '+' || *p == '-'))
            p++;
        const char *x = p;
        while (p < end && digit(*p))
            p++;
        if (p == x || p - x > 2)
            return NULL;
    }
    return digits <= 18 ? p : NULL;
}

enum { MAX_NESTING = 32 }; /* deeper values are jansson's */

static const char *value(const char *p, const char *end, char **op, unsigned *hi, int depth,
                         struct doc_field *keep);

/* The members of an object whose "{" is at p[-1], up to its "}". At the
 * top, fld receives the fields parley reads; inside, nothing is kept. */
static const char *members(const char *p, const char *end, char **op, unsigned *hi, int depth,
                           struct doc_field *fld)
{
    p = skip_space(p, end);
    if (p < end && *p == '}')
        return p + 1;
    for (;;) {
        if (p >= end || *p++ != '"')
            return NULL;
        char *key = *op;
        if (!(p = string(p, end, op, hi)))
            return NULL;
        int f = fld ? field_index(key, (size_t)(*op - 1 - key)) : -1;
        *op = key; /* the key is not kept */
        p = skip_space(p, end);
        if (p >= end || *p++ != ':')
            return NULL;
        /* a repeated key: the last one counts, as in jansson */
        if (!(p = value(skip_space(p, end), end, op, hi, depth, f >= 0 ? &fld[f] : NULL)))
            return NULL;
        p = skip_space(p, end);
        if (p < end && *p == ',') {
            p = skip_space(p + 1, end);
            continue;
        }
        return p < end && *p == '}' ? p + 1 : NULL;
    }
}

/* The elements of an array whose "[" is at p[-1], up to its "]". */
static const char *elements(const char *p, const char *end, char **op, unsigned *hi, int depth)
{
    p = skip_space(p, end);
    if (p < end && *p == ']')
        return p + 1;
    for (;;) {
        if (!(p = value(p, end, op, hi, depth, NULL)))
            return NULL;
        p = skip_space(p, end);
        if (p < end && *p == ',') {
            p = skip_space(p + 1, end);
            continue;
        }
        return p < end && *p == ']' ? p + 1 : NULL;
    }
}

/* The value at p; *keep, when given, describes it, and a string's
 * decoded text then stays in the output. */
static const char *value(const char *p, const char *end, char **op, unsigned *hi, int depth,
                         struct doc_field *keep)
{
    struct doc_field v = {DOC_FIELD_OTHER, NULL, 0, NULL};
    char *start = *op;
    if (p >= end)
        return NULL;
    switch (*p) {
    case '"':
        if (!(p = string(p + 1, end, op, hi)))
            return NULL;
        v = (struct doc_field){DOC_FIELD_STRING, start, (size_t)(*op - 1 - start), NULL};
        break;
    case 'n':
        if (end - p < 4 || memcmp(p, "null", 4) != 0)
            return NULL;
        p += 4;
        v.kind = DOC_FIELD_NULL;
        break;
    case 't':
    case 'f': {
        size_t len = *p == 't' ? 4 : 5;
        if ((size_t)(end - p) < len || memcmp(p, *p == 't' ? "true" : "false", len) != 0)
            return NULL;
        p += len;
        v.other = "a boolean";
        break;
    }
    case '{':
    case '[':
        if (depth >= MAX_NESTING)
            return NULL;
        v.other = *p == '{' ? "an object" : "an array";
        p = *p == '{' ? members(p + 1, end, op, hi, depth + 1, NULL)
                      : elements(p + 1, end, op, hi, depth + 1);
        if (!p)
            return NULL;
        break;
    default:
        if (!(p = number(p, end)))
            return NULL;
        v.other = "a number";
    }
    if (keep)
        *keep = v;
    if (!keep || v.kind != DOC_FIELD_STRING)
        *op = start; /* nothing of it is kept */
    return p;
}

bool doc_json_scan(const char *s, size_t n, struct buf *out, struct doc_field fld[DOC_FIELDS])
{
    const char *p = s, *end = s + n;
    unsigned hi = 0;
    memset(fld, 0, sizeof *fld * DOC_FIELDS);
    /* Decoded strings are never longer than their JSON spelling. */
    buf_clear(out);
    buf_reserve(out, n + 1);
    char *o = out->data;
    p = skip_space(p, end);
    if (p >= end || *p != '{' || !(p = members(p + 1, end, &o, &hi, 1, fld)))
        return false;
    if (skip_space(p, end) != end)
        return false;
    /* jansson rejects invalid UTF-8 anywhere; so, strictly, does this. */
    if ((hi & 0x80) && utf8_invalid_at(s, n) != (size_t)-1)
        return false;
    out->len = (size_t)(o - out->data);
    return true;
}
