/* tag.h - Penn Treebank part-of-speech tags and lemmas for tokens.
 * Tag stage, the contract. The lexicon is built at build time from
 * Debian's WordNet data (open classes, with inflections and WordNet's
 * exception lists) plus parley's own closed-class word lists; unknown
 * words are guessed from capitalization, suffix and shape. Context
 * rules then choose among a word's possible tags.
 * Input: tokens from segment/. Output: token.tag and token.lemma.
 * The tagger is read-only after tagger_new(): threads may share it. */
#ifndef PARLEY_TAG_H
#define PARLEY_TAG_H

#include <stdbool.h>
#include <stddef.h>

#include "segment/segment.h"

struct tagger;

/* Loads the built-in lexicon. Returns NULL only when out of memory. */
struct tagger *tagger_new(void);
void tagger_free(struct tagger *t);
/* Tags one sentence's tokens in place. Lemma strings live in the tagger
 * (for known words) or point at a per-call scratch the caller provides
 * through the scratch arena (for guessed words). */
struct arena;
void tagger_tag(const struct tagger *t, struct token *tok, size_t n, struct arena *scratch);
/* A memo of one thread's word lookups: a word's candidate tags depend
 * only on its spelling and on whether it opens a sentence or stands in a
 * headline, so a word met again (news repeats its words: "the", "said",
 * names) skips the lexicon. A fixed-size table; never shared between
 * threads. */
struct tag_memo;
struct tag_memo *tag_memo_new(void);
void tag_memo_free(struct tag_memo *m);
/* The same tags without lemmas (token.lemma stays NULL), for callers that
 * read only the tags: the parser, and so coding raw text. memo may be
 * NULL; the tags are the same with or without it. */
void tagger_tag_only(const struct tagger *t, struct token *tok, size_t n, struct arena *scratch,
                     struct tag_memo *memo);

#endif
