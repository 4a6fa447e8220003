/* format.c - JSON Lines and TSV event writers (see format.h). */
#include "out/format.h"
#include "cameo/cameo.h"

#include <string.h>

static const char *basename_of(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* "---" is PETRARCH's unknown actor; the record says null. */
static void add_actor(struct buf *b, const char *code)
{
    buf_add_json_str(b, strcmp(code, "---") == 0 ? NULL : code);
}

static void add_text(struct buf *b, const char *s)
{
    buf_add_json_str(b, s && *s ? s : NULL);
}

static void add_issues_json(struct buf *b, const struct coded_sentence *s)
{
    buf_addc(b, '[');
    for (size_t i = 0; i < s->nissues; i++) {
        if (i)
            buf_addc(b, ',');
        buf_adds(b, "{\"code\":");
        buf_add_json_str(b, s->issues[i].code);
        buf_adds(b, ",\"count\":");
        buf_add_uint(b, s->issues[i].count);
        buf_addc(b, '}');
    }
    buf_addc(b, ']');
}

/* {"code":...,"text":...}, or null when the sentence names no one. */
static void add_party(struct buf *b, const char *code, const char *text)
{
    if (!text || !*text) {
        buf_adds(b, "null");
        return;
    }
    buf_adds(b, "{\"code\":");
    buf_add_json_str(b, code);
    buf_adds(b, ",\"text\":");
    buf_add_json_str(b, text);
    buf_addc(b, '}');
}

static void add_attribution(struct buf *b, const struct attribution *a)
{
    if (!a) {
        buf_adds(b, "null");
        return;
    }
    buf_adds(b, "{\"claimant\":");
    add_party(b, a->claimant_code, a->claimant_text);
    buf_adds(b, ",\"outlet\":");
    add_party(b, a->outlet_code, a->outlet_text);
    buf_adds(b, ",\"cue\":");
    add_text(b, a->cue);
    buf_addc(b, '}');
}

static void json_event(struct buf *b, const struct doc_meta *m, const struct coded_sentence *s,
                       const struct event *e)
{
    char date[11], root[3];
    date_format_iso(m->date, date);
    const struct cameo_code *cc = cameo_resolve(e->code);
    buf_adds(b, "{\"doc_id\":");
    buf_add_json_str(b, m->doc_id);
    buf_adds(b, ",\"sentence_id\":");
    buf_add_uint(b, m->sentence_id);
    buf_adds(b, ",\"date\":\"");
    buf_add(b, date, 10);
    buf_adds(b, "\",\"source\":");
    add_actor(b, e->source);
    buf_adds(b, ",\"target\":");
    add_actor(b, e->target);
    buf_adds(b, ",\"code\":");
    buf_add_json_str(b, e->code);
    buf_adds(b, ",\"root\":");
    buf_add_json_str(b, cameo_root(e->code, root) == 0 ? root : NULL);
    if (cc) {
        buf_adds(b, ",\"quad_class\":");
        buf_add_uint(b, (unsigned long)cc->quad_class);
        buf_adds(b, ",\"goldstein\":");
        buf_add_fixed1(b, cc->goldstein);
        buf_adds(b, ",\"plover\":");
    } else
        buf_adds(b, ",\"quad_class\":null,\"goldstein\":null,\"plover\":");
    buf_add_json_str(b, cc ? cc->plover : NULL);
    buf_adds(b, ",\"event_name\":");
    buf_add_json_str(b, cc ? cc->name : NULL);
    buf_adds(b, ",\"source_text\":");
    add_text(b, e->source_text);
    buf_adds(b, ",\"target_text\":");
    add_text(b, e->target_text);
    buf_adds(b, ",\"verb_text\":");
    add_text(b, e->verb_text);
    buf_adds(b, ",\"pattern\":");
    const struct origin *o = event_origin(e);
    if (o->file) {
        buf_addc(b, '"');
        buf_adds(b, basename_of(o->file));
        buf_addc(b, ':');
        buf_add_uint(b, o->line);
        buf_addc(b, '"');
    } else {
        buf_adds(b, "null");
    }
    buf_adds(b, e->pattern_at.file ? ",\"pattern_kind\":\"pattern\""
                : e->noun          ? ",\"pattern_kind\":\"noun\""
                                   : ",\"pattern_kind\":\"verb\"");
    buf_adds(b, e->passive ? ",\"passive\":true" : ",\"passive\":false");
    buf_adds(b, e->noun ? ",\"noun\":true,\"mode\":\"" : ",\"noun\":false,\"mode\":\"");
    buf_adds(b, event_mode_name((enum event_mode)e->mode));
    buf_adds(b, "\",\"attribution\":");
    add_attribution(b, e->attribution);
    buf_adds(b, ",\"issues\":");
    add_issues_json(b, s);
    buf_adds(b, ",\"outlet\":");
    add_text(b, m->outlet);
    buf_adds(b, "}\n");
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
