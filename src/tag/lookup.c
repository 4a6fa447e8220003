/* lookup.c - a token's candidate tags: from the lexicon, or guessed.
 * Tag stage. The exact spelling is looked up first, then the lower-cased
 * one; a capitalised word inside a sentence is a name before anything
 * else. Words the lexicon lacks are guessed from their shape: digits,
 * capitals, inner hyphens and periods, and suffixes. */
#include "tag/internal.h"

#include <ctype.h>

static void push(struct cand *c, int tag)
{
    if ((c->mask & TB(tag)) || c->n == MAX_CAND)
        return;
    c->tags[c->n++] = (uint8_t)tag;
    c->mask |= TB(tag);
}

static void push_front(struct cand *c, int tag)
{
    size_t k = 0;
    while (k < c->n && c->tags[k] != tag)
        k++;
    if (k == c->n) {
        if (c->n == MAX_CAND)
            c->n--;
        c->n++;
    }
    for (; k > 0; k--)
        c->tags[k] = c->tags[k - 1];
    c->tags[0] = (uint8_t)tag;
    c->mask |= TB(tag);
}

static uint32_t lemma_of_named(enum lex_named w)
{
    return LEX_HDR_OFF(lex_data[lex_named[w]]);
}

/* Adds entry e's readings to the candidates; the first entry added is
 * the one lemmas come from. */
static void set_entry(struct cand *c, uint32_t e)
{
    size_t n;
    if (c->ent == LEX_NONE)
        c->ent = e;
    else
        c->alt = e;
    const uint32_t *rd = entry_readings(e, &n);
    for (size_t k = 0; k < n; k++) {
        int tag = (int)LEX_RD_TAG(rd[k]);
        push(c, tag);
        if (!(TB(tag) & M_VERB))
            continue;
        uint32_t l = LEX_RD_LEMMA(rd[k]);
        if (l == lemma_of_named(W_BE))
            c->aux = AUX_BE;
        else if (l == lemma_of_named(W_HAVE))
            c->aux = AUX_HAVE;
        else if (l == lemma_of_named(W_DO))
            c->aux = AUX_DO;
    }
}

/* Tags of function words and punctuation: a capitalised "The" or "In"
 * is still a determiner or a preposition, not part of a name. */
#define M_CLOSED                                                                                   \
    (TB(T_CC) | TB(T_DT) | TB(T_EX) | TB(T_IN) | TB(T_MD) | TB(T_PDT) | TB(T_POS) | TB(T_PRP) |    \
     TB(T_PRPS) | TB(T_RP) | TB(T_TO) | TB(T_UH) | TB(T_WDT) | TB(T_WP) | TB(T_WPS) | TB(T_WRB) |  \
     M_PUNCT | TB(T_CD))

struct suffix {
    const char *s;
    uint8_t len, tags[3];
};

/* Lower-case words the lexicon lacks, by ending; the first match wins,
 * so longer endings come before their tails. */
static const struct suffix suffixes[] = {
    {"ing", 3, {T_VBG, T_NN, T_JJ}},
    {"ied", 3, {T_VBD, T_VBN, T_JJ}},
    {"ed", 2, {T_VBD, T_VBN, T_JJ}},
    {"ly", 2, {T_RB, T_JJ}},
    {"ness", 4, {T_NN}},
    {"ment", 4, {T_NN}},
    {"tion", 4, {T_NN}},
    {"sion", 4, {T_NN}},
    {"ity", 3, {T_NN}},
    {"ism", 3, {T_NN}},
    {"ance", 4, {T_NN}},
    {"ence", 4, {T_NN}},
    {"ship", 4, {T_NN}},
    {"hood", 4, {T_NN}},
    {"ous", 3, {T_JJ}},
    {"ful", 3, {T_JJ}},
    {"less", 4, {T_JJ}},
    {"able", 4, {T_JJ}},
    {"ible", 4, {T_JJ}},
    {"al", 2, {T_JJ, T_NN}},
    {"ive", 3, {T_JJ, T_NN}},
    {"ic", 2, {T_JJ, T_NN}},
    {"ary", 3, {T_JJ, T_NN}},
    {"ian", 3, {T_JJ, T_NN}},
    {"ese", 3, {T_JJ, T_NN}},
    {"ish", 3, {T_JJ}},
    {"ize", 3, {T_VB, T_VBP}},
    {"ise", 3, {T_VB, T_VBP}},
    {"ify", 3, {T_VB, T_VBP}},
    {"ss", 2, {T_NN}},
    {"us", 2, {T_NN}},
    {"is", 2, {T_NN}},
    {"s", 1, {T_NNS, T_VBZ}},
};

