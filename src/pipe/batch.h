/* batch.h - coding many records on several threads, output in order.
 * Pipeline layer, above the stages. Records are copied into a batch;
 * worker threads code them and format each one's output into its own
 * buffer; the caller writes the buffers in input order, so the output is
 * byte-identical whatever the thread count. */
#ifndef PARLEY_BATCH_H
#define PARLEY_BATCH_H

#include "code/code.h"
#include "out/format.h"
#include "tag/tag.h"

struct batch_item {
    const char *id, *outlet, *text, *parse, *problem;
    size_t text_len, parse_len;
    unsigned line, sentence_id;
    bool raw;            /* text is a raw document: segment, tag and parse it */
    unsigned nsentences; /* raw documents: how many sentences it held */
    day_t date;
    struct code_options opt;
    struct buf out;   /* formatted events */
    struct buf error; /* a message when the record could not be coded */
    unsigned nevents;
};

/* Instead of formatting events, a batch may hand every coded sentence to
 * a sink, on the worker thread, which appends its own encoding of it to
 * it->out (the event store does: src/store/store.h). text is the
 * sentence's text; discarded sentences and sentences without events are
 * passed too, sentences whose parse cannot be coded are not. */
typedef void (*batch_sink)(struct buf *out, const struct doc_meta *m, const char *text,
                           size_t text_len, const struct coded_sentence *s);

struct batch {
    struct batch_item *items;
    size_t n, cap;
    struct arena arena; /* the records' strings */
    const struct lexicon *lx;
    enum out_format fmt;
    int nthreads;
    struct coder **coders;
    struct coded_sentence *results;
    struct textparse **parsers; /* per worker, when a tagger was given */
    batch_sink sink;            /* NULL: format_events() as fmt says */
};

enum { BATCH_SIZE = 1024 };

/* tagger may be NULL when only pre-parsed records will be added. */
void batch_init(struct batch *b, const struct lexicon *lx, const struct tagger *tagger,
                enum out_format fmt, int nthreads);
void batch_free(struct batch *b);
/* Adds a record: copied in, except with one thread, where the strings are
 * borrowed and the caller must run the batch (batch_full() is then true)
 * before they change. */
struct batch_item *batch_add(struct batch *b, const char *id, const char *outlet, const char *text,
                             size_t text_len, const char *parse, size_t parse_len, day_t date,
                             const struct code_options *opt);
/* Adds a raw-text document, coded sentence by sentence with parley's
 * own parser (the batch needs a tagger). Copying is as for batch_add. */
struct batch_item *batch_add_document(struct batch *b, const char *id, const char *outlet,
                                      const char *text, size_t text_len, day_t date,
                                      const struct code_options *opt);
/* With one thread there is nothing to overlap: each record is coded as
 * soon as it is added, straight from the reader's buffers (no copy). */
static inline int batch_full(const struct batch *b)
{
    return b->n >= (b->nthreads == 1 ? 1 : BATCH_SIZE);
}
/* Codes every item; afterwards items[i].out and .error are filled. */
void batch_run(struct batch *b);
/* Empties the batch for the next records (keeps the allocations). */
void batch_clear(struct batch *b);

#endif
