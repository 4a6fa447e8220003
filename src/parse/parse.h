/* parse.h - parley's English parser: tagged tokens to a Treebank tree.
 * Parse stage (for raw text), the contract. Input: one sentence's tokens
 * with Penn Treebank tags (segment/ and tag/). Output: a bracketed parse
 * in the shape the Stanford parser gives PETRARCH, "(ROOT (S (NP ...)
 * (VP ...) (. .)))", appended to a buffer. The coder then reads it as it
 * reads any given parse, so every engine feature works from raw text.
 *
 * The parser is deterministic and rule-based, one left-to-right pass
 * with bounded lookahead. It recognises noun phrases (determiners,
 * adjectives, possessives, appositives, coordination, prepositional and
 * relative modifiers), verb groups (auxiliaries, modals, negation,
 * passive, particles) and clauses (main, subordinate, relative,
 * infinitival, reported speech). docs/parsing.md gives the rules.
 * Depends on base/ and segment/segment.h. One parser per thread. */
#ifndef PARLEY_PARSE_H
#define PARLEY_PARSE_H

#include <stddef.h>

#include "base/buf.h"
#include "segment/segment.h"

/* Sentences longer than this are parsed as a flat sequence of chunks:
 * the rules' lookahead is bounded, but their nesting would not be. */
enum { PARSE_MAX_NESTED_TOKENS = 400 };

struct parser;

struct parser *parser_new(void);
void parser_free(struct parser *p);
/* Appends the bracketed parse of tok[0..n) to out. Every token must
 * have its tag set. Never fails: an odd sentence gets a flatter tree. */
void parser_parse(struct parser *p, const struct token *tok, size_t n, struct buf *out);
/* The same parse as the tokens tree_read() would make of that text,
 * built directly: coding raw text then skips writing and re-reading the
 * bracketed form. Strings go into out->arena. */
struct tree;
void parser_parse_tree(struct parser *p, const struct token *tok, size_t n, struct tree *out);

#endif
