/* lexfmt.h - the tag set and the layout of the built-in lexicon.
 * Tag stage. Shared by the build-time generator (tools/mklex.c), which
 * writes the lexicon as C arrays, and the tagger, which reads them in
 * place: both must agree on tag numbers, the hash and the bit layout. */
#ifndef PARLEY_LEXFMT_H
#define PARLEY_LEXFMT_H

#include <stddef.h>
#include <stdint.h>

/* Penn Treebank tags. The numbers are stored in the lexicon, so new tags
 * go at the end. */
#define LEX_TAGS(X)                                                                                \
    X(NONE, "")                                                                                    \
    X(CC, "CC")                                                                                    \
    X(CD, "CD")                                                                                    \
    X(DT, "DT")                                                                                    \
    X(EX, "EX")                                                                                    \
    X(FW, "FW")                                                                                    \
    X(IN, "IN")                                                                                    \
    X(JJ, "JJ")                                                                                    \
    X(JJR, "JJR")                                                                                  \
    X(JJS, "JJS")                                                                                  \
    X(LS, "LS")                                                                                    \
    X(MD, "MD")                                                                                    \
    X(NN, "NN")                                                                                    \
    X(NNS, "NNS")                                                                                  \
    X(NNP, "NNP")                                                                                  \
    X(NNPS, "NNPS")                                                                                \
    X(PDT, "PDT")                                                                                  \
    X(POS, "POS")                                                                                  \
    X(PRP, "PRP")                                                                                  \
    X(PRPS, "PRP$")                                                                                \
    X(RB, "RB")                                                                                    \
    X(RBR, "RBR")                                                                                  \
    X(RBS, "RBS")                                                                                  \
    X(RP, "RP")                                                                                    \
    X(SYM, "SYM")                                                                                  \
    X(TO, "TO")                                                                                    \
    X(UH, "UH")                                                                                    \
    X(VB, "VB")                                                                                    \
    X(VBD, "VBD")                                                                                  \
    X(VBG, "VBG")                                                                                  \
    X(VBN, "VBN")                                                                                  \
    X(VBP, "VBP")                                                                                  \
    X(VBZ, "VBZ")                                                                                  \
    X(WDT, "WDT")                                                                                  \
    X(WP, "WP")                                                                                    \
    X(WPS, "WP$")                                                                                  \
    X(WRB, "WRB")                                                                                  \
    X(COMMA, ",")                                                                                  \
    X(PERIOD, ".")                                                                                 \
    X(COLON, ":")                                                                                  \
    X(LQUOTE, "``")                                                                                \
    X(RQUOTE, "''")                                                                                \
    X(LRB, "-LRB-")                                                                                \
    X(RRB, "-RRB-")                                                                                \
    X(DOLLAR, "$")                                                                                 \
    X(HASH, "#")

#define LEX_TAG_ENUM(name, str) T_##name,
enum lex_tag { LEX_TAGS(LEX_TAG_ENUM) T_COUNT };
#undef LEX_TAG_ENUM

/* Function words the context rules test by identity. The generator
 * records each one's entry so a rule compares two integers, not strings.
 * Every word here must be in data/lex/closed.txt. */
#define LEX_NAMED(X)                                                                               \
    X(A, "a")                                                                                      \
    X(AN, "an")                                                                                    \
    X(ANOTHER, "another")                                                                          \
    X(EACH, "each")                                                                                \
    X(EVERY, "every")                                                                              \
    X(THIS, "this")                                                                                \
    X(ABOUT, "about")                                                                              \
    X(ALL, "all")                                                                                  \
    X(AS, "as")                                                                                    \
    X(BE, "be")                                                                                    \
    X(BEEN, "been")                                                                                \
    X(BEING, "being")                                                                              \
    X(BOTH, "both")                                                                                \
    X(BY, "by")                                                                                    \
    X(DO, "do")                                                                                    \
    X(FOR, "for")                                                                                  \
    X(FROM, "from")                                                                                \
    X(HALF, "half")                                                                                \
    X(HAVE, "have")                                                                                \
    X(HER, "her")                                                                                  \
    X(IN, "in")                                                                                    \
    X(MORE, "more")                                                                                \
    X(MOST, "most")                                                                                \
    X(OF, "of")                                                                                    \
    X(ON, "on")                                                                                    \
    X(OUT, "out")                                                                                  \
    X(SO, "so")                                                                                    \
    X(SUCH, "such")                                                                                \
    X(THAN, "than")                                                                                \
    X(THAT, "that")                                                                                \
    X(THERE, "there")                                                                              \
    X(TO, "to")                                                                                    \
    X(WITH, "with")                                                                                \
    X(AFTER, "after")                                                                              \
    X(ALTHOUGH, "although")                                                                        \
    X(BECAUSE, "because")                                                                          \
    X(BEFORE, "before")                                                                            \
    X(IF, "if")                                                                                    \
    X(ONCE, "once")                                                                                \
    X(SINCE, "since")                                                                              \
    X(THOUGH, "though")                                                                            \
    X(UNLESS, "unless")                                                                            \
    X(UNTIL, "until")                                                                              \
    X(WHETHER, "whether")                                                                          \
    X(WHILE, "while")                                                                              \
    X(MONDAY, "Monday")                                                                            \
    X(TUESDAY, "Tuesday")                                                                          \
    X(WEDNESDAY, "Wednesday")                                                                      \
    X(THURSDAY, "Thursday")                                                                        \
    X(FRIDAY, "Friday")                                                                            \
    X(SATURDAY, "Saturday")                                                                        \
    X(SUNDAY, "Sunday")                                                                            \
    X(TODAY, "today")                                                                              \
    X(TONIGHT, "tonight")                                                                          \
    X(TOMORROW, "tomorrow")                                                                        \
    X(YESTERDAY, "yesterday")                                                                      \
    X(BETWEEN, "between")

#define LEX_NAMED_ENUM(name, str) W_##name,
enum lex_named { LEX_NAMED(LEX_NAMED_ENUM) W_COUNT };
/* Ranges of the list above. */
#define W_SINGULAR_DET_FIRST W_A
#define W_SINGULAR_DET_LAST  W_THIS
#define W_SUBORDINATOR_FIRST W_AFTER
#define W_SUBORDINATOR_LAST  W_WHILE
#define W_TIME_FIRST         W_MONDAY
#define W_TIME_LAST          W_YESTERDAY
#undef LEX_NAMED_ENUM

/* Layout. lex_slots is an open-addressing table of lex_mask + 1 slots,
 * probed linearly from hash & lex_mask. A slot holds 0 (empty) or
 * (hash >> LEX_IDX_BITS) << LEX_IDX_BITS | (entry + 1), so most misses
 * are decided without touching the entry. An entry at lex_data[e] is
 * one header word, (number of readings) << LEX_OFF_BITS | offset of the
 * word in lex_pool, then one word per reading, most likely first:
 * lemma offset << 8 | tag. Strings in lex_pool end with NUL. */
enum {
    LEX_IDX_BITS = 22,
    LEX_OFF_BITS = 26,
    LEX_MAX_READINGS = 8,
};

#define LEX_HDR_N(h)    ((h) >> LEX_OFF_BITS)
#define LEX_HDR_OFF(h)  ((h) & ((1u << LEX_OFF_BITS) - 1))
#define LEX_RD_TAG(r)   ((r)&0xffu)
#define LEX_RD_LEMMA(r) ((r) >> 8)

/* FNV-1a: short keys, one multiply per byte, and the generator and the
 * tagger must compute the same value. */
static inline uint32_t lex_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

#endif
