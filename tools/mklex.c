/* mklex.c - builds the tagger's lexicon from WordNet and parley's lists.
 * Build tool, run by the Makefile; not part of the library. Reads
 * WordNet's index.*, cntlist.rev, data.noun/adj (for capitalised names)
 * and *.exc, inflects every single-word lemma by English morphology,
 * ranks each form's tags by WordNet's tagged-sense counts, lays the
 * closed-class list (authoritative) and the Treebank conventions over
 * it, and writes C arrays in the layout of src/tag/lexfmt.h.
 * Usage: mklex WORDNET_DIR CLOSED.txt OPEN.txt > lexdata.c */
#include "mklex.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>

static const char *const pos_name[P_COUNT] = {"noun", "verb", "adj", "adv"};

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

/* ---- a string-keyed table of records, for the generator only ---- */

static struct form **table;
static size_t table_cap, table_n;

struct form *form_get(const char *key, bool create)
{
    if (table_n * 2 >= table_cap) {
        size_t ncap = table_cap ? table_cap * 2 : 1 << 16;
        struct form **nt = calloc(ncap, sizeof(struct form *));
        if (!nt)
            die("out of memory");
        for (size_t i = 0; i < table_cap; i++) {
            if (!table[i])
                continue;
            size_t j = lex_hash(table[i]->key, strlen(table[i]->key)) & (ncap - 1);
            while (nt[j])
                j = (j + 1) & (ncap - 1);
            nt[j] = table[i];
        }
        free(table);
        table = nt;
        table_cap = ncap;
    }
    size_t j = lex_hash(key, strlen(key)) & (table_cap - 1);
    for (; table[j]; j = (j + 1) & (table_cap - 1))
        if (strcmp(table[j]->key, key) == 0)
            return table[j];
    if (!create)
        return NULL;
    struct form *f = xrealloc(NULL, sizeof *f);
    memset(f, 0, sizeof *f);
    f->key = xstrdup(key);
    table[j] = f;
    table_n++;
    return f;
}

/* Adds a reading; the same tag from another lemma adds its score (both
 * are ways of seeing the form with that tag) and keeps the likelier
 * lemma. */
void add_reading(struct form *f, int tag, const char *lemma, double score)
{
    if (f->fixed)
        return;
    for (size_t i = 0; i < f->n; i++) {
        if (f->rd[i].tag != tag)
            continue;
        if (score > f->rd[i].score)
            f->rd[i].lemma = lemma;
        f->rd[i].score += score;
        return;
    }
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 4;
        f->rd = xrealloc(f->rd, f->cap * sizeof *f->rd);
    }
    f->rd[f->n++] = (struct reading){(uint8_t)tag, lemma, score};
}

static void push_str(char ***v, size_t *n, const char *s)
{
    *v = xrealloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = xstrdup(s);
}

/* ---- reading WordNet ---- */

static FILE *open_wn(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f)
        die("%s: %s (install the Debian package wordnet-base)", path, strerror(errno));
    return f;
}

/* A word we inflect and look up: letters, with inner hyphens, periods
 * or apostrophes; WordNet's multi-word lemmas (with '_') are phrases,
 * which the tagger never sees as one token. */
static bool plain_word(const char *w)
{
    if (!isalpha((unsigned char)w[0]))
        return false;
    for (const char *p = w; *p; p++)
        if (!isalpha((unsigned char)*p) && *p != '-' && *p != '.' && *p != '\'')
            return false;
    return true;
}

static void read_index(const char *dir, enum pos p)
{
    char name[32], line[65536];
    snprintf(name, sizeof name, "index.%s", pos_name[p]);
    FILE *in = open_wn(dir, name);
    while (fgets(line, sizeof line, in)) {
        if (line[0] == ' ')
            continue; /* licence header */
        char *fld[64];
        size_t nf = 0;
        for (char *t = strtok(line, " \n"); t && nf < 64; t = strtok(NULL, " \n"))
            fld[nf++] = t;
        if (nf < 6 || !plain_word(fld[0]))
            continue;
        int p_cnt = (int)strtol(fld[3], NULL, 10);
        if (4 + (size_t)p_cnt + 2 > nf)
            die("%s: malformed line for %s", name, fld[0]);
        struct form *f = form_get(fld[0], true);
        f->lemma_of[p] = true;
        f->senses[p] = (int)strtol(fld[4 + p_cnt], NULL, 10);
        f->tagsense[p] = (int)strtol(fld[5 + p_cnt], NULL, 10);
    }
    fclose(in);
}

