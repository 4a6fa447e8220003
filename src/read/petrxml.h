/* petrxml.h - streaming reader for PETRARCH XML input.
 * Read stage. Parses <Sentences>/<Sentence date id ...> records with
 * <Text>, <Parse> and (in validation files) <EventCoding>, plus the
 * <Environment> and <Config> elements, and hands each record to a
 * callback as soon as it closes: memory stays constant per record. */
#ifndef PARLEY_PETRXML_H
#define PARLEY_PETRXML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/diag.h"
#include "base/text.h"

struct petr_expected {
    const char *source, *target, *code;
};

struct petr_record {
    const char *id;       /* "" when missing */
    const char *category; /* may be "" */
    const char *outlet;   /* the source="..." attribute (e.g. AFP), or NULL */
    bool valid;           /* valid="true" (default true when absent) */
    const char *date_text;
    day_t date; /* DAY_NONE when missing or impossible */
    const char *text;
    size_t text_len;
    const char *parse;
    size_t parse_len;
    bool has_parse;
    unsigned line; /* of the <Sentence> tag */
    /* validation expectations */
    struct petr_expected *expected;
    size_t nexpected;
    bool noevents;
    const char *error;   /* expected error code, or NULL */
    const char *problem; /* why the record cannot be coded, or NULL */
};

struct petr_environment {
    char *verbs, *agents, *discards, *issues;
    char *actors[16];
    size_t nactors;
};

struct petr_handler {
    void *ctx;
    /* Return non-zero to stop reading. */
    int (*record)(void *ctx, const struct petr_record *r);
    void (*config)(void *ctx, const char *option, const char *value);
    void (*environment)(void *ctx, const struct petr_environment *env);
};

enum { PETR_MAX_FIELD = 1 << 20 }; /* longest <Text> or <Parse> accepted */

/* Reads the whole stream. Returns 0 when the XML was well-formed to the
 * end, -1 after adding a located diagnostic otherwise (records before the
 * error were delivered). */
int petrxml_read(FILE *in, const char *path, const struct petr_handler *h, struct diag_list *diags);
/* The same, read by expat alone, without the fast scanner that reads
 * plain XML first: for tests that compare the two (events and
 * diagnostics must be identical). */
int petrxml_read_expat(FILE *in, const char *path, const struct petr_handler *h,
                       struct diag_list *diags);

#endif
