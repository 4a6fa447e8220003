/* doc.c - raw-text documents (see doc.h): the input (zlib, so gzip is
 * transparent), the line reader with its length limit, and the PLAIN and
 * BLOCKS formats. JSON Lines objects are turned into documents by
 * doc_jsonl.c. */
#include "read/doc_internal.h"
#include "base/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Bytes asked of zlib at a time, and its own input buffer's size. */
#define DOC_CHUNK ((size_t)1 << 16)

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

struct doc_reader *doc_reader_open(const char *path, enum doc_format fmt, day_t default_date,
                                   struct diag_list *diag)
{
    bool std_in = strcmp(path, "-") == 0;
    const char *shown = std_in ? "stdin" : path;
    int fd = std_in ? fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0) : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        diag_add(diag, shown, 0, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        diag_add(diag, shown, 0, 0, "cannot read: %s", strerror(EISDIR));
        return NULL;
    }
    gzFile gz = gzdopen(fd, "rb");
    if (!gz) {
        close(fd);
        diag_add(diag, shown, 0, 0, "cannot open: out of memory");
        return NULL;
    }
    gzbuffer(gz, (unsigned)DOC_CHUNK);
    struct doc_reader *r = xcalloc(1, sizeof *r);
    r->gz = gz;
    r->path = shown;
    r->name = std_in ? "stdin" : base_name(path);
    r->fmt = fmt;
    r->default_date = default_date;
    r->diag = diag;
    r->limit = DOC_MAX_BYTES;
    r->in = xmalloc(DOC_CHUNK);
    return r;
}

void doc_reader_set_limit(struct doc_reader *r, size_t max_bytes)
{
    /* The line buffer holds limit + 1 bytes, which must not wrap. */
    r->limit = max_bytes < 1 ? 1 : max_bytes > SIZE_MAX / 2 ? SIZE_MAX / 2 : max_bytes;
}

void doc_reader_close(struct doc_reader *r)
{
    if (!r)
        return;
    gzclose_r(r->gz);
    json_decref(r->json);
    buf_free(&r->line);
    buf_free(&r->text);
    buf_free(&r->id);
    buf_free(&r->fields);
    free(r->in);
    free(r);
}

/* zlib's message without the "<fd:N>: " it puts before it. */
static const char *gz_reason(gzFile gz)
{
    int err;
    const char *msg = gzerror(gz, &err);
    const char *colon = strncmp(msg, "<fd:", 4) == 0 ? strstr(msg, ": ") : NULL;
    return colon ? colon + 2 : msg;
}

/* Refills r->in. Returns the bytes now available, 0 at the end of the
 * input, or -1 after reporting a fatal error at the line being read. */
static int fill(struct doc_reader *r)
{
    int n = gzread(r->gz, r->in, (unsigned)DOC_CHUNK);
    int saved_errno = errno, err;
    gzerror(r->gz, &err);
    unsigned at = r->lineno + 1;
    if (n < 0 && err == Z_ERRNO) {
        diag_add(r->diag, r->path, at, 0, "read error: %s", strerror(saved_errno));
        return -1;
    }
    if (n < 0) {
        diag_add(r->diag, r->path, at, 0, "gzip data error: %s", gz_reason(r->gz));
        return -1;
    }
    /* zlib delivers what it could decompress before the input ran out and
     * flags it; the part of a line cut off there is not delivered. */
    if (n == 0 && err == Z_BUF_ERROR) {
        diag_add(r->diag, r->path, at, 0,
                 "truncated gzip data: the input ends in the middle of the compressed stream");
        return -1;
    }
    r->in_pos = 0;
    r->in_len = (size_t)n;
    if (!r->started) {
        r->started = true;
        if (r->in_len >= 3 && memcmp(r->in, "\xEF\xBB\xBF", 3) == 0)
            r->in_pos = 3;
    }
    return n;
}

/* Keeps at most limit + 1 bytes of a line: one more than the limit, so a
 * line of exactly limit bytes plus its "\r" still fits. */
static void line_add(struct doc_reader *r, const char *s, size_t n)
{
    size_t room = r->limit + 1 - r->line.len;
    if (n > room) {
        n = room;
        r->line_long = true;
    }
    buf_add(&r->line, s, n);
}

/* Reads the next line into r->line. Returns 1, 0 at the end of the input,
 * or -1 after a fatal error (reported). */
static int read_line(struct doc_reader *r)
{
    buf_clear(&r->line);
    r->line_long = false;
    r->line_ended = false;
    bool any = false;
    while (!r->at_end) {
        if (r->in_pos == r->in_len) {
            int n = fill(r);
            if (n < 0)
                return -1;
            if (n == 0) {
                r->at_end = true;
                break;
            }
            continue; /* a BOM may have taken the whole chunk */
        }
        const char *p = r->in + r->in_pos;
        size_t avail = r->in_len - r->in_pos;
        const char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        line_add(r, p, take);
        r->in_pos += take + (nl != NULL);
        any = true;
        if (nl) {
            r->line_ended = true;
            break;
        }
    }
    if (!any)
        return 0;
    r->lineno++;
    if (r->line.len && r->line.data[r->line.len - 1] == '\r')
        r->line.data[--r->line.len] = '\0';
    if (r->line.len > r->limit)
        r->line_long = true;
    if (!r->line.data) /* an empty line still gives text "" */
        buf_add(&r->line, "", 0);
    return 1;
}

static bool line_blank(const struct doc_reader *r)
{
    if (r->line_long)
        return false;
    for (size_t i = 0; i < r->line.len; i++)
        if (!is_space(r->line.data[i]))
            return false;
    return true;
}

