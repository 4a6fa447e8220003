/* texttrie.h - byte trie for phrases matched in raw sentence text.
 * Dict layer. Discards and issues are found in the text rather than the
 * parse; a trie walked from each word start finds all of them in one pass
 * instead of one substring search per dictionary line. */
#ifndef PARLEY_TEXTTRIE_H
#define PARLEY_TEXTTRIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum trie_bounds {
    /* PETRARCH discards: a match starts after a blank (never at the very
     * start); a whole-word phrase must be followed by a blank, '.', '!',
     * '?' or the end; other phrases match as stems. */
    TRIE_DISCARD,
    /* Issues: a match starts at the text start or after a character that
     * is not a letter or digit, and ends before one (or at the end). */
    TRIE_WORDS,
};

/* Most nodes of a phrase trie have one child (the rest of a phrase), so
 * each node keeps its first child beside its values: walking a chain
 * reads one node after another in memory, and only nodes with several
 * children need the edge hash. */
struct trie_node {
    int32_t stem_value, word_value; /* -1 none */
    uint32_t first_child;           /* 0 none */
    unsigned char first_byte;
    bool many; /* more children than the first: look them up in the hash */
};

struct texttrie {
    enum trie_bounds bounds;
    uint64_t *edge_keys; /* (parent << 8 | byte) + 1; 0 = empty slot */
    uint32_t *edge_child;
    size_t nedges, mask;
    struct trie_node *nodes;
    size_t nnodes, cap_nodes;
    /* Most match attempts die on the first two bytes: a bit per two-byte
     * prefix that some phrase starts with, and the root's children in a
     * table, spare the hash lookups. */
    uint64_t prefix2[1024];
    uint32_t root_child[256];
    /* Past two bytes, walks still mostly die on the third or fourth: a
     * filter with a bit per hashed four-byte prefix of the phrases four
     * bytes or longer, and, per two-byte prefix, a bit saying a shorter
     * phrase starts with it (then the filter cannot be used). */
    uint64_t short2[1024];
    uint64_t *prefix4; /* TRIE_PREFIX4_BITS bits */
};

enum { TRIE_PREFIX4_BITS = 1 << 18 };

void texttrie_init(struct texttrie *t, enum trie_bounds bounds);
void texttrie_free(struct texttrie *t);
/* Adds a phrase (already upper-cased). The first value given for a phrase
 * wins; returns false when the phrase was already present. */
bool texttrie_add(struct texttrie *t, const char *s, size_t n, bool whole_word, int32_t value);

typedef void (*texttrie_hit)(void *ctx, size_t start, size_t end, int32_t value);
/* Reports every match in text, in order of start then length. */
void texttrie_scan(const struct texttrie *t, const char *text, size_t n, texttrie_hit hit,
                   void *ctx);

#endif
