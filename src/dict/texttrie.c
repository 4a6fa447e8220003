/* texttrie.c - byte trie for text phrases (see texttrie.h). */
#include "dict/texttrie.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

static void add_node(struct texttrie *t)
{
    GROW(t->nodes, t->cap_nodes, t->nnodes + 1);
    t->nodes[t->nnodes] = (struct trie_node){-1, -1, 0, 0, false};
    t->nnodes++;
}

void texttrie_init(struct texttrie *t, enum trie_bounds bounds)
{
    memset(t, 0, sizeof *t);
    t->bounds = bounds;
    t->mask = 255;
    t->edge_keys = xcalloc(t->mask + 1, sizeof *t->edge_keys);
    t->edge_child = xcalloc(t->mask + 1, sizeof *t->edge_child);
    t->prefix4 = xcalloc(TRIE_PREFIX4_BITS / 64, sizeof *t->prefix4);
    add_node(t); /* the root */
}

void texttrie_free(struct texttrie *t)
{
    free(t->edge_keys);
    free(t->edge_child);
    free(t->nodes);
    free(t->prefix4);
    memset(t, 0, sizeof *t);
}

static uint32_t prefix4_bit(const char *s)
{
    uint32_t v;
    memcpy(&v, s, 4);
    return (v * 2654435761u) >> (32 - 18);
}

static size_t slot_of(uint64_t key, size_t mask)
{
    key *= 0x9E3779B97F4A7C15ull;
    return (size_t)(key >> 32) & mask;
}

static inline uint32_t child(const struct texttrie *t, uint32_t node, unsigned char c)
{
    const struct trie_node *nd = &t->nodes[node];
    if (nd->first_child && nd->first_byte == c)
        return nd->first_child;
    if (!nd->many)
        return 0;
    uint64_t key = (((uint64_t)node << 8) | c) + 1;
    for (size_t i = slot_of(key, t->mask);; i = (i + 1) & t->mask) {
        if (t->edge_keys[i] == key)
            return t->edge_child[i];
        if (t->edge_keys[i] == 0)
            return 0;
    }
}

static void put_edge(struct texttrie *t, uint64_t key, uint32_t to)
{
    size_t i = slot_of(key, t->mask);
    while (t->edge_keys[i])
        i = (i + 1) & t->mask;
    t->edge_keys[i] = key;
    t->edge_child[i] = to;
}

static void grow_edges(struct texttrie *t)
{
    uint64_t *keys = t->edge_keys;
    uint32_t *kids = t->edge_child;
    size_t old = t->mask + 1;
    t->mask = old * 2 - 1;
    t->edge_keys = xcalloc(t->mask + 1, sizeof *t->edge_keys);
    t->edge_child = xcalloc(t->mask + 1, sizeof *t->edge_child);
    for (size_t i = 0; i < old; i++)
        if (keys[i])
            put_edge(t, keys[i], kids[i]);
    free(keys);
    free(kids);
}

bool texttrie_add(struct texttrie *t, const char *s, size_t n, bool whole_word, int32_t value)
{
    uint32_t node = 0;
    if (n == 0)
        return false;
    unsigned p2 = ((unsigned)(unsigned char)s[0] << 8) | (n > 1 ? (unsigned char)s[1] : 0);
    if (n == 1) { /* a one-byte phrase: any second byte may follow */
        for (unsigned b = 0; b < 256; b++) {
            t->prefix2[(p2 | b) >> 6] |= (uint64_t)1 << ((p2 | b) & 63);
            t->short2[(p2 | b) >> 6] |= (uint64_t)1 << ((p2 | b) & 63);
        }
    } else {
        t->prefix2[p2 >> 6] |= (uint64_t)1 << (p2 & 63);
        if (n < 4)
            t->short2[p2 >> 6] |= (uint64_t)1 << (p2 & 63);
        else {
            uint32_t b = prefix4_bit(s);
            t->prefix4[b >> 6] |= (uint64_t)1 << (b & 63);
        }
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        uint32_t next = child(t, node, c);
        if (!next) {
            if ((t->nedges + 1) * 2 > t->mask + 1)
                grow_edges(t);
            next = (uint32_t)t->nnodes;
            add_node(t);
            put_edge(t, (((uint64_t)node << 8) | c) + 1, next);
            t->nedges++;
            struct trie_node *nd = &t->nodes[node];
            if (!nd->first_child) {
                nd->first_child = next;
                nd->first_byte = c;
            } else {
                nd->many = true;
            }
            if (node == 0)
                t->root_child[c] = next;
        }
        node = next;
    }
    int32_t *slot = whole_word ? &t->nodes[node].word_value : &t->nodes[node].stem_value;
    if (*slot >= 0)
        return false;
    *slot = value;
    return true;
}

/* Letters, digits and every byte of 0x80 and up: a table, since the
 * scan asks for every byte of every sentence. */
