/* normalize.c - checked UTF-8 in, the text every later step reads out.
 * Segment stage, step 1 (see internal.h). The output is NFC, has one
 * kind of space (ASCII), '\n' as its only line break, "--" for en and em
 * dashes, "..." for the ellipsis character, and no control or zero-width
 * characters. Token offsets point into this text, never into the input.
 *
 * Why it is built this way: news is overwhelmingly ASCII, so ASCII is
 * copied span by span with memcpy and never meets utf8proc. Each run of
 * non-ASCII bytes is handled on its own: a run made only of characters
 * that NFC leaves alone and that never combine (Latin-1, the punctuation
 * and currency blocks, CJK ideographs) is mapped directly; any other run
 * goes through utf8proc's decompose and compose, with the ASCII character
 * before it, which a combining mark may attach to. Splitting at ASCII is
 * exact: ASCII characters are starters that never compose with what
 * precedes them. The scratch for code points lives in the segmenter. */
#include "segment/internal.h"

#include <string.h>
#include <utf8proc.h>

#include "base/xalloc.h"

/* ASCII bytes copied as they are: printable characters and '\n'. */
static const uint8_t plain[256] = {
    ['\n'] = 1, [' '] = 1, ['!'] = 1, ['"'] = 1, ['#'] = 1, ['$'] = 1,  ['%'] = 1, ['&'] = 1,
    ['\''] = 1, ['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1,  ['-'] = 1, ['.'] = 1,
    ['/'] = 1,  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,  ['5'] = 1, ['6'] = 1,
    ['7'] = 1,  ['8'] = 1, ['9'] = 1, [':'] = 1, [';'] = 1, ['<'] = 1,  ['='] = 1, ['>'] = 1,
    ['?'] = 1,  ['@'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,  ['E'] = 1, ['F'] = 1,
    ['G'] = 1,  ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,  ['M'] = 1, ['N'] = 1,
    ['O'] = 1,  ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,  ['U'] = 1, ['V'] = 1,
    ['W'] = 1,  ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['['] = 1, ['\\'] = 1, [']'] = 1, ['^'] = 1,
    ['_'] = 1,  ['`'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,  ['e'] = 1, ['f'] = 1,
    ['g'] = 1,  ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,  ['m'] = 1, ['n'] = 1,
    ['o'] = 1,  ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,  ['u'] = 1, ['v'] = 1,
    ['w'] = 1,  ['x'] = 1, ['y'] = 1, ['z'] = 1, ['{'] = 1, ['|'] = 1,  ['}'] = 1, ['~'] = 1,
};

/* True when the eight bytes at p are all printable ASCII (0x20-0x7E);
 * a chunk with anything else, '\n' included, goes byte by byte. */
static inline bool plain8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t v;
    memcpy(&v, p, 8);
    /* bytes >= 0x7F: their own high bit, or 0x7F + 1's; bytes < 0x20 */
    return !(((v | (v + ones)) | ((v - ones * 0x20) & ~v)) & highs);
}

static void put_utf8(struct buf *b, int32_t cp)
{
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, enc);
    buf_add(b, (const char *)enc, (size_t)n);
}

/* Appends one code point of NFC text, mapped as the top comment says. */
static void put_mapped(struct buf *b, int32_t cp)
{
    if (cp < 0x80) {
        if (plain[cp])
            buf_addc(b, (char)cp);
        else if (cp == '\t' || cp == '\v' || cp == '\f')
            buf_addc(b, ' ');
        else if (cp == '\r')
            buf_addc(b, '\n');
        return; /* other C0 controls and DEL are dropped */
    }
    if (cp < 0x100) {
        if (cp == 0x85) /* NEXT LINE */
            buf_addc(b, '\n');
        else if (cp == 0xA0) /* NO-BREAK SPACE */
            buf_addc(b, ' ');
        else if (cp >= 0xA1 && cp != 0xAD) /* 0xAD: SOFT HYPHEN, dropped */
            put_utf8(b, cp);
        return; /* C1 controls are dropped */
    }
    if (cp >= 0x2000 && cp <= 0x206F) { /* General Punctuation */
        if (cp <= 0x200A || cp == 0x202F || cp == 0x205F)
            buf_addc(b, ' '); /* the many widths of space */
        else if (cp <= 0x200F || (cp >= 0x202A && cp <= 0x202E) || cp >= 0x2060)
            return; /* zero-width, direction and invisible operators */
        else if (cp <= 0x2012)
            buf_addc(b, '-'); /* hyphens, non-breaking hyphen, figure dash */
        else if (cp <= 0x2015)
            buf_add(b, "--", 2); /* en dash, em dash, horizontal bar */
        else if (cp == 0x2026)
            buf_add(b, "...", 3);
        else if (cp == 0x2028)
            buf_addc(b, '\n'); /* LINE SEPARATOR */
        else if (cp == 0x2029)
            buf_add(b, "\n\n", 2); /* PARAGRAPH SEPARATOR: a blank line */
        else
            put_utf8(b, cp);
        return;
    }
    switch (cp) {
    case 0x1680: /* OGHAM SPACE MARK */
    case 0x3000: /* IDEOGRAPHIC SPACE */ buf_addc(b, ' '); return;
    case 0x180E: /* MONGOLIAN VOWEL SEPARATOR */
    case 0xFEFF: /* BYTE ORDER MARK, ZERO WIDTH NO-BREAK SPACE */
    case 0xFFF9:
    case 0xFFFA:
    case 0xFFFB: /* interlinear annotation marks */ return;
    case 0x2212: /* MINUS SIGN */
    case 0xFE63: /* SMALL HYPHEN-MINUS */
    case 0xFF0D: /* FULLWIDTH HYPHEN-MINUS */ buf_addc(b, '-'); return;
    case 0xFE58: /* SMALL EM DASH */ buf_add(b, "--", 2); return;
    default: put_utf8(b, cp);
    }
}

/* Code points that are NFC on their own, have combining class 0 and are
 * never the second of a composition: a run of them is already NFC. */
static bool nfc_inert(int32_t cp)
{
    return (cp >= 0xA0 && cp <= 0xFF) || (cp >= 0x2000 && cp <= 0x206F) ||
           (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

static bool run_inert(const unsigned char *p, size_t n)
{
    for (size_t i = 0, len; i < n; i += len)
        if (!nfc_inert(utf8_decode(p + i, &len)))
            return false;
    return true;
}

/* NFC of in[a, b) into s->u32; returns the number of code points. */
static size_t nfc_run(struct segmenter *s, const char *in, size_t a, size_t b)
{
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)in + a;
    utf8proc_ssize_t len = (utf8proc_ssize_t)(b - a);
    for (;;) {
        utf8proc_ssize_t m = utf8proc_decompose(p, len, s->u32, (utf8proc_ssize_t)s->u32_cap, opt);
        if (m < 0) /* cannot happen: the input was validated */
            return 0;
        if ((size_t)m <= s->u32_cap) {
            m = utf8proc_normalize_utf32(s->u32, m, opt);
            return m < 0 ? 0 : (size_t)m;
        }
        GROW(s->u32, s->u32_cap, (size_t)m);
    }
}

/* Appends the non-ASCII run in[a, b) (b is at an ASCII byte or the end). */
static void nonascii_run(struct segmenter *s, const char *in, size_t a, size_t b)
{
    struct buf *out = &s->text;
    const unsigned char *p = (const unsigned char *)in;
    if (run_inert(p + a, b - a)) {
        for (size_t i = a, len; i < b; i += len)
            put_mapped(out, utf8_decode(p + i, &len));
        return;
    }
    /* A combining mark may belong to the printable ASCII character just
     * before the run, which was copied already: take it back. */
    if (a > 0 && p[a - 1] > ' ' && p[a - 1] < 0x7F) {
        a--;
        out->len--;
    }
    size_t m = nfc_run(s, in, a, b);
    for (size_t i = 0; i < m; i++)
        put_mapped(out, s->u32[i]);
}

void seg_normalize(struct segmenter *s, const char *in, size_t n)
{
    struct buf *out = &s->text;
    const unsigned char *p = (const unsigned char *)in;
    buf_clear(out);
    buf_reserve(out, n + 16);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j + 8 <= n && plain8(p + j))
            j += 8;
        while (j < n && plain[p[j]])
            j++;
        buf_add(out, in + i, j - i);
        if (j == n)
            break;
        if (p[j] < 0x80) {
            if (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n')
                j++; /* CR LF is one line break */
            put_mapped(out, p[j]);
            i = j + 1;
            continue;
        }
        size_t k = j + 1;
        while (k < n && p[k] >= 0x80)
            k++;
        nonascii_run(s, in, j, k);
        i = k;
    }
    if (out->data)
        out->data[out->len] = '\0';
}
