/* petrxml.c - PETRARCH XML records from element events (see petrxml.h).
 * Read stage. The handlers here build each <Sentence> record (and the
 * <Config> and <Environment> settings) from the events that xmlscan.c
 * or expat report; petrxml_feed.c decides which of the two reads. */
#include "base/xalloc.h"
#include "read/petrxml_internal.h"

#include <string.h>
#include <strings.h>

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
void petr_fast_count(struct reader *r, size_t upto)
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
        petr_fast_count(r, r->scan.tag_at);
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

void petr_start(void *ud, const XML_Char *name, const XML_Char **atts)
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

void petr_end(void *ud, const XML_Char *name)
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

void petr_chars(void *ud, const XML_Char *s, int len)
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

void petr_reader_free(struct reader *r)
{
    buf_free(&r->text);
    buf_free(&r->parse);
    buf_free(&r->env_value);
    buf_free(&r->id);
    buf_free(&r->category);
    buf_free(&r->date);
    buf_free(&r->outlet);
    buf_free(&r->exp_strings);
    free(r->exp_offsets);
    free(r->exp);
    free(r->error);
    free(r->env.verbs);
    free(r->env.agents);
    free(r->env.discards);
    free(r->env.issues);
    for (size_t i = 0; i < r->env.nactors; i++)
        free(r->env.actors[i]);
}
