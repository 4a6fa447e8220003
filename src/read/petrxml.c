/* petrxml.c - PETRARCH XML reader (see petrxml.h).
 * Read stage. The plain XML that PETRARCH files are made of is read by
 * xmlscan.c; at the first thing it does not handle, the rest of the
 * input goes to expat, which sees the open elements replayed first
 * (their events muted), so it continues in the same state. Positions
 * expat reports are mapped back to the file's. */
#include "read/petrxml.h"
#include "base/buf.h"
#include "base/xalloc.h"
#include "read/xmlscan.h"

#include <expat.h>
#include <string.h>
#include <strings.h>

enum field { F_NONE, F_TEXT, F_PARSE, F_ENV };

struct reader {
    XML_Parser xp; /* NULL while xmlscan reads */
    struct xmlscan scan;
    unsigned mute; /* start/end events of the replayed prefix to ignore */
    /* xmlscan's buffer: fb[0] is at file offset fb_base; newlines and
     * the column are counted up to fb[fb_counted] */
    const char *fb;
    unsigned long long fb_base;
    size_t fb_counted;
    unsigned long col;
    /* expat's byte index minus this is the file offset */
    long long shift;
    const char *path;
    const struct petr_handler *h;
    struct diag_list *diags;
    bool in_sentence, in_env, stopped;
    enum field field;
    bool overflow;
    struct buf text, parse, env_value, id, category, date, outlet;
    struct petr_record rec;
    struct petr_expected *exp;
    size_t nexp, cap_exp;
    struct buf exp_strings; /* NUL-separated copies */
    size_t *exp_offsets;
    size_t cap_offsets, noffsets;
    char *error;
    struct petr_environment env;
    /* Line numbers, counted by us: expat's XML_GetCurrentLineNumber rescans
     * the bytes since its last call, which cost as much as a tenth of all
     * coding time. The last two chunks fed to expat are kept, so a tag that
     * began in the previous chunk is still counted exactly. */
    const char *chunk[2]; /* [0] current, [1] previous */
    size_t chunk_len[2];
    unsigned long long chunk_off[2];
    unsigned long long counted_to; /* newlines counted up to this offset */
    unsigned long counted_lines;
    unsigned long hand_line, hand_col; /* where expat took over */
};

/* Newlines in [from, to) of the kept chunks; the range must lie in them. */
static unsigned long newlines_between(const struct reader *r, unsigned long long from,
                                      unsigned long long to)
{
    unsigned long n = 0;
    for (int k = 1; k >= 0; k--) {
        if (!r->chunk[k])
            continue;
        unsigned long long a = r->chunk_off[k], b = a + r->chunk_len[k];
        unsigned long long lo = from > a ? from : a, hi = to < b ? to : b;
        for (const char *p = r->chunk[k] + (lo - a), *e = r->chunk[k] + (hi - a);
             lo < hi && (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
            n++;
    }
    return n;
}

/* Counts lines and the column (in characters, as expat does) over
 * xmlscan's buffer up to upto. */
static void fast_count(struct reader *r, size_t upto)
{
    const char *p = r->fb + r->fb_counted, *e = r->fb + upto, *last = NULL;
    for (const char *q = p; q < e && (q = memchr(q, '\n', (size_t)(e - q))) != NULL; q++) {
        r->counted_lines++;
        last = q;
    }
    if (last) {
        r->col = 0;
        p = last + 1;
    }
    for (; p < e; p++)
        r->col += ((unsigned char)*p & 0xC0) != 0x80;
    r->fb_counted = upto;
    r->counted_to = r->fb_base + upto;
}

/* The 1-based line of the event being reported now. */
static unsigned current_line(struct reader *r)
{
    if (!r->xp) {
        fast_count(r, r->scan.tag_at);
        return (unsigned)(r->counted_lines + 1);
    }
    long long at = XML_GetCurrentByteIndex(r->xp);
    if (at < 0)
        return 0;
    at -= r->shift;
    unsigned long long pos = (unsigned long long)at;
    unsigned long long floor = r->chunk[1] ? r->chunk_off[1] : r->chunk_off[0];
    if (pos < floor)
        pos = floor;
    if (pos >= r->counted_to)
        r->counted_lines += newlines_between(r, r->counted_to, pos);
    else
        r->counted_lines -= newlines_between(r, pos, r->counted_to);
    r->counted_to = pos;
    return (unsigned)(r->counted_lines + 1);
}

/* Tag and attribute names are tested against literals for every tag:
 * the first byte settles most tests without a call. */
static bool is(const char *s, const char *lit)
{
    return s[0] == lit[0] && strcmp(s, lit) == 0;
}

static const char *attr(const XML_Char **atts, const char *name)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strcmp(atts[i], name) == 0)
            return atts[i + 1];
    return NULL;
}

