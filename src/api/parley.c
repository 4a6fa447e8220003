/* parley.c - the embedding API (include/parley.h) over the library stages.
 * API layer, the top: it owns nothing the stages do not already provide. */
#include "parley.h"
#include "base/xalloc.h"
#include "cameo/cameo.h"
#include "code/code.h"
#include "dict/dict.h"
#include "pipe/textparse.h"

#include <stdio.h>
#include <string.h>

struct parley_dicts {
    struct lexicon *lx;
    char *paths[64]; /* origins point at these */
    size_t npaths;
};

struct parley_coder {
    const parley_dicts *d;
    struct coder *coder;
    struct code_options opt;
    struct coded_sentence out;
    parley_event *events;
    size_t cap;
    /* raw text: made on first use */
    struct tagger *tagger;
    struct textparse *textparse;
    struct arena strings; /* events' strings across a text's sentences */
};

const char *parley_version(void)
{
    return PARLEY_VERSION;
}

parley_dicts *parley_dicts_new(void)
{
    parley_dicts *d = xcalloc(1, sizeof *d);
    d->lx = lexicon_new();
    return d;
}

int parley_dicts_add(parley_dicts *d, const char *kind, const char *path, char *err, size_t errlen)
{
    if (!d || !kind || !path || d->npaths == 64 || d->lx->finished)
        return -1;
    enum dict_kind k = DICT_UNKNOWN;
    for (int i = 0; i < DICT_UNKNOWN; i++)
        if (strcmp(kind, dict_kind_name((enum dict_kind)i)) == 0)
            k = (enum dict_kind)i;
    if (k == DICT_UNKNOWN) {
        if (err && errlen)
            snprintf(err, errlen, "unknown dictionary kind '%s'", kind);
        return -1;
    }
    char *owned = xstrdup(path);
    d->paths[d->npaths++] = owned;
    struct diag_list diags = {0};
    int rc = dict_load(d->lx, k, owned, &diags);
    if (diags.count) {
        if (err && errlen)
            diag_format(&diags.items[0], err, errlen);
        rc = -1;
    }
    diag_free(&diags);
    return rc;
}

void parley_dicts_finish(parley_dicts *d)
{
    if (d && !d->lx->finished)
        dict_finish(d->lx);
}

void parley_dicts_free(parley_dicts *d)
{
    if (!d)
        return;
    lexicon_free(d->lx);
    for (size_t i = 0; i < d->npaths; i++)
        free(d->paths[i]);
    free(d);
}

parley_coder *parley_coder_new(const parley_dicts *d)
{
    if (!d || !d->lx->finished)
        return NULL;
    parley_coder *c = xcalloc(1, sizeof *c);
    c->d = d;
    c->coder = coder_new(d->lx);
    code_options_default(&c->opt);
    arena_init(&c->strings, (size_t)16 * 1024);
    return c;
}

void parley_coder_free(parley_coder *c)
{
    if (!c)
        return;
    coder_free(c->coder);
    coded_sentence_free(&c->out);
    free(c->events);
    textparse_free(c->textparse);
    tagger_free(c->tagger);
    arena_free(&c->strings);
    free(c);
}

static const char *known(const char *code)
{
    return strcmp(code, "---") == 0 ? NULL : code;
}

/* Appends the coder's events for one sentence to c->events. With keep,
 * their strings are copied, since the coder's own die with its next call. */