/* cntlist.rev: "lemma%ss_type:...  sense_number  tag_count" */
static void read_counts(const char *dir)
{
    static const int ss_pos[6] = {-1, P_NOUN, P_VERB, P_ADJ, P_ADV, P_ADJ};
    char line[1024];
    FILE *in = open_wn(dir, "cntlist.rev");
    while (fgets(line, sizeof line, in)) {
        char *pct = strchr(line, '%');
        char *sp = strrchr(line, ' ');
        if (!pct || !sp || pct[1] < '1' || pct[1] > '5')
            continue;
        *pct = '\0';
        struct form *f = form_get(line, false);
        if (f)
            f->freq[ss_pos[pct[1] - '0']] += strtod(sp + 1, NULL);
    }
    fclose(in);
}

/* Capitalised single words in data.noun and data.adj synsets: names
 * ("Pakistan", "Taliban") and nationality words ("Pakistani"). */
static void read_caps(const char *dir, enum pos p)
{
    char name[32], line[65536];
    snprintf(name, sizeof name, "data.%s", pos_name[p]);
    FILE *in = open_wn(dir, name);
    while (fgets(line, sizeof line, in)) {
        if (line[0] == ' ')
            continue;
        char *save = NULL, *t = strtok_r(line, " ", &save);
        for (int i = 0; i < 3 && t; i++)
            t = strtok_r(NULL, " ", &save);
        if (!t)
            continue;
        long nw = strtol(t, NULL, 16);
        for (long i = 0; i < nw; i++) {
            char *w = strtok_r(NULL, " ", &save);
            if (!w || !strtok_r(NULL, " ", &save))
                die("%s: malformed synset", name);
            char *paren = strchr(w, '(');
            if (paren)
                *paren = '\0'; /* adjective position markers: (a) (p) (ip) */
            if (!plain_word(w))
                continue;
            if (!isupper((unsigned char)w[0])) {
                struct form *lf = form_get(w, false);
                if (lf)
                    lf->lower_seen[p] = true;
                continue;
            }
            if (strlen(w) < 3)
                continue;
            char low[256];
            size_t n = strlen(w);
            if (n >= sizeof low)
                continue;
            for (size_t k = 0; k <= n; k++)
                low[k] = (char)tolower((unsigned char)w[k]);
            struct form *f = form_get(low, true);
            size_t k = 0;
            while (k < f->ncaps && !(strcmp(f->caps[k], w) == 0 && f->caps_pos[k] == p))
                k++;
            if (k < f->ncaps)
                continue;
            f->caps_pos = xrealloc(f->caps_pos, f->ncaps + 1);
            f->caps_pos[f->ncaps] = (uint8_t)p;
            push_str(&f->caps, &f->ncaps, w);
        }
    }
    fclose(in);
}

/* noun.exc etc.: "form lemma [lemma...]" */
static void read_exc(const char *dir, enum pos p)
{
    char name[32], line[1024];
    snprintf(name, sizeof name, "%s.exc", pos_name[p]);
    FILE *in = open_wn(dir, name);
    while (fgets(line, sizeof line, in)) {
        char *form = strtok(line, " \n");
        if (!form || !plain_word(form))
            continue;
        for (char *l = strtok(NULL, " \n"); l; l = strtok(NULL, " \n")) {
            if (!plain_word(l) || strcmp(l, form) == 0)
                continue;
            struct form *f = form_get(l, true);
            push_str(&f->exc[p], &f->nexc[p], form);
        }
    }
    fclose(in);
}

/* ---- parley's lists ---- */

#define LEX_TAG_NAME(name, str) str,
static const char *const tag_names[T_COUNT] = {LEX_TAGS(LEX_TAG_NAME)};

static int tag_number(const char *s)
{
    for (int t = 1; t < T_COUNT; t++)
        if (strcmp(tag_names[t], s) == 0)
            return t;
    return -1;
}

static const char *stable_lower(const char *s)
{
    char low[256];
    size_t n = strlen(s);
    if (n >= sizeof low)
        die("word too long: %s", s);
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    return form_get(low, true)->key;
}

/* "WORD TAG[:LEMMA] ..." lines. A plain line fixes the word's readings;
 * "+WORD ..." puts the listed readings first and lets WordNet add more.
 * "#" starts a comment; a word starting with # or + is written \# \+. */
static void read_list(const char *path)
{
    FILE *in = fopen(path, "r");
    if (!in)
        die("%s: %s", path, strerror(errno));
    char line[1024];
    for (unsigned ln = 1; fgets(line, sizeof line, in); ln++) {
        char *w = strtok(line, " \t\n");
        if (!w || w[0] == '#')
            continue;
        bool merge = w[0] == '+' && w[1];
        if (merge || (w[0] == '\\' && w[1]))
            w++;
        char word[256];
        snprintf(word, sizeof word, "%s", w);
        struct form *f = form_get(word, true);
        if (f->fixed || f->n)
            die("%s:%u: %s is listed twice", path, ln, word);
        double s = 1e9;
        for (char *t = strtok(NULL, " \t\n"); t; t = strtok(NULL, " \t\n")) {
            char *colon = strchr(t + 1, ':'); /* ":" is a tag */
            if (colon)
                *colon = '\0';
            int tag = tag_number(t);
            if (tag < 0)
                die("%s:%u: unknown tag %s", path, ln, t);
            /* form_get may move the table, not the forms: f stays valid */
            add_reading(f, tag, stable_lower(colon ? colon + 1 : word), s);
            s -= 1;
        }
        if (!f->n)
            die("%s:%u: %s has no tags", path, ln, word);
        f->fixed = !merge;
    }
    fclose(in);
}

