/* tokenize.c - normalized text to raw tokens: the scanner.
 * Segment stage, step 3 (see internal.h). This file walks the text once,
 * outside the ranges preamble.c skips. It sorts characters into spaces,
 * line breaks, characters that always stand alone (brackets, double
 * quotes, ; ? !) and word characters. It hands each run of word
 * characters to words.c, which applies the Treebank rules inside it.
 * On the way it notes what the splitter needs and could not see later:
 * blank lines, list items and the ends of their lines, each a forced
 * sentence start (F_HARD).
 *
 * Why a table per byte and one pass: the scanner must cost a few
 * nanoseconds per character. ASCII is classified by one table load;
 * only non-ASCII characters are decoded and looked up in utf8proc. No
 * state outlives the current line except the list flag, so nothing here
 * depends on nesting depth, and the time is linear in the text. Token
 * strings go to one buffer reserved up front at twice the text's length:
 * each copied token takes at most its source bytes plus a NUL, so the
 * buffer never moves and the pointers into it stay valid. */
#include "segment/internal.h"

#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "base/xalloc.h"

enum { C_WORD, C_SPACE, C_NL, C_ALONE, C_DQUOTE };

/* ASCII classes; every byte >= 0x80 is decoded instead. */
static const uint8_t ctab[128] = {
    [' '] = C_SPACE, ['\n'] = C_NL,   ['('] = C_ALONE,  [')'] = C_ALONE, ['['] = C_ALONE,
    [']'] = C_ALONE, ['{'] = C_ALONE, ['}'] = C_ALONE,  [';'] = C_ALONE, ['?'] = C_ALONE,
    ['!'] = C_ALONE, ['`'] = C_ALONE, ['"'] = C_DQUOTE,
};

/* Classes of non-ASCII characters. */
enum { U_WORD, U_OPEN2, U_CLOSE2, U_OPEN1, U_CLOSE1, U_TERM, U_PUNCT, U_PS, U_PE };

static int uclass(int32_t cp)
{
    switch (cp) {
    case 0x00AB: /* « */
    case 0x201C: /* “ */
    case 0x201E: /* „ */
    case 0x201F: return U_OPEN2;
    case 0x00BB: /* » */
    case 0x201D: return U_CLOSE2;
    case 0x2018: /* ‘ */
    case 0x201A: /* ‚ */
    case 0x2039: return U_OPEN1;
    case 0x203A: return U_CLOSE1;
    case 0x2019: return U_WORD; /* ’ is mostly an apostrophe: words.c decides */
    case 0x0964:                /* Devanagari danda */
    case 0x061F:                /* Arabic question mark */
    case 0x06D4:                /* Arabic full stop */
    case 0x3002:                /* ideographic full stop */
    case 0xFF01:                /* fullwidth ! */
    case 0xFF1F: return U_TERM;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PS: return U_PS;
    case UTF8PROC_CATEGORY_PE: return U_PE;
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO: return U_PUNCT;
    default: return U_WORD; /* letters, marks, digits, currency, ... */
    }
}

uint8_t seg_first_flags(const unsigned char *s)
{
    if (s[0] < 0x80) {
        if (is_ascii_upper(s[0]))
            return F_UPPER;
        if (is_ascii_lower(s[0]))
            return F_LOWER;
        return is_ascii_digit(s[0]) || s[0] == '$' ? F_DIGIT : 0; /* "$5" reads as a number */
    }
    size_t n;
    switch (utf8proc_category(utf8_decode(s, &n))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return F_UPPER;
    case UTF8PROC_CATEGORY_LL: return F_LOWER;
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_LM: return F_CASELESS;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_SC: return F_DIGIT;
    default: return 0;
    }
}

/* Inline: it runs once per token, and the call cost as much as its stores. */
static inline struct rtok *push(struct tk *k, uint32_t a, uint32_t b, uint8_t kind)
{
    struct segmenter *s = k->s;
    if (s->nraw == s->raw_cap)
        GROW(s->raw, s->raw_cap, s->nraw + 1);
    struct rtok *r = &s->raw[s->nraw++];
    r->start = a;
    r->end = b;
    r->kind = kind;
    r->flags = k->pending;
    k->pending = 0;
    return r;
}

