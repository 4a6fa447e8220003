/* read.c - bracketed Treebank text to a flat token list (see tree.h).
 * Parse stage. Mirrors PETRARCH-1's normalisation: lines are trimmed and
 * joined with one blank, every ')' stands alone, words are upper-cased. */
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
    tr->t = NULL;
    tr->n = tr->cap = 0;
}

void tree_push(struct tree *tr, struct tok t)
{
    GROW(tr->t, tr->cap, tr->n + 1);
    tr->t[tr->n++] = t;
}

bool tree_relink(struct tree *tr)
{
    int32_t stack[TREE_MAX_DEPTH];
    size_t depth = 0;
    for (size_t i = 0; i < tr->n; i++) {
        struct tok *t = &tr->t[i];
        if (t->kind == TOK_OPEN) {
            if (depth == TREE_MAX_DEPTH)
                return false;
            stack[depth++] = (int32_t)i;
        } else if (t->kind == TOK_CLOSE) {
            if (depth == 0)
                return false;
            int32_t o = stack[--depth];
            tr->t[o].mate = (int32_t)i;
            t->mate = o;
            t->text = tr->t[o].text;
            t->len = tr->t[o].len;
        }
    }
    return depth == 0;
}

/* Upper-cases a word into the arena; ASCII words take the fast path. */
static const char *upper_word(struct tree *tr, const char *s, size_t n, struct buf *tmp)
{
    char *w = arena_strndup(tr->arena, s, n);
    if (text_upper_ascii_inplace(w, n))
        return w;
    buf_clear(tmp);
    text_upper(tmp, s, n);
    return arena_strndup(tr->arena, tmp->data, tmp->len);
}

enum tree_status tree_read(struct tree *tr, const char *s, size_t len, size_t *col)
{
    tr->n = 0;
    size_t opens = 0, closes = 0, depth = 0, max_depth = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '(') {
            opens++;
            if (++depth > max_depth)
                max_depth = depth;
        } else if (s[i] == ')') {
            closes++;
            if (depth)
                depth--;
        }
    }
    if (opens != closes) {
        if (col)
            *col = 0;
        return TREE_UNBALANCED;
    }
    if (max_depth > TREE_MAX_DEPTH)
        return TREE_TOO_DEEP;
    struct buf tmp;
    buf_init(&tmp);
    unsigned gap = 0;
    bool line_start = true, after_close = false;
    size_t i = 0;
    enum tree_status st = TREE_OK;
    while (i < len) {
        char c = s[i];
        if (c == '\n' || c == '\r') {
            /* trimmed lines are joined with exactly one blank */
            gap = line_start ? gap : 1;
            line_start = true;
            i++;
            continue;
        }
        if (is_space(c)) {
            if (!line_start)
                gap++;
            i++;
            continue;
        }
        if (line_start && tr->n > 0 && gap == 0)
            gap = 1;
        line_start = false;
        struct tok t = {.gap = (uint8_t)((gap + after_close) > 255 ? 255 : gap + after_close),
                        .src = (int32_t)tr->n,
                        .mate = -1};
        gap = 0;
        after_close = false;
        if (c == ')') {
            t.kind = TOK_CLOSE;
            t.gap = (uint8_t)(t.gap < 255 ? t.gap + 1 : 255);
            t.text = "";
            after_close = true;
            i++;
        } else {
            size_t j = i;
            while (j < len && !is_space(s[j]) && s[j] != ')' && (j == i || s[j] != '('))
                j++;
            if (j - i > 65535) {
                st = TREE_TOO_LONG;
                break;
            }
            if (c == '(') {
                t.kind = TOK_OPEN;
                t.text = upper_word(tr, s + i + 1, j - i - 1, &tmp);
                t.len = (uint16_t)(j - i - 1);
            } else {
                t.kind = TOK_WORD;
                t.text = upper_word(tr, s + i, j - i, &tmp);
                t.len = (uint16_t)strlen(t.text);
            }
            i = j;
        }
        if (tr->n >= TREE_MAX_TOKENS) {
            st = TREE_TOO_LONG;
            break;
        }
        tree_push(tr, t);
    }
    buf_free(&tmp);
    if (st != TREE_OK)
        return st;
    if (tr->n == 0)
        return TREE_EMPTY;
    if (!tree_relink(tr))
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
