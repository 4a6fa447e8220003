/* xmlscan.c - the plain-XML fast scanner (see xmlscan.h).
 * Read stage. Every construct it accepts is one expat accepts with the
 * same events; whatever it is not sure of, it hands over. Expat costs
 * about fifty instructions a byte on PETRARCH files (a tokenizer, then
 * a second pass per token, and a character-data call per line); this
 * scanner costs a few, which made the reader four times faster. */
#include "read/xmlscan.h"
#include "base/xalloc.h"

#include <stdint.h>
#include <string.h>

enum { B_PLAIN, B_LT, B_AMP, B_RSQB, B_HIGH, B_BAD, B_WS, B_QUOT, B_APOS };

/* Character data: CR (which expat rewrites) and the other controls are
 * B_BAD, so they go to expat. */
static const unsigned char text_class[256] = {
    [0 ... 8] = B_BAD, [0x0B ... 0x1F] = B_BAD, ['<'] = B_LT,
    ['&'] = B_AMP,     [']'] = B_RSQB,          [0x80 ... 0xFF] = B_HIGH,
};

/* Attribute values: tab and newline become blanks, as expat's
 * normalization does; a '<' or a reference goes to expat. */
static const unsigned char attr_class[256] = {
    [0 ... 8] = B_BAD, ['\t'] = B_WS,  ['\n'] = B_WS,   [0x0B ... 0x1F] = B_BAD,  ['<'] = B_LT,
    ['&'] = B_AMP,     ['"'] = B_QUOT, ['\''] = B_APOS, [0x80 ... 0xFF] = B_HIGH,
};

enum { NAME_START = 1, NAME_CHAR = 2 };
static const unsigned char name_class[256] = {
    ['A' ... 'Z'] = 3, ['a' ... 'z'] = 3, ['_'] = 3, [':'] = 3,
    ['0' ... '9'] = 2, ['-'] = 2,         ['.'] = 2,
};

static bool is_s(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n'; /* CR goes to expat */
}

/* Length of the UTF-8 character at p that XML allows (expat's checks:
 * no overlong forms, surrogates, U+FFFE, U+FFFF or beyond U+10FFFF);
 * 0 when invalid, -1 when the input ends inside it. */
static int utf8_len(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    int k = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    for (int i = 1; i < k; i++) {
        if ((size_t)i >= n)
            return -1;
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    if (k == 3 && ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||
                   (c == 0xEF && p[1] == 0xBF && p[2] > 0xBD)))
        return 0;
    if (k == 4 && ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F)))
        return 0;
    return k;
}

void xmlscan_init(struct xmlscan *x, const struct xmlscan_handler *h)
{
    memset(x, 0, sizeof *x);
    x->h = h;
}

void xmlscan_free(struct xmlscan *x)
{
    free(x->atts_buf);
    x->atts_buf = NULL;
}

enum step { OK, MORE, HANDOVER };

/* The step at the end of the buffer: more input may complete it. */
static enum step short_of(bool eof)
{
    return eof ? HANDOVER : MORE;
}

/* Copies a name or value; norm: its tabs and newlines become blanks. */
static void atts_add(struct xmlscan *x, size_t *used, const unsigned char *s, size_t n, bool norm)
{
    if (*used + n + 1 > x->atts_cap)
        GROW(x->atts_buf, x->atts_cap, *used + n + 1);
    char *d = x->atts_buf + *used;
    memcpy(d, s, n);
    if (norm)
        for (size_t i = 0; i < n; i++)
            if (attr_class[s[i]] == B_WS)
                d[i] = ' ';
    d[n] = '\0';
    *used += n + 1;
}

/* An attribute value from p[*j] (just past its quote) to its closing
 * quote; *ws is set when it holds a tab or newline. */
static enum step attr_value(const unsigned char *p, size_t *j, size_t len, bool eof, unsigned q,
                            bool *ws)
{
    size_t i = *j;
    for (;;) {
        if (i >= len)
            return short_of(eof);
        unsigned c = attr_class[p[i]];
        if (c == B_PLAIN) {
            i++;
        } else if (c == B_WS || (c == B_QUOT && q == '\'') || (c == B_APOS && q == '"')) {
            *ws |= c == B_WS;
            i++;
        } else if (c == B_QUOT || c == B_APOS) {
            *j = i;
            return OK;
        } else if (c == B_HIGH) {
            int k = utf8_len(p + i, len - i);
            if (k == 0)
                return HANDOVER;
            if (k < 0)
                return short_of(eof);
            i += (size_t)k;
        } else {
            return HANDOVER;
        }
    }
}

