/* parley.h - the embedding API of libparley, the political event coder.
 *
 * Load dictionaries once (parley_dicts), share them read-only across
 * threads, and give each thread its own parley_coder. Strings returned by
 * a coder stay valid until that coder's next call. All names start with
 * parley_. Example:
 *
 *     parley_dicts *d = parley_dicts_new();
 *     parley_dicts_add(d, "actors", "my.actors.txt", err, sizeof err);
 *     parley_dicts_add(d, "verbs", "my.verbs.txt", err, sizeof err);
 *     parley_dicts_finish(d);
 *     parley_coder *c = parley_coder_new(d);
 *     const parley_event *ev;
 *     size_t n;
 *     parley_code_parse(c, text, parse, "20251028", &ev, &n);
 *     for (size_t i = 0; i < n; i++) printf("%s %s %s\n", ev[i].source, ev[i].target, ev[i].code);
 *     parley_coder_free(c);
 *     parley_dicts_free(d);
 */
#ifndef PARLEY_H
#define PARLEY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct parley_dicts parley_dicts;
typedef struct parley_coder parley_coder;

typedef struct parley_event {
    const char *source, *target; /* CAMEO actor codes; NULL when unknown */
    const char *code;            /* CAMEO event code, e.g. "112" */
    const char *root;            /* "11"; NULL for a code outside CAMEO */
    int quad_class;              /* 1..4; 0 when unknown */
    double goldstein;            /* GDELT's Goldstein value */
    const char *plover;          /* PLOVER type, e.g. "ACCUSE"; NULL when unknown */
    const char *source_text, *target_text, *verb_text;
    const char *pattern_file; /* dictionary file of the pattern (or verb) that fired */
    unsigned pattern_line;
    unsigned sentence; /* parley_code_text: the sentence, from 1; else 1 */
    const char *mode;  /* "factual", "future", "hypothetical" ("negated" only from
                          parley_code_parse, which codes as PETRARCH-1 does) */
    /* Reported speech: who claims the event and through which outlet; all
       NULL when the sentence states it without attribution. */
    const char *claimant_code, *claimant_text;
    const char *outlet_code, *outlet_text;
    const char *cue; /* "said", "told", "according to", ... */
    /* An outlet that repeated the claim later in the text ("the Pakistani
       claims, repeated by Pakistan Television"); NULL when none did. */
    const char *relay_code, *relay_text;
} parley_event;

enum parley_status {
    PARLEY_OK = 0,
    PARLEY_DISCARDED = 1,  /* a discard phrase matched: no events */
    PARLEY_BAD_PARSE = -1, /* the parse could not be read */
    PARLEY_BAD_DATE = -2,  /* date is not YYYYMMDD */
    PARLEY_BAD_ARG = -3,
};

const char *parley_version(void);

parley_dicts *parley_dicts_new(void);
/* kind: "actors", "agents", "verbs", "discards" or "issues". Returns 0, or
 * -1 with the first problem ("FILE:LINE:COL: reason") in err when the file
 * cannot be read or holds malformed lines (well-formed lines still load). */
int parley_dicts_add(parley_dicts *d, const char *kind, const char *path, char *err, size_t errlen);
/* Compiles the dictionaries; afterwards they are read-only. */
void parley_dicts_finish(parley_dicts *d);
void parley_dicts_free(parley_dicts *d);

parley_coder *parley_coder_new(const parley_dicts *d);
/* Codes one sentence given its text (for discards and issues; may be NULL),
 * its Penn Treebank parse and its date (YYYYMMDD). */
int parley_code_parse(parley_coder *c, const char *text, const char *parse, const char *date,
                      const parley_event **events, size_t *nevents);
/* Codes raw text: parley splits it into sentences, tags and parses them
 * itself, and codes each. Events come in sentence order, each with its
 * sentence number. Returns PARLEY_BAD_ARG also for text that is not
 * UTF-8. A discarded sentence adds no events; the others still code. */
int parley_code_text(parley_coder *c, const char *text, const char *date,
                     const parley_event **events, size_t *nevents);
void parley_coder_free(parley_coder *c);

#ifdef __cplusplus
}
#endif
#endif
