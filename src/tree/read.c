/* read.c - bracketed Treebank text to a flat token list (see tree.h).
 * Parse stage. Mirrors PETRARCH-1's normalisation: lines are trimmed and
 * joined with one blank, every ')' stands alone, words are upper-cased.
 * One pass: tokens, bracket pairing and parents together. */
#include "base/buf.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "tree/tree.h"

#include <string.h>

void tree_init(struct tree *tr, struct arena *arena)
{
    memset(tr, 0, sizeof *tr);
    tr->arena = arena;
}

void tree_free(struct tree *tr)
{
    free(tr->t);
    free(tr->stack);
    tr->t = NULL;
    tr->stack = NULL;
    tr->n = tr->cap = 0;
}

void tree_grow(struct tree *tr, size_t need)
{
    GROW(tr->t, tr->cap, need);
}

bool tree_relink(struct tree *tr)
{
    tr->tags_known = false; /* tokens were added or removed */
    if (!tr->stack)
        tr->stack = xmalloc(TREE_MAX_DEPTH * sizeof *tr->stack);
    size_t depth = 0;
    for (size_t i = 0; i < tr->n; i++) {
        struct tok *t = &tr->t[i];
        t->parent = depth ? tr->stack[depth - 1] : -1;
        if (t->kind == TOK_OPEN) {
            if (depth == TREE_MAX_DEPTH)
                return false;
            tr->stack[depth++] = (int32_t)i;
        } else if (t->kind == TOK_CLOSE) {
            if (depth == 0)
                return false;
            int32_t o = tr->stack[--depth];
            tr->t[o].mate = (int32_t)i;
            t->mate = o;
            t->text = tr->t[o].text;
            t->len = tr->t[o].len;
            t->parent = depth ? tr->stack[depth - 1] : -1; /* as tree_read does */
        }
    }
    return depth == 0;
}

/* Bytes of 0x80 and up are word bytes (C_TEXT); a word holding any is
 * told by or-ing its bytes together. */
enum { C_TEXT, C_BLANK, C_NEWLINE, C_OPEN, C_CLOSE };

/* Character classes for the tokenizer, and ASCII upper-casing, by table:
 * this loop sees every byte of every parse. */
static const unsigned char char_class[256] = {
    ['\t'] = C_BLANK,   [' '] = C_BLANK,    ['\f'] = C_BLANK, ['\v'] = C_BLANK,
    ['\n'] = C_NEWLINE, ['\r'] = C_NEWLINE, ['('] = C_OPEN,   [')'] = C_CLOSE,
};

static const char *unicode_word(struct tree *tr, const char *s, size_t n, uint16_t *len)
{
    struct buf tmp;
    buf_init(&tmp);
    text_upper(&tmp, s, n);
    const char *w = arena_strndup(tr->arena, tmp.data, tmp.len);
    *len = (uint16_t)(tmp.len > 65535 ? 65535 : tmp.len);
    buf_free(&tmp);
    return w;
}

#if !defined(__SSE2__)
/* ASCII upper-casing by table, for the bytes of words and tags. */
static const unsigned char upper_byte[256] = {
#define R(x)   (x), (x) + 1, (x) + 2, (x) + 3, (x) + 4, (x) + 5, (x) + 6, (x) + 7
#define R32(x) R(x), R((x) + 8), R((x) + 16), R((x) + 24)
    R32(0), R32(32), R(64), R(72), R(80), R(88),    96,       'A',      'B',      'C', 'D',
    'E',    'F',     'G',   'H',   'I',   'J',      'K',      'L',      'M',      'N', 'O',
    'P',    'Q',     'R',   'S',   'T',   'U',      'V',      'W',      'X',      'Y', 'Z',
    123,    124,     125,   126,   127,   R32(128), R32(160), R32(192), R32(224),
#undef R32
#undef R
};
#endif

/* tree_read first classifies the parse's bytes 64 at a time into bit
 * masks, writing the upper-cased copy as it goes; the token loop then
 * jumps from token to token by the masks instead of looking at each
 * byte. Past the end every bit is set, so a search always stops. */
struct byte_masks {
    uint64_t *stop;  /* ends a tag or word: a blank, a line break, a bracket */
    uint64_t *solid; /* anything but a blank or a line break */
    bool high;       /* some byte is 0x80 or above */
};

/* The first set bit at or after j. */
static inline size_t next_bit(const uint64_t *m, size_t j)
{
    size_t w = j >> 6;
    uint64_t b = m[w] & (~0ull << (j & 63));
    while (!b)
        b = m[++w];
    return (w << 6) + (size_t)__builtin_ctzll(b);
}

