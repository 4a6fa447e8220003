/* preamble.c - the lines at the top of a news document that are not
 * sentences: a byline ("By Jane Doe, Associated Press") and a dateline
 * ("ISLAMABAD (AP) --", "KABUL, Oct 28 (Reuters) -", "WASHINGTON:").
 * Segment stage, step 2 (see internal.h). Both become ranges that the
 * tokenizer skips; the dateline is also reported with its place and
 * outlet.
 *
 * Why a small hand parser and not a pattern library: a dateline is a
 * short sequence of shapes (capitalized place words, an optional region
 * or date after a comma, an optional outlet in parentheses, then a dash
 * or colon), and each shape is a loop over bytes that stops at the end
 * of the line. That keeps the cost bounded by one line. To keep ordinary
 * first sentences from being taken for datelines, a place written in
 * title case ("Istanbul, Turkey") needs an outlet; without one the place
 * must be written in capitals and have at least four letters.
 *
 * Only the first few lines are looked at: an optional headline line, then
 * bylines, then the dateline. A first line in title case or capitals
 * with no final punctuation, followed directly by text, is a headline:
 * an empty skip range after it forces a sentence break there. */
#include "segment/internal.h"

#include <string.h>
#include <utf8proc.h>

static uint32_t line_end(const char *t, uint32_t len, uint32_t p)
{
    const char *nl = memchr(t + p, '\n', len - p);
    return nl ? (uint32_t)(nl - t) : len;
}

/* Letter classes of the character at t[q]; *n := its length in bytes. */
static int letter_case(const char *t, uint32_t q, size_t *n)
{
    unsigned char c = (unsigned char)t[q];
    *n = 1;
    if (is_ascii_upper(c))
        return 'U';
    if (is_ascii_lower(c))
        return 'l';
    if (c < 0x80)
        return 0;
    utf8proc_category_t cat = utf8proc_category(utf8_decode((const unsigned char *)t + q, n));
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
        return 'U';
    if (cat == UTF8PROC_CATEGORY_LL)
        return 'l';
    if (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_MN)
        return 'o';
    return 0;
}

/* One capitalized word of a place name ("ISLAMABAD", "Port-au-Prince",
 * "N.Y."). Returns its end, or q when there is none there. */
static uint32_t place_word(const char *t, uint32_t e, uint32_t q, bool *caps, int *letters)
{
    size_t n;
    if (q >= e || letter_case(t, q, &n) != 'U')
        return q;
    while (q < e) {
        int lc = letter_case(t, q, &n);
        if (lc) {
            *caps = *caps && lc != 'l';
            (*letters)++;
        } else if (t[q] != '.' && t[q] != '\'' && t[q] != '-') {
            break;
        }
        q += (uint32_t)n;
    }
    return q;
}

/* The lower-case particles of place names ("Rio de Janeiro"). */
static uint32_t particle(const char *t, uint32_t e, uint32_t q)
{
    static const char *const words[] = {"al",  "da", "das", "de", "del", "des", "do",
                                        "dos", "du", "el",  "es", "la",  "le",  "of"};
    /* A particle is lower-case letters and a space: only the word of that
     * length there can match, so most words are ruled out at once. */
    uint32_t m = 0;
    while (m < 4 && q + m < e && is_ascii_lower((unsigned char)t[q + m]))
        m++;
    if (m < 2 || m > 3 || q + m >= e || t[q + m] != ' ')
        return q;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        const char *w = words[i]; /* two or three letters: compared in place */
        if (w[0] == t[q] && w[1] == t[q + 1] &&
            (m == 2 ? w[2] == '\0' : w[2] == t[q + 2] && w[3] == '\0'))
            return q + m;
    }
    return q;
}

/* Up to max capitalized words separated by single spaces. Returns the end
 * of the last word (q when none); *caps and *letters describe them. */
static uint32_t place_words(const char *t, uint32_t e, uint32_t q, int max, bool *caps,
                            int *letters)
{
    uint32_t end = q;
    *caps = true;
    *letters = 0;
    for (int words = 0; words < max;) {
        uint32_t we = place_word(t, e, q, caps, letters);
        if (we == q) {
            uint32_t pe = words ? particle(t, e, q) : q;
            if (pe == q)
                break;
            q = pe + 1; /* a particle must be followed by another word */
            continue;
        }
        words++;
        end = we;
        if (we >= e || t[we] != ' ')
            break;
        q = we + 1;
    }
    return end;
}

