/* tag.c - the tagger: candidates, context rules, lemmas (see tag.h).
 * Tag stage. No allocation per token: candidates live on the stack (or,
 * for very long sentences, in the caller's scratch arena), lemmas of
 * known words point into the read-only lexicon. */
#include "tag/tag.h"

#include "base/arena.h"
#include "tag/internal.h"
#include "tag/memo.h"

#include <ctype.h>
#include <stdlib.h>

struct tagger {
    int unused; /* the lexicon is static: a tagger is a handle */
};

#define LEX_TAG_NAME(name, str) str,
static const char *const tag_names[T_COUNT] = {LEX_TAGS(LEX_TAG_NAME)};

struct tagger *tagger_new(void)
{
    return calloc(1, sizeof(struct tagger));
}

void tagger_free(struct tagger *t)
{
    free(t);
}

/* A sentence in capitals throughout ("PAKISTAN ACCUSES KABUL") says
 * nothing by its capitals: its words are looked up in lower case. */
static bool is_headline(const struct token *tok, size_t n)
{
    size_t words = 0;
    for (size_t i = 0; i < n; i++) {
        bool letters = false;
        for (const char *p = tok[i].text; *p; p++) {
            if (islower((unsigned char)*p))
                return false;
            letters |= isupper((unsigned char)*p) != 0;
        }
        words += letters;
    }
    return words >= 3;
}

static bool lower_key(const char *s)
{
    for (; *s; s++)
        if (isupper((unsigned char)*s))
            return false;
    return true;
}

/* The lemma entry e gives the tag, or NULL. */
static const char *reading_lemma(uint32_t e, int tag)
{
    size_t n;
    const uint32_t *rd = entry_readings(e, &n);
    for (size_t k = 0; k < n; k++)
        if ((int)LEX_RD_TAG(rd[k]) == tag)
            return lex_pool + LEX_RD_LEMMA(rd[k]);
    return NULL;
}

static const char *lemma_of(const struct cand *c, const struct token *t, struct arena *scratch)
{
    int want = c->tag;
    if (c->ent != LEX_NONE) {
        const char *l = reading_lemma(c->ent, want);
        if (!l && c->alt != LEX_NONE)
            l = reading_lemma(c->alt, want);
        if (!l && (want == T_NNP || want == T_NNPS)) /* "Games": a name of common words */
            l = reading_lemma(c->ent, want == T_NNP ? T_NN : T_NNS);
        if (l)
            return l;
        const char *key = lex_pool + LEX_HDR_OFF(lex_data[c->ent]);
        if (lower_key(key))
            return key;
        want = T_NNP;
    }
    char small[256];
    size_t need = 2 * (size_t)t->len + 8;
    char *buf = need <= sizeof small ? small : arena_alloc(scratch, need);
    const char *l = guess_lemma(t, want, buf);
    return l == t->text || buf != small ? l : arena_strdup(scratch, l);
}

enum { STACK_TOKENS = 128 };

static void tag_tokens(struct token *tok, size_t n, struct arena *scratch, bool lemmas,
                       struct tag_memo *memo)
{
    struct cand stack[STACK_TOKENS];
    uint8_t todo_stack[STACK_TOKENS];
    struct cand *c = n <= STACK_TOKENS ? stack : arena_alloc(scratch, n * sizeof *c);
    uint8_t *todo = n <= STACK_TOKENS ? todo_stack : arena_alloc(scratch, n);
    bool headline = is_headline(tok, n);
    /* Words the memo knows are done at once. The others are hashed and
       their lexicon slots fetched first: the lexicon is larger than the
       cache, and the misses of a sentence's words overlap. */
    for (size_t i = 0; i < n; i++) {
        /* a quotation opening with a capital starts a sentence of its own */
        bool first = i == 0 || (tok[i - 1].len == 2 && memcmp(tok[i - 1].text, "``", 2) == 0);
        unsigned flags = (first ? MEMO_FIRST : 0u) | (headline ? MEMO_HEADLINE : 0u);
        const struct cand *known = memo ? memo_get(memo, &tok[i], flags) : NULL;
        if (known) {
            c[i] = *known;
            todo[i] = 0;
            continue;
        }
        todo[i] = (uint8_t)(flags | MEMO_TODO);
        c[i].ent = word_hash_shape(tok[i].text, tok[i].len, &c[i].shape);
        __builtin_prefetch(&lex_slots[c[i].ent & lex_mask]);
    }
    for (size_t i = 0; i < n; i++) {
        if (todo[i]) {
            cand_lookup(&c[i], &tok[i], c[i].ent, c[i].shape, todo[i] & MEMO_FIRST, headline);
            if (memo)
                memo_put(memo, &tok[i], todo[i] & (MEMO_FIRST | MEMO_HEADLINE), &c[i]);
        }
        c[i].tag = c[i].tags[0];
    }
    rules_apply(c, tok, n);
    for (size_t i = 0; i < n; i++) {
        tok[i].tag = tag_names[c[i].tag];
        tok[i].lemma = lemmas ? lemma_of(&c[i], &tok[i], scratch) : NULL;
    }
}

void tagger_tag(const struct tagger *t, struct token *tok, size_t n, struct arena *scratch)
{
    (void)t;
    tag_tokens(tok, n, scratch, true, NULL);
}

void tagger_tag_only(const struct tagger *t, struct token *tok, size_t n, struct arena *scratch,
                     struct tag_memo *memo)
{
    (void)t;
    tag_tokens(tok, n, scratch, false, memo);
}
