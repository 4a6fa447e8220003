/* batch.c - threaded coding of a batch of records (see batch.h). */
#include "pipe/batch.h"
#include "base/xalloc.h"
#include "pipe/textparse.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

void batch_init(struct batch *b, const struct lexicon *lx, const struct tagger *tagger,
                enum out_format fmt, int nthreads)
{
    memset(b, 0, sizeof *b);
    arena_init(&b->arena, 1 << 20);
    b->lx = lx;
    b->fmt = fmt;
    b->nthreads = nthreads < 1 ? 1 : nthreads;
    b->coders = xcalloc((size_t)b->nthreads, sizeof(struct coder *));
    b->results = xcalloc((size_t)b->nthreads, sizeof *b->results);
    for (int i = 0; i < b->nthreads; i++)
        b->coders[i] = coder_new(lx);
    if (tagger) {
        b->parsers = xcalloc((size_t)b->nthreads, sizeof(struct textparse *));
        for (int i = 0; i < b->nthreads; i++)
            b->parsers[i] = textparse_new(tagger);
    }
}

void batch_free(struct batch *b)
{
    for (size_t i = 0; i < b->cap; i++) {
        buf_free(&b->items[i].out);
        buf_free(&b->items[i].error);
    }
    free(b->items);
    for (int i = 0; i < b->nthreads; i++) {
        coder_free(b->coders[i]);
        coded_sentence_free(&b->results[i]);
        if (b->parsers)
            textparse_free(b->parsers[i]);
    }
    free(b->parsers);
    free(b->coders);
    free(b->results);
    arena_free(&b->arena);
}

void batch_clear(struct batch *b)
{
    b->n = 0;
    arena_reset(&b->arena);
}

static const char *copy(struct batch *b, const char *s, size_t n)
{
    if (b->nthreads == 1)
        return s; /* borrowed: coded before the reader moves on */
    return s ? arena_strndup(&b->arena, s, n) : NULL;
}

struct batch_item *batch_add(struct batch *b, const char *id, const char *outlet, const char *text,
                             size_t text_len, const char *parse, size_t parse_len, day_t date,
                             const struct code_options *opt)
{
    if (b->n == b->cap) {
        size_t old = b->cap;
        GROW(b->items, b->cap, b->n + 1);
        memset(b->items + old, 0, (b->cap - old) * sizeof *b->items);
    }
    struct batch_item *it = &b->items[b->n++];
    buf_clear(&it->out);
    buf_clear(&it->error);
    it->id = copy(b, id, strlen(id));
    it->outlet = outlet ? copy(b, outlet, strlen(outlet)) : NULL;
    it->text = copy(b, text, text_len);
    it->text_len = text_len;
    it->parse = copy(b, parse, parse_len);
    it->parse_len = parse_len;
    it->date = date;
    it->opt = *opt;
    it->problem = NULL;
    it->line = 0;
    it->sentence_id = 1;
    it->nevents = 0;
    it->raw = false;
    it->nsentences = 1;
    return it;
}

struct batch_item *batch_add_document(struct batch *b, const char *id, const char *outlet,
                                      const char *text, size_t text_len, day_t date,
                                      const struct code_options *opt)
{
    struct batch_item *it = batch_add(b, id, outlet, text, text_len, NULL, 0, date, opt);
    it->raw = true;
    it->nsentences = 0;
    return it;
}

static void emit(const struct batch *b, struct batch_item *it, const struct doc_meta *m,
                 const char *text, size_t text_len, const struct coded_sentence *res)
{
    if (b->sink)
        b->sink(&it->out, m, text, text_len, res);
    else
        format_events(&it->out, b->fmt, m, res);
}

/* A raw document: every sentence is parsed here and coded like a given
 * parse, numbered from 1 in document order. */
static void code_document(struct batch *b, int worker, struct batch_item *it)
{
    struct textparse *tp = b->parsers[worker];
    size_t bad = 0;
    if (textparse_document(tp, it->text, it->text_len, &bad) != SEGMENT_OK) {
        buf_printf(&it->error, "invalid UTF-8 at byte %zu of its text", bad);
        return;
    }
    const struct segmented *sg = textparse_segments(tp);
    /* a dateline names the outlet when the document does not */
    const char *outlet = it->outlet ? it->outlet : sg->dateline_outlet;
    struct coded_sentence *res = &b->results[worker];
    struct discourse doc = {0}; /* one document's references */
    size_t out_start = it->out.len, error_start = it->error.len;
    for (;;) {
        for (size_t k = 0; k < sg->nsent; k++) {
            const struct tree *tree = textparse_sentence_tree(tp, k);
            const struct sentence *s = &sg->sent[k];
            struct sentence_input in = {
                sg->text + s->start, s->end - s->start, NULL, 0, it->date, tree, &doc};
            coder_code(b->coders[worker], &in, &it->opt, res);
            if (res->outcome == OUTCOME_PARSE_ERROR) {
                buf_printf(&it->error, "sentence %zu: cannot code its parse: %s", k + 1,
                           res->detail);
                continue;
            }
            struct doc_meta m = {it->id, (unsigned)(k + 1), it->date, outlet};
            emit(b, it, &m, in.text, in.text_len, res);
            it->nevents += (unsigned)res->nevents;
        }
        if (doc.replay || doc.nrelays == 0)
            break;
        /* a later sentence named an outlet for earlier claims: again,
           with the relays known (code.h, struct discourse) */
        discourse_restart(&doc);
        it->out.len = out_start;
        it->error.len = error_start;
        it->nevents = 0;
    }
    it->nsentences = (unsigned)sg->nsent;
}

static void code_item(struct batch *b, int worker, struct batch_item *it)
{
    if (it->problem)
        return;
    if (it->raw) {
        code_document(b, worker, it);
        return;
    }
    struct coded_sentence *res = &b->results[worker];
    struct sentence_input in = {it->text, it->text_len, it->parse, it->parse_len,
                                it->date, NULL,         NULL};
    coder_code(b->coders[worker], &in, &it->opt, res);
    if (res->outcome == OUTCOME_PARSE_ERROR) {
        buf_printf(&it->error, "cannot code its parse: %s", res->detail);
        return;
    }
    struct doc_meta m = {it->id, it->sentence_id, it->date, it->outlet};
    emit(b, it, &m, it->text, it->text_len, res);
    it->nevents = (unsigned)res->nevents;
}

struct worker_arg {
    struct batch *b;
    int worker;
    atomic_size_t *next;
};

static void *worker_main(void *p)
{
    struct worker_arg *a = p;
    for (;;) {
        size_t i = atomic_fetch_add(a->next, 1);
        if (i >= a->b->n)
            break;
        code_item(a->b, a->worker, &a->b->items[i]);
    }
    return NULL;
}

void batch_run(struct batch *b)
{
    if (b->nthreads == 1 || b->n < 2) {
        for (size_t i = 0; i < b->n; i++)
            code_item(b, 0, &b->items[i]);
        return;
    }
    atomic_size_t next = 0;
    pthread_t tid[64];
    struct worker_arg args[64];
    int n = b->nthreads > 64 ? 64 : b->nthreads;
    args[0] = (struct worker_arg){b, 0, &next};
    for (int w = 1; w < n; w++) {
        args[w] = (struct worker_arg){b, w, &next};
        if (pthread_create(&tid[w], NULL, worker_main, &args[w]) != 0)
            n = w; /* run with the threads we could get */
    }
    worker_main(&args[0]);
    for (int w = 1; w < n; w++)
        pthread_join(tid[w], NULL);
}
