/* lex.h - the built-in lexicon: the generated arrays and their lookup.
 * Tag stage, internal. The arrays are written at build time by
 * tools/mklex into $(BUILD)/gen/lexdata.c (layout in lexfmt.h); they are
 * read-only, so every tagger on every thread shares one copy. */
#ifndef PARLEY_LEX_H
#define PARLEY_LEX_H

#include <stdint.h>
#include <string.h>

#include "tag/lexfmt.h"

extern const uint32_t lex_mask;
extern const uint32_t lex_slots[];
extern const uint32_t lex_data[];
extern const uint32_t lex_named[]; /* entry of each enum lex_named word */
extern const char lex_pool[];

enum { LEX_NONE = UINT32_MAX };

/* The entry of the word s[0..n) whose lex_hash() is h, or LEX_NONE. */
static inline uint32_t lex_find(const char *s, size_t n, uint32_t h)
{
    const uint32_t check = (h >> LEX_IDX_BITS) << LEX_IDX_BITS;
    for (uint32_t j = h & lex_mask;; j = (j + 1) & lex_mask) {
        uint32_t slot = lex_slots[j];
        if (!slot)
            return LEX_NONE;
        if ((slot & ~((1u << LEX_IDX_BITS) - 1)) != check)
            continue;
        uint32_t e = (slot & ((1u << LEX_IDX_BITS) - 1)) - 1;
        const char *w = lex_pool + LEX_HDR_OFF(lex_data[e]);
        size_t i = 0; /* words are short: compared here, not by a call */
        while (i < n && w[i] == s[i])
            i++;
        if (i == n && w[n] == '\0')
            return e;
    }
}

#endif
