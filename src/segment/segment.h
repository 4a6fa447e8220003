/* segment.h - raw document text to sentences and tokens.
 * Segment stage, the contract. Input: one document's text (UTF-8, any
 * size). segment_document() validates and normalizes it (Unicode NFC,
 * one kind of space, straight and curly quotes kept apart as Treebank
 * does), finds a leading dateline ("ISLAMABAD (AP) —", "KABUL, Oct 28
 * (Reuters) -") and byline, splits the rest into sentences, and splits
 * each sentence into Treebank-style tokens (n't and 's split off,
 * hyphenated names kept whole, quotes as `` and '', brackets as -LRB-
 * -RRB-). Output: struct segmented, valid until the next call.
 * Depends on base/ and utf8proc. Thread use: one segmenter per thread. */
#ifndef PARLEY_SEGMENT_H
#define PARLEY_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

struct token {
    const char *text; /* NUL-terminated token as the tagger and the
                         dictionaries see it; case kept ("n't", "``") */
    uint32_t len;     /* strlen(text) */
    uint32_t start;   /* byte offset in struct segmented.text */
    uint32_t end;     /* one past its last byte there. text[start..end)
                         is the source of the token: equal to it, or
                         its Treebank spelling ("(" gives "-LRB-", the
                         em dash's "--" stays "--", a curly apostrophe
                         becomes '). The "." added after a sentence-
                         final abbreviation spans that abbreviation's
                         own last period. */
    /* Filled in by the tagger (tag/tag.h); the segmenter leaves NULL. */
    const char *tag;   /* Penn Treebank tag, a static string */
    const char *lemma; /* lower-case base form, NUL-terminated */
};

struct sentence {
    uint32_t first, count; /* its tokens: tok[first .. first+count) */
    uint32_t start, end;   /* its bytes in struct segmented.text */
};

struct segmented {
    const char *text; /* the normalized document text */
    size_t text_len;
    struct token *tok;
    size_t ntok;
    struct sentence *sent;
    size_t nsent;
    /* The dateline, if the document opens with one; empty otherwise.
       Its place ("ISLAMABAD") and outlet ("AP") when recognised. */
    uint32_t dateline_start, dateline_end;
    const char *dateline_place, *dateline_outlet; /* NULL if none */
};

enum segment_status {
    SEGMENT_OK = 0,
    SEGMENT_BAD_UTF8,  /* error_offset says where; a NUL byte counts
                          as invalid, as utf8_invalid_at() says */
    SEGMENT_TOO_LARGE, /* len > SEGMENT_MAX_BYTES: offsets are 32-bit */
};

/* Offsets are uint32_t and normalization may grow text up to threefold
 * (NFC's bound), so a document may hold at most 1 GiB. */
#define SEGMENT_MAX_BYTES ((size_t)1 << 30)
/* A run of this many tokens without a sentence end is cut (at the last
 * comma, semicolon, colon or dash among its final 200 tokens, or else
 * right there) so that no later stage sees an unbounded sentence. */
#define SEGMENT_MAX_SENTENCE_TOKENS 1000

struct segmenter;

struct segmenter *segmenter_new(void);
void segmenter_free(struct segmenter *s);
/* Segments one document. On SEGMENT_BAD_UTF8, *error_offset is the byte
 * offset of the first invalid sequence in the input (error_offset may be
 * NULL); on any error *out is an empty document. Memory is reused
 * from call to call, so it is bounded by the largest document. */
enum segment_status segment_document(struct segmenter *s, const char *text, size_t len,
                                     struct segmented *out, size_t *error_offset);

#endif