static uint32_t digits(const char *t, uint32_t e, uint32_t q, uint32_t max)
{
    uint32_t p = q;
    while (p < e && p - q < max && is_ascii_digit((unsigned char)t[p]))
        p++;
    return p;
}

/* "Oct 28", "Oct. 28", "October 28, 2023", "28 October". Returns its end or q. */
static uint32_t date(const char *t, uint32_t e, uint32_t q)
{
    uint32_t p = q, w = q;
    if (is_ascii_digit((unsigned char)t[q])) {
        p = digits(t, e, q, 2);
        if (p >= e || t[p] != ' ')
            return q;
        w = ++p;
    }
    while (p < e && is_ascii_alpha((unsigned char)t[p]))
        p++;
    if (p == w || !month_lookup(t + w, p - w))
        return q;
    if (p < e && t[p] == '.')
        p++;
    if (w == q) { /* month first: the day follows */
        if (p + 1 >= e || t[p] != ' ' || !is_ascii_digit((unsigned char)t[p + 1]))
            return q;
        p = digits(t, e, p + 1, 2);
    }
    if (p + 2 < e && t[p] == ',' && t[p + 1] == ' ' && digits(t, e, p + 2, 4) == p + 6)
        p += 6;
    return p;
}

/* "(AP)", "(Reuters)": sets *a, *b to the name inside; returns the end. */
static uint32_t outlet(const char *t, uint32_t e, uint32_t q, uint32_t *a, uint32_t *b)
{
    uint32_t p = q;
    if (p < e && t[p] == ' ')
        p++;
    if (p + 2 >= e || t[p] != '(' || !is_ascii_alpha((unsigned char)t[p + 1]))
        return q;
    uint32_t r = p + 1;
    while (r < e && r - p < 40 && t[r] != ')') {
        unsigned char c = (unsigned char)t[r];
        if (!is_ascii_alpha(c) && !is_ascii_digit(c) && !strchr(" .&-'/", c))
            return q;
        r++;
    }
    if (r >= e || t[r] != ')')
        return q;
    *a = p + 1;
    *b = r;
    return r + 1;
}

/* The dash or colon ending a dateline. Returns its end or q. */
static uint32_t separator(const char *t, uint32_t e, uint32_t q)
{
    uint32_t p = q;
    while (p < e && t[p] == ' ')
        p++;
    if (p < e && t[p] == ':') {
        p++;
    } else if (p + 1 < e && t[p] == '-' && t[p + 1] == '-') {
        while (p < e && t[p] == '-')
            p++;
        return p; /* "(AP)--Pakistan": an em dash often has no spaces */
    } else if (p < e && t[p] == '-') {
        p++;
    } else {
        return q;
    }
    return p == e || t[p] == ' ' ? p : q;
}

static const char *save(struct segmenter *s, const char *str, size_t n)
{
    char *p = s->strs.data + s->strs.len; /* reserved by the caller */
    memcpy(p, str, n);
    p[n] = '\0';
    s->strs.len += n + 1;
    return p;
}

/* Matches a dateline at line [p, e). Returns its end, or p when none. */
static uint32_t dateline(struct segmenter *s, uint32_t p, uint32_t e)
{
    const char *t = s->text.data;
    bool caps, rcaps;
    int letters, rletters;
    uint32_t q = place_words(t, e, p, 5, &caps, &letters);
    if (q == p)
        return p;
    uint32_t place_end = q;
    bool has_date = false, has_region = false;
    while (q + 2 < e && t[q] == ',' && t[q + 1] == ' ') {
        uint32_t d = has_date ? q + 2 : date(t, e, q + 2);
        if (d > q + 2) {
            q = d;
            has_date = true;
            continue;
        }
        uint32_t r = has_region ? q + 2 : place_words(t, e, q + 2, 3, &rcaps, &rletters);
        if (r == q + 2 || has_date)
            break;
        q = place_end = r;
        has_region = true;
    }
    uint32_t oa = 0, ob = 0;
    q = outlet(t, e, q, &oa, &ob);
    uint32_t end = separator(t, e, q);
    if (end == q || (ob == 0 && !(caps && letters >= 4)))
        return p;
    s->dateline = (struct seg_range){p, end};
    s->place = save(s, t + p, place_end - p);
    if (ob)
        s->outlet = save(s, t + oa, ob - oa);
    return end;
}

