/* textparse.h - raw document text to parsed sentences.
 * Pipeline layer: chains the segment, tag and parse stages for one
 * document, so that everything that codes raw text (parley code, parse,
 * explain, validate --reparse, the embedding API) does it the same way.
 * One textparse per thread; the tagger is shared and read-only. */
#ifndef PARLEY_TEXTPARSE_H
#define PARLEY_TEXTPARSE_H

#include <stddef.h>

#include "base/arena.h"
#include "base/buf.h"
#include "segment/segment.h"
#include "tag/tag.h"

struct textparse;

struct textparse *textparse_new(const struct tagger *tg);
void textparse_free(struct textparse *tp);
/* Segments one document. On SEGMENT_BAD_UTF8, *error_offset is the byte
 * offset of the first invalid sequence. */
enum segment_status textparse_document(struct textparse *tp, const char *text, size_t len,
                                       size_t *error_offset);
/* The current document's sentences and tokens. */
const struct segmented *textparse_segments(const struct textparse *tp);
/* Tags and parses sentence k of the current document. The returned
 * bracketed parse stays valid until the next call. */
const struct buf *textparse_sentence(struct textparse *tp, size_t k);
/* Tags and parses all the document's tokens as one sentence: for inputs
 * that are known to be one sentence, such as PETRARCH records. */
const struct buf *textparse_whole(struct textparse *tp);
/* Sentence k as the coder's token tree (parse/parse.h), which is what
 * coding needs; the bracketed text is only for people. Valid until the
 * next call. */
struct tree;
const struct tree *textparse_sentence_tree(struct textparse *tp, size_t k);

#endif
