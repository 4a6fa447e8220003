/* coder.c - one sentence from parse to events (see code.h).
 * Code stage, the driver: read the tree, apply discards, flatten noun
 * phrases, delete comma clauses, code noun phrases, scan verbs, count
 * issues. Per-sentence memory is one arena, reset for every sentence. */
#include "base/xalloc.h"
#include "code/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

void code_options_default(struct code_options *o)
{
    *o = (struct code_options){
        .new_actor_length = 0,
        .require_dyad = true,
        .comma_min = 2,
        .comma_max = 8,
        .comma_bmin = 0,
        .comma_bmax = 0,
        .comma_emin = 2,
        .comma_emax = 8,
        .news = false,
    };
}

bool code_options_set(struct code_options *o, const char *name, const char *value)
{
    static const struct {
        const char *name;
        size_t offset;
    } ints[] = {
        {"new_actor_length", offsetof(struct code_options, new_actor_length)},
        {"comma_min", offsetof(struct code_options, comma_min)},
        {"comma_max", offsetof(struct code_options, comma_max)},
        {"comma_bmin", offsetof(struct code_options, comma_bmin)},
        {"comma_bmax", offsetof(struct code_options, comma_bmax)},
        {"comma_emin", offsetof(struct code_options, comma_emin)},
        {"comma_emax", offsetof(struct code_options, comma_emax)},
    };
    if (strcmp(name, "news") == 0) {
        o->news = strcasecmp(value, "true") == 0 || strcmp(value, "1") == 0;
        return true;
    }
    if (strcmp(name, "require_dyad") == 0) {
        /* PETRARCH-1: false if the value says "false" in any case */
        o->require_dyad = strcasestr(value, "false") == NULL;
        return true;
    }
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        if (strcmp(name, ints[i].name) == 0) {
            char *end;
            long v = strtol(value, &end, 10);
            if (end == value || *end != '\0' || v < 0 || v > 1000)
                return false; /* not a count: leave the option as it was */
            *(int *)((char *)o + ints[i].offset) = (int)v;
            return true;
        }
    }
    return strcmp(name, "stop_on_error") == 0; /* accepted, no effect */
}

struct coder *coder_new(const struct lexicon *lx)
{
    struct coder *c = xcalloc(1, sizeof *c);
    c->lx = lx;
    arena_init(&c->arena, (size_t)64 * 1024);
    tree_init(&c->raw, &c->arena);
    tree_init(&c->conv, &c->arena);
    buf_init(&c->text);
    buf_init(&c->scratch);
    return c;
}

void coder_free(struct coder *c)
{
    if (!c)
        return;
    tree_free(&c->raw);
    tree_free(&c->conv);
    free(c->upper.e);
    free(c->lower.e);
    free(c->upper.mark);
    free(c->lower.mark);
    free(c->scan_space);
    free(c->seq_kinds);
    free(c->pending);
    free(c->covered);
    free(c->cands);
    free(c->phrase);
    buf_free(&c->text);
    buf_free(&c->scratch);
    arena_free(&c->arena);
    free(c);
}

void coder_set_trace(struct coder *c, struct buf *trace)
{
    c->trace = trace;
}

void trace_printf(struct coder *c, const char *fmt, ...)
{
    if (!c->trace)
        return;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(c->trace, fmt, ap);
    va_end(ap);
}

const char *tokens_text(struct coder *c, size_t a, size_t b)
{
    /* measured first, then written straight into the arena: this runs for
     * every phrase an event names */
    size_t end = b < c->conv.n ? b : c->conv.n, len = 0;
    for (size_t i = a; i < end; i++) {
        const struct tok *t = ctok(c, (int32_t)i);
        if (t->kind == TOK_WORD)
            len += (len ? 1 : 0) + t->len;
    }
    char *out = arena_alloc(&c->arena, len + 1), *p = out;
    for (size_t i = a; i < end; i++) {
        const struct tok *t = ctok(c, (int32_t)i);
        if (t->kind != TOK_WORD)
            continue;
        if (p != out)
            *p++ = ' ';
        memcpy(p, t->text, t->len);
        p += t->len;
    }
    *p = '\0';
    return out;
}

void coded_sentence_free(struct coded_sentence *s)
{
    free(s->events);
    free(s->issues);
    memset(s, 0, sizeof *s);
}

/* Upper-case ASCII with tab, CR and newline as blanks: how discards and
 * issues see a byte of the text. */