/* Capitalised words the lexicon lacks: nationality adjectives
 * ("Arnorian embassy", "Sudanese troops") and their plurals. */
static const char *const nationality[] = {"ian", "ean", "ese", "ish", "an"};

static bool ends_with(const char *s, size_t n, const char *suf, size_t m)
{
    return n > m + 1 && memcmp(s + n - m, suf, m) == 0;
}

static void guess_capitalised(struct cand *c, const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof nationality / sizeof *nationality; k++) {
        size_t m = strlen(nationality[k]);
        if (ends_with(s, n, nationality[k], m)) {
            push(c, T_NNP);
            push(c, T_JJ);
            return;
        }
        if (n > m + 2 && s[n - 1] == 's' && memcmp(s + n - 1 - m, nationality[k], m) == 0) {
            push(c, T_NNPS);
            return;
        }
    }
    push(c, T_NNP);
}

/* "war-torn", "five-year", "pro-restoration", "U.S.-led": adjectives
 * before a noun; the last part decides otherwise. */
static void guess_hyphenated(struct cand *c, const char *s, size_t n)
{
    const char *last = memrchr(s, '-', n) + 1;
    size_t m = (size_t)(s + n - last);
    if (m && isupper((unsigned char)last[0])) {
        push(c, T_NNP); /* Al-Qaeda, al-Shabab */
        return;
    }
    uint32_t e = m ? lex_find(last, m, lex_hash(last, m)) : LEX_NONE;
    struct cand tail = {.ent = LEX_NONE};
    if (e != LEX_NONE)
        set_entry(&tail, e);
    if (tail.mask & (TB(T_VBN) | TB(T_VBD) | TB(T_VBG) | M_ADJ)) {
        push(c, T_JJ);
    } else if (tail.n && tail.tags[0] == T_NNS) {
        push(c, T_NNS);
        push(c, T_JJ);
    } else {
        push(c, T_JJ);
        push(c, T_NN);
    }
}

static void guess_number(struct cand *c, const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && (isdigit((unsigned char)s[d]) || s[d] == ',' || s[d] == '.'))
        d++;
    if (d == n) {
        push(c, T_CD);
        return;
    }
    const char *rest = s + d;
    size_t m = n - d;
    bool ordinal = m >= 2 && (!memcmp(rest, "st", 2) || !memcmp(rest, "nd", 2) ||
                              !memcmp(rest, "rd", 2) || !memcmp(rest, "th", 2));
    if (ordinal && (m == 2 || rest[2] == '-')) {
        push(c, T_JJ); /* 12th, 3rd-tier */
        return;
    }
    if (rest[0] == '-' && m > 1 && isalpha((unsigned char)rest[1])) {
        push(c, T_JJ); /* 20-year */
        push(c, T_NN);
        return;
    }
    push(c, T_CD); /* 1990s, 2:30, 10-3, 100m */
    if (rest[0] == 's' && m == 1)
        push(c, T_NNS);
}

static void guess(struct cand *c, const char *s, size_t n)
{
    c->shape |= S_GUESSED | S_NOLEMMA;
    if (c->shape & S_DIGIT) {
        guess_number(c, s, n);
        return;
    }
    bool alpha = false, inner_dot = false, upper = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        alpha |= isalpha(ch) || ch >= 0x80;
        upper |= isupper(ch);
        inner_dot |= ch == '.' && i + 1 < n;
    }
    if (!alpha) {
        push(c, T_SYM);
        return;
    }
    if (inner_dot && upper) {
        push(c, T_NNP); /* U.S., U.N. */
        return;
    }
    if (c->shape & S_HYPHEN) {
        guess_hyphenated(c, s, n);
        return;
    }
    if (c->shape & S_CAP) {
        guess_capitalised(c, s, n);
        return;
    }
    for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
        const struct suffix *x = &suffixes[k];
        if (ends_with(s, n, x->s, x->len)) {
            for (size_t t = 0; t < 3 && x->tags[t]; t++)
                push(c, x->tags[t]);
            return;
        }
    }
    push(c, T_NN);
}