static size_t name_end(const unsigned char *p, size_t j, size_t len)
{
    while (j < len && (name_class[p[j]] & NAME_CHAR))
        j++;
    return j;
}

/* A start tag at p[i] == '<'. On OK its events were delivered and *next
 * is past it; otherwise nothing was delivered. */
static enum step start_tag(struct xmlscan *x, const unsigned char *p, size_t i, size_t len,
                           bool eof, size_t *next)
{
    size_t j = i + 1;
    if (j >= len)
        return short_of(eof);
    if (!(name_class[p[j]] & NAME_START))
        return HANDOVER;
    j = name_end(p, j, len);
    size_t name = i + 1, name_len = j - name;
    size_t off[2 * XMLSCAN_MAX_ATTS], name_lens[XMLSCAN_MAX_ATTS], natts = 0, used = 0;
    bool empty;
    for (;;) {
        bool space = false;
        while (j < len && is_s(p[j]))
            j++, space = true;
        if (j >= len)
            return short_of(eof);
        if (p[j] == '>' || p[j] == '/') {
            if (p[j] == '/' && j + 1 >= len)
                return short_of(eof);
            if (p[j] == '/' && p[j + 1] != '>')
                return HANDOVER;
            empty = p[j] == '/';
            j += empty ? 2 : 1;
            break;
        }
        if (!space || !(name_class[p[j]] & NAME_START) || natts == XMLSCAN_MAX_ATTS)
            return HANDOVER;
        size_t an = j;
        j = name_end(p, j, len);
        size_t an_len = j - an;
        while (j < len && is_s(p[j]))
            j++;
        if (j >= len)
            return short_of(eof);
        if (p[j++] != '=')
            return HANDOVER;
        while (j < len && is_s(p[j]))
            j++;
        if (j >= len)
            return short_of(eof);
        if (p[j] != '"' && p[j] != '\'')
            return HANDOVER;
        size_t v = ++j;
        bool ws = false;
        enum step st = attr_value(p, &j, len, eof, p[v - 1], &ws);
        if (st != OK)
            return st;
        for (size_t k = 0; k < natts; k++) /* a repeated attribute is an error */
            if (name_lens[k] == an_len && memcmp(x->atts_buf + off[2 * k], p + an, an_len) == 0)
                return HANDOVER;
        name_lens[natts] = an_len;
        off[2 * natts] = used;
        atts_add(x, &used, p + an, an_len, false);
        off[2 * natts + 1] = used;
        atts_add(x, &used, p + v, j - v, ws);
        natts++;
        j++; /* the closing quote */
    }
    if (x->depth == XMLSCAN_MAX_DEPTH || x->names_len + name_len + 1 > XMLSCAN_NAMES)
        return HANDOVER;
    const char *atts[2 * XMLSCAN_MAX_ATTS + 1];
    for (size_t k = 0; k < 2 * natts; k++)
        atts[k] = x->atts_buf + off[k];
    atts[2 * natts] = NULL;
    char *nm = x->names + x->names_len;
    memcpy(nm, p + name, name_len);
    nm[name_len] = '\0';
    x->tag_at = i;
    x->h->start(x->h->ud, nm, atts);
    if (empty) {
        x->h->end(x->h->ud, nm);
    } else {
        x->name_at[x->depth++] = x->names_len;
        x->names_len += name_len + 1;
    }
    *next = j;
    return OK;
}

static enum step end_tag(struct xmlscan *x, const unsigned char *p, size_t i, size_t len, bool eof,
                         size_t *next)
{
    size_t j = i + 2;
    if (j >= len)
        return short_of(eof);
    j = name_end(p, j, len);
    if (j >= len)
        return short_of(eof);
    const char *top = x->names + x->name_at[x->depth - 1];
    size_t top_len = x->names_len - x->name_at[x->depth - 1] - 1;
    if (j - (i + 2) != top_len || memcmp(p + i + 2, top, top_len) != 0)
        return HANDOVER;
    while (j < len && is_s(p[j]))
        j++;
    if (j >= len)
        return short_of(eof);
    if (p[j] != '>')
        return HANDOVER;
    x->tag_at = i;
    x->h->end(x->h->ud, top);
    x->names_len = x->name_at[--x->depth];
    if (x->depth == 0)
        x->state = XS_EPILOG;
    *next = j + 1;
    return OK;
}