static void add_events(parley_coder *c, size_t at, unsigned sentence, bool keep)
{
    GROW(c->events, c->cap, at + c->out.nevents + 1);
    for (size_t i = 0; i < c->out.nevents; i++) {
        const struct event *e = &c->out.events[i];
        const struct cameo_code *cc = cameo_resolve(e->code);
        char root[3];
        /* point at the table's own "11" so the string outlives this call */
        const struct cameo_code *rc = cameo_root(e->code, root) == 0 ? cameo_lookup(root) : NULL;
        const struct origin *o = event_origin(e);
        const struct attribution *a = e->attribution;
        static const struct attribution none;
        if (!a)
            a = &none;
#define KEEP(s) (keep && (s) ? arena_strdup(&c->strings, (s)) : (s))
        c->events[at + i] = (parley_event){
            .source = known(KEEP(e->source)),
            .target = known(KEEP(e->target)),
            .code = KEEP(e->code),
            .root = rc ? rc->code : NULL,
            .quad_class = cc ? cc->quad_class : 0,
            .goldstein = cc ? cc->goldstein : 0.0,
            .plover = cc ? cc->plover : NULL,
            .source_text = KEEP(e->source_text),
            .target_text = KEEP(e->target_text),
            .verb_text = KEEP(e->verb_text),
            .pattern_file = o->file,
            .pattern_line = o->line,
            .sentence = sentence,
            .mode = event_mode_name((enum event_mode)e->mode),
            .claimant_code = KEEP(a->claimant_code),
            .claimant_text = KEEP(a->claimant_text),
            .outlet_code = KEEP(a->outlet_code),
            .outlet_text = KEEP(a->outlet_text),
            .cue = KEEP(a->cue),
            .relay_code = KEEP(a->relay_code),
            .relay_text = KEEP(a->relay_text),
        };
#undef KEEP
    }
}

int parley_code_parse(parley_coder *c, const char *text, const char *parse, const char *date,
                      const parley_event **events, size_t *nevents)
{
    if (!c || !parse || !date || !events || !nevents)
        return PARLEY_BAD_ARG;
    *events = NULL;
    *nevents = 0;
    day_t day = date_parse_yyyymmdd(date, strlen(date));
    if (day == DAY_NONE)
        return PARLEY_BAD_DATE;
    struct sentence_input in = {text, text ? strlen(text) : 0, parse, strlen(parse), day, NULL,
                                NULL};
    c->opt.news = false; /* a Treebank parse is coded as PETRARCH-1 codes it */
    coder_code(c->coder, &in, &c->opt, &c->out);
    if (c->out.outcome == OUTCOME_PARSE_ERROR)
        return PARLEY_BAD_PARSE;
    if (c->out.outcome != OUTCOME_CODED)
        return PARLEY_DISCARDED;
    add_events(c, 0, 1, false);
    *events = c->events;
    *nevents = c->out.nevents;
    return PARLEY_OK;
}

int parley_code_text(parley_coder *c, const char *text, const char *date,
                     const parley_event **events, size_t *nevents)
{
    if (!c || !text || !date || !events || !nevents)
        return PARLEY_BAD_ARG;
    *events = NULL;
    *nevents = 0;
    day_t day = date_parse_yyyymmdd(date, strlen(date));
    if (day == DAY_NONE)
        return PARLEY_BAD_DATE;
    if (!c->textparse) {
        c->tagger = tagger_new();
        c->textparse = textparse_new(c->tagger);
    }
    size_t bad;
    if (textparse_document(c->textparse, text, strlen(text), &bad) != SEGMENT_OK)
        return PARLEY_BAD_ARG;
    arena_reset(&c->strings);
    c->opt.news = true; /* raw news text: news semantics (docs/news.md) */
    const struct segmented *sg = textparse_segments(c->textparse);
    size_t n = 0;
    struct discourse doc = {0}; /* the text is one document */
    for (;;) {
        for (size_t k = 0; k < sg->nsent; k++) {
            const struct sentence *s = &sg->sent[k];
            struct sentence_input in = {sg->text + s->start,
                                        s->end - s->start,
                                        NULL,
                                        0,
                                        day,
                                        textparse_sentence_tree(c->textparse, k),
                                        &doc};
            coder_code(c->coder, &in, &c->opt, &c->out);
            if (c->out.outcome != OUTCOME_CODED)
                continue;
            add_events(c, n, (unsigned)(k + 1), true);
            n += c->out.nevents;
        }
        if (doc.replay || doc.nrelays == 0)
            break;
        /* claims repeated later: code again with the relays known */
        discourse_restart(&doc);
        arena_reset(&c->strings);
        n = 0;
    }
    *events = c->events;
    *nevents = n;
    return PARLEY_OK;
}
