/* diag.h - located diagnostics: "FILE:LINE:COL: message".
 * Base layer. Readers collect problems here instead of printing, so the
 * library never writes to stderr and callers decide what to show. */
#ifndef PARLEY_DIAG_H
#define PARLEY_DIAG_H

#include <stddef.h>

struct diag {
    const char *file;   /* as given by the caller; not owned */
    unsigned line, col; /* 1-based; 0 when unknown */
    char *msg;          /* owned */
};

struct diag_list {
    struct diag *items;
    size_t count, cap;
};

void diag_add(struct diag_list *d, const char *file, unsigned line, unsigned col, const char *fmt,
              ...) __attribute__((format(printf, 5, 6)));
void diag_clear(struct diag_list *d);
void diag_free(struct diag_list *d);
/* Formats one diagnostic the way parley prints it: FILE:LINE:COL: msg */
int diag_format(const struct diag *g, char *out, size_t size);

#endif