static void keep_string(struct reader *r, const char *s)
{
    GROW(r->exp_offsets, r->cap_offsets, r->noffsets + 1);
    r->exp_offsets[r->noffsets++] = r->exp_strings.len;
    buf_adds(&r->exp_strings, s ? s : "");
    buf_addc(&r->exp_strings, '\0');
}

static void start_sentence(struct reader *r, const XML_Char **atts)
{
    r->in_sentence = true;
    r->overflow = false;
    buf_clear(&r->text);
    buf_clear(&r->parse);
    buf_clear(&r->id);
    buf_clear(&r->category);
    buf_clear(&r->date);
    buf_clear(&r->outlet);
    buf_clear(&r->exp_strings);
    r->noffsets = 0;
    r->nexp = 0;
    free(r->error);
    r->error = NULL;
    memset(&r->rec, 0, sizeof r->rec);
    /* one pass over the attributes; the first of a name counts, as attr() */
    const char *id = NULL, *cat = NULL, *valid = NULL, *date = NULL, *outlet = NULL;
    for (size_t i = 0; atts[i]; i += 2) {
        const char *a = atts[i], *v = atts[i + 1];
        if (!id && is(a, "id"))
            id = v;
        else if (!cat && is(a, "category"))
            cat = v;
        else if (!valid && is(a, "valid"))
            valid = v;
        else if (!date && is(a, "date"))
            date = v;
        else if (!outlet && is(a, "source"))
            outlet = v;
    }
    buf_adds(&r->id, id ? id : "");
    buf_adds(&r->category, cat ? cat : "");
    buf_adds(&r->date, date ? date : "");
    if (outlet)
        buf_adds(&r->outlet, outlet);
    r->rec.valid = !valid || strcasecmp(valid, "true") == 0;
    r->rec.line = current_line(r);
}

static void start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct reader *r = ud;
    if (r->mute) {
        r->mute--;
        return;
    }
    if (is(name, "Sentence")) {
        start_sentence(r, atts);
    } else if (r->in_sentence && is(name, "Text")) {
        r->field = F_TEXT;
    } else if (r->in_sentence && is(name, "Parse")) {
        r->field = F_PARSE;
        r->rec.has_parse = true;
    } else if (r->in_sentence && is(name, "EventCoding")) {
        const char *noev = attr(atts, "noevents"), *err = attr(atts, "error");
        if (noev && strcasecmp(noev, "true") == 0) {
            r->rec.noevents = true;
        } else if (err) {
            free(r->error);
            r->error = xstrdup(err);
        } else {
            keep_string(r, attr(atts, "sourcecode"));
            keep_string(r, attr(atts, "targetcode"));
            keep_string(r, attr(atts, "eventcode"));
            r->nexp++;
        }
    } else if (is(name, "Environment")) {
        r->in_env = true;
    } else if (r->in_env) {
        r->field = F_ENV;
        buf_clear(&r->env_value);
    } else if (is(name, "Config") && r->h->config) {
        const char *opt = attr(atts, "option"), *val = attr(atts, "value");
        if (opt && val)
            r->h->config(r->h->ctx, opt, val);
    }
}

static void take_env(struct reader *r, const char *name)
{
    char *v = xstrndup(r->env_value.data ? r->env_value.data : "", r->env_value.len);
    char *s = v;
    while (is_space(*s))
        s++;
    size_t n = strlen(s);
    while (n && is_space(s[n - 1]))
        s[--n] = '\0';
    memmove(v, s, n + 1);
    char **slot = NULL;
    if (strcmp(name, "Verbfile") == 0)
        slot = &r->env.verbs;
    else if (strcmp(name, "Agentfile") == 0)
        slot = &r->env.agents;
    else if (strcmp(name, "Discardfile") == 0)
        slot = &r->env.discards;
    else if (strcmp(name, "Issuefile") == 0)
        slot = &r->env.issues;
    else if (strcmp(name, "Actorfile") == 0 && r->env.nactors < 16)
        slot = &r->env.actors[r->env.nactors++];
    if (slot) {
        free(*slot);
        *slot = v;
    } else {
        free(v);
    }
}

