/* petrxml_internal.h - the PETRARCH XML reader's state, shared by
 * petrxml.c (records from elements) and petrxml_feed.c (feeding the
 * input to xmlscan, then expat). Read stage, private. */
#ifndef PARLEY_PETRXML_INTERNAL_H
#define PARLEY_PETRXML_INTERNAL_H

#include "base/buf.h"
#include "read/petrxml.h"
#include "read/xmlscan.h"

#include <expat.h>

enum field { F_NONE, F_TEXT, F_PARSE, F_ENV };

struct reader {
    XML_Parser xp; /* NULL while xmlscan reads */
    struct xmlscan scan;
    unsigned mute; /* start/end events of the replayed prefix to ignore */
    /* xmlscan's buffer: fb[0] is at file offset fb_base; newlines and
     * the column are counted up to fb[fb_counted] */
    const char *fb;
    unsigned long long fb_base;
    size_t fb_counted;
    unsigned long col;
    /* expat's byte index minus this is the file offset */
    long long shift;
    const char *path;
    const struct petr_handler *h;
    struct diag_list *diags;
    bool in_sentence, in_env, stopped;
    enum field field;
    bool overflow;
    struct buf text, parse, env_value, id, category, date, outlet;
    struct petr_record rec;
    struct petr_expected *exp;
    size_t nexp, cap_exp;
    struct buf exp_strings; /* NUL-separated copies */
    size_t *exp_offsets;
    size_t cap_offsets, noffsets;
    char *error;
    struct petr_environment env;
    /* Line numbers, counted by us: expat's XML_GetCurrentLineNumber rescans
     * the bytes since its last call, which cost as much as a tenth of all
     * coding time. The last two chunks fed to expat are kept, so a tag that
     * began in the previous chunk is still counted exactly. */
    const char *chunk[2]; /* [0] current, [1] previous */
    size_t chunk_len[2];
    unsigned long long chunk_off[2];
    unsigned long long counted_to; /* newlines counted up to this offset */
    unsigned long counted_lines;
    unsigned long hand_line, hand_col; /* where expat took over */
};

/* The element handlers (expat's signatures; xmlscan calls them too). */
void petr_start(void *ud, const XML_Char *name, const XML_Char **atts);
void petr_end(void *ud, const XML_Char *name);
void petr_chars(void *ud, const XML_Char *s, int len);
/* Counts lines and the column over xmlscan's buffer up to upto. */
void petr_fast_count(struct reader *r, size_t upto);
/* Frees what the reader holds (not the reader). */
void petr_reader_free(struct reader *r);

#endif
