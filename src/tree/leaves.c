/* leaves.c - the words and tags of a bracketed parse (see tree.h).
 * Parse stage helper: `validate --reparse=gold-tags` and the tagger's
 * evaluation both take a given parse's leaves and throw its structure
 * away; they read them the same way here. */
#include "tree/tree.h"

static bool is_blank(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

size_t tree_leaves(const char *s, size_t len, struct tree_leaf *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n < max; i++) {
        if (s[i] != '(')
            continue;
        size_t t = i + 1;
        while (t < len && !is_blank(s[t]) && s[t] != '(' && s[t] != ')')
            t++;
        size_t w = t;
        while (w < len && is_blank(s[w]))
            w++;
        if (t == i + 1 || w == t || w >= len || s[w] == '(' || s[w] == ')')
            continue; /* a phrase, or a bare "(TAG)" */
        size_t e = w;
        while (e < len && !is_blank(s[e]) && s[e] != '(' && s[e] != ')')
            e++;
        size_t close = e;
        while (close < len && is_blank(s[close]))
            close++;
        if (close >= len || s[close] != ')')
            continue;
        out[n++] = (struct tree_leaf){s + i + 1, s + w, t - i - 1, e - w};
        i = e - 1;
    }
    return n;
}
