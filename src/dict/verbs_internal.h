/* verbs_internal.h - state shared by the verb dictionary reader's files.
 * Dict layer, private to verbs.c and patterns.c. */
#ifndef PARLEY_DICT_VERBS_INTERNAL_H
#define PARLEY_DICT_VERBS_INTERNAL_H

#include "base/buf.h"
#include "dict/lexicon.h"
#include "dict/lines.h"

struct verb_reader {
    struct lexicon *lx;
    struct line_reader lr;
    struct buf scratch, forms;
    const char *block_code; /* code of the open block header */
    bool block_pending;     /* header seen, primary verb not yet */
    int32_t block;          /* index of the open block; -1 none */
    uint32_t primary;       /* its primary verb */
    int32_t synset;         /* synset taking "+MEMBER" lines; -1 none */
    size_t first_synset;    /* synsets before this one came from earlier files */
    /* While a pattern line is parsed from a cleaned copy: where each of its
     * characters stood in the line, so diagnostics keep true columns. */
    const char *pattern_text;
    const char *const *pattern_map;
};

/* Validates and copies the code inside "[...]"; NULL after a diagnostic. */
const char *verb_code_text(struct verb_reader *r, const char *s, const char *end,
                           const struct dict_line *l);
void read_pattern_line(struct verb_reader *r, const struct dict_line *l);
void read_synset_label(struct verb_reader *r, const struct dict_line *l);
void read_synset_member(struct verb_reader *r, const struct dict_line *l);
/* Replaces members that name other synsets by those synsets' members. */
void synsets_flatten(struct verb_reader *r);

#endif