static void limit_text(size_t limit, char out[32])
{
    if (limit % ((size_t)1 << 20) == 0)
        snprintf(out, 32, "%zu MiB", limit >> 20);
    else
        snprintf(out, 32, "%zu bytes", limit);
}

static void report_long(struct doc_reader *r, unsigned line, const char *what)
{
    char limit[32];
    limit_text(r->limit, limit);
    diag_add(r->diag, r->path, line, 0, "%s longer than the limit of %s", what, limit);
}

unsigned doc_column(const char *s, size_t off)
{
    unsigned col = 1;
    for (size_t i = 0; i < off; i++)
        col += ((unsigned char)s[i] & 0xC0) != 0x80;
    return col;
}

void doc_quote(const char *s, size_t n, char out[DOC_QUOTE_SIZE])
{
    size_t keep = n;
    if (n > DOC_QUOTE_SIZE - 4) {
        keep = DOC_QUOTE_SIZE - 4;
        while (keep && ((unsigned char)s[keep] & 0xC0) == 0x80)
            keep--;
    }
    memcpy(out, s, keep);
    strcpy(out + keep, keep < n ? "..." : "");
}

bool doc_take_date(struct doc_reader *r, struct document *doc)
{
    if (doc->date != DAY_NONE)
        return true;
    if (r->default_date != DAY_NONE) {
        doc->date = r->default_date;
        return true;
    }
    char id[DOC_QUOTE_SIZE];
    doc_quote(doc->id, strlen(doc->id), id);
    diag_add(r->diag, r->path, doc->line, 0,
             "document \"%s\" has no date; pass --date to set a default", id);
    return false;
}

/* Where the first NUL byte of a PLAIN or BLOCKS document is: NUL bytes are
 * never text, so the document is reported and skipped. */
struct nul_at {
    unsigned line, col;
};

static void line_to_text(struct doc_reader *r, struct nul_at *nul)
{
    const char *z = memchr(r->line.data, '\0', r->line.len);
    if (z && !nul->line)
        *nul = (struct nul_at){r->lineno, doc_column(r->line.data, (size_t)(z - r->line.data))};
    buf_add(&r->text, r->line.data, r->line.len);
}

/* A PLAIN or BLOCKS document in r->text, starting at line, with id r->id. */
static enum doc_status text_document(struct doc_reader *r, struct document *doc, unsigned line,
                                     struct nul_at nul)
{
    if (nul.line) {
        diag_add(r->diag, r->path, nul.line, nul.col, "NUL byte in text");
        return DOC_SKIPPED;
    }
    if (!r->text.data)
        buf_add(&r->text, "", 0);
    *doc = (struct document){.id = r->id.data,
                             .text = r->text.data,
                             .text_len = r->text.len,
                             .date = DAY_NONE,
                             .line = line};
    return doc_take_date(r, doc) ? DOC_OK : DOC_SKIPPED;
}

/* The whole input as one document; lines end in "\n" as they did. */
static enum doc_status next_plain(struct doc_reader *r, struct document *doc)
{
    r->finished = true;
    buf_clear(&r->text);
    struct nul_at nul = {0, 0};
    int rc;
    while ((rc = read_line(r)) > 0) {
        if (r->line_long || r->text.len + r->line.len + r->line_ended > r->limit) {
            report_long(r, 1, "document");
            return DOC_SKIPPED;
        }
        line_to_text(r, &nul);
        if (r->line_ended)
            buf_addc(&r->text, '\n');
    }
    if (rc < 0)
        return DOC_FATAL;
    buf_clear(&r->id);
    buf_adds(&r->id, r->name);
    return text_document(r, doc, 1, nul);
}

/* The next run of non-blank lines, joined by "\n". */
static enum doc_status next_block(struct doc_reader *r, struct document *doc)
{
    int rc;
    while ((rc = read_line(r)) > 0 && line_blank(r))
        ;
    if (rc <= 0) {
        r->finished = true;
        return rc < 0 ? DOC_FATAL : DOC_END;
    }
    unsigned start = r->lineno;
    bool too_long = false;
    struct nul_at nul = {0, 0};
    buf_clear(&r->text);
    do {
        if (too_long)
            continue;
        if (r->line_long || r->text.len + (r->text.len > 0) + r->line.len > r->limit) {
            too_long = true;
            continue;
        }
        if (r->lineno > start)
            buf_addc(&r->text, '\n');
        line_to_text(r, &nul);
    } while ((rc = read_line(r)) > 0 && !line_blank(r));
    if (rc < 0) {
        r->finished = true;
        return DOC_FATAL;
    }
    if (too_long) {
        report_long(r, start, "block");
        return DOC_SKIPPED;
    }
    buf_clear(&r->id);
    buf_adds(&r->id, r->name); /* NAME:LINE, without printf's cost per block */
    buf_addc(&r->id, ':');
    buf_add_uint(&r->id, start);
    return text_document(r, doc, start, nul);
}

static enum doc_status next_jsonl(struct doc_reader *r, struct document *doc)
{
    int rc;
    while ((rc = read_line(r)) > 0) {
        if (r->line_long) {
            report_long(r, r->lineno, "line");
            return DOC_SKIPPED;
        }
        if (!line_blank(r))
            return doc_jsonl_document(r, doc);
    }
    r->finished = true;
    return rc < 0 ? DOC_FATAL : DOC_END;
}

enum doc_status doc_next(struct doc_reader *r, struct document *doc)
{
    json_decref(r->json);
    r->json = NULL;
    if (r->finished)
        return DOC_END;
    switch (r->fmt) {
    case DOC_PLAIN: return next_plain(r, doc);
    case DOC_BLOCKS: return next_block(r, doc);
    case DOC_JSONL: return next_jsonl(r, doc);
    }
    return DOC_END;
}