/* ---- output ---- */

static int by_score(const void *a, const void *b)
{
    const struct reading *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return (int)x->tag - (int)y->tag;
}

static int by_key(const void *a, const void *b)
{
    return strcmp((*(struct form *const *)a)->key, (*(struct form *const *)b)->key);
}

struct out {
    char *pool;
    size_t npool, cappool;
    uint32_t *data;
    size_t ndata, capdata;
};

/* Pool offsets live beside each form; strings are stored once. */
static uint32_t *pool_off;

static uint32_t pool_add(struct out *o, struct form **all, size_t nall, const char *s)
{
    struct form key = {.key = (char *)s}, *kp = &key;
    struct form **hit = bsearch(&kp, all, nall, sizeof(struct form *), by_key);
    if (!hit)
        die("internal: %s not in the table", s);
    size_t i = (size_t)(hit - all);
    if (pool_off[i])
        return pool_off[i] - 1;
    size_t n = strlen(s) + 1;
    if (o->npool + n > o->cappool) {
        o->cappool = (o->npool + n) * 2;
        o->pool = xrealloc(o->pool, o->cappool);
    }
    memcpy(o->pool + o->npool, s, n);
    pool_off[i] = (uint32_t)o->npool + 1;
    o->npool += n;
    if (o->npool >= (1u << 24))
        die("string pool too large");
    return pool_off[i] - 1;
}

static void data_add(struct out *o, uint32_t v)
{
    if (o->ndata == o->capdata) {
        o->capdata = o->capdata ? o->capdata * 2 : 1 << 16;
        o->data = xrealloc(o->data, o->capdata * sizeof *o->data);
    }
    o->data[o->ndata++] = v;
}

static void emit_u32(const char *name, const uint32_t *v, size_t n)
{
    printf("const uint32_t %s[%zu] = {\n", name, n);
    for (size_t i = 0; i < n; i++)
        printf("0x%x,%s", v[i], i % 12 == 11 || i + 1 == n ? "\n" : "");
    printf("};\n");
}

/* The generated lexicon derives from the WordNet database, whose licence
 * asks that this notice go with every copy (see docs/wordnet.md). */
static const char notice[] =
    "/* Generated by tools/mklex from WordNet 3.0 and parley's data/lex/: do not edit.\n"
    " *\n"
    " * WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
    " * THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES\n"
    " * NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT\n"
    " * LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF\n"
    " * MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE\n"
    " * LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY\n"
    " * PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.\n"
    " * The name of Princeton University or Princeton may not be used in advertising or\n"
    " * publicity pertaining to distribution of the software and/or database. Title to\n"
    " * copyright in this software, database and any associated documentation shall at\n"
    " * all times remain with Princeton University and LICENSEE agrees to preserve same.\n"
    " * The full licence is in docs/wordnet.md. */\n";

