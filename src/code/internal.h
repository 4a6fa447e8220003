/* internal.h - the coder's working state, shared by src/code/ files.
 * Code stage, private. */
#ifndef PARLEY_CODE_INTERNAL_H
#define PARLEY_CODE_INTERNAL_H

#include "cameo/cameo.h"
#include "code/code.h"
#include "tree/tree.h"

#include <stdatomic.h>

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

/* A reporting frame (news.c): the words a "said", "according to" or
 * "quoted by" covers, as source-parse word positions so that they survive
 * comma deletion and compound expansion, and who the report is from. */
struct frame {
    int32_t from, to;           /* covered words, inclusive */
    int32_t skip_from, skip_to; /* the cue and claimant themselves; -1 none */
    struct attribution attr;
};

enum { MAX_ACTORS = 64 };

/* The actors on one side of an event; a compound has several. */
struct actor_list {
    const char *code[MAX_ACTORS];
    const char *text[MAX_ACTORS];
    size_t n;
};

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
    struct frame *frames; /* per sentence, in the arena */
    size_t nframes;
    /* noun-headed events, found before the verb scan and emitted after
     * it, so that a verb's event for the same dyad is the one kept */
    struct event *pending;
    size_t npending, cap_pending;
    /* news semantics: the country of the sentence's first "in/at X",
     * found when first asked (place_done), NULL when there is none */
    const char *place;
    bool place_done;
    struct discourse *doc; /* the sentence_input's, or NULL */
    /* news semantics: source-parse word ranges whose noun-headed events
     * a verb has already read: the complement of an appeal, intent,
     * demand, rejection or threat ("urged Israel to lift its siege on
     * Gaza" asks for it), and the direct object of a verb that coded
     * ("halted hostilities" is the halt, not hostilities) */
    struct word_range {
        int32_t from, to;
    } * covered;
    size_t ncovered, cap_covered;
    /* the patterns of a block that may match a verb's sequences */
    uint32_t *cands;
    size_t cap_cands;
    /* ids of NOT, NEVER, NO, N'T in the lexicon, once looked up */
    uint32_t negation_ids[4];
    bool negation_known;
};

/* relay.c: news semantics, an outlet repeating earlier claims. Records
 * the sentence's relays in c->doc (first pass), and gives the events of
 * earlier sentences the relays that concern them (second pass). */
void find_relays(struct coder *c);
void apply_relays(struct coder *c);
/* scale.c: news semantics, the code of a killing (roots 17-19) whose
 * unarmed victims number 100 or more: "202" (mass killing); else NULL. */
const char *mass_killing_code(const char *code, const char *verb_text, const char *target_code,
                              const char *target_text);
/* when.c: news semantics, a PP that names only a time ("on Tuesday",
 * "in March 2024") is marked SEQ_SKIP in c->seq_kinds, out of the verb
 * scan's sequences. */
void skip_time_phrases(struct coder *c);
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
    bool negation_in_pattern; /* the pattern that fired names NOT/NEVER/NO */
    bool noun;                /* a noun-headed event */
    const char *verb_text;
    struct origin verb_at, pattern_at;
    size_t vp;       /* the verb's VP (or the noun's phrase) in c->conv */
    int32_t at_word; /* source-parse position of the verb or noun */
};
void emit_verb_events(struct coder *c, const struct verb_hit *hit);
/* The events of src x tgt under hit's code: paired codes both ways,
 * "A/B" codes split, self-pairs and repeats dropped, each event given
 * its mode and attribution. With news semantics a negated event is
 * dropped unless its pattern names the negation. Appends to pending
 * instead of the output when to_pending is set. */
void emit_actor_events(struct coder *c, const struct verb_hit *hit, struct actor_list *src,
                       struct actor_list *tgt, bool to_pending);
/* Adds one event to the sentence's output, or to the pending noun events. */
void add_event(struct coder *c, const struct event *ev, bool to_pending);
/* covered.c: lets the pending noun events through that no verb has read. */
void flush_pending(struct coder *c);
/* Records the words of a coded verb whose noun events it has read. */
void note_covered(struct coder *c, const struct verb_hit *hit);
/* The same for a noun event whose words after the head run over conv
 * tokens [a, b): "an investigation into the hacking" alleges the hacking. */
void note_noun_covered(struct coder *c, const struct verb_hit *hit, size_t a, size_t b);
/* News semantics: a place met only as "in/at X" is where talks, deals,
 * statements, demands and protests (roots 01-06, 08, 10-12, 14)
 * happened, not their target. For force, aid and inquiries the place is
 * what they reach. */
bool venue_root(const char *code);
/* places.c: a target at spot s is only the venue of an event coded code
 * (defaulted: no pattern chose it; two_sided: the source is a compound;
 * own: the source's code). */
bool is_venue(const struct coder *c, const struct spot *s, const char *code, bool defaulted,
              bool two_sided, const char *own);
/* places.c: agents in l without a country ("---COP") take the place of
 * action's, else the single other party's. */
/* places.c: news semantics, the country of the sentence's first place of
 * action ("in Kabul", "across Bangladesh"), or NULL. */
