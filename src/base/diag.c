/* diag.c - located diagnostics (see diag.h). */
#include "base/diag.h"
#include "base/buf.h"
#include "base/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void diag_add(struct diag_list *d, const char *file, unsigned line, unsigned col, const char *fmt,
              ...)
{
    GROW(d->items, d->cap, d->count + 1);
    struct buf b;
    buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    d->items[d->count++] = (struct diag){file, line, col, b.data ? b.data : xstrdup("")};
}

void diag_clear(struct diag_list *d)
{
    for (size_t i = 0; i < d->count; i++)
        free(d->items[i].msg);
    d->count = 0;
}

void diag_free(struct diag_list *d)
{
    diag_clear(d);
    free(d->items);
    d->items = NULL;
    d->cap = 0;
}

int diag_format(const struct diag *g, char *out, size_t size)
{
    if (g->line && g->col)
        return snprintf(out, size, "%s:%u:%u: %s", g->file, g->line, g->col, g->msg);
    if (g->line)
        return snprintf(out, size, "%s:%u: %s", g->file, g->line, g->msg);
    return snprintf(out, size, "%s: %s", g->file, g->msg);
}