/* A comment "<!--...-->" at p[i]: no event; its text must be valid. */
static enum step comment(const unsigned char *p, size_t i, size_t len, bool eof, size_t *next)
{
    if (i + 4 > len)
        return short_of(eof);
    if (memcmp(p + i, "<!--", 4) != 0)
        return HANDOVER;
    const unsigned char *dd = memmem(p + i + 4, len - i - 4, "--", 2);
    if (!dd || dd + 2 >= p + len)
        return short_of(eof);
    if (dd[2] != '>')
        return HANDOVER; /* "--" inside a comment: expat's error */
    size_t e = (size_t)(dd - p);
    for (size_t k = i + 4; k < e;) {
        unsigned c = text_class[p[k]];
        if (c == B_BAD)
            return HANDOVER;
        if (c != B_HIGH) {
            k++;
            continue;
        }
        int n = utf8_len(p + k, e - k);
        if (n <= 0)
            return HANDOVER;
        k += (size_t)n;
    }
    *next = e + 3;
    return OK;
}

/* One of the five predefined entities at p[i] == '&'. */
static enum step entity(struct xmlscan *x, const unsigned char *p, size_t i, size_t len, bool eof,
                        size_t *next)
{
    static const struct {
        const char *ref;
        char c;
    } ents[] = {{"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}};
    for (size_t k = 0; k < sizeof ents / sizeof ents[0]; k++) {
        size_t n = strlen(ents[k].ref);
        size_t have = len - i < n ? len - i : n;
        if (memcmp(p + i, ents[k].ref, have) != 0)
            continue;
        if (have < n)
            return short_of(eof);
        x->h->chars(x->h->ud, &ents[k].c, 1);
        *next = i + n;
        return OK;
    }
    return HANDOVER;
}

/* Eight bytes at a time: true when none needs a look (a control
 * character, '<', '&', ']' or a byte of a multi-byte character). Tab and
 * newline are controls here and are then looked at one by one. Each
 * term is the usual exact "some byte is zero / below n" test. */
static bool plain8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t v;
    memcpy(&v, p, 8);
    uint64_t lt = v ^ (ones * '<'), amp = v ^ (ones * '&'), sq = v ^ (ones * ']');
    uint64_t special = ((v - ones * 0x20) & ~v) | ((lt - ones) & ~lt) | ((amp - ones) & ~amp) |
                       ((sq - ones) & ~sq) | v;
    return (special & highs) == 0;
}

#if defined(__SSE2__)
#include <emmintrin.h>

/* The same for sixteen bytes, but with tab and newline plain, as
 * text_class has them (a parse has a newline every line): a bit per byte
 * that is not B_PLAIN. */
static unsigned special16(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
    __m128i tab_nl = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
    __m128i marks = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')), _mm_cmpeq_epi8(v, _mm_set1_epi8('&'))),
        _mm_cmpeq_epi8(v, _mm_set1_epi8(']')));
    __m128i bad = _mm_or_si128(_mm_andnot_si128(tab_nl, ctl), marks);
    return (unsigned)_mm_movemask_epi8(bad) | (unsigned)_mm_movemask_epi8(v);
}
#endif

static void flush(struct xmlscan *x, const unsigned char *p, size_t from, size_t to)
{
    if (to > from)
        x->h->chars(x->h->ud, (const char *)p + from, (int)(to - from));
}

