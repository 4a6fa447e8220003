/* lines.c - dictionary line reader (see lines.h). */
#include "dict/lines.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int line_reader_open(struct line_reader *r, const char *path, struct diag_list *diags)
{
    memset(r, 0, sizeof *r);
    r->path = path;
    r->diags = diags;
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_add(diags, path, 0, 0, "cannot open: %s", strerror(errno));
        return -1;
    }
    size_t cap = 1 << 16, len = 0;
    char *data = xmalloc(cap);
    size_t got;
    while ((got = fread(data + len, 1, cap - len - 1, f)) > 0) {
        len += got;
        if (cap - len - 1 == 0)
            data = xrealloc(data, cap *= 2);
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(data);
        diag_add(diags, path, 0, 0, "read error");
        return -1;
    }
    data[len] = '\0';
    r->data = data;
    r->size = len;
    return 0;
}

void line_reader_close(struct line_reader *r)
{
    free(r->data);
    r->data = NULL;
}

static const char *find(const char *s, const char *end, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = s; p + n <= end; p++)
        if (memcmp(p, needle, n) == 0)
            return p;
    return NULL;
}

/* Removes <!-- ... --> spans inside [s, *end) and returns whether an
 * unclosed "<!--" starts a block comment. Text before it is kept. */
static bool strip_markup_comments(char *s, const char **end)
{
    for (;;) {
        char *open = (char *)find(s, *end, "<!--");
        if (!open)
            return false;
        const char *close = find(open + 4, *end, "-->");
        if (!close) {
            *end = open;
            return true;
        }
        /* Blank the comment rather than moving bytes, so columns of the
         * rest of the line stay true. */
        memset(open, ' ', (size_t)(close + 3 - open));
    }
}

bool line_reader_next(struct line_reader *r, struct dict_line *out)
{
    while (r->pos < r->size) {
        char *line = r->data + r->pos;
        char *nl = memchr(line, '\n', r->size - r->pos);
        const char *end = nl ? nl : r->data + r->size;
        r->pos = (size_t)(end - r->data) + (nl ? 1 : 0);
        r->lineno++;
        if (r->in_block_comment) {
            if (find(line, end, "-->"))
                r->in_block_comment = false;
            continue;
        }
        size_t bad = utf8_invalid_at(line, (size_t)(end - line));
        if (bad != (size_t)-1) {
            diag_add(r->diags, r->path, r->lineno, (unsigned)bad + 1,
                     "invalid UTF-8 (byte 0x%02x); line skipped", (unsigned char)line[bad]);
            continue;
        }
        if (line[0] == '#' || (line[0] == '<' && line[1] == '!' && find(line, end, "-->"))) {
            continue;
        }
        if (strip_markup_comments(line, &end))
            r->in_block_comment = true;
        /* A '#' after a blank starts a comment; so does one at column 1. */
        for (const char *p = line; p < end; p++) {
            if (*p == '#' && (p == line || is_space(p[-1]))) {
                end = p;
                break;
            }
        }
        while (end > line && is_space(end[-1]))
            end--;
        const char *first = line;
        while (first < end && is_space(*first))
            first++;
        if (first == end)
            continue;
        out->raw = line;
        out->text = line;
        out->len = (size_t)(end - line);
        out->lineno = r->lineno;
        return true;
    }
    return false;
}
