/* format.h - writing coded sentences as JSON Lines or TSV.
 * Write stage. The JSONL record is parley's stable contract (docs/output.md):
 * one object per event, CAMEO fields derived from the code table. TSV
 * follows PETRARCH-1's event file columns. */
#ifndef PARLEY_FORMAT_H
#define PARLEY_FORMAT_H

#include "base/buf.h"
#include "code/code.h"

enum out_format { OUT_JSONL, OUT_TSV };

struct doc_meta {
    const char *doc_id;
    unsigned sentence_id; /* 1-based position in the document */
    day_t date;
    const char *outlet; /* the document's source (e.g. "AFP"), or NULL */
};

/* Appends every event of s, one line each. */
void format_events(struct buf *out, enum out_format fmt, const struct doc_meta *m,
                   const struct coded_sentence *s);
/* The TSV header line. */
void format_tsv_header(struct buf *out);

#endif