/* Character data from p[i] up to the next markup. */
static enum step text(struct xmlscan *x, const unsigned char *p, size_t *at, size_t len, bool eof)
{
    size_t i = *at, run = i;
    enum step st = OK;
    for (;;) {
#if defined(__SSE2__)
        while (i + 16 <= len) {
            unsigned m = special16(p + i);
            if (m) {
                i += (size_t)__builtin_ctz(m);
                break;
            }
            i += 16;
        }
#endif
        while (i + 8 <= len && plain8(p + i))
            i += 8;
        size_t stop = i + 8 < len ? i + 8 : len; /* then back to eight at a time */
        while (i < stop && text_class[p[i]] == B_PLAIN)
            i++;
        if (i == stop && i < len)
            continue;
        if (i >= len) {
            st = short_of(eof);
            break;
        }
        unsigned c = text_class[p[i]];
        if (c == B_LT)
            break;
        if (c == B_HIGH) {
            int k = utf8_len(p + i, len - i);
            if (k > 0) {
                i += (size_t)k;
                continue;
            }
            st = k < 0 ? short_of(eof) : HANDOVER;
            break;
        }
        if (c == B_RSQB) { /* "]]>" may not appear in text */
            if (i + 2 >= len && !eof) {
                st = MORE;
                break;
            }
            if (i + 2 < len && p[i + 1] == ']' && p[i + 2] == '>') {
                st = HANDOVER;
                break;
            }
            i++;
            continue;
        }
        if (c != B_AMP) {
            st = HANDOVER;
            break;
        }
        flush(x, p, run, i);
        st = entity(x, p, i, len, eof, &i);
        run = i;
        if (st != OK)
            break;
    }
    flush(x, p, run, i);
    *at = i;
    return st;
}

static enum step markup(struct xmlscan *x, const unsigned char *p, size_t i, size_t len, bool eof,
                        size_t *next)
{
    if (i + 1 >= len)
        return short_of(eof);
    if (p[i + 1] == '/')
        return end_tag(x, p, i, len, eof, next);
    if (p[i + 1] == '!')
        return comment(p, i, len, eof, next);
    if (p[i + 1] == '?')
        return HANDOVER;
    return start_tag(x, p, i, len, eof, next);
}

/* Before the root: an XML declaration of a few exact forms, blanks, and
 * the root's start tag. Anything else goes to expat from the start. */
static enum step prolog(struct xmlscan *x, const unsigned char *p, size_t len, bool eof,
                        size_t *next)
{
    static const char *const decls[] = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
        "<?xml version=\"1.0\"?>", "<?xml version='1.0' encoding='UTF-8'?>"};
    if (len < 64 && !eof)
        return MORE;
    size_t i = 0;
    for (size_t k = 0; k < sizeof decls / sizeof decls[0]; k++) {
        size_t n = strlen(decls[k]);
        if (len >= n && memcmp(p, decls[k], n) == 0) {
            i = n;
            break;
        }
    }
    while (i < len && is_s(p[i]))
        i++;
    if (i >= len)
        return short_of(eof);
    if (p[i] != '<' || i + 1 >= len || !(name_class[p[i + 1]] & NAME_START))
        return HANDOVER;
    x->state = XS_CONTENT; /* for start_tag; undone unless it succeeds */
    enum step st = start_tag(x, p, i, len, eof, next);
    if (st != OK)
        x->state = XS_PROLOG;
    else if (x->depth == 0) /* an empty root */
        x->state = XS_EPILOG;
    return st;
}

size_t xmlscan_run(struct xmlscan *x, const char *buf, size_t len, bool eof,
                   enum xmlscan_result *res)
{
    const unsigned char *p = (const unsigned char *)buf;
    size_t i = 0;
    enum step st = OK;
    if (x->state == XS_PROLOG) {
        st = prolog(x, p, len, eof, &i);
        if (st != OK) {
            *res = st == MORE ? XS_MORE : XS_HANDOVER;
            return 0;
        }
    }
    while (x->state == XS_CONTENT) {
        if (*x->h->stop) {
            *res = XS_STOPPED;
            return i;
        }
        if (i >= len) {
            st = short_of(eof);
            break;
        }
        if (p[i] != '<') {
            st = text(x, p, &i, len, eof);
            if (st != OK)
                break;
            continue;
        }
        size_t next = i;
        st = markup(x, p, i, len, eof, &next);
        if (st != OK)
            break;
        i = next;
    }
    if (*x->h->stop) {
        *res = XS_STOPPED;
        return i;
    }
    if (x->state == XS_EPILOG) {
        while (i < len && is_s(p[i]))
            i++;
        st = i < len ? HANDOVER : eof ? OK : MORE;
        if (st == OK) {
            *res = XS_DONE;
            return i;
        }
    }
    *res = st == MORE ? XS_MORE : XS_HANDOVER;
    return i;
}
