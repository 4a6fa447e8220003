/* mklex_morph.c - English inflection and tag ranking for the generator.
 * Build tool. Each WordNet lemma gives its forms by regular morphology
 * (plurals, -s, -ed, -ing, -er/-est) or by WordNet's exception lists,
 * and each form's readings are scored by WordNet's tagged-sense counts;
 * capitalised WordNet words become names and nationality adjectives. */
#include "mklex.h"

#include <ctype.h>
#include <string.h>

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

void inflect_noun(struct form *f)
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

void inflect_verb(struct form *f)
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

void inflect_adj(struct form *f)
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

void inflect_adv(struct form *f)
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
void add_caps(struct form *f)
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
