/* phrase.h - parsing dictionary phrases ("NEW_ZEALAND", "THE AU_").
 * Dict layer, internal to the readers. */
#ifndef PARLEY_DICT_PHRASE_H
#define PARLEY_DICT_PHRASE_H

#include "base/buf.h"
#include "dict/lexicon.h"

/* Parses s (words split at blanks and underscores) into *out, upper-cased
 * and interned. Returns 0, or -1 when s holds no word. */
int phrase_parse(struct lexicon *lx, const char *s, size_t n, struct phrase *out,
                 struct buf *scratch);

/* Stores words and connectors of a phrase built by hand. */
void phrase_from_ids(struct lexicon *lx, const uint32_t *ids, const uint8_t *conn, size_t n,
                     bool terminal, struct phrase *out);

/* Upper-cases and interns one word. */
uint32_t lexicon_intern_upper(struct lexicon *lx, const char *s, size_t n, struct buf *scratch);

/* phrase_index.c: the candidate lists of an index whose entries (n of
 * size elem, each starting with a struct phrase) are sorted and whose
 * first-word table is built; and freeing an index. */
void phrase_index_pairs(struct phrase_index *idx, const void *entries, size_t n, size_t elem);
void phrase_index_free(struct phrase_index *idx);

#endif
