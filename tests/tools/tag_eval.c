/* tag_eval.c - the tagger against the tags of real Treebank parses.
 * Test tool. Reads PETRARCH XML files, takes each <Parse>'s leaves
 * ("(NNP Arnor)": the word and its gold tag), tags the gold tokens and
 * prints agreement per file and overall, then the commonest confusions.
 * The parses' AUX tags (AUXD "was", AUXZ "has") are the Treebank verb
 * tags of a parser that marks auxiliaries: AUXD is scored as VBD, and
 * so on. With --bench SECONDS it times the tagger on the same tokens;
 * --text "A sentence ." tags blank-separated tokens and prints each
 * word/tag/lemma.
 * Usage: tag_eval [--errors] [--bench S] [--min PCT] FILE.xml...
 *        tag_eval --text "TOKENS" */
#include "base/arena.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "read/petrxml.h"
#include "tree/tree.h"
#include "tag/lex.h"
#include "tag/tag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct sent {
    size_t first, n; /* gold tokens */
};

struct corpus {
    struct token *tok;
    char **gold;
    size_t ntok, cap, capgold;
    struct sent *sent;
    size_t nsent, capsent;
};

/* AUXD -> VBD, AUXB -> VB, ... */
static char *gold_tag(const char *s, size_t n)
{
    if (n >= 4 && memcmp(s, "AUX", 3) == 0) {
        char t[4] = "VB";
        t[2] = s[3] == 'B' ? '\0' : s[3];
        return xstrdup(t);
    }
    return xstrndup(s, n);
}

static int add_parse(void *ctx, const struct petr_record *r)
{
    struct corpus *c = ctx;
    if (!r->has_parse)
        return 0;
    size_t before = c->ntok;
    struct tree_leaf leaf[4096];
    size_t n = tree_leaves(r->parse, r->parse_len, leaf, sizeof leaf / sizeof leaf[0]);
    for (size_t k = 0; k < n; k++) {
        GROW(c->tok, c->cap, c->ntok + 1);
        GROW(c->gold, c->capgold, c->ntok + 1);
        c->tok[c->ntok] = (struct token){.text = xstrndup(leaf[k].word, leaf[k].word_len),
                                         .len = (uint32_t)leaf[k].word_len};
        c->gold[c->ntok++] = gold_tag(leaf[k].tag, leaf[k].tag_len);
    }
    if (c->ntok > before) {
        GROW(c->sent, c->capsent, c->nsent + 1);
        c->sent[c->nsent++] = (struct sent){before, c->ntok - before};
    }
    return 0;
}

struct confusion {
    char pair[32];
    size_t count;
    char examples[96];
};

static struct confusion conf[4096];
static size_t nconf;

static void confuse(const char *gold, const char *got, const char *word)
{
    char pair[32];
    snprintf(pair, sizeof pair, "%s>%s", gold, got);
    size_t i = 0;
    while (i < nconf && strcmp(conf[i].pair, pair) != 0)
        i++;
    if (i == nconf) {
        if (nconf == sizeof conf / sizeof *conf)
            return;
        memset(&conf[nconf], 0, sizeof conf[nconf]);
        snprintf(conf[nconf].pair, sizeof conf[nconf].pair, "%s", pair);
        nconf++;
    }
    conf[i].count++;
    size_t used = strlen(conf[i].examples);
    if (!strstr(conf[i].examples, word) && used + strlen(word) + 2 < sizeof conf[i].examples)
        snprintf(conf[i].examples + used, sizeof conf[i].examples - used, "%s%s", used ? " " : "",
                 word);
}

static int by_count(const void *a, const void *b)
{
    const struct confusion *x = a, *y = b;
    return x->count < y->count ? 1 : x->count > y->count ? -1 : strcmp(x->pair, y->pair);
}

