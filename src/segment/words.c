/* words.c - the Treebank rules inside one run of word characters.
 * Segment stage, step 3 (see internal.h); tokenize.c finds the runs.
 * A run is text between spaces and the characters that always stand
 * alone, such as `officials'`, `U.S.-led`, `$1.5`, `didn't.` or
 * `fight--and`. It is cut in three parts:
 *   - the front: opening single quotes, "$" and other currency signs,
 *     "#", dashes and stray punctuation, each its own token;
 *   - the back, found scanning from the end: , : % and other marks,
 *     closing single quotes (the possessive "'" too), dashes, "..."
 *     and the final period, unless the word is an abbreviation
 *     ("U.S.", "Gen.", "F."), which keeps it;
 *   - the middle: one word, except that "n't" and the clitics 's 're
 *     've 'll 'd 'm come off its end, "cannot" is "can" "not", and
 *     "--", "...", a comma between non-digits and a currency sign
 *     before a digit ("US$5") split it.
 * Hyphens, periods, apostrophes and commas inside words and numbers
 * stay ("al-Qaeda", "3.5", "1,200", "O'Brien").
 *
 * Why this shape: peeling the two ends and then looking inside is the
 * way the Treebank conventions are written, and each step looks at a
 * byte or two, so the common word (letters only) costs one pass over
 * its bytes and one copy. */
#include "segment/internal.h"

#include <ctype.h>

#include <string.h>
#include <strings.h>
#include <utf8proc.h>

enum { W_FRONT = 1, W_BACK = 2, W_INNER = 4 };

/* ASCII marks that come off the front (W_FRONT) or the back (W_BACK) of a
 * word as tokens of their own, and those that may split it (W_INNER). */
static const uint8_t wclass[128] = {
    [','] = W_FRONT | W_BACK | W_INNER,
    ['-'] = W_INNER,
    ['.'] = W_INNER,
    ['$'] = W_INNER,
    [':'] = W_FRONT | W_BACK,
    ['%'] = W_FRONT | W_BACK,
    ['&'] = W_FRONT | W_BACK,
    ['/'] = W_FRONT | W_BACK,
    ['*'] = W_FRONT | W_BACK,
    ['+'] = W_FRONT | W_BACK,
    ['='] = W_FRONT | W_BACK,
    ['<'] = W_FRONT | W_BACK,
    ['>'] = W_FRONT | W_BACK,
    ['@'] = W_FRONT | W_BACK,
    ['|'] = W_FRONT | W_BACK,
    ['~'] = W_FRONT | W_BACK,
    ['^'] = W_FRONT | W_BACK,
    ['\\'] = W_FRONT | W_BACK,
    ['_'] = W_FRONT | W_BACK | W_INNER,
    ['#'] = W_BACK,
    ['\''] = W_BACK,
};

static bool at_rsquo(const char *t, uint32_t p, uint32_t e)
{
    const unsigned char *u = (const unsigned char *)t + p;
    return p + 3 <= e && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99;
}

static uint32_t count(const char *t, uint32_t p, uint32_t e, char c)
{
    uint32_t q = p;
    while (q < e && t[q] == c)
        q++;
    return q - p;
}

static uint32_t count_back(const char *t, uint32_t a, uint32_t e, char c)
{
    uint32_t q = e;
    while (q > a && t[q - 1] == c)
        q--;
    return e - q;
}

static char lower(char c)
{
    return (char)(c | 0x20); /* only compared with lower-case letters */
}

/* Where a clitic ('s 'm 'd 're 've 'll n't, with ' or ’) starts at the
 * end of [a, e), or e when there is none. It may start at a. */
static uint32_t clitic(const char *t, uint32_t a, uint32_t e)
{
    if (e - a < 2)
        return e;
    char last = lower(t[e - 1]), before = lower(t[e - 2]);
    uint32_t q = e - 1; /* where the apostrophe must end */
    if ((last == 'e' && (before == 'r' || before == 'v')) || (last == 'l' && before == 'l'))
        q = e - 2;
    else if (last != 's' && last != 'm' && last != 'd' && last != 't')
        return e;
    if (q > a && t[q - 1] == '\'')
        q -= 1;
    else if (q - a >= 3 && at_rsquo(t, q - 3, q))
        q -= 3;
    else
        return e;
    if (last != 't')
        return q;
    /* n't needs the n and a letter before it: "didn't", not "'t" */
    if (q - a < 2 || lower(t[q - 1]) != 'n' || !is_ascii_alpha((unsigned char)t[q - 2]))
        return e;
    return q - 1;
}

/* A run of periods at p: ".", "...", or, for four or more, "..." and
 * the sentence's "." after it. Returns the run's end. */
static uint32_t dots(struct tk *k, uint32_t p, uint32_t e)
{
    uint32_t d = count(k->t, p, e, '.');
    if (d == 1) {
        tk_static(k, p, p + 1, ".", K_PERIOD);
    } else if (d <= 3) {
        tk_static(k, p, p + d, "...", K_ELLIPSIS);
    } else {
        tk_static(k, p, p + d - 1, "...", K_ELLIPSIS);
        tk_static(k, p + d - 1, p + d, ".", K_PERIOD);
    }
    return p + d;
}

