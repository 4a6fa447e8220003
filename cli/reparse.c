/* reparse.c - parsing a record again with parley's own parser.
 * CLI layer. `--reparse=gold-tags` keeps a given parse's words and tags
 * but throws its structure away, so the parser can be measured alone;
 * `--reparse` (text) starts from the record's <Text>. */
#include "cli.h"
#include "parse/parse.h"

#include <string.h>

/* The leaves "(TAG word)" of a bracketed parse, in order. Tag and word
 * strings are copied into store (NUL-terminated). */
size_t parse_leaves(const char *s, size_t len, struct token *tok, size_t max, struct buf *store)
{
    size_t n = 0;
    buf_clear(store);
    buf_reserve(store, len + 2);
    for (size_t i = 0; i < len && n < max; i++) {
        if (s[i] != '(')
            continue;
        size_t t = i + 1;
        while (t < len && s[t] != ' ' && s[t] != '(' && s[t] != ')' && s[t] != '\n')
            t++;
        size_t w = t;
        while (w < len && (s[w] == ' ' || s[w] == '\n' || s[w] == '\r' || s[w] == '\t'))
            w++;
        if (w >= len || s[w] == '(' || s[w] == ')')
            continue; /* a phrase, not a leaf */
        size_t e = w;
        while (e < len && s[e] != ')' && s[e] != ' ' && s[e] != '\n' && s[e] != '(')
            e++;
        /* store offsets; turned into pointers once store stops growing */
        size_t tag_at = store->len;
        buf_add(store, s + i + 1, t - i - 1);
        buf_addc(store, '\0');
        size_t word_at = store->len;
        buf_add(store, s + w, e - w);
        buf_addc(store, '\0');
        tok[n++] = (struct token){.text = (const char *)(uintptr_t)word_at,
                                  .len = (uint32_t)(e - w),
                                  .tag = (const char *)(uintptr_t)tag_at};
        i = e - 1;
    }
    for (size_t k = 0; k < n; k++) {
        tok[k].text = store->data + (uintptr_t)tok[k].text;
        tok[k].tag = store->data + (uintptr_t)tok[k].tag;
    }
    return n;
}
