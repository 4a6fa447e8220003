/* format.c - JSON Lines and TSV event writers (see format.h). */
#include "out/format.h"
#include "cameo/cameo.h"

#include <string.h>

static const char *basename_of(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The JSON writer makes room for a whole event once, then writes through
 * a plain pointer: a reserve, a strlen and a terminator per field cost
 * more than the bytes themselves. */
struct jw {
    char *p;
};

static void put(struct jw *w, const char *s, size_t n)
{
    memcpy(w->p, s, n);
    w->p += n;
}

#define PUT(w, lit) put((w), (lit), sizeof(lit) - 1)

/* Room a field may take: every byte escaped as \u00XX, or null. */
static size_t room(const char *s)
{
    return s ? 6 * strlen(s) + 2 : 4;
}

/* Bytes a JSON string may hold as they are. */
static const unsigned char json_plain[256] = {
    [0x20 ... 0x21] = 1,
    [0x23 ... 0x5B] = 1,
    [0x5D ... 0xFF] = 1,
};

/* A JSON string literal (as buf_add_json_string writes it), or null.
 * Plain runs are found by table and copied whole. */
static void put_json(struct jw *w, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) {
        PUT(w, "null");
        return;
    }
    char *p = w->p;
    *p++ = '"';
    for (;;) {
        /* copied while scanned: the strings are short (codes, names), and
         * a call to memcpy per run cost more than the bytes */
        const char *q = s;
        unsigned char c;
        while (json_plain[c = (unsigned char)*q])
            *p++ = (char)c, q++;
        if (c == 0)
            break;
        *p++ = '\\';
        switch (c) {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\n': *p++ = 'n'; break;
        case '\t': *p++ = 't'; break;
        case '\r': *p++ = 'r'; break;
        default:
            p[0] = 'u';
            p[1] = '0';
            p[2] = '0';
            p[3] = hex[c >> 4];
            p[4] = hex[c & 15];
            p += 5;
        }
        s = q + 1;
    }
    *p++ = '"';
    w->p = p;
}

static void put_uint(struct jw *w, unsigned long v)
{
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *w->p++ = tmp[--n];
}

/* As buf_add_fixed1: one decimal. */
static void put_fixed1(struct jw *w, double v)
{
    if (v < 0) {
        *w->p++ = '-';
        v = -v;
    }
    long tenths = (long)(v * 10.0 + 0.5);
    put_uint(w, (unsigned long)(tenths / 10));
    *w->p++ = '.';
    *w->p++ = (char)('0' + tenths % 10);
}

/* "---" is PETRARCH's unknown actor; the record says null. */
static const char *actor(const char *code)
{
    return strcmp(code, "---") == 0 ? NULL : code;
}

static const char *text_or_null(const char *s)
{
    return s && *s ? s : NULL;
}

static size_t issues_room(const struct coded_sentence *s)
{
    size_t n = 2;
    for (size_t i = 0; i < s->nissues; i++)
        n += room(s->issues[i].code) + 48;
    return n;
}

static void put_issues(struct jw *w, const struct coded_sentence *s)
{
    *w->p++ = '[';
    for (size_t i = 0; i < s->nissues; i++) {
        if (i)
            *w->p++ = ',';
        PUT(w, "{\"code\":");
        put_json(w, s->issues[i].code);
        PUT(w, ",\"count\":");
        put_uint(w, s->issues[i].count);
        *w->p++ = '}';
    }
    *w->p++ = ']';
}

/* {"code":...,"text":...}, or null when the sentence names no one. */
static void put_party(struct jw *w, const char *code, const char *text)
{
    if (!text || !*text) {
        PUT(w, "null");
        return;
    }
    PUT(w, "{\"code\":");
    put_json(w, code);
    PUT(w, ",\"text\":");
    put_json(w, text);
    *w->p++ = '}';
}

static size_t attribution_room(const struct attribution *a)
{
    if (!a)
        return 4;
    return 96 + room(a->claimant_code) + room(a->claimant_text) + room(a->outlet_code) +
           room(a->outlet_text) + room(a->cue) + room(a->relay_code) + room(a->relay_text) +
           room(a->relay_cue);
}

static void put_attribution(struct jw *w, const struct attribution *a)
{
    if (!a) {
        PUT(w, "null");
        return;
    }
    PUT(w, "{\"claimant\":");
    put_party(w, a->claimant_code, a->claimant_text);
    PUT(w, ",\"outlet\":");
    put_party(w, a->outlet_code, a->outlet_text);
    PUT(w, ",\"cue\":");
    put_json(w, text_or_null(a->cue));
    PUT(w, ",\"repeated_by\":");
    if (!a->relay_text) {
        PUT(w, "null");
    } else {
        PUT(w, "{\"code\":");
        put_json(w, a->relay_code);
        PUT(w, ",\"text\":");
        put_json(w, a->relay_text);
        PUT(w, ",\"cue\":");
        put_json(w, a->relay_cue);
        *w->p++ = '}';
    }
    *w->p++ = '}';
}

