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
     * scanned: one pass over the bytes, and blanks are never copied. The
     * loop's state is kept small and in locals (stores through up may
     * alias the tree's fields; spilled registers cost as much as the
     * scan): net counts '(' less ')', and the enclosing open is kept,
     * not looked up on the stack. */
    char *up = arena_alloc(tr->arena, len + 1);
    struct tok *const tk = tr->t;
    int32_t *const stack = tr->stack;
    size_t n = 0, depth = 0;
    long net = 0;
    int32_t parent = -1;
    bool too_deep = false;
    /* blanks before the next token, or below 0 at the start of a line */
    int gap = -1;
    unsigned after_close = 0;
    const char *const end = s + len;
    for (const char *p = s; p < end;) {
        unsigned char c = (unsigned char)*p;
        unsigned cls = char_class[c];
        if (cls == C_BLANK) {
            gap += gap >= 0;
            p++;
            continue;
        }
        if (cls == C_NEWLINE) {
            gap = gap < 0 ? gap : -2; /* trimmed lines join with one blank */
            p++;
            continue;
        }
        /* a line break after a token counts one blank (-2); the start of
         * the text none (-1) */
        unsigned g = gap >= 0 ? (unsigned)gap : gap == -2;
        gap = 0;
        if (n >= TREE_MAX_TOKENS) {
            tr->n = n;
            return TREE_TOO_LONG;
        }
        /* Fill the token in place: building it on the stack and copying it
         * in costs store-forwarding stalls on every token. */
        int32_t at = (int32_t)n;
        struct tok *t = &tk[at];
        g += after_close;
        t->flags = 0;
        t->src = at;
        t->mate = -1;
        t->code = NULL;
        t->word = 0;
        n++;
        if (c == ')') {
            net--;
            t->kind = TOK_CLOSE;
            g++;
            t->gap = (uint8_t)(g > 255 ? 255 : g);
            after_close = 1;
            p++;
            if (depth == 0) { /* keep counting: PETRARCH compares totals */
                t->parent = -1;
                t->text = "";
                t->len = 0;
                continue;
            }
            int32_t o = stack[--depth];
            parent = depth ? stack[depth - 1] : -1;
            t->parent = parent;
            t->mate = o;
            t->text = tk[o].text;
            t->len = tk[o].len;
            tk[o].mate = at;
            continue;
        }
        t->parent = parent;
        t->gap = (uint8_t)(g > 255 ? 255 : g);
        after_close = 0;
        char *u = up + (p - s), *uq = u + 1;
        const char *q = p + 1;
        unsigned char high = c;
        *u = (char)upper_byte[c];
        for (; q < end; q++, uq++) {
            unsigned char b = (unsigned char)*q;
            if (char_class[b] != C_TEXT)
                break;
            high |= b;
            *uq = (char)upper_byte[b];
        }
        size_t wl = (size_t)(q - p);
        if (wl > 65535) {
            tr->n = n - 1;
            return TREE_TOO_LONG;
        }
        if (c == '(') {
            net++;
            t->kind = TOK_OPEN;
            t->text = u + 1;
            t->len = (uint16_t)(wl - 1);
            if (depth == TREE_MAX_DEPTH) {
                too_deep = true;
            } else {
                stack[depth++] = at;
                parent = at;
            }
        } else {
            t->kind = TOK_WORD;
            if (high < 0x80) {
                t->text = u;
                t->len = (uint16_t)wl;
            } else {
                t->text = unicode_word(tr, p, wl, &t->len);
            }
        }
        p = q;
    }
    tr->n = n;
    if (net != 0)
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
