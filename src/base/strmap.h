/* strmap.h - string interner: maps byte strings to dense ids 1..n.
 * Base layer. Dictionaries intern every word they mention, so sentence
 * words are looked up once and all later matching compares integers. */
#ifndef PARLEY_STRMAP_H
#define PARLEY_STRMAP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"

struct strmap {
    /* open addressing: id 0 = empty; the hash sits in the slot so a probe
     * touches one cache line, not the per-id arrays */
    struct strmap_slot {
        uint32_t hash, id;
    } * slots;
    /* per id: the string (NUL-terminated) and its length, side by side:
     * a found word is checked with one more cache line, not two */
    struct strmap_entry {
        const char *str;
        uint32_t len;
    } * ents;
    size_t count, cap_ids, mask;
    struct arena strings;
};

void strmap_init(struct strmap *m);
void strmap_free(struct strmap *m);
/* Returns the id of s, adding it when absent. Ids start at 1. */
uint32_t strmap_intern(struct strmap *m, const char *s, size_t n);

/* The lookups are inline: the coder looks up every word of every
 * sentence, and three calls a word cost more than the probe. */

/* FNV-1a: short keys, good enough spread, no dependency. */
static inline uint32_t strmap_hash(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t h = 2166136261u;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) { /* four at a time: less loop per byte */
        h = (h ^ p[i]) * 16777619u;
        h = (h ^ p[i + 1]) * 16777619u;
        h = (h ^ p[i + 2]) * 16777619u;
        h = (h ^ p[i + 3]) * 16777619u;
    }
    for (; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static inline uint32_t strmap_find_hashed(const struct strmap *m, const char *s, size_t n,
                                          uint32_t h)
{
    for (size_t i = h & m->mask;; i = (i + 1) & m->mask) {
        uint32_t id = m->slots[i].id;
        if (!id)
            return 0;
        if (m->slots[i].hash == h && m->ents[id].len == n && memcmp(m->ents[id].str, s, n) == 0)
            return id;
    }
}

/* Returns the id of s, or 0 when s was never interned. Thread-safe for
 * concurrent readers once no one interns any more. */
static inline uint32_t strmap_find(const struct strmap *m, const char *s, size_t n)
{
    return strmap_find_hashed(m, s, n, strmap_hash(s, n));
}
static inline const char *strmap_str(const struct strmap *m, uint32_t id)
{
    return m->ents[id].str;
}
static inline size_t strmap_count(const struct strmap *m)
{
    return m->count;
}

#endif
