/* reparse.c - parsing a record again with parley's own parser.
 * CLI layer. `--reparse=gold-tags` keeps a given parse's words and tags
 * but throws its structure away, so the parser can be measured alone;
 * `--reparse` (text) starts from the record's <Text>. */
#include "cli.h"
#include "parse/parse.h"
#include "tree/tree.h"

#include <string.h>

/* The leaves "(TAG word)" of a bracketed parse, at most max, as tokens
 * whose NUL-terminated strings live in store. */
size_t parse_leaves(const char *s, size_t len, struct token *tok, size_t max, struct buf *store)
{
    struct tree_leaf leaf[PARSE_MAX_NESTED_TOKENS];
    size_t n =
        tree_leaves(s, len, leaf, max < PARSE_MAX_NESTED_TOKENS ? max : PARSE_MAX_NESTED_TOKENS);
    /* offsets first: store may move while it grows */
    size_t at[PARSE_MAX_NESTED_TOKENS][2];
    buf_clear(store);
    for (size_t k = 0; k < n; k++) {
        at[k][0] = store->len;
        buf_add(store, leaf[k].tag, leaf[k].tag_len);
        buf_addc(store, '\0');
        at[k][1] = store->len;
        buf_add(store, leaf[k].word, leaf[k].word_len);
        buf_addc(store, '\0');
    }
    for (size_t k = 0; k < n; k++)
        tok[k] = (struct token){.text = store->data + at[k][1],
                                .len = (uint32_t)leaf[k].word_len,
                                .tag = store->data + at[k][0]};
    return n;
}