static const unsigned char text_byte[128] = {
#define R(x) (x), (x) + 1, (x) + 2, (x) + 3, (x) + 4, (x) + 5, (x) + 6, (x) + 7
    0,   1,     2,     3,     4,     5,     6,     7,     8,     ' ',   ' ',   11,  12,  ' ', 14,
    15,  R(16), R(24), R(32), R(40), R(48), R(56), R(64), R(72), R(80), R(88), 96,  'A', 'B', 'C',
    'D', 'E',   'F',   'G',   'H',   'I',   'J',   'K',   'L',   'M',   'N',   'O', 'P', 'Q', 'R',
    'S', 'T',   'U',   'V',   'W',   'X',   'Y',   'Z',   123,   124,   125,   126, 127,
#undef R
};

#if defined(__SSE2__)
#include <emmintrin.h>

/* text_byte for sixteen bytes at a time; returns a bit per byte of 0x80
 * and up (the output is then of no use). */
static unsigned text_bytes16(const char *in, char *out)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)in);
    __m128i az = _mm_sub_epi8(x, _mm_set1_epi8('a'));
    __m128i lower = _mm_cmpeq_epi8(_mm_min_epu8(az, _mm_set1_epi8(25)), az);
    __m128i blank = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
                                              _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
                                 _mm_cmpeq_epi8(x, _mm_set1_epi8('\r')));
    x = _mm_sub_epi8(x, _mm_and_si128(lower, _mm_set1_epi8(0x20)));
    x = _mm_or_si128(_mm_andnot_si128(blank, x), _mm_and_si128(blank, _mm_set1_epi8(' ')));
    _mm_storeu_si128((__m128i *)(void *)out, x);
    return (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)in));
}
#endif

/* The text as discards and issues see it: upper-case, one line. */
/* News semantics: "a Pakistan-based militant group", "the Saudi-led
 * coalition", "Afghanistan-controlled media": a word the dictionaries do
 * not know, made of a name and -BASED, -LED, -RUN, -CONTROLLED, -OWNED,
 * -HELD, -LINKED or -FLAGGED, reads as the name, whose country the group
 * (or ship: "an Israel-linked tanker", "a British-owned cargo ship") is of. (-BACKED and
 * -SPONSORED name a sponsor, not the group's country: "Iran-backed
 * Houthis" are Yemeni.) */
static uint32_t located_word(const struct lexicon *lx, const char *w, size_t n)
{
    static const char *const SUFFIXES[] = {"-BASED", "-LED",    "-RUN",     "-CONTROLLED", "-OWNED",
                                           "-HELD",  "-LINKED", "-FLAGGED", NULL};
    for (size_t k = 0; SUFFIXES[k]; k++) {
        size_t sl = strlen(SUFFIXES[k]);
        if (n > sl + 1 && memcmp(w + n - sl, SUFFIXES[k], sl) == 0)
            return lexicon_word(lx, w, n - sl);
    }
    return 0;
}

static void prepare_text(struct coder *c, const struct sentence_input *in)
{
    buf_clear(&c->text);
    buf_reserve(&c->text, in->text_len);
    const unsigned char *p = (const unsigned char *)in->text;
    char *out = c->text.data;
    unsigned high = 0;
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= in->text_len; i += 16)
        high |= text_bytes16(in->text + i, out + i) ? 0x80 : 0;
#endif
    for (; i < in->text_len; i++) {
        high |= p[i];
        out[i] = (char)text_byte[p[i] & 0x7F];
    }
    if (high & 0x80) { /* rare: take the Unicode path for the whole text */
        buf_clear(&c->scratch);
        for (size_t k = 0; k < in->text_len; k++) {
            char t = in->text[k];
            buf_addc(&c->scratch, t == '\n' || t == '\r' || t == '\t' ? ' ' : t);
        }
        buf_clear(&c->text);
        text_upper(&c->text, c->scratch.data, c->scratch.len);
        return;
    }
    out[in->text_len] = '\0';
    c->text.len = in->text_len;
}

struct discard_hit {
    int32_t kind; /* 0 none, 1 sentence, 2 story */
    size_t start, end;
};

static void on_discard(void *ctx, size_t start, size_t end, int32_t value)
{
    struct discard_hit *h = ctx;
    if (value > h->kind) {
        h->kind = value;
        h->start = start;
        h->end = end;
    }
}

struct issue_hit {
    size_t start, end;
    int32_t value;
};

struct issue_scan {
    struct issue_hit hits[256];
    size_t n;
};

static void on_issue(void *ctx, size_t start, size_t end, int32_t value)
{
    struct issue_scan *s = ctx;
    if (s->n < sizeof s->hits / sizeof s->hits[0])
        s->hits[s->n++] = (struct issue_hit){start, end, value};
}

/* An issue phrase inside an ignore phrase ("tax" in "tax haven") does not
 * count. All hits are gathered first: an issue phrase that begins an
 * ignore phrase is reported before it. */
