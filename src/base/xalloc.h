/* xalloc.h - malloc wrappers that abort with a message on exhaustion.
 * Base layer. parley treats out-of-memory as fatal: every caller would
 * otherwise need a recovery path that no test could exercise honestly. */
#ifndef PARLEY_XALLOC_H
#define PARLEY_XALLOC_H

#include <stddef.h>
#include <stdlib.h> /* free() goes with every x*alloc() */

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow *items (holding *cap elements of elem_size) to hold at least need. */
void grow_array(void **items, size_t *cap, size_t need, size_t elem_size);
#define GROW(arr, cap, need) grow_array((void **)&(arr), &(cap), (need), sizeof *(arr))

#endif
