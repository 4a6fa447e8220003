/* internal.h - what the segment stage's files share, and nobody else.
 * The stage runs in four steps over one document: normalize.c (checked
 * input to normalized text), preamble.c (byline and dateline at the top),
 * tokenize.c with words.c (text to raw tokens carrying the facts the
 * splitter needs), split.c (raw tokens to sentences and final tokens).
 * segment.c owns the segmenter and runs the steps in that order. */
#ifndef PARLEY_SEGMENT_INTERNAL_H
#define PARLEY_SEGMENT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "segment/segment.h"

/* What a raw token is, as far as sentence ends are concerned. */
enum rkind {
    K_WORD,     /* words, numbers, URLs, symbols */
    K_PUNCT,    /* , : -- and other punctuation that never ends a sentence */
    K_PERIOD,   /* "." */
    K_TERM,     /* "?" "!" and the full stops of other scripts */
    K_ELLIPSIS, /* "..." */
    K_ABBR,     /* "U.S.", "Inc.", "F.": may end a sentence */
    K_PREFIX,   /* "Gen.", "Mr.", "No.": precedes a name or number, never ends one */
    K_OPEN,     /* `` ` -LRB- -LSB- -LCB- */
    K_CLOSE,    /* '' ' -RRB- -RSB- -RCB- */
};

/* First-character facts and line facts of a raw token. */
enum {
    F_UPPER = 1 << 0,    /* starts with an upper-case letter */
    F_LOWER = 1 << 1,    /* starts with a lower-case letter */
    F_DIGIT = 1 << 2,    /* starts with a digit */
    F_CASELESS = 1 << 3, /* starts with a letter of a script without case */
    F_HARD = 1 << 4,     /* a sentence must start here (blank line, list item...) */
};

struct rtok {
    const char *text; /* NUL-terminated: in segmenter.strs or a static string */
    uint32_t len, start, end;
    uint8_t kind, flags;
};

/* A byte range of the normalized text. */
struct seg_range {
    uint32_t start, end;
};

enum { SEG_MAX_SKIPS = 4 };

struct segmenter {
    struct buf text; /* normalized document */
    struct buf strs; /* token strings, NUL-separated; reserved up front */
    int32_t *u32;    /* NFC scratch, code points */
    size_t u32_cap;
    struct rtok *raw; /* tokens before sentence splitting */
    size_t nraw, raw_cap;
    struct token *tok; /* final tokens, in sentences */
    size_t ntok, tok_cap;
    struct sentence *sent;
    size_t nsent, sent_cap;
    /* Parts of the text the tokenizer skips: byline, dateline, and empty
     * ranges that only force a sentence break (after a headline). */
    struct seg_range skip[SEG_MAX_SKIPS];
    size_t nskip;
    struct seg_range dateline;
    const char *place, *outlet;
};

/* normalize.c: s->text := the normalized form of valid UTF-8 input. */
void seg_normalize(struct segmenter *s, const char *in, size_t n);

/* preamble.c: finds a byline and a dateline at the top of s->text and
 * fills s->skip, s->dateline, s->place and s->outlet. */
void seg_preamble(struct segmenter *s);

/* tokenize.c: s->raw := the tokens of s->text outside s->skip. */
void seg_tokenize(struct segmenter *s);

/* The tokenizer's state while it scans one document. */
struct tk {
    struct segmenter *s;
    const char *t; /* s->text.data */
    uint32_t len;
    uint8_t pending; /* flags (F_HARD) for the next token */
};
/* tokenize.c: append a raw token for source bytes [a, b) whose text is a
 * static Treebank spelling, or a copy of the source ('’' becomes '\''). */
void tk_static(struct tk *k, uint32_t a, uint32_t b, const char *str, uint8_t kind);
void tk_copy(struct tk *k, uint32_t a, uint32_t b, uint8_t kind);
/* words.c: the tokens of a word run [a, b), a stretch of word characters
 * between spaces and the characters that always stand alone. */
void tk_word(struct tk *k, uint32_t a, uint32_t b);

/* split.c: s->sent and s->tok from s->raw. */
void seg_split(struct segmenter *s);

/* abbrev.c: the word lists, as sorted static tables. */
enum abbr_class { ABBR_NONE, ABBR_END, ABBR_PREFIX };
enum abbr_class abbrev_lookup(const char *w, size_t n); /* w ends with '.' */
bool starter_word(const char *w, size_t n);
int month_lookup(const char *w, size_t n); /* 1..12, or 0 */
bool abbrev_tables_sorted(void);           /* for the unit test */

/* Helpers shared by the text scanners (tokenize.c, words.c, preamble.c). */
static inline bool is_ascii_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}
static inline bool is_ascii_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}
static inline bool is_ascii_alpha(unsigned char c)
{
    return is_ascii_upper(c) || is_ascii_lower(c);
}
static inline bool is_ascii_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
/* Decodes the code point at s (valid UTF-8, s < end); *n := its bytes. */
static inline int32_t utf8_decode(const unsigned char *s, size_t *n)
{
    if (s[0] < 0x80) {
        *n = 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *n = 2;
        return ((s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (s[0] < 0xF0) {
        *n = 3;
        return ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *n = 4;
    return ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}
/* The first-character flags (F_UPPER...) of the character at s. */
uint8_t seg_first_flags(const unsigned char *s);

#endif