static const bool alnum[256] = {
    ['0' ... '9'] = true,
    ['A' ... 'Z'] = true,
    ['a' ... 'z'] = true,
    [0x80 ... 0xFF] = true,
};

static bool is_alnum(unsigned char c)
{
    return alnum[c];
}

static bool ends_here(const struct texttrie *t, const char *text, size_t n, size_t end)
{
    if (end == n)
        return true;
    char c = text[end];
    if (t->bounds == TRIE_DISCARD)
        return c == ' ' || c == '.' || c == '!' || c == '?';
    return !is_alnum((unsigned char)c);
}

/* The next position at or after i where a match may start. */
static size_t next_start(const struct texttrie *t, const char *text, size_t n, size_t i)
{
    if (t->bounds == TRIE_DISCARD) { /* after a blank: jump blank to blank */
        if (i == 0)
            i = 1;
        const char *blank = i <= n ? memchr(text + i - 1, ' ', n - (i - 1)) : NULL;
        return blank ? (size_t)(blank - text) + 1 : n;
    }
    if (i == 0)
        return 0;
    while (i < n && alnum[(unsigned char)text[i - 1]])
        i++;
    return i;
}

#if defined(__SSE2__)
#include <emmintrin.h>

/* Bits for sixteen bytes: a blank (discards), or a letter, a digit or a
 * byte of 0x80 and up (issues), as the alnum table has it. */
static unsigned before_start16(const char *p, bool discard)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    if (discard)
        return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
    __m128i letter = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    __m128i digit = _mm_sub_epi8(x, _mm_set1_epi8('0'));
    __m128i word_byte =
        _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter),
                     _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit));
    return ((unsigned)_mm_movemask_epi8(word_byte) | (unsigned)_mm_movemask_epi8(x)) ^ 0xFFFFu;
}
#endif

enum { SCAN_WORDS = 64 }; /* texts up to 4 KiB take their starts from a mask */

/* Sets a bit for every position where a match may start, as next_start
 * finds them one by one: the bit of byte i is set in mark when byte i
 * is a blank (discards) or not alphanumeric (issues), then moved up by
 * one, since a start is the position after such a byte. */
static void start_mask(const struct texttrie *t, const char *text, size_t n, uint64_t *starts)
{
    bool discard = t->bounds == TRIE_DISCARD;
    size_t nw = n / 64 + 1;
    memset(starts, 0, nw * sizeof *starts);
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16)
        starts[i >> 6] |= (uint64_t)before_start16(text + i, discard) << (i & 63);
#endif
    for (; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        bool mark = discard ? c == ' ' : !alnum[c];
        starts[i >> 6] |= (uint64_t)mark << (i & 63);
    }
    uint64_t carry = discard ? 0 : 1; /* an issue may start the text */
    for (size_t w = 0; w < nw; w++) {
        uint64_t m = starts[w];
        starts[w] = m << 1 | carry;
        carry = m >> 63;
    }
}

/* The matches that start at i. */
static inline __attribute__((always_inline)) void
scan_at(const struct texttrie *t, const char *text, size_t n, size_t i, texttrie_hit hit, void *ctx)
{
    unsigned p2 =
        ((unsigned)(unsigned char)text[i] << 8) | (i + 1 < n ? (unsigned char)text[i + 1] : 0);
    uint64_t bit2 = (uint64_t)1 << (p2 & 63);
    if (!(t->prefix2[p2 >> 6] & bit2))
        return;
    if (!(t->short2[p2 >> 6] & bit2)) { /* every phrase here is 4+ bytes */
        if (n - i < 4)
            return;
        uint32_t b = prefix4_bit(text + i);
        if (!(t->prefix4[b >> 6] & ((uint64_t)1 << (b & 63))))
            return;
    }
    uint32_t node = 0;
    for (size_t j = i; j < n; j++) {
        node = node == 0 ? t->root_child[(unsigned char)text[j]]
                         : child(t, node, (unsigned char)text[j]);
        if (!node)
            break;
        const struct trie_node *nd = &t->nodes[node];
        if (nd->stem_value >= 0)
            hit(ctx, i, j + 1, nd->stem_value);
        if (nd->word_value >= 0 && ends_here(t, text, n, j + 1))
            hit(ctx, i, j + 1, nd->word_value);
    }
}

void texttrie_scan(const struct texttrie *t, const char *text, size_t n, texttrie_hit hit,
                   void *ctx)
{
    if (n < (size_t)SCAN_WORDS * 64) {
        uint64_t starts[SCAN_WORDS];
        start_mask(t, text, n, starts);
        for (size_t w = 0; w <= n / 64; w++)
            for (uint64_t m = starts[w]; m; m &= m - 1) {
                size_t i = w * 64 + (size_t)__builtin_ctzll(m);
                if (i >= n)
                    return;
                scan_at(t, text, n, i, hit, ctx);
            }
        return;
    }
    for (size_t i = next_start(t, text, n, 0); i < n; i = next_start(t, text, n, i + 1))
        scan_at(t, text, n, i, hit, ctx);
}