/* ASCII letter tests: what <ctype.h> answers in the C locale, without
 * its table lookups, and the same whatever locale an embedding program
 * has set. */
static inline bool ascii_upper(unsigned char c)
{
    return (unsigned)(c - 'A') < 26u;
}

static inline bool ascii_digit(unsigned char c)
{
    return (unsigned)(c - '0') < 10u;
}

/* Per byte: 1 a lower-case ASCII letter, 2 a hyphen, 4 an upper-case
 * ASCII letter. */
#define SHAPE_CLASS(c)                                                                             \
    ((uint8_t)((unsigned)((c) - 'a') < 26u   ? 1                                                   \
               : (c) == '-'                  ? 2                                                   \
               : (unsigned)((c) - 'A') < 26u ? 4                                                   \
                                             : 0))
#define SHAPE4(b)  SHAPE_CLASS(b), SHAPE_CLASS((b) + 1), SHAPE_CLASS((b) + 2), SHAPE_CLASS((b) + 3)
#define SHAPE16(b) SHAPE4(b), SHAPE4((b) + 4), SHAPE4((b) + 8), SHAPE4((b) + 12)
#define SHAPE64(b) SHAPE16(b), SHAPE16((b) + 16), SHAPE16((b) + 32), SHAPE16((b) + 48)
static const uint8_t shape_class[256] = {SHAPE64(0), SHAPE64(64), SHAPE64(128), SHAPE64(192)};

uint32_t word_hash_shape(const char *s, size_t n, uint8_t *shape_out)
{
    /* The hash's multiplies form one chain of dependent steps; the shape
     * is gathered beside it, one table load a byte: which classes
     * occur, and how many capitals. */
    uint32_t h = 2166136261u;
    unsigned seen = 0, uppers = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        unsigned k = shape_class[ch];
        h = (h ^ ch) * 16777619u;
        seen |= k;
        uppers += k >> 2;
    }
    uint8_t shape = 0;
    /* a hyphen inside the word, not at either end */
    if ((seen & 2) && n > 2 && memchr(s + 1, '-', n - 2))
        shape |= S_HYPHEN;
    if (n && ascii_upper((unsigned char)s[0]))
        shape |= S_CAP;
    /* all its letters capitals, and at least two of them */
    if (!(seen & 1) && uppers >= 2)
        shape |= S_ALLCAP;
    if (n && (ascii_digit((unsigned char)s[0]) ||
              (n > 1 && (s[0] == '.' || s[0] == '-' || s[0] == '+') &&
               ascii_digit((unsigned char)s[1]))))
        shape |= S_DIGIT;
    *shape_out = shape;
    return h;
}

