/* doc_internal.h - the document reader's state, shared by doc.c (input,
 * lines, plain text and blocks) and doc_jsonl.c (JSON Lines). Read stage,
 * private. */
#ifndef PARLEY_DOC_INTERNAL_H
#define PARLEY_DOC_INTERNAL_H

#include "base/buf.h"
#include "read/doc.h"

#include <jansson.h>
#include <zlib.h>

struct doc_reader {
    gzFile gz;
    const char *path; /* for diagnostics: as given, or "stdin" */
    const char *name; /* for ids: the path's base name, or "stdin" */
    enum doc_format fmt;
    day_t default_date;
    struct diag_list *diag;
    size_t limit;  /* longest line or document accepted */
    bool started;  /* first bytes read (and a BOM skipped) */
    bool at_end;   /* input exhausted */
    bool finished; /* doc_next() returns DOC_END from now on */
    char *in;      /* decompressed input, DOC_CHUNK bytes */
    size_t in_pos, in_len;
    unsigned lineno;     /* lines read so far */
    struct buf line;     /* the current line, without "\n" or "\r\n" */
    bool line_long;      /* longer than limit: only a prefix is kept */
    bool line_ended;     /* it ended with "\n" (not at end of input) */
    struct buf text, id; /* the current PLAIN or BLOCKS document */
    json_t *json;        /* the current JSONL document's object, if jansson read it */
    struct buf fields;   /* or its strings, decoded by doc_json_scan() */
};

/* The fields of a JSON Lines object that parley reads, in the order it
 * checks them. */
enum { DOC_ID, DOC_TEXT, DOC_DATE, DOC_SOURCE, DOC_URL, DOC_TITLE, DOC_FIELDS };
struct doc_field {
    enum { DOC_FIELD_ABSENT, DOC_FIELD_NULL, DOC_FIELD_STRING, DOC_FIELD_OTHER } kind;
    const char *s;     /* DOC_FIELD_STRING: the decoded value, NUL-terminated */
    size_t n;          /* its length (it may hold NUL bytes) */
    const char *other; /* DOC_FIELD_OTHER: what it is ("a number"...) */
};
/* The JSON key of field f ("id"...). */
const char *doc_field_key(int f);
/* doc_jsonscan.c: decodes line s[0..n) into fld when it is an object
 * that jansson would certainly accept as it stands (valid UTF-8, modest
 * numbers and nesting); the strings go into out. False leaves the line
 * to jansson, which reports what is wrong with it. */
bool doc_json_scan(const char *s, size_t n, struct buf *out, struct doc_field fld[DOC_FIELDS]);

/* Turns r->line (line r->lineno, not blank, not too long) into *doc:
 * DOC_OK, or DOC_SKIPPED after reporting why. */
enum doc_status doc_jsonl_document(struct doc_reader *r, struct document *doc);
/* Gives a document without a date the default date. False (reported) when
 * there is none. */
bool doc_take_date(struct doc_reader *r, struct document *doc);
/* 1-based column of byte offset off in s, counting UTF-8 characters as
 * jansson does. */
unsigned doc_column(const char *s, size_t off);
/* Copies s for quoting in a message: whole if short, else cut at a
 * character boundary and ended with "...", so a huge value cannot make
 * a huge message. */
#define DOC_QUOTE_SIZE 64
void doc_quote(const char *s, size_t n, char out[DOC_QUOTE_SIZE]);

#endif
