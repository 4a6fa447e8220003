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

enum tree_status tree_read(struct tree *tr, const char *s, size_t len)
{
    tr->n = 0;
    if (!tr->stack)
        tr->stack = xmalloc(TREE_MAX_DEPTH * sizeof *tr->stack);
    /* Every token takes at least one byte: room for all of them up front,
     * so the loop checks no capacity. */
    size_t room = len < TREE_MAX_TOKENS ? len + 1 : TREE_MAX_TOKENS + 1;
    if (tr->cap < room)
        tree_grow(tr, room);
    /* Upper-cased copies of tags and words are written into up as they are
     * scanned, at their offsets in s: one pass over the bytes, and blanks
     * are never copied. The loop keeps few values live (a spilled register
     * costs as much as the scan): the balance of brackets is worked out at
     * the end from the depth and the rare opens and closes that were not
     * paired, and the enclosing open of a close is its open's parent. */
    char *up = arena_alloc(tr->arena, len + 1);
    struct tok *const tk = tr->t;
    int32_t *const stack = tr->stack;
    size_t n = 0, depth = 0, unpaired = 0, too_deep = 0;
    int32_t parent = -1;
    /* blanks before the next token, at most 255: lines are trimmed and
     * joined with one blank, nothing counts before the first token, and a
     * close is followed by one more */
    unsigned g = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        unsigned cls = char_class[c];
        if (cls - 1u < 2u) { /* C_BLANK or C_NEWLINE */
            unsigned blanks = 0;
            bool newline = false;
            do {
                newline |= cls == C_NEWLINE;
                blanks++;
                if (++i == len)
                    break;
                cls = char_class[(unsigned char)s[i]];
            } while (cls - 1u < 2u);
            if (n)
                g += newline ? 1 : blanks;
            if (g > 255)
                g = 255;
            continue;
        }
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
        if (c == ')') {
            /* a run of closes, without going round the outer loop */
            for (;;) {
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
                n++;
                if (i == len || s[i] != ')' || n >= TREE_MAX_TOKENS)
                    break;
                t++;
                t->flags = 0;
                t->src = (int32_t)n;
                t->code = NULL;
                t->word = 0;
            }
            continue;
        }
        t->parent = parent;
        t->mate = -1;
        t->gap = (uint8_t)g;
        size_t j = i + 1;
        unsigned char high = c, b = 0;
        up[i] = (char)upper_byte[c];
        for (; j < len; j++) {
            b = (unsigned char)s[j];
            if (char_class[b] != C_TEXT)
                break;
            high |= b;
            up[j] = (char)upper_byte[b];
        }
        size_t wl = j - i;
        if (wl > 65535) {
            tr->n = n;
            return TREE_TOO_LONG;
        }
        /* one blank and then a token: the usual case, without the loop */
        g = 0;
        if (b == ' ' && j + 1 < len && char_class[(unsigned char)s[j + 1]] - 1u >= 2u) {
            g = 1;
            j++;
        }
        if (c == '(') {
            t->kind = TOK_OPEN;
            t->text = up + i + 1;
            t->len = (uint16_t)(wl - 1);
            if (depth == TREE_MAX_DEPTH) {
                too_deep++;
            } else {
                stack[depth++] = (int32_t)n;
                parent = (int32_t)n;
            }
        } else {
            t->kind = TOK_WORD;
            if (high < 0x80) {
                t->text = up + i;
                t->len = (uint16_t)wl;
            } else {
                t->text = unicode_word(tr, s + i, wl, &t->len);
            }
        }
        n++;
        i = j;
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