#if defined(__SSE2__)
#include <emmintrin.h>

/* Sixteen bytes: their stop, non-blank and high bits, and upper-cased. */
static inline void classify16(const char *in, char *out, unsigned *stop, unsigned *solid,
                              unsigned *high)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)in);
    __m128i ctl = _mm_sub_epi8(x, _mm_set1_epi8(9)); /* \t \n \v \f \r: 0..4 */
    __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
                                 _mm_cmpeq_epi8(_mm_min_epu8(ctl, _mm_set1_epi8(4)), ctl));
    __m128i bracket =
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('(')), _mm_cmpeq_epi8(x, _mm_set1_epi8(')')));
    __m128i az = _mm_sub_epi8(x, _mm_set1_epi8('a'));
    __m128i lower = _mm_cmpeq_epi8(_mm_min_epu8(az, _mm_set1_epi8(25)), az);
    __m128i up = _mm_sub_epi8(x, _mm_and_si128(lower, _mm_set1_epi8(0x20)));
    _mm_storeu_si128((__m128i *)(void *)out, up);
    *stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(blank, bracket));
    *solid = (unsigned)_mm_movemask_epi8(blank) ^ 0xFFFFu;
    *high = (unsigned)_mm_movemask_epi8(x);
}

static void classify64(const char *in, char *out, uint64_t *stop, uint64_t *solid, uint64_t *high)
{
    uint64_t st = 0, so = 0, hi = 0;
    for (size_t k = 0; k < 4; k++) {
        unsigned a, b, c;
        classify16(in + 16 * k, out + 16 * k, &a, &b, &c);
        st |= (uint64_t)a << (16 * k);
        so |= (uint64_t)b << (16 * k);
        hi |= (uint64_t)c << (16 * k);
    }
    *stop = st;
    *solid = so;
    *high = hi;
}
#else
/* One byte at a time, by the same tables as everywhere else. */
static void classify64(const char *in, char *out, uint64_t *stop, uint64_t *solid, uint64_t *high)
{
    uint64_t st = 0, so = 0, hi = 0;
    for (unsigned k = 0; k < 64; k++) {
        unsigned char c = (unsigned char)in[k];
        unsigned cls = char_class[c];
        out[k] = (char)upper_byte[c];
        st |= (uint64_t)(cls != C_TEXT) << k;
        so |= (uint64_t)(cls - 1u >= 2u) << k;
        hi |= (uint64_t)(c >> 7) << k;
    }
    *stop = st;
    *solid = so;
    *high = hi;
}
#endif

/* Fills m for s[0..len) (nw words each, nw > len / 64 + 1) and writes the
 * upper-cased bytes to up (nw * 64 bytes). */
static void classify(const char *s, size_t len, char *up, struct byte_masks *m, size_t nw)
{
    uint64_t any_high = 0, hi;
    size_t w = 0;
    for (; (w + 1) * 64 <= len; w++) {
        classify64(s + w * 64, up + w * 64, &m->stop[w], &m->solid[w], &hi);
        any_high |= hi;
    }
    size_t tail = len - w * 64;
    char buf[64];
    memset(buf, ' ', sizeof buf);
    memcpy(buf, s + w * 64, tail);
    classify64(buf, up + w * 64, &m->stop[w], &m->solid[w], &hi);
    any_high |= hi;
    m->stop[w] |= ~0ull << tail;
    m->solid[w] |= ~0ull << tail;
    for (w++; w < nw; w++)
        m->stop[w] = m->solid[w] = ~0ull;
    m->high = any_high != 0;
}

/* A word holds a byte of 0x80 or above. */
static bool has_high(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return true;
    return false;
}

/* The gap a run of n blanks and line breaks makes: trimmed lines join
 * with one blank. */
static unsigned run_gap(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (char_class[(unsigned char)s[i]] == C_NEWLINE)
            return 1;
    return n > 255 ? 255 : (unsigned)n;
}

/* A tag of two or three letters: CC and SBR, which tree_convert asks
 * for, are noted here so that it need not look at every token. */
static void note_tag(struct tree *tr, const char *tag, size_t len, size_t at)
{
    if (len == 2 && tag[0] == 'C' && tag[1] == 'C') {
        if (tr->ncc == TREE_MAX_CC)
            tr->tags_known = false; /* too many: tree_convert looks itself */
        else
            tr->cc[tr->ncc++] = (int32_t)at;
    } else if (len == 3 && tag[0] == 'S' && tag[1] == 'B' && tag[2] == 'R') {
        tr->has_sbr = true;
    }
}