/* Peels one token off the front of [p, e) and returns where the rest
 * starts, or p when the front is part of the word. */
static uint32_t front(struct tk *k, uint32_t p, uint32_t e)
{
    const char *t = k->t;
    char c = t[p];
    if (c == '\'' && p + 1 < e && t[p + 1] == '\'') {
        tk_static(k, p, p + 2, "''", K_CLOSE); /* '' typed as a closing double quote */
        return p + 2;
    }
    if (c == '\'' || at_rsquo(t, p, e)) {
        uint32_t q = p + (c == '\'' ? 1 : 3);
        if (q < e && is_ascii_digit((unsigned char)t[q]))
            return p; /* '90s */
        if (p > 0 && t[p - 1] != ' ' && t[p - 1] != '\n' && clitic(t, p, e) == p)
            return p; /* `"Taliban"'s`: the middle splits the clitic */
        if (q == e)
            tk_static(k, p, q, "'", K_CLOSE);
        else
            tk_static(k, p, q, "`", K_OPEN);
        return q;
    }
    if (c == '-') {
        uint32_t h = count(t, p, e, '-');
        if (h == 1 && p + 1 < e && (is_ascii_digit((unsigned char)t[p + 1]) || t[p + 1] == '.'))
            return p; /* -5, -.5 */
        tk_static(k, p, p + h, "--", K_PUNCT);
        return p + h;
    }
    if (c == '.') {
        uint32_t d = count(t, p, e, '.');
        if (d == 1 && p + 1 < e && is_ascii_digit((unsigned char)t[p + 1]))
            return p; /* .5 */
        return dots(k, p, e);
    }
    if (c == '$' || c == '#') {
        tk_copy(k, p, p + 1, K_WORD);
        return p + 1;
    }
    if ((unsigned char)c < 0x80 && (wclass[(unsigned char)c] & W_FRONT)) {
        tk_copy(k, p, p + 1, K_PUNCT);
        return p + 1;
    }
    if ((unsigned char)c >= 0x80) {
        size_t n;
        if (utf8proc_category(utf8_decode((const unsigned char *)t + p, &n)) ==
            UTF8PROC_CATEGORY_SC) {
            tk_copy(k, p, p + (uint32_t)n, K_WORD); /* €, £, ₹ as "$" */
            return p + (uint32_t)n;
        }
    }
    return p;
}

/* "F.", "U.S.", "J.R.R.", "a.m.": single letters each followed by a
 * period; a lone one must be a capital. */
static bool initials(const char *t, uint32_t a, uint32_t e)
{
    int letters = 0;
    bool upper = false;
    uint32_t p = a;
    while (p < e) {
        size_t n;
        uint8_t f = seg_first_flags((const unsigned char *)t + p);
        if (!(f & (F_UPPER | F_LOWER)))
            return false;
        utf8_decode((const unsigned char *)t + p, &n);
        p += (uint32_t)n;
        if (p >= e || t[p] != '.')
            return false;
        p++;
        letters++;
        upper = f & F_UPPER;
    }
    return letters >= 2 || (letters == 1 && upper);
}

/* An abbreviation we do not list: a short all-letter word whose period
 * is followed by a comma, semicolon or a lower-case word ("esp. 40",
 * no; "esp. near", yes; "esp., "). */
static bool unlisted(const struct tk *k, uint32_t a, uint32_t e)
{
    const char *t = k->t;
    if (e - a > 7)
        return false;
    for (uint32_t p = a; p + 1 < e; p++)
        if (!is_ascii_alpha((unsigned char)t[p]))
            return false;
    uint32_t q = e;
    if (q < k->len && (t[q] == ',' || t[q] == ';'))
        return true;
    int newlines = 0;
    while (q < k->len && (t[q] == ' ' || (t[q] == '\n' && ++newlines < 2)))
        q++;
    return q < k->len && is_ascii_lower((unsigned char)t[q]);
}

/* Is the word [a, e), which ends with its only final period, an
 * abbreviation, and of which class? */
static enum abbr_class abbreviation(const struct tk *k, uint32_t a, uint32_t e)
{
    const char *t = k->t;
    enum abbr_class cls = abbrev_lookup(t + a, e - a);
    if (cls != ABBR_NONE)
        return cls;
    if (initials(t, a, e))
        return ABBR_END;
    for (uint32_t h = e - 1; h > a; h--) {
        if (t[h - 1] == '-') { /* "Lt.-Gen.", "ex-U.N." */
            cls = abbrev_lookup(t + h, e - h);
            if (cls != ABBR_NONE)
                return cls;
            return initials(t, h, e) ? ABBR_END : ABBR_NONE;
        }
    }
    return unlisted(k, a, e) ? ABBR_END : ABBR_NONE;
}

/* Where the middle of [a, e) ends: the back is peeled off from there.
 * *kind says whether the middle is an abbreviation. */