void cand_lookup(struct cand *c, const struct token *t, uint32_t hash, uint8_t shape, bool first,
                 bool headline)
{
    const char *s = t->text;
    size_t n = t->len;
    c->mask = 0;
    c->n = 0;
    c->ent = c->alt = LEX_NONE;
    c->aux = AUX_NONE;
    c->shape = (uint8_t)(shape | (first ? S_FIRST : 0));
    bool cap = (c->shape & S_CAP) != 0;
    uint32_t e = lex_find(s, n, hash);
    if (e != LEX_NONE && !(headline && cap && n > 1) && !(first && cap)) {
        set_entry(c, e);
        return;
    }
    char low[64];
    bool fits = n > 0 && n < sizeof low, has_upper = false;
    for (size_t i = 0; fits && i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        has_upper |= ascii_upper(ch);
        low[i] = (char)(ascii_upper(ch) ? ch + ('a' - 'A') : ch);
    }
    if (e != LEX_NONE && !headline) {
        /* a first word that is a name and a common word: "Rebel
           leaders", "Turkey said"; the rules choose */
        set_entry(c, e);
        uint32_t le = fits && has_upper ? lex_find(low, n, lex_hash(low, n)) : LEX_NONE;
        if (le != LEX_NONE)
            set_entry(c, le);
        return;
    }
    uint32_t le = fits && has_upper ? lex_find(low, n, lex_hash(low, n)) : LEX_NONE;
    if (le == LEX_NONE && e == LEX_NONE && fits && (headline || !has_upper)) {
        /* PAKISTAN or swiss: a name written in capitals or lower case */
        low[0] = (char)toupper((unsigned char)low[0]);
        le = lex_find(low, n, lex_hash(low, n));
        if (le != LEX_NONE) {
            set_entry(c, le);
            if (headline)
                c->shape &= (uint8_t) ~(S_CAP | S_ALLCAP);
            return;
        }
    }
    if (le == LEX_NONE) {
        if (e != LEX_NONE)
            set_entry(c, e);
        else
            guess(c, s, n); /* in a headline too, an unknown word is a name */
        return;
    }
    set_entry(c, le);
    c->shape |= S_LOWERED;
    if (headline) {
        c->shape &= (uint8_t) ~(S_CAP | S_ALLCAP); /* capitals say nothing here */
        return;
    }
    bool closed = (TB(c->tags[0]) & M_CLOSED) != 0;
    if (c->shape & S_ALLCAP) {
        push_front(c, T_NNP); /* NATO, US */
    } else if (cap && !first && !closed) {
        /* "the Beijing Games", "Prime Minister": a name inside a sentence */
        push_front(c, (c->mask & TB(T_NNS)) && !(c->mask & TB(T_NN)) ? T_NNPS : T_NNP);
    } else if (cap && !closed) {
        push(c, (c->mask & TB(T_NNS)) && !(c->mask & TB(T_NN)) ? T_NNPS : T_NNP);
    }
}

/* Lower-cases s[0..n) into out and strips an inflection: the stem is
 * kept when the lexicon knows it, else with a final e ("harboured" ->
 * "harbour", "debated" -> "debate"). */
static const char *strip_suffix(const char *low, size_t n, size_t cut, char *out)
{
    size_t m = n - cut;
    memcpy(out, low, m);
    out[m] = '\0';
    if (lex_find(out, m, lex_hash(out, m)) != LEX_NONE)
        return out;
    if (m > 2 && out[m - 1] == out[m - 2] && !strchr("aeiouls", out[m - 1])) {
        out[m - 1] = '\0'; /* stopped -> stop */
        if (lex_find(out, m - 1, lex_hash(out, m - 1)) != LEX_NONE)
            return out;
        out[m - 1] = out[m - 2];
    }
    out[m] = 'e';
    out[m + 1] = '\0';
    if (lex_find(out, m + 1, lex_hash(out, m + 1)) != LEX_NONE)
        return out;
    out[m] = '\0';
    return out;
}

const char *guess_lemma(const struct token *t, int tag, char *buf)
{
    bool plural = tag == T_NNS || tag == T_NNPS || tag == T_VBZ;
    const char *s = t->text;
    size_t n = t->len;
    bool lower = true;
    for (size_t i = 0; i < n; i++)
        lower &= !isupper((unsigned char)s[i]);
    char *low = buf + n + 4; /* the caller sized buf at 2n + 8 */
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[n] = '\0';
    if (plural && n > 3 && low[n - 1] == 's' && low[n - 2] != 's') {
        if (ends_with(low, n, "ies", 3)) {
            memcpy(buf, low, n - 3);
            strcpy(buf + n - 3, "y");
            return buf;
        }
        if (ends_with(low, n, "ches", 4) || ends_with(low, n, "shes", 4) ||
            ends_with(low, n, "sses", 4) || ends_with(low, n, "xes", 3) ||
            ends_with(low, n, "zes", 3))
            return strip_suffix(low, n, 2, buf);
        return strip_suffix(low, n, 1, buf);
    }
    if ((tag == T_VBD || tag == T_VBN) && ends_with(low, n, "ied", 3)) {
        memcpy(buf, low, n - 3);
        strcpy(buf + n - 3, "y");
        return buf;
    }
    if ((tag == T_VBD || tag == T_VBN) && ends_with(low, n, "ed", 2))
        return strip_suffix(low, n, 2, buf);
    if (tag == T_VBG && ends_with(low, n, "ing", 3))
        return strip_suffix(low, n, 3, buf);
    if (lower)
        return s;
    memcpy(buf, low, n + 1);
    return buf;
}
