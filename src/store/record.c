/* record.c - a coded sentence as bytes, from the coder's thread to the
 * writer's (see internal.h). Write stage. The worker's results are gone
 * once it codes its next sentence, so store_sink copies what the store
 * keeps into the batch item's buffer: tag bytes, 32-bit counts, and
 * strings as a length (0xFFFFFFFF for none) and their bytes. */
#include "store/internal.h"

#include <string.h>

enum { NO_STRING = 0xFFFFFFFFu };

static const char *const outcome_names[] = {"coded", "sentence discard", "story discard",
                                            "dateline", "parse error"};
static const char *const kind_names[] = {"pattern", "verb", "noun"};

static void put_u32(struct buf *b, uint32_t v)
{
    buf_add(b, (const char *)&v, sizeof v);
}

static void put_str(struct buf *b, const char *s, size_t n)
{
    if (!s) {
        put_u32(b, NO_STRING);
        return;
    }
    put_u32(b, (uint32_t)n);
    buf_add(b, s, n);
}

/* Empty text and PETRARCH's "---" are stored as NULL, as the JSON record
 * writes them. */
static void put_text(struct buf *b, const char *s)
{
    put_str(b, s && *s ? s : NULL, s ? strlen(s) : 0);
}

static void put_actor(struct buf *b, const char *code)
{
    put_text(b, code && strcmp(code, "---") == 0 ? NULL : code);
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static void put_issues(struct buf *b, const struct coded_sentence *s)
{
    if (!s->nissues) {
        put_str(b, NULL, 0);
        return;
    }
    struct buf j;
    buf_init(&j);
    buf_addc(&j, '[');
    for (size_t i = 0; i < s->nissues; i++) {
        buf_adds(&j, i ? ",{\"code\":" : "{\"code\":");
        buf_add_json_str(&j, s->issues[i].code);
        buf_adds(&j, ",\"count\":");
        buf_add_uint(&j, s->issues[i].count);
        buf_addc(&j, '}');
    }
    buf_addc(&j, ']');
    put_str(b, j.data, j.len);
    buf_free(&j);
}

static void put_event(struct buf *b, const struct event *e)
{
    put_actor(b, e->source);
    put_actor(b, e->target);
    put_text(b, e->code);
    put_text(b, e->source_text);
    put_text(b, e->target_text);
    put_text(b, e->verb_text);
    const struct origin *o = event_origin(e);
    put_text(b, o->file ? base_name(o->file) : NULL);
    put_u32(b, o->file ? o->line : 0);
    uint8_t flags[4] = {e->pattern_at.file ? 0 : e->noun ? 2 : 1, e->passive, e->noun, e->mode};
    buf_add(b, (const char *)flags, sizeof flags);
    const struct attribution *a = e->attribution;
    buf_addc(b, a ? 1 : 0);
    if (a) {
        put_text(b, a->claimant_code);
        put_text(b, a->claimant_text);
        put_text(b, a->outlet_code);
        put_text(b, a->outlet_text);
        put_text(b, a->cue);
        put_text(b, a->relay_code);
        put_text(b, a->relay_text);
        put_text(b, a->relay_cue);
    }
}

void store_sink(struct buf *out, const struct doc_meta *m, const char *text, size_t text_len,
                const struct coded_sentence *s)
{
    buf_addc(out, 'S');
    put_u32(out, m->sentence_id);
    put_text(out, m->outlet);
    put_str(out, text ? text : "", text ? text_len : 0);
    buf_addc(out, (char)s->outcome);
    put_issues(out, s);
    put_u32(out, (uint32_t)s->nevents);
    for (size_t i = 0; i < s->nevents; i++)
        put_event(out, &s->events[i]);
}

static bool get_u32(struct rec_cursor *c, uint32_t *v)
{
    if ((size_t)(c->end - c->p) < sizeof *v)
        return false;
    memcpy(v, c->p, sizeof *v);
    c->p += sizeof *v;
    return true;
}

static bool get_u8(struct rec_cursor *c, unsigned *v)
{
    if (c->p >= c->end)
        return false;
    *v = *c->p++;
    return true;
}

static bool get_str(struct rec_cursor *c, struct rec_str *s)
{
    uint32_t n;
    if (!get_u32(c, &n))
        return false;
    if (n == NO_STRING) {
        *s = (struct rec_str){NULL, 0};
        return true;
    }
    if ((size_t)(c->end - c->p) < n)
        return false;
    *s = (struct rec_str){(const char *)c->p, n};
    c->p += n;
    return true;
}

bool rec_sentence(struct rec_cursor *c, struct rec_sentence *s)
{
    unsigned tag, outcome;
    uint32_t n, nevents;
    if (c->events_left || !get_u8(c, &tag) || tag != 'S' || !get_u32(c, &n) ||
        !get_str(c, &s->outlet) || !get_str(c, &s->text) || !get_u8(c, &outcome) ||
        outcome >= sizeof outcome_names / sizeof *outcome_names || !get_str(c, &s->issues) ||
        !get_u32(c, &nevents))
        return false;
    s->n = n;
    s->outcome = outcome_names[outcome];
    s->nevents = c->events_left = nevents;
    return true;
}

bool rec_event(struct rec_cursor *c, struct rec_event *e)
{
    unsigned kind, passive, noun, mode, attributed;
    uint32_t line;
    if (!c->events_left)
        return false;
    c->events_left--;
    if (!get_str(c, &e->source) || !get_str(c, &e->target) || !get_str(c, &e->code) ||
        !get_str(c, &e->source_text) || !get_str(c, &e->target_text) ||
        !get_str(c, &e->verb_text) || !get_str(c, &e->pattern_file) || !get_u32(c, &line) ||
        !get_u8(c, &kind) || kind > 2 || !get_u8(c, &passive) || !get_u8(c, &noun) ||
        !get_u8(c, &mode) || !get_u8(c, &attributed))
        return false;
    e->pattern_line = line;
    e->pattern_kind = kind_names[kind];
    e->passive = passive;
    e->noun = noun;
    e->mode = event_mode_name((enum event_mode)mode);
    e->claimant_code = e->claimant_text = e->outlet_code = e->outlet_text = e->cue = e->relay_code =
        e->relay_text = e->relay_cue = (struct rec_str){NULL, 0};
    if (attributed)
        return get_str(c, &e->claimant_code) && get_str(c, &e->claimant_text) &&
               get_str(c, &e->outlet_code) && get_str(c, &e->outlet_text) && get_str(c, &e->cue) &&
               get_str(c, &e->relay_code) && get_str(c, &e->relay_text) &&
               get_str(c, &e->relay_cue);
    return true;
}

void store_hash_hex(const void *data, size_t len, char out[17])
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = data;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    for (int i = 15; i >= 0; i--, h >>= 4)
        out[i] = hex[h & 15];
    out[16] = '\0';
}