static uint32_t trim_end(const char *t, uint32_t a, uint32_t b)
{
    while (b > a && t[b - 1] == ' ')
        b--;
    return b;
}

/* "By Jane Doe, Associated Press": a short line of "By" and capitalized
 * words (a few linking words allowed) without final punctuation. Lower-
 * case words rule out a sentence that opens with "By Tuesday, the ...". */
static bool byline(const char *t, uint32_t a, uint32_t b)
{
    static const char *const linking[] = {"al", "and", "bin", "da", "de",  "del", "for",
                                          "in", "la",  "le",  "of", "the", "van", "von"};
    b = trim_end(t, a, b);
    if (b - a > 100 || b - a < 5 || (memcmp(t + a, "By ", 3) != 0 && memcmp(t + a, "BY ", 3) != 0))
        return false;
    if (strchr(".!?;:,", t[b - 1]))
        return false;
    int words = 1;
    for (uint32_t i = a + 3; i < b;) {
        uint32_t j = i;
        while (j < b && t[j] != ' ')
            j++;
        size_t n, len = j - i - (t[j - 1] == ',');
        bool ok = letter_case(t, i + (t[i] == '('), &n) == 'U';
        for (size_t w = 0; !ok && w < sizeof linking / sizeof *linking; w++)
            ok = strlen(linking[w]) == len && memcmp(t + i, linking[w], len) == 0;
        if (!ok || ++words > 12)
            return false;
        i = j + 1;
        while (i < b && t[i] == ' ')
            i++;
    }
    return words > 1;
}

/* A first line that reads as a headline: no final punctuation, and its
 * words of four or more letters capitalized (at least three in four of
 * them, and at least two such words), or written all in capitals. Its
 * last word and the next line may not begin in lower case: a wrapped
 * first line of a paragraph usually does one or the other. */
static bool headline(const char *t, uint32_t len, uint32_t a, uint32_t b)
{
    size_t n;
    uint32_t next = b;
    while (next < len && (t[next] == ' ' || t[next] == '\n'))
        next++;
    b = trim_end(t, a, b);
    if (b == a || b - a > 150 || strchr(".!?;:,", t[b - 1]) ||
        (next < len && letter_case(t, next, &n) == 'l'))
        return false;
    int long_words = 0, long_caps = 0, lower = 0, upper = 0, lc = 0;
    for (uint32_t i = a; i < b;) {
        uint32_t j = i;
        while (j < b && t[j] != ' ')
            j++;
        lc = letter_case(t, i, &n);
        if (j - i >= 4 && lc) {
            long_words++;
            long_caps += lc == 'U';
        }
        for (uint32_t k = i; k < j; k++) {
            lower += is_ascii_lower((unsigned char)t[k]);
            upper += is_ascii_upper((unsigned char)t[k]);
        }
        i = j + 1;
    }
    if (lc == 'l') /* the last word */
        return false;
    if (lower == 0 && upper >= 4)
        return true;
    return long_words >= 2 && 4 * long_caps >= 3 * long_words;
}

void seg_preamble(struct segmenter *s)
{
    const char *t = s->text.data;
    uint32_t len = (uint32_t)s->text.len, p = 0, head_a = 0, head_b = 0;
    bool head = false;
    s->nskip = 0;
    for (int line = 0; line < 4 && s->nskip < SEG_MAX_SKIPS - 1; line++) {
        while (p < len && (t[p] == ' ' || t[p] == '\n'))
            p++;
        if (p >= len)
            return;
        uint32_t e = line_end(t, len, p);
        if (byline(t, p, e)) {
            s->skip[s->nskip++] = (struct seg_range){p, e};
            p = e;
            continue;
        }
        uint32_t d = dateline(s, p, e);
        if (d > p) {
            s->skip[s->nskip++] = (struct seg_range){p, d};
            return;
        }
        if (line > 0 || e - p > 150 || e == len || strchr(".,;:", t[trim_end(t, p, e) - 1]))
            break;
        /* Maybe a headline, with a byline or a dateline under it. */
        head = true;
        head_a = p;
        head_b = p = e;
    }
    if (head && s->nskip == 0 && headline(t, len, head_a, head_b))
        s->skip[s->nskip++] = (struct seg_range){head_b, head_b};
}
