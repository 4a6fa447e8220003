/* internal.h - the parser's tree under construction (not a contract).
 * Nodes live in one array reused from sentence to sentence; children
 * are linked lists by index, so building allocates nothing in steady
 * state and a phrase can be wrapped or extended in O(1). */
#ifndef PARLEY_PARSE_INTERNAL_H
#define PARLEY_PARSE_INTERNAL_H

#include <stdbool.h>
#include <string.h>

#include "parse/parse.h"

struct node {
    const char *label; /* phrase label, or the token's tag for a leaf */
    int tok;           /* leaf: token index; phrase: -1 */
    int first, last;   /* children; -1 when none */
    int next;          /* next sibling; -1 at the end */
};

struct parser {
    struct node *nodes;
    size_t nnodes, cap;
    const struct token *tok;
    int n; /* tokens in the sentence, final punctuation excluded */
};

int node_leaf(struct parser *p, int tok);
int node_phrase(struct parser *p, const char *label);
void node_add(struct parser *p, int parent, int child);
/* A new phrase holding child as its only child. */
int node_wrap(struct parser *p, const char *label, int child);
int node_count_children(const struct parser *p, int phrase);

/* grammar.c */
int parse_sentence_body(struct parser *p, int *i, int end);

/* Tag tests; tags are short static strings from the tagger. */
static inline const char *tag_at(const struct parser *p, int i)
{
    return i >= 0 && i < p->n && p->tok[i].tag ? p->tok[i].tag : "";
}
static inline bool tag_is(const struct parser *p, int i, const char *t)
{
    return strcmp(tag_at(p, i), t) == 0;
}
static inline bool tag_starts(const struct parser *p, int i, const char *prefix)
{
    const char *t = tag_at(p, i);
    for (; *prefix; prefix++, t++)
        if (*t != *prefix)
            return false;
    return true;
}

#endif
