/* arena.h - region allocator: many small allocations, one free.
 * Base layer; depends on libc only. Every per-document and per-dictionary
 * structure lives in an arena so that teardown is one call and leaks are
 * impossible by construction. */
#ifndef PARLEY_ARENA_H
#define PARLEY_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
    struct arena_chunk *head; /* chunk being filled */
    size_t chunk_size;        /* default size of a new chunk */
};

void arena_init(struct arena *a, size_t chunk_size);
/* Aborts on out-of-memory: callers never see NULL. */
void *arena_alloc(struct arena *a, size_t size);
void *arena_zalloc(struct arena *a, size_t size);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
/* Forget everything but keep the first chunk, so a reused arena stops
 * calling malloc once it has grown to the size of a typical document. */
void arena_reset(struct arena *a);
void arena_free(struct arena *a);
size_t arena_bytes(const struct arena *a);

#endif
