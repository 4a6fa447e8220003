/* arena.c - region allocator (see arena.h). */
#include "base/arena.h"
#include "base/xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct arena_chunk {
    struct arena_chunk *next;
    size_t size, used;
    max_align_t data[];
};

void arena_init(struct arena *a, size_t chunk_size)
{
    a->head = NULL;
    a->chunk_size = chunk_size ? chunk_size : (size_t)64 * 1024;
}

static struct arena_chunk *chunk_new(size_t size, struct arena_chunk *next)
{
    struct arena_chunk *c = xmalloc(sizeof *c + size);
    c->next = next;
    c->size = size;
    c->used = 0;
    return c;
}

void *arena_alloc(struct arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (size == 0)
        size = 16;
    struct arena_chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        if (size > a->chunk_size / 4) {
            /* A large block gets a chunk of its own, placed behind the
             * current one so the current chunk keeps being filled. */
            struct arena_chunk *big = chunk_new(size, NULL);
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                a->head = big;
            }
            big->used = size;
            return big->data;
        }
        c = a->head = chunk_new(a->chunk_size, a->head);
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    return p;
}

void *arena_zalloc(struct arena *a, size_t size)
{
    void *p = arena_alloc(a, size);
    memset(p, 0, size);
    return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

void arena_reset(struct arena *a)
{
    struct arena_chunk *keep = NULL;
    for (struct arena_chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        if (!keep && c->size == a->chunk_size)
            keep = c;
        else
            free(c);
    }
    a->head = keep;
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
}

void arena_free(struct arena *a)
{
    for (struct arena_chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    a->head = NULL;
}

size_t arena_bytes(const struct arena *a)
{
    size_t n = 0;
    for (const struct arena_chunk *c = a->head; c; c = c->next)
        n += c->size;
    return n;
}