void tk_static(struct tk *k, uint32_t a, uint32_t b, const char *str, uint8_t kind)
{
    struct rtok *r = push(k, a, b, kind);
    uint32_t n = 0;
    while (str[n]) /* at most five bytes */
        n++;
    r->text = str;
    r->len = n;
}

void tk_copy(struct tk *k, uint32_t a, uint32_t b, uint8_t kind)
{
    struct rtok *r = push(k, a, b, kind);
    struct buf *sb = &k->s->strs;
    char *dst = sb->data + sb->len;
    const unsigned char *src = (const unsigned char *)k->t + a;
    size_t n = b - a, m = 0;
    for (size_t i = 0; i < n; i++) {
        if (src[i] == 0xE2 && i + 2 < n && src[i + 1] == 0x80 && src[i + 2] == 0x99) {
            dst[m++] = '\''; /* ’ as an apostrophe, as the dictionaries spell it */
            i += 2;
        } else {
            dst[m++] = (char)src[i];
        }
    }
    dst[m] = '\0';
    sb->len += m + 1;
    r->text = dst;
    r->len = (uint32_t)m;
    r->flags |= seg_first_flags(src);
}

/* A straight double quote opens when it follows a space, a line break or
 * an opening bracket or quote, or sits between punctuation and a word
 * (`said,"We`); otherwise it closes. */
static bool dquote_opens(const char *t, uint32_t p, uint32_t len)
{
    unsigned char prev = p ? (unsigned char)t[p - 1] : ' ';
    unsigned char next = p + 1 < len ? (unsigned char)t[p + 1] : ' ';
    if (prev == ' ' || prev == '\n' || strchr("([{`-", prev))
        return true;
    if (p >= 3 && (prev == 0x9C || prev == 0x98) && memcmp(t + p - 3, "\xE2\x80", 2) == 0)
        return true; /* after “ or ‘ */
    if (next == ' ' || next == '\n' || is_ascii_alpha(prev) || is_ascii_digit(prev) || prev >= 0x80)
        return false;
    return is_ascii_alpha(next) || is_ascii_digit(next) || next >= 0x80;
}

/* A list item's marker at a line start: "* ", "• " and other bullet
 * signs anywhere; "- ", "+ ", "1. ", "2) ", "(3) " only where a list may
 * begin or go on (loose), since a wrapped line can start with a dash or
 * with the number that ends a sentence ("...rose to\n15. Police said").
 * Returns the end of the marker and its space, or p. */
static uint32_t list_marker(const char *t, uint32_t p, uint32_t e, bool loose)
{
    static const char *const bullets[] = {"*",
                                          "\xE2\x80\xA2",  /* • */
                                          "\xE2\x96\xAA",  /* ▪ */
                                          "\xE2\x97\x8F",  /* ● */
                                          "\xE2\x96\xA0",  /* ■ */
                                          "\xE2\x97\xA6"}; /* ◦ */
    unsigned char c = (unsigned char)t[p];
    if (c != '-' && c != '*' && c != '+' && c != 0xE2 && c != '(' && !is_ascii_digit(c))
        return p; /* most lines */
    for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++) {
        size_t n = strlen(bullets[i]);
        if (p + n < e && memcmp(t + p, bullets[i], n) == 0 && t[p + n] == ' ')
            return p + (uint32_t)n + 1;
    }
    if (!loose)
        return p;
    if ((c == '-' || c == '+') && p + 1 < e && t[p + 1] == ' ')
        return p + 2;
    uint32_t q = p + (c == '(');
    uint32_t d = q;
    while (d < e && d - q < 2 && is_ascii_digit((unsigned char)t[d]))
        d++;
    if (d == q || d + 1 >= e || t[d + 1] != ' ')
        return p;
    if ((q == p && (t[d] == '.' || t[d] == ')')) || (q > p && t[d] == ')'))
        return d + 2;
    return p;
}

static bool lower_is(const char *t, uint32_t p, uint32_t e, const char *word)
{
    for (; *word; word++, p++)
        if (p >= e || (t[p] | 0x20) != *word)
            return false;
    return true;
}