static uint32_t middle_end(const struct tk *k, uint32_t a, uint32_t e, uint8_t *kind)
{
    const char *t = k->t;
    while (e > a) {
        char c = t[e - 1];
        if (is_ascii_alpha((unsigned char)c) || is_ascii_digit((unsigned char)c))
            break; /* the common case: a word ends in a letter */
        if ((unsigned char)c < 0x80 && (wclass[(unsigned char)c] & W_BACK)) {
            e--;
        } else if (e - a >= 3 && at_rsquo(t, e - 3, e)) {
            e -= 3;
        } else if (c == '-') {
            uint32_t h = count_back(t, a, e, '-');
            if (h < 2)
                break; /* "pro-" keeps its hyphen */
            e -= h;
        } else if (c == '.') {
            uint32_t d = count_back(t, a, e, '.');
            if (d == 1 && e - a > 1) {
                enum abbr_class cls = abbreviation(k, a, e);
                if (cls != ABBR_NONE) {
                    *kind = cls == ABBR_PREFIX ? K_PREFIX : K_ABBR;
                    break;
                }
            }
            e -= d;
        } else {
            break;
        }
    }
    return e;
}

/* The back, [p, e), each mark its own token. */
static void back(struct tk *k, uint32_t p, uint32_t e)
{
    const char *t = k->t;
    while (p < e) {
        char c = t[p];
        if (c == '.') {
            p = dots(k, p, e);
        } else if (c == '-') {
            uint32_t h = count(t, p, e, '-');
            tk_static(k, p, p + h, "--", K_PUNCT);
            p += h;
        } else if (c == '\'' && p + 1 < e && t[p + 1] == '\'') {
            tk_static(k, p, p + 2, "''", K_CLOSE); /* '' typed as a closing double quote */
            p += 2;
        } else if (c == '\'' || at_rsquo(t, p, e)) {
            uint32_t q = p + (c == '\'' ? 1 : 3);
            tk_static(k, p, q, "'", K_CLOSE);
            p = q;
        } else {
            tk_copy(k, p, p + 1, K_PUNCT);
            p++;
        }
    }
}

/* The middle [a, e) split at "--", "...", commas between non-digits and
 * currency before a digit; the last piece gets kind. */
static void pieces(struct tk *k, uint32_t a, uint32_t e, uint8_t kind)
{
    const char *t = k->t;
    uint32_t from = a;
    /* an address keeps its underscores: "user_name@mail.com" */
    bool address = memchr(t + a, '@', e - a) || memchr(t + a, '/', e - a);
    for (uint32_t p = a; p < e;) {
        char c = t[p];
        if ((unsigned char)c >= 0x80 || !(wclass[(unsigned char)c] & W_INNER)) {
            p++;
            continue;
        }
        uint32_t cut = 0, skip = 0; /* a piece ends at p; a mark [p, p+skip) */
        if ((c == '-' || c == '.') && p + 1 < e && t[p + 1] == c) {
            cut = 1;
            skip = count(t, p, e, c);
        } else if (c == ',' && !(p > a && is_ascii_digit((unsigned char)t[p - 1]) && p + 1 < e &&
                                 is_ascii_digit((unsigned char)t[p + 1]))) {
            cut = 1;
            skip = 1;
        } else if (c == '_' && !address && p > from && p + 1 < e &&
                   isalpha((unsigned char)t[p - 1]) && isalpha((unsigned char)t[p + 1])) {
            /* "Dol_Amroth": dictionary-style joined words are words */
            tk_copy(k, from, p, K_WORD);
            from = ++p;
            continue;
        } else if (c == '$' && p > from && p + 1 < e && is_ascii_digit((unsigned char)t[p + 1])) {
            tk_copy(k, from, p + 1, K_WORD); /* "US$" */
            from = ++p;
            continue;
        }
        if (!cut) {
            p++;
            continue;
        }
        if (p > from)
            tk_copy(k, from, p, K_WORD);
        if (c == '-')
            tk_static(k, p, p + skip, "--", K_PUNCT);
        else if (c == '.')
            tk_static(k, p, p + skip, "...", K_ELLIPSIS);
        else
            tk_copy(k, p, p + 1, K_PUNCT);
        p += skip;
        from = p;
    }
    if (from < e)
        tk_copy(k, from, e, kind);
}

void tk_word(struct tk *k, uint32_t a, uint32_t b)
{
    while (a < b) {
        uint32_t q = front(k, a, b);
        if (q == a)
            break;
        a = q;
    }
    if (a == b)
        return;
    uint8_t kind = K_WORD;
    uint32_t me = middle_end(k, a, b, &kind);
    if (me > a) {
        uint32_t c = clitic(k->t, a, me);
        if (c < me) {
            if (c > a)
                pieces(k, a, c, K_WORD);
            tk_copy(k, c, me, K_WORD);
        } else if (me - a == 6 && strncasecmp(k->t + a, "cannot", 6) == 0) {
            tk_copy(k, a, a + 3, K_WORD);
            tk_copy(k, a + 3, me, K_WORD);
        } else {
            pieces(k, a, me, kind);
        }
    }
    back(k, me, b);
}
