/* doc.h - raw-text documents from plain text, JSON Lines or gzip.
 * Read stage, the contract. A doc_reader yields one document at a time
 * and keeps only that document in memory, so any input size runs in
 * memory bounded by the largest document. gzip input (by magic bytes,
 * not by file name) is decompressed transparently, stdin included.
 *
 * Formats:
 *   DOC_PLAIN   the whole file is one document; id = file's base name
 *   DOC_BLOCKS  blank-line-separated blocks, one document each;
 *               id = NAME:LINE of the block's first line
 *   DOC_JSONL   one JSON object per line: "id", "text" required,
 *               "date" (YYYY-MM-DD, YYYYMMDD or an ISO 8601 timestamp
 *               such as 2024-02-01T12:00:00Z, whose date is used),
 *               "source", "url", "title" optional; other keys ignored
 * A document without a date takes the reader's default date; without
 * one either, it is rejected: doc_next() reports it and moves on.
 * A UTF-8 byte order mark at the start is skipped, and "\r\n" reads as
 * "\n". Problems are added to the diag list with file, line and (for
 * JSON) column; docs/input.md lists every message.
 * Depends on base/, jansson and zlib. */
#ifndef PARLEY_DOC_H
#define PARLEY_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/text.h"

enum doc_format { DOC_PLAIN, DOC_BLOCKS, DOC_JSONL };

/* The longest document (DOC_PLAIN, DOC_BLOCKS) or line (DOC_JSONL) read
 * by default; a longer one is reported and skipped. It bounds memory. */
#define DOC_MAX_BYTES ((size_t)64 << 20)

struct document {
    const char *id;   /* never NULL */
    const char *text; /* UTF-8 as read (validated by the segmenter) */
    size_t text_len;
    day_t date;                       /* always set on DOC_OK */
    const char *source, *url, *title; /* NULL when absent */
    unsigned line;                    /* line of the input where the document starts */
};

enum doc_status {
    DOC_OK = 0,  /* *doc is filled in */
    DOC_END,     /* no more documents */
    DOC_SKIPPED, /* a bad document was reported in diag; call again */
    DOC_FATAL,   /* unreadable input (I/O or gzip error), reported */
};

struct doc_reader;

/* path "-" reads stdin. default_date DAY_NONE means none. Returns NULL (and
 * reports why in diag) when the file cannot be opened. Diagnostics name
 * the file by path (which must outlive them), or "stdin". */
struct doc_reader *doc_reader_open(const char *path, enum doc_format fmt, day_t default_date,
                                   struct diag_list *diag);
/* Replaces DOC_MAX_BYTES for this reader (at least 1 byte). Call it before
 * the first doc_next(); tests use it to exercise the limit cheaply. */
void doc_reader_set_limit(struct doc_reader *r, size_t max_bytes);
/* The document stays valid until the next call or doc_reader_close().
 * After DOC_FATAL, every further call returns DOC_END. */
enum doc_status doc_next(struct doc_reader *r, struct document *doc);
void doc_reader_close(struct doc_reader *r);

#endif
