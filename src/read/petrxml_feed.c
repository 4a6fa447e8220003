/* petrxml_feed.c - feeding a PETRARCH XML file to the reader (see
 * petrxml.h). Read stage. The plain XML that PETRARCH files are made of
 * is read by xmlscan.c; at the first thing it does not handle, the rest
 * of the input goes to expat, which first sees the open elements
 * replayed (their events muted), so it continues in the same state.
 * Positions expat reports are mapped back to the file's. */
#include "base/xalloc.h"
#include "read/petrxml_internal.h"

#include <string.h>

enum { CHUNK = 1 << 16 };

/* Feeds one piece of the file (at file offset off) to expat. Returns 0
 * to go on, 1 when the input is finished, -1 after a diagnostic. */
static int expat_feed(struct reader *r, const char *chunk, size_t n, unsigned long long off,
                      bool last, const struct buf *prefix)
{
    r->chunk[1] = r->chunk[0];
    r->chunk_len[1] = r->chunk_len[0];
    r->chunk_off[1] = r->chunk_off[0];
    r->chunk[0] = chunk;
    r->chunk_len[0] = n;
    r->chunk_off[0] = off;
    if (XML_Parse(r->xp, chunk, (int)n, last) == XML_STATUS_ERROR) {
        if (r->stopped)
            return 1;
        /* back from the replayed prefix's coordinates to the file's */
        unsigned long line = XML_GetCurrentLineNumber(r->xp);
        unsigned long col = XML_GetCurrentColumnNumber(r->xp);
        unsigned long hline = r->hand_line;
        if (line <= 1)
            col = col + r->hand_col - prefix->len;
        else
            hline += line - 1;
        diag_add(r->diags, r->path, (unsigned)hline, (unsigned)col + 1, "invalid XML: %s",
                 XML_ErrorString(XML_GetErrorCode(r->xp)));
        return -1;
    }
    return last ? 1 : 0;
}

/* Expat reads the file from fb[at] on (xmlscan has read what is before). */
static int expat_rest(struct reader *r, FILE *in, const char *fb, size_t at, size_t len, bool eof)
{
    struct buf prefix;
    buf_init(&prefix);
    if (r->scan.state == XS_CONTENT) { /* the open elements, oldest first */
        for (size_t d = 0; d < r->scan.depth; d++) {
            buf_addc(&prefix, '<');
            buf_adds(&prefix, r->scan.names + r->scan.name_at[d]);
            buf_addc(&prefix, '>');
        }
        r->mute = (unsigned)r->scan.depth;
    } else if (r->scan.state == XS_EPILOG) { /* a root, already closed */
        buf_adds(&prefix, "<a/>");
        r->mute = 2;
    }
    r->fb = fb;
    petr_fast_count(r, at);
    r->hand_line = r->counted_lines + 1;
    r->hand_col = r->col;
    unsigned long long off = r->fb_base + at;
    r->shift = (long long)prefix.len - (long long)off;
    r->xp = XML_ParserCreate("UTF-8");
    XML_SetUserData(r->xp, r);
    XML_SetElementHandler(r->xp, petr_start, petr_end);
    XML_SetCharacterDataHandler(r->xp, petr_chars);
    int st = 0;
    if (prefix.len && XML_Parse(r->xp, prefix.data, (int)prefix.len, 0) == XML_STATUS_ERROR)
        st = -1; /* cannot happen: the prefix is well-formed */
    if (st == 0)
        st = expat_feed(r, fb + at, len - at, off, eof, &prefix);
    off += len - at;
    char *bufs[2] = {xmalloc(CHUNK), xmalloc(CHUNK)};
    for (int which = 0; st == 0; which ^= 1) {
        size_t n = fread(bufs[which], 1, CHUNK, in);
        eof = n < CHUNK;
        st = expat_feed(r, bufs[which], n, off, eof, &prefix);
        off += n;
    }
    if (st == 1 && eof && !r->stopped && ferror(in)) {
        diag_add(r->diags, r->path, 0, 0, "read error");
        st = -1;
    }
    free(bufs[0]);
    free(bufs[1]);
    buf_free(&prefix);
    XML_ParserFree(r->xp);
    r->xp = NULL;
    return st < 0 ? -1 : 0;
}

/* xmlscan reads while it can; the rest goes to expat. */
static int read_all(struct reader *r, FILE *in, bool expat_only)
{
    struct xmlscan_handler xh = {r, petr_start, petr_end, petr_chars, &r->stopped};
    xmlscan_init(&r->scan, &xh);
    size_t cap = (size_t)4 * CHUNK, len = 0;
    char *fb = xmalloc(cap);
    r->fb = fb;
    int rc = 0;
    for (;;) {
        if (cap - len < CHUNK) {
            cap *= 2;
            fb = xrealloc(fb, cap);
            r->fb = fb;
        }
        size_t n = fread(fb + len, 1, CHUNK, in);
        len += n;
        bool eof = n < CHUNK;
        enum xmlscan_result res = XS_HANDOVER;
        size_t used = expat_only ? 0 : xmlscan_run(&r->scan, fb, len, eof, &res);
        if (res == XS_STOPPED)
            break;
        if (res == XS_DONE) {
            if (ferror(in)) {
                diag_add(r->diags, r->path, 0, 0, "read error");
                rc = -1;
            }
            break;
        }
        if (res == XS_HANDOVER || eof) {
            rc = expat_rest(r, in, fb, used, len, eof);
            break;
        }
        petr_fast_count(r, used); /* what is done is dropped from the buffer */
        memmove(fb, fb + used, len - used);
        len -= used;
        r->fb_base += used;
        r->fb_counted = 0;
    }
    free(fb);
    xmlscan_free(&r->scan);
    return rc;
}

static int read_file(FILE *in, const char *path, const struct petr_handler *h,
                     struct diag_list *diags, bool expat_only)
{
    struct reader r = {.path = path, .h = h, .diags = diags};
    int rc = read_all(&r, in, expat_only);
    petr_reader_free(&r);
    return rc;
}

int petrxml_read(FILE *in, const char *path, const struct petr_handler *h, struct diag_list *diags)
{
    return read_file(in, path, h, diags, false);
}

int petrxml_read_expat(FILE *in, const char *path, const struct petr_handler *h,
                       struct diag_list *diags)
{
    return read_file(in, path, h, diags, true);
}