/* "http://", "https://", "ftp://", "www." in any case. */
static bool url_start(const char *t, uint32_t p, uint32_t e)
{
    switch (t[p] | 0x20) {
    case 'h':
        return lower_is(t, p, e, "http") &&
               (lower_is(t, p + 4, e, "://") || lower_is(t, p + 4, e, "s://"));
    case 'f': return lower_is(t, p, e, "ftp://");
    case 'w': return lower_is(t, p, e, "www.") && p + 4 < e;
    default: return false;
    }
}

/* A URL runs to the next space or quote; final punctuation is left out,
 * and so is a closing bracket without its opening one inside. */
static uint32_t url_end(const char *t, uint32_t p, uint32_t e)
{
    uint32_t q = p;
    int paren = 0, square = 0;
    while (q < e) {
        unsigned char c = (unsigned char)t[q];
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c >= 0x80)
            break;
        paren += (c == '(') - (c == ')');
        square += (c == '[') - (c == ']');
        q++;
    }
    while (q > p + 4) {
        char c = t[q - 1];
        if (strchr(".,;:!?'", c)) {
            q--;
        } else if ((c == ')' && paren < 0) || (c == ']' && square < 0)) {
            paren += c == ')';
            square += c == ']';
            q--;
        } else {
            break;
        }
    }
    return q;
}

/* ASCII letters and digits: a run of nothing else is one word token.
 * (Bytes >= 0x80 are 0: they are decoded and classified elsewhere.) */
static const uint8_t alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
    ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* The end of the run of word characters at p when it is made of ASCII
 * letters and digits alone, the common word; else 0, and the run goes to
 * words.c. Such a run is one token (none of words.c's rules can cut it
 * but "cannot"), and it is copied into the token strings while it is
 * scanned: the room there is reserved, and a run that turns out not to
 * qualify is simply written over by the tokens words.c makes of it. */
static uint32_t word_run(struct tk *k, uint32_t p, uint32_t e)
{
    const char *t = k->t;
    struct buf *sb = &k->s->strs;
    char *dst = sb->data + sb->len;
    uint32_t a = p;
    while (p < e && alnum[(unsigned char)t[p]]) {
        dst[p - a] = t[p];
        p++;
    }
    if (p == a || (p < e && ((unsigned char)t[p] >= 0x80 || ctab[(unsigned char)t[p]] == C_WORD)) ||
        (p - a == 6 && (t[a] | 0x20) == 'c' && strncasecmp(t + a, "cannot", 6) == 0))
        return 0;
    uint32_t n = p - a;
    dst[n] = '\0';
    sb->len += n + 1;
    struct rtok *r = push(k, a, p, K_WORD);
    r->text = dst;
    r->len = n;
    unsigned char c = (unsigned char)t[a];
    r->flags |= is_ascii_upper(c) ? F_UPPER : is_ascii_lower(c) ? F_LOWER : F_DIGIT;
    return p;
}

static uint32_t run_end(const char *t, uint32_t p, uint32_t e)
{
    while (p < e) {
        unsigned char c = (unsigned char)t[p];
        if (c < 0x80) {
            if (ctab[c] != C_WORD)
                break;
            p++;
            continue;
        }
        size_t n;
        if (uclass(utf8_decode((const unsigned char *)t + p, &n)) != U_WORD)
            break;
        p += (uint32_t)n;
    }
    return p;
}

