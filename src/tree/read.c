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

enum { C_TEXT, C_BLANK, C_NEWLINE, C_OPEN, C_CLOSE, C_HIGH };

/* Character classes for the tokenizer, and ASCII upper-casing, by table:
 * this loop sees every byte of every parse. */
static const unsigned char char_class[256] = {
    ['\t'] = C_BLANK, [' '] = C_BLANK,    ['\f'] = C_BLANK,
    ['\v'] = C_BLANK, ['\n'] = C_NEWLINE, ['\r'] = C_NEWLINE,
    ['('] = C_OPEN,   [')'] = C_CLOSE,    [128 ... 255] = C_HIGH,
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

enum tree_status tree_read(struct tree *tr, const char *s, size_t len)
{
    tr->n = 0;
    if (!tr->stack)
        tr->stack = xmalloc(TREE_MAX_DEPTH * sizeof *tr->stack);
    /* Upper-cased copies of tags and words are written into up as they are
     * scanned: one pass over the bytes, and blanks are never copied. */
    char *up = arena_alloc(tr->arena, len + 1);
    size_t depth = 0, opens = 0, closes = 0;
    bool too_deep = false;
    unsigned gap = 0;
    bool line_start = true, after_close = false;
    size_t i = 0;
    while (i < len) {
        char c = s[i];
        unsigned cls = char_class[(unsigned char)c];
        if (cls == C_NEWLINE) {
            gap = line_start ? gap : 1; /* trimmed lines join with one blank */
            line_start = true;
            i++;
            continue;
        }
        if (cls == C_BLANK) {
            gap += !line_start;
            i++;
            continue;
        }
        if (line_start && tr->n > 0 && gap == 0)
            gap = 1;
        line_start = false;
        if (tr->n >= TREE_MAX_TOKENS)
            return TREE_TOO_LONG;
        /* Fill the token in place: building it on the stack and copying it
         * in costs store-forwarding stalls on every token. */
        if (tr->n == tr->cap)
            tree_grow(tr, tr->n + 1);
        int32_t at = (int32_t)tr->n;
        struct tok *t = &tr->t[at];
        unsigned g = gap + after_close;
        t->gap = (uint8_t)(g > 255 ? 255 : g);
        t->flags = 0;
        t->src = at;
        t->mate = -1;
        t->parent = depth ? tr->stack[depth - 1] : -1;
        t->code = NULL;
        t->word = 0;
        gap = 0;
        after_close = false;
        if (c == ')') {
            closes++;
            t->kind = TOK_CLOSE;
            t->gap = (uint8_t)(t->gap < 255 ? t->gap + 1 : 255);
            after_close = true;
            i++;
            tr->n++;
            if (depth == 0) { /* keep counting: PETRARCH compares totals */
                t->text = "";
                t->len = 0;
                continue;
            }
            int32_t o = tr->stack[--depth];
            t->mate = o;
            t->text = tr->t[o].text;
            t->len = tr->t[o].len;
            t->parent = depth ? tr->stack[depth - 1] : -1;
            tr->t[o].mate = at;
            continue;
        }
        size_t j = i + 1;
        unsigned char high = (unsigned char)c;
        up[i] = c;
        for (; j < len; j++) {
            unsigned char b = (unsigned char)s[j];
            if (char_class[b] != C_TEXT && char_class[b] != C_HIGH)
                break;
            high |= b;
            up[j] = (char)(b - ((unsigned)(b - 'a') < 26u ? 32 : 0));
        }
        if (j - i > 65535)
            return TREE_TOO_LONG;
        if (c == '(') {
            opens++;
            t->kind = TOK_OPEN;
            t->text = up + i + 1;
            t->len = (uint16_t)(j - i - 1);
            if (depth == TREE_MAX_DEPTH)
                too_deep = true;
            else
                tr->stack[depth++] = at;
        } else {
            t->kind = TOK_WORD;
            up[i] = (char)(c - ((unsigned)(c - 'a') < 26u ? 32 : 0));
            if (high < 0x80) {
                t->text = up + i;
                t->len = (uint16_t)(j - i);
            } else {
                t->text = unicode_word(tr, s + i, j - i, &t->len);
            }
        }
        tr->n++;
        i = j;
    }
    if (opens != closes)
        return TREE_UNBALANCED;
    if (too_deep)
        return TREE_TOO_DEEP;
    if (tr->n == 0)
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
