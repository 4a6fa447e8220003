/* code.h - the coder: one parsed sentence in, events out.
 * Code stage, the contract. A coder holds per-thread scratch state and
 * reads a finished lexicon that many coders may share. It follows the
 * PETRARCH-1 algorithm (docs/coding.md): discards, comma-clause deletion,
 * actor and agent codes for every noun phrase, then each verb phrase's
 * best pattern, its source and target, and the events they make. */
#ifndef PARLEY_CODE_H
#define PARLEY_CODE_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "base/buf.h"
#include "base/text.h"
#include "dict/lexicon.h"

struct tree;

/* PETRARCH-1's options, settable per record by <Config> elements. */
struct code_options {
    int new_actor_length;
    bool require_dyad;
    int comma_min, comma_max;   /* internal clauses */
    int comma_bmin, comma_bmax; /* initial clause; bmax 0 turns it off */
    int comma_emin, comma_emax; /* terminal clause; emax 0 turns it off */
    /* News semantics (docs/news.md): negated events are dropped, pronouns
     * and "the two sides" are resolved, reported clauses under a coded
     * "said" are still searched. Off, the coder is PETRARCH-1's, event for
     * event; attribution, mode and noun-headed events are found either way. */
    bool news;
};

void code_options_default(struct code_options *o);
/* Applies one option by PETRARCH's name; returns false if unknown. */
bool code_options_set(struct code_options *o, const char *name, const char *value);

struct issue_count {
    const char *code;
    unsigned count;
};

/* Who says the event happened, when the sentence reports it: "X said",
 * "according to X", "X told Y", "quoted by Y". Fields are NULL when the
 * sentence does not say; codes come from the actor dictionaries. */
struct attribution {
    const char *claimant_code, *claimant_text;
    const char *outlet_code, *outlet_text;
    const char *cue; /* the reporting words: "said", "told", "according to" */
    /* an outlet that repeated the claim later in the story ("the
       Pakistani claims, repeated by Pakistan Television"; relay.c) */
    const char *relay_code, *relay_text, *relay_cue;
};

enum event_mode {
    MODE_FACTUAL,      /* stated as having happened */
    MODE_FUTURE,       /* "will attack", "plans to meet" */
    MODE_HYPOTHETICAL, /* "could impose", "if X attacks", "wants to meet" */
    MODE_NEGATED,      /* "did not attack": kept only outside news semantics */
};

const char *event_mode_name(enum event_mode m);

struct event {
    const char *source, *target; /* "---" when unknown */
    const char *code;
    const char *source_text, *target_text, *verb_text;
    struct origin verb_at;    /* verb line that was found */
    struct origin pattern_at; /* pattern that fired; file NULL for the verb's own code */
    bool passive;
    bool noun;                             /* headed by a noun ("an attack on"), not a verb */
    uint8_t mode;                          /* enum event_mode */
    int32_t at_word;                       /* source-parse position of the verb or noun */
    const struct attribution *attribution; /* NULL: not reported speech */
};

/* The dictionary line that decided an event's code: the pattern that
 * fired, or the verb's own line when no pattern did. */
static inline const struct origin *event_origin(const struct event *e)
{
    return e->pattern_at.file ? &e->pattern_at : &e->verb_at;
}

enum sentence_outcome {
    OUTCOME_CODED, /* zero or more events */
    OUTCOME_SENTENCE_DISCARD,
    OUTCOME_STORY_DISCARD,
    OUTCOME_DATELINE,    /* PETRARCH-1 skips what looks like a dateline */
    OUTCOME_PARSE_ERROR, /* detail names PETRARCH's error code */
};

struct coded_sentence {
    enum sentence_outcome outcome;
    const char *detail; /* parse error name or the discard phrase */
    struct event *events;
    size_t nevents, cap_events;
    struct issue_count *issues;
    size_t nissues, cap_issues;
};

struct sentence_input {
    const char *text; /* may be NULL: no discards or issues then */
    size_t text_len;
    const char *parse;
    size_t parse_len;
    day_t date;
    /* Instead of parse text: the tokens tree_read() would make of it,
       built directly by parley's parser (parse/parse.h). When set, parse
       is used only for messages and may be NULL. */
    const struct tree *tree;
    /* The document's earlier sentences, for references that reach back
       ("they" with no antecedent in its own sentence, "the publication");
       NULL: the sentence stands alone. Read and updated with news
       semantics only. */
    struct discourse *doc;
};

enum { MAX_RELAYS = 4 };

/* A later sentence's "the Pakistani claims, repeated by Pakistan
 * Television": the claims of country made before sentence `before`
 * (counted as struct discourse counts) were passed on by the outlet. */
struct relay {
    char country[4];
    char outlet_code[32];
    char outlet_text[96];
    char cue[24]; /* "repeated by" */
    unsigned before;
};

/* What one document's sentences have named so far. Zero it at the start
 * of each document; the coder keeps it up to date.
 *
 * Relays reach back, so a document with one is coded twice: after the
 * first pass (nrelays > 0), the driver starts the document again with a
 * discourse that is zero but for the relays and replay = true, and the
 * second pass's events carry them. discourse_restart() does that. */
struct discourse {
    char last[32];         /* the last actor named, media aside */
    char media[32];        /* the last media actor named */
    char media_text[96];   /* and its words, for "the publication" */
    char last_claimant[4]; /* the country of the last claimant, for "the claims" */
    unsigned sentences;    /* sentences coded so far */
    struct relay relays[MAX_RELAYS];
    unsigned nrelays;
    bool replay; /* second pass: relays are known, apply them */
};

/* Zeroes d for a second pass over its document, keeping its relays. */
static inline void discourse_restart(struct discourse *d)
{
    struct discourse again = {.nrelays = d->nrelays, .replay = true};
    memcpy(again.relays, d->relays, sizeof again.relays);
    *d = again;
}

struct coder;

struct coder *coder_new(const struct lexicon *lx);
void coder_free(struct coder *c);
/* When trace is non-NULL, a readable account of every decision is
 * appended to it (parley explain). */
void coder_set_trace(struct coder *c, struct buf *trace);
/* Codes one sentence. Results stay valid until the next call. */
void coder_code(struct coder *c, const struct sentence_input *in, const struct code_options *opt,
                struct coded_sentence *out);
void coded_sentence_free(struct coded_sentence *s);

#endif