static void deliver(struct reader *r)
{
    struct petr_record *rec = &r->rec;
    rec->id = r->id.data ? r->id.data : "";
    rec->category = r->category.data ? r->category.data : "";
    rec->date_text = r->date.data ? r->date.data : "";
    rec->outlet = r->outlet.len ? r->outlet.data : NULL;
    rec->date = date_parse_yyyymmdd(rec->date_text, r->date.len);
    rec->text = r->text.data ? r->text.data : "";
    rec->text_len = r->text.len;
    rec->parse = r->parse.data ? r->parse.data : "";
    rec->parse_len = r->parse.len;
    rec->error = r->error;
    GROW(r->exp, r->cap_exp, r->nexp + 1);
    for (size_t i = 0; i < r->nexp; i++) {
        const char *base = r->exp_strings.data;
        r->exp[i] =
            (struct petr_expected){base + r->exp_offsets[3 * i], base + r->exp_offsets[3 * i + 1],
                                   base + r->exp_offsets[3 * i + 2]};
    }
    rec->expected = r->exp;
    rec->nexpected = r->nexp;
    if (r->overflow)
        rec->problem = "<Text> or <Parse> longer than 1 MiB";
    else if (r->date.len == 0)
        rec->problem = "missing date attribute";
    else if (rec->date == DAY_NONE)
        rec->problem = "date is not a real YYYYMMDD date";
    if (r->h->record && r->h->record(r->h->ctx, rec) != 0) {
        r->stopped = true;
        if (r->xp)
            XML_StopParser(r->xp, XML_FALSE);
    }
}

static void end(void *ud, const XML_Char *name)
{
    struct reader *r = ud;
    if (r->mute) {
        r->mute--;
        return;
    }
    if (is(name, "Sentence") && r->in_sentence) {
        r->in_sentence = false;
        r->field = F_NONE;
        deliver(r);
    } else if (is(name, "Text") || is(name, "Parse")) {
        r->field = F_NONE;
    } else if (is(name, "Environment")) {
        r->in_env = false;
        if (r->h->environment)
            r->h->environment(r->h->ctx, &r->env);
    } else if (r->in_env && r->field == F_ENV) {
        take_env(r, name);
        r->field = F_NONE;
    }
}

static void chars(void *ud, const XML_Char *s, int len)
{
    struct reader *r = ud;
    struct buf *b = r->field == F_TEXT    ? &r->text
                    : r->field == F_PARSE ? &r->parse
                    : r->field == F_ENV   ? &r->env_value
                                          : NULL;
    if (!b)
        return;
    if (b->len + (size_t)len > PETR_MAX_FIELD) {
        r->overflow = true;
        return;
    }
    buf_add(b, s, (size_t)len);
}

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
    fast_count(r, at);
    r->hand_line = r->counted_lines + 1;
    r->hand_col = r->col;
    unsigned long long off = r->fb_base + at;
    r->shift = (long long)prefix.len - (long long)off;
    r->xp = XML_ParserCreate("UTF-8");
    XML_SetUserData(r->xp, r);
    XML_SetElementHandler(r->xp, start, end);
    XML_SetCharacterDataHandler(r->xp, chars);
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
    struct xmlscan_handler xh = {r, start, end, chars, &r->stopped};
    xmlscan_init(&r->scan, &xh);
    size_t cap = 4 * CHUNK, len = 0;
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
        fast_count(r, used); /* what is done is dropped from the buffer */
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
    buf_free(&r.text);
    buf_free(&r.parse);
    buf_free(&r.env_value);
    buf_free(&r.id);
    buf_free(&r.category);
    buf_free(&r.date);
    buf_free(&r.outlet);
    buf_free(&r.exp_strings);
    free(r.exp_offsets);
    free(r.exp);
    free(r.error);
    free(r.env.verbs);
    free(r.env.agents);
    free(r.env.discards);
    free(r.env.issues);
    for (size_t i = 0; i < r.env.nactors; i++)
        free(r.env.actors[i]);
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