const char *place_of_action(struct coder *c);
void give_country(struct coder *c, struct actor_list *l, const struct actor_list *other);
/* events.c: an NE's code, "---" when it has none. */
const char *ne_code(const struct coder *c, int32_t tok);
/* An event code's CAMEO root as a number, 1-20 ("112" is 11); 0 for
 * "---" or anything cameo_root() refuses. The rules of news semantics
 * are stated by root. */
static inline int root_of(const char *code)
{
    char r[3];
    return cameo_root(code, r) == 0 ? (r[0] - '0') * 10 + (r[1] - '0') : 0;
}

/* A NULL-terminated word list, with a hash table of its first 127
 * words built on first use (these lists are asked about almost every
 * token); any words past those are compared one by one. */
struct word_list {
    const char *const *words;
    atomic_bool ready;
    _Atomic uint32_t nwords;
    _Atomic uint8_t slot[256]; /* 1 + index of a word; 0 empty */
};
/* IN, AT, NEAR, INSIDE, OUTSIDE, for word_in() */
extern struct word_list LOCATIVE_PREPOSITIONS;
/* verbs.c: the best pattern of a block for the current c->upper and
 * c->lower, or the block's default code. */
bool find_code_in_block(struct coder *c, const struct verb_block *blk, const char *default_code,
                        struct verb_hit *hit);
void seq_reset(struct seq *s, size_t nwords);
/* passive.c: news semantics, a passive ("sanctions on X were lifted by
 * Y") matched as its active ("Y lifted sanctions on X"): rebuilds the
 * upper and lower sequences that way and tries blk's patterns only. The
 * sequences are left rebuilt either way. */
bool passive_as_active(struct coder *c, const struct verb_block *blk, size_t vp, size_t close,
                       size_t participle, struct verb_hit *hit);
void seq_push(struct seq *s, uint8_t kind, uint32_t word, int32_t tok);

/* necode.c: the actor code, agents composed, of the words in [a, b) of
 * c->conv (tags skipped), as an NE of those words would get; NULL when no
 * actor or agent is found. */
const char *code_of_span(struct coder *c, size_t a, size_t b);
/* The code one dictionary word names alone ("FRENCH" -> FRA, "GOVERNMENT"
 * -> ---GOV), or NULL. */
const char *code_of_word(struct coder *c, uint32_t word);

/* news.c: sentence structure for news semantics. */
size_t enclosing_open(const struct tree *tr, size_t pos); /* SIZE_MAX at the top */
int32_t word_src_at(const struct tree *tr, size_t pos);   /* first word at or after pos */
void find_frames(struct coder *c);
/* Updates c->doc with the actors this sentence named. */
void remember_discourse(struct coder *c);
/* News semantics: "Putin said Moscow was ready to deepen cooperation with
 * China" is one intent, not also a second one coded on "said". True when
 * restated comes from a reporting verb and keep, from another verb, has
 * the same target, root and source country. */
bool restates(const struct event *restated, const struct event *keep);
const struct attribution *attribution_at(struct coder *c, int32_t word_src);
bool is_ne(const struct tok *t);                   /* an OPEN NE or NEC */
bool is_vp(const struct tok *t);                   /* an OPEN VP */
bool is_clause(const struct tok *t);               /* an OPEN S, SBAR, SINV or SQ */
size_t vp_verb(const struct tree *tr, size_t vp);  /* its first verb word, or SIZE_MAX */
size_t next_word(const struct tree *tr, size_t i); /* the first word after i, or SIZE_MAX */
/* mode.c: the mode of the clause around pos, and of an event's verb or
 * noun (adds "held no talks" and "the meeting did not take place"). */
enum event_mode mode_at(const struct coder *c, size_t pos);
enum event_mode event_mode_of(const struct coder *c, const struct verb_hit *hit);
/* News semantics: a cooperative act not yet done is an intent to do it
 * (CAMEO 03): true for the future, and for "would" when the claimant is
 * the source's own side. intent_code maps 04-08 codes (paired too) to
 * their 03 intent; NULL for other roots. */
bool stated_intent(enum event_mode mode, const struct attribution *attr, const char *source,
                   const char *code);
/* "X said Y must Z" is X's demand of Y (100), "should" an appeal (020):
 * the code for a reporting verb's VP at vp whose clause says so, or NULL. */
const char *obligation_code(const struct coder *c, size_t vp);
const char *intent_code(struct coder *c, const char *code);
/* The NE that is the subject of the clause the VP at vp heads; SIZE_MAX none. */
size_t subject_of(const struct tree *tr, size_t vp);
bool is_reporting_verb(const struct tok *t);
/* t is a word of the list */
bool word_in(const struct tok *t, struct word_list *list);
/* text[0..len) is a word of the list */
bool word_list_has(struct word_list *list, const char *text, size_t len);
/* An actor code with the MED (media) agent: an outlet. */
bool is_media_code(const char *code);
/* A lower-case copy of s[0..n) in the sentence's arena. */
const char *lower_dup(struct coder *c, const char *s, size_t n);
void resolve_references(struct coder *c);
/* nouns.c: noun-headed events ("an attack on", "talks between"). */
void scan_nouns(struct coder *c);

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
