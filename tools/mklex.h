/* mklex.h - what the lexicon generator's two files share.
 * Build tool (tools/mklex.c reads and writes, tools/mklex_morph.c
 * inflects and ranks); not part of the library. */
#ifndef PARLEY_MKLEX_H
#define PARLEY_MKLEX_H

#include "tag/lexfmt.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

/* Reports a fatal problem and exits (a macro: printf checking, and no
 * va_list for the analyzer to trip over). */
#define die(...)                                                                                   \
    do {                                                                                           \
        fputs("mklex: ", stderr);                                                                  \
        fprintf(stderr, __VA_ARGS__);                                                              \
        fputc('\n', stderr);                                                                       \
        exit(1);                                                                                   \
    } while (0)

enum { WORD_MAX = 512 }; /* buffers for inflected forms */

enum pos { P_NOUN, P_VERB, P_ADJ, P_ADV, P_COUNT };

struct reading {
    uint8_t tag;
    const char *lemma;
    double score;
};

struct form {
    char *key;
    struct reading *rd;
    size_t n, cap;
    bool fixed; /* from a parley list: WordNet adds nothing */
    /* per part of speech, when the key is a WordNet lemma */
    bool lemma_of[P_COUNT];
    double freq[P_COUNT];  /* tagged-sense counts summed (cntlist.rev) */
    int tagsense[P_COUNT]; /* index.* tagsense_cnt */
    int senses[P_COUNT];   /* index.* sense_cnt */
    char **exc[P_COUNT];   /* irregular forms whose lemma this is */
    size_t nexc[P_COUNT];
    bool lower_seen[P_COUNT]; /* a synset spells it in lower case */
    char **caps;              /* capitalised spellings in data.noun/adj, and their pos */
    uint8_t *caps_pos;
    size_t ncaps;
    uint32_t entry; /* offset in lex_data, at output */
};

/* The form spelled key, created (with no readings) when asked to. */
struct form *form_get(const char *key, bool create);
/* Adds a reading to a form not fixed by parley's lists. */
void add_reading(struct form *f, int tag, const char *lemma, double score);

/* mklex_morph.c: every form a lemma gives, with its ranked readings. */
void inflect_noun(struct form *f);
void inflect_verb(struct form *f);
void inflect_adj(struct form *f);
void inflect_adv(struct form *f);
void add_caps(struct form *f);

#endif