static void emit(struct form **all, size_t nall)
{
    struct out o = {0};
    pool_off = calloc(nall, sizeof *pool_off);
    if (!pool_off)
        die("out of memory");
    size_t nent = 0, nrd = 0;
    for (size_t i = 0; i < nall; i++) {
        struct form *f = all[i];
        if (!f->n)
            continue;
        qsort(f->rd, f->n, sizeof *f->rd, by_score);
        if (f->n > LEX_MAX_READINGS)
            f->n = LEX_MAX_READINGS;
        f->entry = (uint32_t)o.ndata;
        data_add(&o, (uint32_t)f->n << LEX_OFF_BITS | pool_add(&o, all, nall, f->key));
        for (size_t k = 0; k < f->n; k++)
            data_add(&o, pool_add(&o, all, nall, f->rd[k].lemma) << 8 | f->rd[k].tag);
        nent++;
        nrd += f->n;
    }
    if (o.ndata + 1 >= (1u << LEX_IDX_BITS))
        die("lexicon too large for the slot layout");
    size_t nslots = 1;
    while (nslots < nent + nent / 2) /* load at most 2/3: probes stay in a cache line or two */
        nslots <<= 1;
    uint32_t *slots = calloc(nslots, sizeof *slots);
    if (!slots)
        die("out of memory");
    for (size_t i = 0; i < nall; i++) {
        struct form *f = all[i];
        if (!f->n)
            continue;
        uint32_t h = lex_hash(f->key, strlen(f->key));
        size_t j = h & (nslots - 1);
        while (slots[j])
            j = (j + 1) & (nslots - 1);
        slots[j] = (h >> LEX_IDX_BITS) << LEX_IDX_BITS | (f->entry + 1);
    }
    static const char *const named[W_COUNT] = {
#define LEX_NAMED_STR(name, str) str,
        LEX_NAMED(LEX_NAMED_STR)
#undef LEX_NAMED_STR
    };
    uint32_t named_entry[W_COUNT];
    for (size_t i = 0; i < W_COUNT; i++) {
        struct form *f = form_get(named[i], false);
        if (!f || !f->fixed)
            die("%s is named by the tagger's rules but not in the closed-class list", named[i]);
        named_entry[i] = f->entry;
    }
    printf("%s#include \"tag/lex.h\"\n\n"
           "const uint32_t lex_mask = 0x%zx;\n",
           notice, nslots - 1);
    emit_u32("lex_slots", slots, nslots);
    emit_u32("lex_data", o.data, o.ndata);
    emit_u32("lex_named", named_entry, W_COUNT);
    printf("const char lex_pool[%zu] =\n", o.npool + 1);
    for (size_t i = 0; i < o.npool; i += strlen(o.pool + i) + 1) {
        putchar('"');
        for (const char *p = o.pool + i; *p; p++) {
            if (*p == '"' || *p == '\\' || *p == '?')
                putchar('\\');
            putchar(*p);
        }
        fputs("\\0\"\n", stdout);
    }
    printf(";\n");
    fprintf(stderr, "mklex: %zu word forms, %zu readings, %zu KB\n", nent, nrd,
            (nslots * 4 + o.ndata * 4 + o.npool) / 1024);
    free(slots);
    free(o.data);
    free(o.pool);
    free(pool_off);
}

/* --dump: one line per form, its readings most likely first, with their
 * scores; for reading what the generator decided. */
static void dump_forms(struct form **all, size_t nall)
{
    for (size_t i = 0; i < nall; i++) {
        struct form *f = all[i];
        if (!f->n)
            continue;
        qsort(f->rd, f->n, sizeof *f->rd, by_score);
        printf("%s", f->key);
        for (size_t k = 0; k < f->n; k++)
            printf(" %s/%s/%.3g", tag_names[f->rd[k].tag], f->rd[k].lemma, f->rd[k].score);
        putchar('\n');
    }
}

int main(int argc, char **argv)
{
    bool dump = argc > 1 && strcmp(argv[1], "--dump") == 0;
    if (dump)
        argc--, argv++;
    if (argc < 3) {
        fprintf(stderr, "usage: mklex [--dump] WORDNET_DIR LIST.txt... > lexdata.c\n");
        return 2;
    }
    const char *wn = argv[1];
    for (int p = 0; p < P_COUNT; p++)
        read_index(wn, (enum pos)p);
    read_counts(wn);
    /* verbs and adverbs are never names: every lemma is a common word */
    for (size_t i = 0; i < table_cap; i++)
        if (table[i])
            table[i]->lower_seen[P_VERB] = table[i]->lower_seen[P_ADV] = true;
    read_caps(wn, P_NOUN);
    read_caps(wn, P_ADJ);
    for (int p = 0; p < P_COUNT; p++)
        read_exc(wn, (enum pos)p);
    for (int i = 2; i < argc; i++)
        read_list(argv[i]);

    /* Inflecting adds forms, and may move the table: walk a snapshot. */
    size_t nsnap = 0;
    struct form **snap = xrealloc(NULL, table_n * sizeof(struct form *));
    for (size_t i = 0; i < table_cap; i++)
        if (table[i])
            snap[nsnap++] = table[i];
    for (size_t i = 0; i < nsnap; i++) {
        struct form *f = snap[i];
        /* "pakistan" is in index.noun, but only "Pakistan" is a word */
        if (f->lemma_of[P_NOUN] && f->lower_seen[P_NOUN])
            inflect_noun(f);
        if (f->lemma_of[P_VERB])
            inflect_verb(f);
        if (f->lemma_of[P_ADJ] && f->lower_seen[P_ADJ])
            inflect_adj(f);
        if (f->lemma_of[P_ADV])
            inflect_adv(f);
        add_caps(f);
    }
    free(snap);

    size_t nall = 0;
    struct form **all = xrealloc(NULL, table_n * sizeof(struct form *));
    for (size_t i = 0; i < table_cap; i++)
        if (table[i])
            all[nall++] = table[i];
    qsort(all, nall, sizeof(struct form *), by_key);
    if (dump)
        dump_forms(all, nall);
    else
        emit(all, nall);
    free(all);
    if (fflush(stdout) != 0 || ferror(stdout))
        die("write error: %s", strerror(errno));
    return 0;
}