/* Tags every sentence of c; returns the tokens tagged as gold has them. */
static size_t score(const struct tagger *tg, struct corpus *c, struct arena *scratch, bool show)
{
    size_t right = 0;
    for (size_t s = 0; s < c->nsent; s++) {
        struct token *t = c->tok + c->sent[s].first;
        size_t n = c->sent[s].n;
        arena_reset(scratch);
        tagger_tag(tg, t, n, scratch);
        bool bad = false;
        for (size_t i = 0; i < n; i++) {
            const char *g = c->gold[c->sent[s].first + i];
            if (strcmp(g, t[i].tag) == 0) {
                right++;
                continue;
            }
            bad = true;
            confuse(g, t[i].tag, t[i].text);
        }
        if (show && bad) {
            for (size_t i = 0; i < n; i++) {
                const char *g = c->gold[c->sent[s].first + i];
                if (strcmp(g, t[i].tag) == 0)
                    printf("%s/%s ", t[i].text, g);
                else
                    printf("[%s/%s>%s] ", t[i].text, g, t[i].tag);
            }
            printf("\n\n");
        }
    }
    return right;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The worst case for the cache: 25-token "sentences" of words drawn
 * uniformly from the whole lexicon, where real text repeats its
 * commonest words. */
static void bench_lexicon(const struct tagger *tg, double seconds, struct arena *scratch)
{
    enum { N = 1 << 20, S = 25 };
    size_t nw = 0;
    const char **words = malloc((lex_mask + 1) * sizeof *words);
    struct token *tok = calloc(N, sizeof *tok);
    if (!words || !tok)
        exit(2);
    for (uint32_t j = 0; j <= lex_mask; j++)
        if (lex_slots[j])
            words[nw++] =
                lex_pool + LEX_HDR_OFF(lex_data[(lex_slots[j] & ((1u << LEX_IDX_BITS) - 1)) - 1]);
    if (nw == 0) {
        free(words);
        free(tok);
        return;
    }
    uint64_t r = 88172645463325252u; /* xorshift: the same words every run */
    for (size_t i = 0; i < N; i++) {
        r ^= r << 13, r ^= r >> 7, r ^= r << 17;
        tok[i].text = words[r % nw];
        tok[i].len = (uint32_t)strlen(tok[i].text);
    }
    size_t tokens = 0;
    double t0 = now(), t1 = t0;
    while (t1 - t0 < seconds) {
        for (size_t i = 0; i + S <= N; i += S) {
            arena_reset(scratch);
            tagger_tag(tg, tok + i, S, scratch);
        }
        tokens += (size_t)(N / S) * S;
        t1 = now();
    }
    printf("bench: words drawn uniformly from the %zu-word lexicon: %.1f ns/token\n", nw,
           (t1 - t0) * 1e9 / (double)tokens);
    free(words);
    free(tok);
}

static void bench(const struct tagger *tg, struct corpus *c, size_t nc, double seconds,
                  struct arena *scratch)
{
    size_t tokens = 0, rounds = 0;
    double t0 = now(), t1 = t0;
    while (t1 - t0 < seconds) {
        for (size_t k = 0; k < nc; k++)
            for (size_t s = 0; s < c[k].nsent; s++) {
                arena_reset(scratch);
                tagger_tag(tg, c[k].tok + c[k].sent[s].first, c[k].sent[s].n, scratch);
                tokens += c[k].sent[s].n;
            }
        rounds++;
        t1 = now();
    }
    double el = t1 - t0;
    printf("bench: %zu rounds, %zu tokens in %.2f s: %.0f tokens/s, %.1f ns/token\n", rounds,
           tokens, el, (double)tokens / el, el * 1e9 / (double)tokens);
    bench_lexicon(tg, seconds, scratch);
    t0 = now();
    for (int i = 0; i < 100; i++)
        tagger_free(tagger_new());
    printf("bench: tagger_new + tagger_free: %.2f us\n", (now() - t0) * 1e6 / 100);
}

static void corpus_free(struct corpus *c)
{
    for (size_t i = 0; i < c->ntok; i++) {
        free((char *)c->tok[i].text);
        free(c->gold[i]);
    }
    free(c->tok);
    free(c->gold);
    free(c->sent);
}

static int tag_text(const char *text)
{
    struct token tok[256];
    char *copy = xstrdup(text), *save = NULL;
    size_t n = 0;
    for (char *w = strtok_r(copy, " ", &save); w && n < 256; w = strtok_r(NULL, " ", &save)) {
        memset(&tok[n], 0, sizeof tok[n]);
        tok[n].text = w;
        tok[n++].len = (uint32_t)strlen(w);
    }
    struct tagger *tg = tagger_new();
    struct arena scratch;
    arena_init(&scratch, 4096);
    tagger_tag(tg, tok, n, &scratch);
    for (size_t i = 0; i < n; i++)
        printf("%s/%s/%s%s", tok[i].text, tok[i].tag, tok[i].lemma, i + 1 < n ? " " : "\n");
    arena_free(&scratch);
    tagger_free(tg);
    free(copy);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--text") == 0)
        return tag_text(argv[2]);
    bool show = false;
    double bench_s = 0, min_pct = 0;
    int a = 1;
    for (; a < argc && argv[a][0] == '-'; a++) {
        if (strcmp(argv[a], "--errors") == 0)
            show = true;
        else if (strcmp(argv[a], "--bench") == 0 && a + 1 < argc)
            bench_s = strtod(argv[++a], NULL);
        else if (strcmp(argv[a], "--min") == 0 && a + 1 < argc)
            min_pct = strtod(argv[++a], NULL);
        else
            break;
    }
    if (a >= argc || argc - a > 16) {
        fprintf(stderr, "usage: tag_eval [--errors] [--bench S] [--min PCT] FILE.xml...\n");
        return 2;
    }
    struct tagger *tg = tagger_new();
    struct arena scratch;
    arena_init(&scratch, 1 << 16);
    struct corpus corp[16];
    size_t nc = 0, all = 0, right = 0;
    int rc = 0;
    for (; a < argc; a++, nc++) {
        struct corpus *c = &corp[nc];
        memset(c, 0, sizeof *c);
        FILE *in = fopen(argv[a], "r");
        if (!in) {
            perror(argv[a]);
            rc = 2;
            break;
        }
        struct petr_handler h = {.ctx = c, .record = add_parse};
        struct diag_list diags = {0};
        int bad = petrxml_read(in, argv[a], &h, &diags);
        fclose(in);
        diag_free(&diags);
        if (bad) {
            fprintf(stderr, "tag_eval: %s: not well-formed XML\n", argv[a]);
            rc = 2;
        }
        size_t r = score(tg, c, &scratch, show);
        printf("%s: %zu sentences, %zu tokens, %zu agree: %.2f%%\n", argv[a], c->nsent, c->ntok, r,
               c->ntok ? 100.0 * (double)r / (double)c->ntok : 0.0);
        all += c->ntok;
        right += r;
    }
    double pct = all ? 100.0 * (double)right / (double)all : 0.0;
    printf("overall: %zu tokens, %zu agree: %.2f%%\n", all, right, pct);
    qsort(conf, nconf, sizeof *conf, by_count);
    printf("top confusions (gold>tagger, count, words):\n");
    for (size_t i = 0; i < nconf && i < 25; i++)
        printf("  %-12s %4zu  %s\n", conf[i].pair, conf[i].count, conf[i].examples);
    if (bench_s > 0)
        bench(tg, corp, nc, bench_s, &scratch);
    for (size_t i = 0; i < nc; i++)
        corpus_free(&corp[i]);
    arena_free(&scratch);
    tagger_free(tg);
    if (rc == 0 && pct < min_pct) {
        printf("FAIL: %.2f%% is below %.2f%%\n", pct, min_pct);
        rc = 1;
    }
    return rc;
}