static void json_event(struct buf *b, const struct doc_meta *m, const struct coded_sentence *s,
                       const struct event *e)
{
    char date[11], root[3];
    date_format_iso(m->date, date);
    const struct cameo_code *cc = cameo_resolve(e->code);
    const char *rt = cameo_root(e->code, root) == 0 ? root : NULL;
    const struct origin *o = event_origin(e);
    const char *pattern_file = o->file ? basename_of(o->file) : NULL;
    const char *mode = event_mode_name((enum event_mode)e->mode);
    buf_reserve(b, 700 + room(m->doc_id) + room(e->source) + room(e->target) + room(e->code) +
                       room(cc ? cc->plover : NULL) + room(cc ? cc->name : NULL) +
                       room(e->source_text) + room(e->target_text) + room(e->verb_text) +
                       room(pattern_file) + strlen(mode) + attribution_room(e->attribution) +
                       issues_room(s) + room(m->outlet));
    struct jw w = {b->data + b->len};
    PUT(&w, "{\"doc_id\":");
    put_json(&w, m->doc_id);
    PUT(&w, ",\"sentence_id\":");
    put_uint(&w, m->sentence_id);
    PUT(&w, ",\"date\":\"");
    put(&w, date, 10);
    PUT(&w, "\",\"source\":");
    put_json(&w, actor(e->source));
    PUT(&w, ",\"target\":");
    put_json(&w, actor(e->target));
    PUT(&w, ",\"code\":");
    put_json(&w, e->code);
    PUT(&w, ",\"root\":");
    put_json(&w, rt);
    if (cc) {
        PUT(&w, ",\"quad_class\":");
        put_uint(&w, (unsigned long)cc->quad_class);
        PUT(&w, ",\"goldstein\":");
        put_fixed1(&w, cc->goldstein);
        PUT(&w, ",\"plover\":");
    } else
        PUT(&w, ",\"quad_class\":null,\"goldstein\":null,\"plover\":");
    put_json(&w, cc ? cc->plover : NULL);
    PUT(&w, ",\"event_name\":");
    put_json(&w, cc ? cc->name : NULL);
    PUT(&w, ",\"source_text\":");
    put_json(&w, text_or_null(e->source_text));
    PUT(&w, ",\"target_text\":");
    put_json(&w, text_or_null(e->target_text));
    PUT(&w, ",\"verb_text\":");
    put_json(&w, text_or_null(e->verb_text));
    PUT(&w, ",\"pattern\":");
    if (pattern_file) {
        *w.p++ = '"';
        put(&w, pattern_file, strlen(pattern_file));
        *w.p++ = ':';
        put_uint(&w, o->line);
        *w.p++ = '"';
    } else {
        PUT(&w, "null");
    }
    if (e->pattern_at.file)
        PUT(&w, ",\"pattern_kind\":\"pattern\"");
    else if (e->noun)
        PUT(&w, ",\"pattern_kind\":\"noun\"");
    else
        PUT(&w, ",\"pattern_kind\":\"verb\"");
    if (e->passive)
        PUT(&w, ",\"passive\":true");
    else
        PUT(&w, ",\"passive\":false");
    if (e->noun)
        PUT(&w, ",\"noun\":true,\"mode\":\"");
    else
        PUT(&w, ",\"noun\":false,\"mode\":\"");
    put(&w, mode, strlen(mode));
    PUT(&w, "\",\"attribution\":");
    put_attribution(&w, e->attribution);
    PUT(&w, ",\"issues\":");
    put_issues(&w, s);
    PUT(&w, ",\"outlet\":");
    put_json(&w, text_or_null(m->outlet));
    PUT(&w, "}\n");
    b->len = (size_t)(w.p - b->data);
    b->data[b->len] = '\0';
}

void format_tsv_header(struct buf *out)
{
    buf_adds(out, "date\tsource\ttarget\tcode\tissues\tids\toutlet\n");
}

/* TSV cells cannot hold tabs or newlines; they become blanks. */
static void tsv_cell(struct buf *b, const char *s)
{
    for (; s && *s; s++)
        buf_addc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void tsv_event(struct buf *b, const struct doc_meta *m, const struct coded_sentence *s,
                      const struct event *e)
{
    char date[11];
    date_format_iso(m->date, date);
    buf_add(b, date, 4);
    buf_add(b, date + 5, 2);
    buf_add(b, date + 8, 2);
    buf_addc(b, '\t');
    tsv_cell(b, e->source);
    buf_addc(b, '\t');
    tsv_cell(b, e->target);
    buf_addc(b, '\t');
    tsv_cell(b, e->code);
    buf_addc(b, '\t');
    for (size_t i = 0; i < s->nissues; i++)
        buf_printf(b, "%s%s %u", i ? ", " : "", s->issues[i].code, s->issues[i].count);
    buf_addc(b, '\t');
    tsv_cell(b, m->doc_id);
    buf_addc(b, '\t');
    tsv_cell(b, m->outlet);
    buf_addc(b, '\n');
}

void format_events(struct buf *out, enum out_format fmt, const struct doc_meta *m,
                   const struct coded_sentence *s)
{
    for (size_t i = 0; i < s->nevents; i++) {
        if (fmt == OUT_JSONL)
            json_event(out, m, s, &s->events[i]);
        else
            tsv_event(out, m, s, &s->events[i]);
    }
}
