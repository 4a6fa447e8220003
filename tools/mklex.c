/* mklex.c - builds the tagger's lexicon from WordNet and parley's lists.
 * Build tool, run by the Makefile; not part of the library. Reads
 * WordNet's index.*, cntlist.rev, data.noun/adj (for capitalised names)
 * and *.exc, inflects every single-word lemma by English morphology,
 * ranks each form's tags by WordNet's tagged-sense counts, lays the
 * closed-class list (authoritative) and the Treebank conventions over
 * it, and writes C arrays in the layout of src/tag/lexfmt.h.
 * Usage: mklex WORDNET_DIR CLOSED.txt OPEN.txt > lexdata.c */
#include "tag/lexfmt.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reports a fatal problem and exits (a macro: printf checking, and no
 * va_list for the analyzer to trip over). */
#define die(...)                                                                                   \
    do {                                                                                           \
        fputs("mklex: ", stderr);                                                                  \
        fprintf(stderr, __VA_ARGS__);                                                              \
        fputc('\n', stderr);                                                                       \
        exit(1);                                                                                   \
    } while (0)

enum { WORD_MAX = 512 }; /* buffers for inflected forms */

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

enum pos { P_NOUN, P_VERB, P_ADJ, P_ADV, P_COUNT };
static const char *const pos_name[P_COUNT] = {"noun", "verb", "adj", "adv"};

struct reading {
    uint8_t tag;
    const char *lemma;
    double score;
};

struct form {
    char *key;
    struct reading *rd;
    size_t n, cap;
    bool fixed; /* from a parley list: WordNet adds nothing */
    /* per part of speech, when the key is a WordNet lemma */
    bool lemma_of[P_COUNT];
    double freq[P_COUNT];  /* tagged-sense counts summed (cntlist.rev) */
    int tagsense[P_COUNT]; /* index.* tagsense_cnt */
    int senses[P_COUNT];   /* index.* sense_cnt */
    char **exc[P_COUNT];   /* irregular forms whose lemma this is */
    size_t nexc[P_COUNT];
    bool lower_seen[P_COUNT]; /* a synset spells it in lower case */
    char **caps;              /* capitalised spellings in data.noun/adj, and their pos */
    uint8_t *caps_pos;
    size_t ncaps;
    uint32_t entry; /* offset in lex_data, at output */
};

static struct form **table;
static size_t table_cap, table_n;

static struct form *form_get(const char *key, bool create)
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
static void add_reading(struct form *f, int tag, const char *lemma, double score)
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

/* ---- English inflection ---- */

static bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Vowel groups, not counting a final silent e ("make" has one). */
static int syllables(const char *w)
{
    size_t n = strlen(w);
    int groups = 0;
    for (size_t i = 0; i < n; i++) {
        bool v = is_vowel(w[i]) || (w[i] == 'y' && i > 0 && !is_vowel(w[i - 1]));
        bool pv = i > 0 && (is_vowel(w[i - 1]) || (w[i - 1] == 'y' && i > 1));
        if (v && !pv)
            groups++;
    }
    if (n > 2 && w[n - 1] == 'e' && !is_vowel(w[n - 2]) && groups > 1)
        groups--;
    return groups;
}

/* stop -> stopped, plan -> planning: one syllable ending in one vowel
 * and one consonant. Longer words double when stressed on the last
 * syllable, which WordNet's exception lists spell out. */
static bool doubles_final(const char *w)
{
    size_t n = strlen(w);
    if (n < 3 || is_vowel(w[n - 1]) || strchr("wxy", w[n - 1]) || !is_vowel(w[n - 2]) ||
        is_vowel(w[n - 3]))
        return false;
    return syllables(w) == 1;
}

static bool ends(const char *w, const char *suf)
{
    size_t n = strlen(w), m = strlen(suf);
    return n >= m && memcmp(w + n - m, suf, m) == 0;
}