static void count_issues(struct coder *c)
{
    if (c->lx->nissue_phrases == 0)
        return;
    if (!c->scan_space)
        c->scan_space = xcalloc(1, sizeof *c->scan_space);
    struct issue_scan *scan = c->scan_space;
    scan->n = 0;
    texttrie_scan(&c->lx->issues, c->text.data, c->text.len, on_issue, scan);
    struct coded_sentence *out = c->out;
    for (size_t i = 0; i < scan->n; i++) {
        const struct issue_hit *h = &scan->hits[i];
        if (h->value & 1)
            continue;
        bool ignored = false;
        for (size_t k = 0; k < scan->n && !ignored; k++)
            ignored = (scan->hits[k].value & 1) && scan->hits[k].start <= h->start &&
                      h->end <= scan->hits[k].end;
        if (ignored)
            continue;
        const char *code = c->lx->issue_codes[h->value >> 1].code;
        size_t j = 0;
        while (j < out->nissues && out->issues[j].code != code)
            j++;
        if (j < out->nissues) {
            out->issues[j].count++;
        } else {
            GROW(out->issues, out->cap_issues, out->nissues + 1);
            out->issues[out->nissues++] = (struct issue_count){code, 1};
        }
    }
}

static void fail(struct coded_sentence *out, enum tree_status st)
{
    out->outcome = OUTCOME_PARSE_ERROR;
    out->detail = tree_status_name(st);
}

static void trace_tokens(struct coder *c, const char *title)
{
    if (!c->trace)
        return;
    TRACE(c, "%s:\n ", title);
    for (size_t i = 0; i < c->conv.n; i++) {
        const struct tok *t = ctok(c, (int32_t)i);
        if (t->kind == TOK_OPEN)
            TRACE(c, " (%.*s", (int)t->len, t->text);
        else if (t->kind == TOK_CLOSE)
            TRACE(c, " ~%.*s", (int)t->len, t->text);
        else
            TRACE(c, " %.*s", (int)t->len, t->text);
        if (t->kind == TOK_OPEN && tok_is(t, TOK_OPEN, "NE") && t->code)
            TRACE(c, " [%s]", t->code);
    }
    TRACE(c, "\n");
}

void coder_code(struct coder *c, const struct sentence_input *in, const struct code_options *opt,
                struct coded_sentence *out)
{
    arena_reset(&c->arena);
    out->outcome = OUTCOME_CODED;
    out->detail = NULL;
    out->nevents = 0;
    out->nissues = 0;
    c->npending = 0;
    c->place = NULL;
    c->place_done = false;
    c->doc = opt->news ? in->doc : NULL;
    c->ncovered = 0;
    c->nframes = 0;
    c->frames = NULL;
    c->out = out;
    c->opt = opt;
    c->date = in->date;
    enum tree_status st = in->tree ? (in->tree->n ? TREE_OK : TREE_EMPTY)
                                   : tree_read(&c->raw, in->parse, in->parse_len);
    if (st == TREE_OK)
        st = in->tree ? tree_convert(in->tree, &c->conv, opt->news)
                      : tree_convert_consume(&c->raw, &c->conv, opt->news);
    if (st == TREE_DATELINE) {
        TRACE(c, "skipped: the sentence opens like a dateline (a compound NE first)\n");
        out->outcome = OUTCOME_DATELINE;
        out->detail = tree_status_name(st);
        return;
    }
    if (st != TREE_OK) {
        TRACE(c, "parse error: %s\n", tree_status_name(st));
        fail(out, st);
        return;
    }
    prepare_text(c, in);
    struct discard_hit d = {0, 0, 0};
    texttrie_scan(&c->lx->discards, c->text.data, c->text.len, on_discard, &d);
    if (d.kind) {
        out->outcome = d.kind == 2 ? OUTCOME_STORY_DISCARD : OUTCOME_SENTENCE_DISCARD;
        out->detail = arena_strndup(&c->arena, c->text.data + d.start, d.end - d.start);
        TRACE(c, "%s discard on \"%s\"\n", d.kind == 2 ? "story" : "sentence", out->detail);
        return;
    }
    for (size_t i = 0; i < c->conv.n; i++) {
        struct tok *t = &c->conv.t[i];
        if (t->kind == TOK_WORD) {
            t->word = lexicon_word(c->lx, t->text, t->len);
            if (!t->word && opt->news)
                t->word = located_word(c->lx, t->text, t->len);
        }
    }
    trace_tokens(c, "phrases");
    /* before comma deletion, which drops ", X said" clauses */
    find_frames(c);
    if (c->doc)
        find_relays(c);
    /* before compounds are split: "between A and B" is one phrase here */
    scan_nouns(c);
    comma_delete_clauses(c);
    code_noun_phrases(c);
    if (opt->news)
        resolve_references(c);
    trace_tokens(c, "coded phrases");
    scan_verbs(c);
    flush_pending(c);
    if (c->doc) {
        remember_discourse(c);
        apply_relays(c);
    }
    count_issues(c);
}
