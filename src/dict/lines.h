/* lines.h - the line reader shared by every dictionary format.
 * Dict layer, bottom. It reads a file whole (dictionaries are small),
 * strips the comment forms the PETRARCH/TABARI family allows, and keeps
 * line and column positions so every problem can be located. */
#ifndef PARLEY_DICT_LINES_H
#define PARLEY_DICT_LINES_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"

struct dict_line {
    const char *raw;  /* start of the physical line */
    const char *text; /* content with comments removed; leading blanks kept */
    size_t len;       /* trailing blanks already trimmed; never 0 */
    unsigned lineno;
};

struct line_reader {
    const char *path;
    char *data;
    size_t size, pos;
    unsigned lineno;
    bool in_block_comment;
    struct diag_list *diags;
};

/* Returns 0, or -1 after adding a diagnostic when the file cannot be read. */
int line_reader_open(struct line_reader *r, const char *path, struct diag_list *diags);
/* Yields the next line that has content. Lines that are not valid UTF-8
 * are reported and skipped. Returns false at end of file. */
bool line_reader_next(struct line_reader *r, struct dict_line *out);
void line_reader_close(struct line_reader *r);

static inline unsigned dict_col(const struct dict_line *l, const char *p)
{
    return (unsigned)(p - l->raw) + 1;
}

#endif