/* Writes w with its last `drop` letters removed and `add` appended. */
static const char *respell(char *out, const char *w, size_t drop, const char *add)
{
    snprintf(out, WORD_MAX, "%.*s%s", (int)(strlen(w) - drop), w, add);
    return out;
}

/* -s of nouns and verbs: churches, cities, vetoes, plans. */
static const char *add_s(char *out, const char *w, bool verb)
{
    size_t n = strlen(w);
    if (ends(w, "s") || ends(w, "x") || ends(w, "z") || ends(w, "ch") || ends(w, "sh"))
        return respell(out, w, 0, "es");
    if (n > 1 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
        return respell(out, w, 1, "ies");
    if (verb && n > 1 && w[n - 1] == 'o' && !is_vowel(w[n - 2]))
        return respell(out, w, 0, "es");
    return respell(out, w, 0, "s");
}

/* -ed, -er, -est: agreed, carried, stopped, larger. */
static const char *add_ed(char *out, const char *w, const char *suf)
{
    size_t n = strlen(w);
    if (w[n - 1] == 'e')
        return respell(out, w, 1, suf);
    if (n > 1 && w[n - 1] == 'y' && !is_vowel(w[n - 2])) {
        char s[8] = "i";
        strcat(s, suf);
        return respell(out, w, 1, s);
    }
    if (doubles_final(w)) {
        char s[8] = {w[n - 1], '\0'};
        strcat(s, suf);
        return respell(out, w, 0, s);
    }
    return respell(out, w, 0, suf);
}

/* -ing: dying, making, seeing, stopping. */
static const char *add_ing(char *out, const char *w)
{
    size_t n = strlen(w);
    if (ends(w, "ie"))
        return respell(out, w, 2, "ying");
    if (n > 2 && w[n - 1] == 'e' && !ends(w, "ee") && !ends(w, "oe") && !ends(w, "ye"))
        return respell(out, w, 1, "ing");
    if (doubles_final(w)) {
        char s[8] = {w[n - 1], 'i', 'n', 'g', '\0'};
        return respell(out, w, 0, s);
    }
    return respell(out, w, 0, "ing");
}

/* ---- ranking ---- */

/* How likely WordNet thinks the lemma is in this part of speech: the
 * tagged-sense counts (cntlist.rev, summed over senses), then the
 * number of tagged senses (index.* tagsense_cnt) and of senses, and a
 * small prior (noun, verb, adjective, adverb) to order the rest. */
static double score(const struct form *f, enum pos p)
{
    static const double prior[P_COUNT] = {0.03, 0.02, 0.01, 0.005};
    return f->freq[p] + 0.25 * f->tagsense[p] + 0.05 * f->senses[p] + prior[p];
}

/* A lemma like "talks" or "arms" whose stem is itself a noun is used as
 * the plural of that noun: Treebank tags it NNS. */
static const char *plural_lemma_stem(const char *w, char *out)
{
    size_t n = strlen(w);
    if (n < 4 || w[n - 1] != 's' || ends(w, "ss") || ends(w, "us") || ends(w, "is"))
        return NULL;
    respell(out, w, 1, "");
    struct form *s = form_get(out, false);
    return s && s->lemma_of[P_NOUN] ? s->key : NULL;
}

/* chairman -> chairmen, woman -> women, spokesman -> spokesmen (WordNet's
 * morphology detaches -men without listing the forms); the few -man
 * words that are not compounds of man take -s. */
static bool plural_men(const char *w)
{
    static const char *const not_man[] = {"human",   "shaman",  "talisman", "caiman", "cayman",
                                          "ottoman", "dolman",  "desman",   "firman", "hetman",
                                          "ataman",  "brahman", "tasman",   "walkman"};
    if (!ends(w, "man"))
        return false;
    for (size_t i = 0; i < sizeof not_man / sizeof *not_man; i++)
        if (ends(w, not_man[i]))
            return false;
    return true;
}

static void inflect_noun(struct form *f)
{
    char buf[WORD_MAX], stem[WORD_MAX];
    double s = score(f, P_NOUN);
    const char *st = plural_lemma_stem(f->key, stem);
    if (st) {
        add_reading(f, T_NNS, st, s);
        return;
    }
    add_reading(f, T_NN, f->key, s);
    for (size_t i = 0; i < f->nexc[P_NOUN]; i++)
        add_reading(form_get(f->exc[P_NOUN][i], true), T_NNS, f->key, s);
    if (plural_men(f->key))
        add_reading(form_get(respell(buf, f->key, 2, "en"), true), T_NNS, f->key, s);
    else if (!f->nexc[P_NOUN])
        add_reading(form_get(add_s(buf, f->key, false), true), T_NNS, f->key, s);
}

/* went/gone, took/taken, began/begun: WordNet lists irregular forms
 * without saying which is the past and which the participle. A form in
 * -n or -ne is the participle when the verb has another form; of a
 * vowel pair (a/u) the a-form is the past. A lone form serves both,
 * unless it ends in -en or -wn (shown, proven: the past is regular). */
static bool participle(const char *form, char *const *all, size_t n)
{
    if (n == 1)
        return ends(form, "en") || ends(form, "wn");
    for (size_t i = 0; i < n; i++) {
        const char *o = all[i];
        if (o == form || strlen(o) != strlen(form))
            continue;
        size_t d = 0, at = 0;
        for (size_t k = 0; o[k]; k++)
            if (o[k] != form[k])
                d++, at = k;
        if (d == 1 && form[at] == 'u' && o[at] == 'a')
            return true;
        if (d == 1 && form[at] == 'a' && o[at] == 'u')
            return false;
    }
    return ends(form, "n") || ends(form, "ne");
}

/* burnt, dreamt, spelt: -t variants beside a regular -ed past. */
static bool t_variant(const char *form, const char *lemma)
{
    size_t n = strlen(lemma);
    return ends(form, "t") && !ends(lemma, "t") &&
           (strncmp(form, lemma, n) == 0 || strncmp(form, lemma, n - 1) == 0);
}

static void inflect_verb(struct form *f)
{
    char buf[WORD_MAX];
    double s = score(f, P_VERB);
    const char *w = f->key;
    add_reading(f, T_VB, w, s);
    add_reading(f, T_VBP, w, 0.9 * s);
    bool had_past = false, had_ing = false, had_s = false;
    char *past[16];
    size_t npast = 0;
    for (size_t i = 0; i < f->nexc[P_VERB]; i++) {
        char *e = f->exc[P_VERB][i];
        size_t n = strlen(w);
        if (ends(e, "ing") && !ends(w, "ing")) {
            add_reading(form_get(e, true), T_VBG, w, s);
            had_ing = true;
        } else if (ends(e, "s") && !ends(w, "s") && strncmp(e, w, n > 2 ? n - 2 : n) == 0) {
            add_reading(form_get(e, true), T_VBZ, w, s);
            had_s = true;
        } else if (npast < 16) {
            past[npast++] = e;
        }
    }
    for (size_t i = 0; i < npast; i++) {
        struct form *pf = form_get(past[i], true);
        if (participle(past[i], past, npast)) {
            add_reading(pf, T_VBN, w, s);
            continue;
        }
        add_reading(pf, T_VBD, w, s);
        if (npast == 1)
            add_reading(pf, T_VBN, w, 0.9 * s);
        if (!t_variant(past[i], w))
            had_past = true;
    }
    if (!had_s)
        add_reading(form_get(add_s(buf, w, true), true), T_VBZ, w, s);
    if (!had_past) {
        struct form *pf = form_get(add_ed(buf, w, "ed"), true);
        add_reading(pf, T_VBD, w, s);
        add_reading(pf, T_VBN, w, 0.9 * s);
    }
    /* Any -ing form can be a noun ("the polling units", "of fighting"):
       a weak reading, so that context can choose it. */
    struct form *ing = NULL;
    for (size_t i = 0; i < f->nexc[P_VERB] && !ing; i++)
        if (ends(f->exc[P_VERB][i], "ing"))
            ing = form_get(f->exc[P_VERB][i], true);
    if (!had_ing)
        ing = form_get(add_ing(buf, w), true);
    if (!had_ing)
        add_reading(ing, T_VBG, w, s);
    if (ing)
        add_reading(ing, T_NN, ing->key, 0.01 * s);
}

static void inflect_adj(struct form *f)
{
    char buf[WORD_MAX];
    double s = score(f, P_ADJ);
    add_reading(f, T_JJ, f->key, s);
    for (size_t i = 0; i < f->nexc[P_ADJ]; i++) {
        const char *e = f->exc[P_ADJ][i];
        add_reading(form_get(e, true), ends(e, "est") ? T_JJS : T_JJR, f->key, 0.3 * s);
    }
    int syl = syllables(f->key);
    if (f->nexc[P_ADJ] || ends(f->key, "ed") || strlen(f->key) < 3 ||
        !(syl == 1 || (syl == 2 && ends(f->key, "y"))))
        return;
    add_reading(form_get(add_ed(buf, f->key, "er"), true), T_JJR, f->key, 0.3 * s);
    add_reading(form_get(add_ed(buf, f->key, "est"), true), T_JJS, f->key, 0.3 * s);
}

static void inflect_adv(struct form *f)
{
    double s = score(f, P_ADV);
    add_reading(f, T_RB, f->key, s);
    for (size_t i = 0; i < f->nexc[P_ADV]; i++) {
        const char *e = f->exc[P_ADV][i];
        add_reading(form_get(e, true), ends(e, "est") ? T_RBS : T_RBR, f->key, 0.3 * s);
    }
}

/* "Philippines", "Olympics": a name in the plural of a capitalised word
 * ("Philippine", "Olympic"), which Treebank tags NNPS. */
static bool plural_of_caps(const char *w)
{
    char stem[WORD_MAX];
    size_t n = strlen(w);
    if (n < 5 || !ends(w, "s") || ends(w, "ss") || ends(w, "us") || ends(w, "is"))
        return false;
    for (size_t k = 0; k < n - 1; k++)
        stem[k] = (char)tolower((unsigned char)w[k]);
    stem[n - 1] = '\0';
    const struct form *f = form_get(stem, false);
    for (size_t k = 0; f && k < f->ncaps; k++)
        if (strncmp(f->caps[k], w, n - 1) == 0 && f->caps[k][n - 1] == '\0')
            return true;
    return false;
}

/* Capitalised WordNet words: names are NNP (their plurals NNPS), and a
 * capitalised adjective ("Pakistani") is JJ before its noun reading. */
static void add_caps(struct form *f)
{
    char buf[WORD_MAX];
    if (f->fixed)
        return; /* "In" (indium) and "He" (helium) are not names in news */
    for (size_t i = 0; i < f->ncaps; i++) {
        struct form *c = form_get(f->caps[i], true);
        if (f->caps_pos[i] == P_ADJ) {
            /* also a name's first word: "the Olympic Games" */
            add_reading(c, T_JJ, f->key, score(f, P_ADJ) + 1.5);
            add_reading(c, T_NNP, f->key, 0.5);
        } else if (plural_of_caps(f->caps[i])) {
            add_reading(c, T_NNPS, f->key, score(f, P_NOUN) + 1); /* Philippines */
        } else {
            add_reading(c, T_NNP, f->key, score(f, P_NOUN) + 1);
            add_reading(form_get(add_s(buf, f->caps[i], false), true), T_NNPS, f->key,
                        score(f, P_NOUN) + 1);
        }
    }
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
    printf("/* Generated by tools/mklex from WordNet 3.0 and data/lex/: do not edit. */\n"
           "#include \"tag/lex.h\"\n\n"
           "const uint32_t lex_mask = 0x%zx;\n",
           nslots - 1);
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
