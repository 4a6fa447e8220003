/* internal.h - the coder's working state, shared by src/code/ files.
 * Code stage, private. */
#ifndef PARLEY_CODE_INTERNAL_H
#define PARLEY_CODE_INTERNAL_H

#include "code/code.h"
#include "tree/tree.h"

enum seq_kind { SEQ_WORD, SEQ_NE, SEQ_NE_END, SEQ_NEC, SEQ_NEC_END, SEQ_SKIP, SEQ_COMMA };

/* One element of an upper or lower sequence (§7.4). */
struct seq_elem {
    uint8_t kind;
    uint32_t word; /* SEQ_WORD */
    int32_t tok;   /* index in the converted token list */
};

struct seq {
    struct seq_elem *e;
    size_t n, cap;
    struct signature signature; /* of the words it holds (see struct pattern) */
    /* mark[word] == stamp when the sequence holds the word: an exact
     * presence test behind the signature's quick one */
    uint32_t *mark;
    uint32_t stamp;
};

/* A place a source or target was found: an element of one sequence. */
struct spot {
    const struct seq *seq; /* NULL: none */
    size_t at;
};

struct issue_scan;

struct coder {
    const struct lexicon *lx;
    struct arena arena; /* per sentence */
    struct tree raw, conv;
    struct seq upper, lower;
    struct buf text, scratch;
    struct buf *trace;
    uint32_t *phrase;
    size_t cap_phrase;
    const struct code_options *opt;
    day_t date;
    struct coded_sentence *out;
    struct issue_scan *scan_space;
    /* per converted token: what it contributes to a sequence (a seq_kind,
     * SEQ_SKIP, or SEQ_COMMA for the "~," that stops an upper sequence);
     * computed once per sentence, read for every verb */
    uint8_t *seq_kinds;
    size_t cap_seq_kinds;
};

/* comma.c: §5, deletes comma-delimited clauses in c->conv. */
void comma_delete_clauses(struct coder *c);
/* necode.c: §6, gives every NE its actor/agent code. */
void code_noun_phrases(struct coder *c);
/* verbs.c: §7-8, the verb scan; emits events through events.c. */
void scan_verbs(struct coder *c);
/* match.c: §8.1-8.2, one part of a pattern against one sequence. */
bool match_part(const struct lexicon *lx, const struct pattern_item *items, size_t nitems,
                const struct seq *seq, bool upper, struct spot *src, struct spot *tgt);
/* events.c: §9-10, source and target, then the events of one verb. */
struct verb_hit {
    const char *code;
    struct spot src, tgt;
    bool passive;
    const char *verb_text;
    struct origin verb_at, pattern_at;
};
void emit_verb_events(struct coder *c, const struct verb_hit *hit);

/* Helpers over the converted tokens. */
static inline const struct tok *ctok(const struct coder *c, int32_t i)
{
    return &c->conv.t[i];
}
/* Joins the words of [a, b) with blanks into the per-sentence arena. */
const char *tokens_text(struct coder *c, size_t a, size_t b);
void trace_printf(struct coder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Traces only when asked: the arguments (often built strings) are not
 * evaluated at all otherwise. */
#define TRACE(c, ...)                                                                              \
    do {                                                                                           \
        if ((c)->trace)                                                                            \
            trace_printf((c), __VA_ARGS__);                                                        \
    } while (0)

#endif