/* One character that stands alone; returns its end. */
static uint32_t alone(struct tk *k, uint32_t p)
{
    static const char *const spell[] = {['('] = "-LRB-", [')'] = "-RRB-", ['['] = "-LSB-",
                                        [']'] = "-RSB-", ['{'] = "-LCB-", ['}'] = "-RCB-"};
    const char *t = k->t;
    unsigned char c = (unsigned char)t[p];
    if (c < 0x80) {
        if (c == '"') {
            bool open = dquote_opens(t, p, k->len);
            tk_static(k, p, p + 1, open ? "``" : "''", open ? K_OPEN : K_CLOSE);
        } else if (c == '`') {
            uint32_t q = p + 1 + (p + 1 < k->len && t[p + 1] == '`');
            tk_static(k, p, q, q - p == 2 ? "``" : "`", K_OPEN);
            return q;
        } else if (c == '?' || c == '!') {
            tk_copy(k, p, p + 1, K_TERM);
        } else if (c == ';') {
            tk_copy(k, p, p + 1, K_PUNCT);
        } else {
            bool open = c == '(' || c == '[' || c == '{';
            tk_static(k, p, p + 1, spell[c], open ? K_OPEN : K_CLOSE);
        }
        return p + 1;
    }
    size_t n;
    int32_t cp = utf8_decode((const unsigned char *)t + p, &n);
    int cls = uclass(cp);
    uint32_t q = p + (uint32_t)n;
    if (cp == 0x201C && p > 0 && !strchr(" \n([{", t[p - 1]) &&
        (q >= k->len || strchr(" \n,.;:!?)", t[q])))
        cls = U_CLOSE2; /* German „...“ closes with “ */
    switch (cls) {
    case U_OPEN2: tk_static(k, p, q, "``", K_OPEN); break;
    case U_CLOSE2: tk_static(k, p, q, "''", K_CLOSE); break;
    case U_OPEN1: tk_static(k, p, q, "`", K_OPEN); break;
    case U_CLOSE1: tk_static(k, p, q, "'", K_CLOSE); break;
    case U_TERM: tk_copy(k, p, q, K_TERM); break;
    case U_PS: tk_copy(k, p, q, K_OPEN); break;
    case U_PE: tk_copy(k, p, q, K_CLOSE); break;
    default: tk_copy(k, p, q, K_PUNCT); break;
    }
    return q;
}

static bool stands_alone(const char *t, uint32_t p)
{
    unsigned char c = (unsigned char)t[p];
    if (c < 0x80)
        return ctab[c] == C_ALONE || ctab[c] == C_DQUOTE;
    size_t n;
    return uclass(utf8_decode((const unsigned char *)t + p, &n)) != U_WORD;
}

/* Tokens of [a, e), a stretch between skipped ranges. */
static void scan(struct tk *k, uint32_t a, uint32_t e)
{
    const char *t = k->t;
    uint32_t p = a, last = a; /* last: the end of the last token */
    int newlines = 0;
    bool line_start = a == 0 || t[a - 1] == '\n', indented = false, in_list = false;
    while (p < e) {
        unsigned char c = (unsigned char)t[p];
        if (c == ' ' || c == '\n') {
            indented = c == ' ' && (indented || line_start);
            line_start = line_start || c == '\n';
            newlines += c == '\n';
            p++;
            continue;
        }
        /* Line structure matters only at a line's start or after a line
         * break; within a line (most tokens) there is nothing to test. */
        if (newlines || line_start) {
            /* A list may begin or go on at the start of the text, after a
             * blank line, after a line ending in ':' and after an item. */
            bool loose = last == a || newlines >= 2 || in_list || t[last - 1] == ':';
            if (newlines >= 2 || (newlines == 1 && in_list && !indented)) {
                k->pending |= F_HARD; /* a blank line, or the end of a list item's line */
                in_list = false;
            }
            newlines = 0;
            if (line_start) {
                line_start = indented = false;
                uint32_t m = list_marker(t, p, e, loose);
                if (m > p) {
                    k->pending |= F_HARD;
                    in_list = true;
                    p = last = m;
                    continue;
                }
            }
        }
        if (stands_alone(t, p)) {
            p = alone(k, p);
        } else if (url_start(t, p, e)) {
            uint32_t q = url_end(t, p, e);
            tk_copy(k, p, q, K_WORD);
            p = q;
        } else {
            uint32_t q = word_run(k, p, e);
            if (!q) {
                q = run_end(t, p, e);
                tk_word(k, p, q);
            }
            p = q;
        }
        last = p;
    }
}

void seg_tokenize(struct segmenter *s)
{
    struct tk k = {.s = s, .t = s->text.data, .len = (uint32_t)s->text.len};
    s->nraw = 0;
    GROW(s->raw, s->raw_cap, s->text.len / 4 + 16);
    uint32_t from = 0;
    for (size_t i = 0; i <= s->nskip; i++) {
        uint32_t to = i < s->nskip ? s->skip[i].start : k.len;
        scan(&k, from, to);
        if (i < s->nskip) {
            from = s->skip[i].end;
            k.pending |= F_HARD;
        }
    }
}