enum tree_status tree_read(struct tree *tr, const char *s, size_t len)
{
    tr->n = 0;
    tr->tags_known = true;
    tr->has_sbr = false;
    tr->ncc = 0;
    if (!tr->stack)
        tr->stack = xmalloc(TREE_MAX_DEPTH * sizeof *tr->stack);
    /* Every token takes at least one byte: room for all of them up front,
     * so the loop checks no capacity. */
    size_t room = len < TREE_MAX_TOKENS ? len + 1 : TREE_MAX_TOKENS + 1;
    if (tr->cap < room)
        tree_grow(tr, room);
    /* Tags and words point into up, the upper-cased copy, at their
     * offsets in s. The balance of brackets is worked out at the end from
     * the depth and the rare opens and closes that were not paired, and
     * the enclosing open of a close is its open's parent. */
    size_t nw = len / 64 + 2;
    char *up = arena_alloc(tr->arena, nw * 64);
    struct byte_masks m = {arena_alloc(tr->arena, nw * sizeof *m.stop),
                           arena_alloc(tr->arena, nw * sizeof *m.solid), false};
    classify(s, len, up, &m, nw);
    struct tok *const tk = tr->t;
    int32_t *const stack = tr->stack;
    size_t n = 0, depth = 0, unpaired = 0, too_deep = 0;
    int32_t parent = -1;
    /* blanks before the next token, at most 255; nothing counts before
     * the first token, and a close is followed by one more */
    unsigned g = 0;
    size_t i = next_bit(m.solid, 0);
    while (i < len) {
        if (n >= TREE_MAX_TOKENS) {
            tr->n = n;
            return TREE_TOO_LONG;
        }
        /* Fill the token in place: building it on the stack and copying it
         * in costs store-forwarding stalls on every token. */
        struct tok *t = &tk[n];
        t->flags = 0;
        t->src = (int32_t)n;
        t->code = NULL;
        t->word = 0;
        char c = s[i];
        if (c == ')') {
            t->kind = TOK_CLOSE;
            t->gap = (uint8_t)(g + (g < 255));
            g = 1;
            i++;
            if (depth == 0) { /* keep counting: PETRARCH compares totals */
                unpaired++;
                t->mate = -1;
                t->parent = -1;
                t->text = "";
                t->len = 0;
            } else {
                int32_t o = stack[--depth];
                parent = tk[o].parent;
                t->parent = parent;
                t->mate = o;
                t->text = tk[o].text;
                t->len = tk[o].len;
                tk[o].mate = (int32_t)n;
            }
        } else {
            size_t j = next_bit(m.stop, i + 1), wl = j - i;
            if (wl > 65535) {
                tr->n = n;
                return TREE_TOO_LONG;
            }
            t->parent = parent;
            t->mate = -1;
            t->gap = (uint8_t)g;
            g = 0;
            if (c == '(') {
                t->kind = TOK_OPEN;
                t->text = up + i + 1;
                t->len = (uint16_t)(wl - 1);
                if (wl - 3 <= 1u)
                    note_tag(tr, up + i + 1, wl - 1, n);
                if (depth == TREE_MAX_DEPTH) {
                    too_deep++;
                } else {
                    stack[depth++] = (int32_t)n;
                    parent = (int32_t)n;
                }
            } else {
                t->kind = TOK_WORD;
                if (!m.high || !has_high(s + i, wl)) {
                    t->text = up + i;
                    t->len = (uint16_t)wl;
                } else {
                    t->text = unicode_word(tr, s + i, wl, &t->len);
                }
            }
            i = j;
        }
        n++;
        /* mostly the next token follows at once, or after one blank */
        if (!(m.solid[i >> 6] >> (i & 63) & 1)) {
            size_t k = next_bit(m.solid, i + 1);
            g += k == i + 1 ? 1 : run_gap(s + i, (k < len ? k : len) - i);
            g = g > 255 ? 255 : g;
            i = k;
        }
    }
    tr->n = n;
    /* opens less closes: those still open, the ones too deep to push,
     * less the closes that found nothing open */
    if (depth + too_deep != unpaired)
        return TREE_UNBALANCED;
    if (too_deep)
        return TREE_TOO_DEEP;
    if (n == 0)
        return TREE_EMPTY;
    if (depth != 0)
        return TREE_UNBALANCED;
    return TREE_OK;
}

const char *tree_status_name(enum tree_status s)
{
    switch (s) {
    case TREE_OK: return "ok";
    case TREE_EMPTY: return "empty_parse";
    case TREE_UNBALANCED: return "bad_input_parse";
    case TREE_DATELINE: return "dateline";
    case TREE_TOO_DEEP: return "parse_too_deep";
    case TREE_TOO_LONG: return "parse_too_long";
    }
    return "unknown";
}
