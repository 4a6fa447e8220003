/* strmap.c - string interner (see strmap.h). */
#include "base/strmap.h"
#include "base/xalloc.h"

#include <string.h>

void strmap_init(struct strmap *m)
{
    memset(m, 0, sizeof *m);
    m->mask = 1023;
    m->slots = xcalloc(m->mask + 1, sizeof *m->slots);
    GROW(m->ents, m->cap_ids, 64);
    arena_init(&m->strings, (size_t)64 * 1024);
}

void strmap_free(struct strmap *m)
{
    free(m->slots);
    free(m->ents);
    arena_free(&m->strings);
    memset(m, 0, sizeof *m);
}

static void rehash(struct strmap *m)
{
    /* the slots carry their hashes, so the old table is all we need */
    struct strmap_slot *old = m->slots;
    size_t nold = m->mask + 1;
    m->slots = xcalloc(nold * 2, sizeof *m->slots);
    m->mask = nold * 2 - 1;
    for (size_t k = 0; k < nold; k++) {
        if (!old[k].id)
            continue;
        size_t i = old[k].hash & m->mask;
        while (m->slots[i].id)
            i = (i + 1) & m->mask;
        m->slots[i] = old[k];
    }
    free(old);
}

uint32_t strmap_intern(struct strmap *m, const char *s, size_t n)
{
    uint32_t h = strmap_hash(s, n);
    uint32_t id = strmap_find_hashed(m, s, n, h);
    if (id)
        return id;
    if ((m->count + 1) * 2 > m->mask + 1)
        rehash(m);
    id = (uint32_t)++m->count;
    GROW(m->ents, m->cap_ids, m->count + 1);
    m->ents[id] = (struct strmap_entry){arena_strndup(&m->strings, s, n), (uint32_t)n};
    size_t i = h & m->mask;
    while (m->slots[i].id)
        i = (i + 1) & m->mask;
    m->slots[i] = (struct strmap_slot){h, id};
    return id;
}
