/* features.c - what the grammar asks about each token, computed once.
 * Parse stage. The rules test tags and a few dozen function words many
 * times per token (lookahead, retries); doing the string work once per
 * token keeps the parser's cost linear and small. */
#include "base/xalloc.h"
#include "parse/internal.h"

#include <pthread.h>
#include <stdlib.h>

struct named {
    const char *name;
    unsigned value;
};

static const struct named word_table[] = {
    {"next", W_DEICTIC},
    {"last", W_DEICTIC},
    {"this", W_DEICTIC},
    {"coming", W_DEICTIC},
    {"past", W_DEICTIC},
    {"'d", W_HAVE},
    {"'m", W_BE},
    {"'re", W_BE},
    {"'s", W_BE},
    {"'ve", W_HAVE},
    {"about", W_ABOUT},
    {"according", W_ACCORDING},
    {"after", W_SUBORD},
    {"afternoon", W_TIME},
    {"although", W_SUBORD},
    {"am", W_BE},
    {"and", W_AND},
    {"april", W_TIME},
    {"are", W_BE},
    {"as", W_SUBORD},
    {"august", W_TIME},
    {"be", W_BE},
    {"because", W_SUBORD},
    {"been", W_BE},
    {"before", W_SUBORD},
    {"being", W_BE},
    {"december", W_TIME},
    {"did", W_DO},
    {"do", W_DO},
    {"does", W_DO},
    {"evening", W_TIME},
    {"february", W_TIME},
    {"friday", W_TIME},
    {"had", W_HAVE},
    {"has", W_HAVE},
    {"have", W_HAVE},
    {"having", W_HAVE},
    {"how", W_HOW},
    {"if", W_SUBORD},
    {"in", W_IN},
    {"is", W_BE},
    {"january", W_TIME},
    {"july", W_TIME},
    {"june", W_TIME},
    {"march", W_TIME},
    {"may", W_TIME},
    {"monday", W_TIME},
    {"month", W_TIME},
    {"morning", W_TIME},
    {"n't", W_NT},
    {"night", W_TIME},
    {"nor", W_NOR},
    {"not", W_NOT},
    {"november", W_TIME},
    {"october", W_TIME},
    {"of", W_OF},
    {"once", W_SUBORD},
    {"or", W_OR},
    {"saturday", W_TIME},
    {"september", W_TIME},
    {"since", W_SUBORD},
    {"so", W_SUBORD},
    {"sunday", W_TIME},
    {"that", W_THAT | W_SUBORD},
    {"though", W_SUBORD},
    {"thursday", W_TIME},
    {"till", W_SUBORD},
    {"today", W_TIME},
    {"tonight", W_TIME},
    {"tuesday", W_TIME},
    {"unless", W_SUBORD},
    {"until", W_SUBORD},
    {"was", W_BE},
    {"wednesday", W_TIME},
    {"week", W_TIME},
    {"weekend", W_TIME},
    {"were", W_BE},
    {"whereas", W_SUBORD},
    {"whether", W_SUBORD},
    {"while", W_SUBORD},
    {"year", W_TIME},
    {"yesterday", W_TIME},
    /* verbs of saying and thinking, which take a clause without "that" */
    {"acknowledged", W_REPORT},
    {"added", W_REPORT},
    {"adds", W_REPORT},
    {"admits", W_REPORT},
    {"admitted", W_REPORT},
    {"agree", W_REPORT},
    {"agreed", W_REPORT},
    {"agrees", W_REPORT},
    {"alleged", W_REPORT},
    {"alleges", W_REPORT},
    {"announced", W_REPORT},
    {"argued", W_REPORT},
    {"argues", W_REPORT},
    {"believe", W_REPORT},
    {"believed", W_REPORT},
    {"believes", W_REPORT},
    {"claim", W_REPORT},
    {"claimed", W_REPORT},
    {"claims", W_REPORT},
    {"confirmed", W_REPORT},
    {"declared", W_REPORT},
    {"denied", W_REPORT},
    {"denies", W_REPORT},
    {"estimated", W_REPORT},
    {"expect", W_REPORT},
    {"expected", W_REPORT},
    {"expects", W_REPORT},
    {"fear", W_REPORT},
    {"feared", W_REPORT},
    {"fears", W_REPORT},
    {"feel", W_REPORT},
    {"feels", W_REPORT},
    {"felt", W_REPORT},
    {"hope", W_REPORT},
    {"hoped", W_REPORT},
    {"hopes", W_REPORT},
    {"indicated", W_REPORT},
    {"insisted", W_REPORT},
    {"insists", W_REPORT},
    {"know", W_REPORT},
    {"knew", W_REPORT},
    {"knows", W_REPORT},
    {"noted", W_REPORT},
    {"notes", W_REPORT},
    {"predicted", W_REPORT},
    {"realized", W_REPORT},
    {"reported", W_REPORT},
    {"reports", W_REPORT},
    {"said", W_REPORT},
    {"say", W_REPORT},
    {"saying", W_REPORT},
    {"says", W_REPORT},
    {"showed", W_REPORT},
    {"shows", W_REPORT},
    {"stressed", W_REPORT},
    {"suggested", W_REPORT},
    {"think", W_REPORT},
    {"thinks", W_REPORT},
    {"thought", W_REPORT},
    {"understands", W_REPORT},
    {"warned", W_REPORT},
    {"warns", W_REPORT},
};

/* The word table is small and fixed, so it is loaded once into an open
 * hash keyed on the bytes packed into two 64-bit words (ASCII letters
 * lower-cased, as strncasecmp folds them): a token costs one
 * packing, one multiply and one or two integer compares, not string
 * compares. Every name is at most 12 bytes long, and has no NUL. */
enum { SLOTS = 512, KEY_MAX = 16 };

struct key {
    uint64_t w[2];
    size_t n;
};

struct slot {
    struct key key;
    unsigned value;
    bool used;
};
static struct slot word_slot[SLOTS];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* ASCII upper case to lower case, every other byte as it is. */
#define LOWER(c)   ((uint8_t)((c) >= 'A' && (c) <= 'Z' ? (c) + ('a' - 'A') : (c)))
#define LOWER4(b)  LOWER(b), LOWER((b) + 1), LOWER((b) + 2), LOWER((b) + 3)
#define LOWER16(b) LOWER4(b), LOWER4((b) + 4), LOWER4((b) + 8), LOWER4((b) + 12)
#define LOWER64(b) LOWER16(b), LOWER16((b) + 16), LOWER16((b) + 32), LOWER16((b) + 48)
static const uint8_t lower[256] = {LOWER64(0), LOWER64(64), LOWER64(128), LOWER64(192)};

/* False when s is too long to be in a table. The two words are built in
 * registers, one byte at a time: s may end anywhere. */
static inline bool pack(const char *s, size_t n, struct key *k)
{
    if (n > KEY_MAX)
        return false;
    uint64_t w[2] = {0, 0};
    for (size_t half = 0; half < 2; half++) {
        size_t from = 8 * half, to = n < from + 8 ? n : from + 8;
        uint64_t v = 0;
        for (size_t i = from; i < to; i++) {
            v |= (uint64_t)lower[(unsigned char)s[i]] << (8 * (i - from));
        }
        w[half] = v;
    }
    k->w[0] = w[0];
    k->w[1] = w[1];
    k->n = n;
    return true;
}

static inline unsigned slot_of(const struct key *k)
{
    uint64_t h = (k->w[0] * 0x9E3779B97F4A7C15u) ^ (k->w[1] * 0xC2B2AE3D27D4EB4Fu) ^ k->n;
    return (unsigned)(h >> 55) % SLOTS;
}

static void insert(struct slot *slots, const struct named *e)
{
    struct key k = {{0, 0}, 0};
    pack(e->name, strlen(e->name), &k); /* names are lower case already */
    unsigned h = slot_of(&k);
    while (slots[h].used)
        h = (h + 1) % SLOTS;
    slots[h] = (struct slot){k, e->value, true};
}

/* Per length, the listed words' first and last bytes (lower-cased) as
 * bits of 64-bit masks over bytes 0x20-0x7F: most tokens are ruled out
 * by two bit tests before any packing or hashing. */
static uint64_t first_bytes[KEY_MAX + 1][2], last_bytes[KEY_MAX + 1][2];

static inline bool byte_in(const uint64_t mask[2], unsigned char b)
{
    unsigned c = lower[b];
    if (c < 0x20 || c >= 0xA0)
        return false;
    c -= 0x20; /* 0 .. 0x7F: word 0 or 1 of the mask */
    return (mask[(c >> 6) & 1] >> (c & 63)) & 1;
}

static bool may_be_listed(const char *s, size_t n)
{
    if (n < 2 || n > KEY_MAX)
        return false;
    return byte_in(first_bytes[n], (unsigned char)s[0]) &&
           byte_in(last_bytes[n], (unsigned char)s[n - 1]);
}

static void build_tables(void)
{
    for (size_t i = 0; i < sizeof word_table / sizeof word_table[0]; i++) {
        const char *w = word_table[i].name;
        size_t n = strlen(w);
        unsigned c = (unsigned char)w[0] - 0x20, z = (unsigned char)w[n - 1] - 0x20;
        insert(word_slot, &word_table[i]);
        first_bytes[n][c >> 6] |= UINT64_C(1) << (c & 63);
        last_bytes[n][z >> 6] |= UINT64_C(1) << (z & 63);
    }
}

/* The value of s[0..n) in slots, or dflt. */
static inline unsigned find(const struct slot *slots, const char *s, size_t n, unsigned dflt)
{
    struct key k = {{0, 0}, 0};
    if (!pack(s, n, &k))
        return dflt;
    for (unsigned h = slot_of(&k); slots[h].used; h = (h + 1) % SLOTS)
        if (slots[h].key.w[0] == k.w[0] && slots[h].key.w[1] == k.w[1] && slots[h].key.n == n)
            return slots[h].value;
    return dflt;
}

/* A tag's id by its bytes. Tags are one to five bytes: a decision tree
 * on them, byte by byte, each byte read only when the ones before it
 * matched (so never past the NUL); an unknown tag is T_OTHER. */
static enum tag_id tag_code(const char *g)
{
#define END(k) (g[k] == '\0')
    switch (g[0]) {
    case '#': return END(1) ? T_HASH : T_OTHER;
    case '$': return END(1) ? T_DOLLAR : T_OTHER;
    case '\'': return g[1] == '\'' && END(2) ? T_RQUOTE : T_OTHER;
    case ',': return END(1) ? T_COMMA : T_OTHER;
    case '-':
        if ((g[1] == 'L' || g[1] == 'R') && g[2] == 'R' && g[3] == 'B' && g[4] == '-' && END(5))
            return g[1] == 'L' ? T_LRB : T_RRB;
        return T_OTHER;
    case '.': return END(1) ? T_PERIOD : T_OTHER;
    case ':': return END(1) ? T_COLON : T_OTHER;
    case '`': return g[1] == '`' && END(2) ? T_LQUOTE : T_OTHER;
    case 'C':
        if ((g[1] == 'C' || g[1] == 'D') && END(2))
            return g[1] == 'C' ? T_CC : T_CD;
        return T_OTHER;
    case 'D': return g[1] == 'T' && END(2) ? T_DT : T_OTHER;
    case 'E': return g[1] == 'X' && END(2) ? T_EX : T_OTHER;
    case 'F': return g[1] == 'W' && END(2) ? T_FW : T_OTHER;
    case 'H': return g[1] == 'Y' && g[2] == 'P' && g[3] == 'H' && END(4) ? T_HYPH : T_OTHER;
    case 'I': return g[1] == 'N' && END(2) ? T_IN : T_OTHER;
    case 'J':
        if (g[1] != 'J')
            return T_OTHER;
        if (END(2))
            return T_JJ;
        return g[2] == 'R' && END(3) ? T_JJR : g[2] == 'S' && END(3) ? T_JJS : T_OTHER;
    case 'L': return g[1] == 'S' && END(2) ? T_LS : T_OTHER;
    case 'M': return g[1] == 'D' && END(2) ? T_MD : T_OTHER;
    case 'N':
        if (g[1] != 'N')
            return T_OTHER;
        if (END(2))
            return T_NN;
        if (g[2] == 'S')
            return END(3) ? T_NNS : T_OTHER;
        if (g[2] != 'P')
            return T_OTHER;
        return END(3) ? T_NNP : g[3] == 'S' && END(4) ? T_NNPS : T_OTHER;
    case 'P':
        if (g[1] == 'R' && g[2] == 'P')
            return END(3) ? T_PRP : g[3] == '$' && END(4) ? T_PRPS : T_OTHER;
        if (g[1] == 'O' && g[2] == 'S' && END(3))
            return T_POS;
        return g[1] == 'D' && g[2] == 'T' && END(3) ? T_PDT : T_OTHER;
    case 'R':
        if (g[1] == 'P')
            return END(2) ? T_RP : T_OTHER;
        if (g[1] != 'B')
            return T_OTHER;
        if (END(2))
            return T_RB;
        return g[2] == 'R' && END(3) ? T_RBR : g[2] == 'S' && END(3) ? T_RBS : T_OTHER;
    case 'S': return g[1] == 'Y' && g[2] == 'M' && END(3) ? T_SYM : T_OTHER;
    case 'T': return g[1] == 'O' && END(2) ? T_TO : T_OTHER;
    case 'U': return g[1] == 'H' && END(2) ? T_UH : T_OTHER;
    case 'V':
        if (g[1] != 'B')
            return T_OTHER;
        if (END(2))
            return T_VB;
        if (!END(3))
            return T_OTHER;
        switch (g[2]) {
        case 'D': return T_VBD;
        case 'G': return T_VBG;
        case 'N': return T_VBN;
        case 'P': return T_VBP;
        case 'Z': return T_VBZ;
        default: return T_OTHER;
        }
    case 'W':
        if (g[1] == 'P')
            return END(2) ? T_WP : g[2] == '$' && END(3) ? T_WPS : T_OTHER;
        if (g[1] == 'D' && g[2] == 'T' && END(3))
            return T_WDT;
        return g[1] == 'R' && g[2] == 'B' && END(3) ? T_WRB : T_OTHER;
    default: return T_OTHER;
    }
#undef END
}

/* The length of each known tag's name, for node_leaf(). */
static const uint8_t tag_len[] = {
    [T_NN] = 2,    [T_NNS] = 3,    [T_NNP] = 3,    [T_NNPS] = 4, [T_JJ] = 2,    [T_JJR] = 3,
    [T_JJS] = 3,   [T_VB] = 2,     [T_VBD] = 3,    [T_VBG] = 3,  [T_VBN] = 3,   [T_VBP] = 3,
    [T_VBZ] = 3,   [T_RB] = 2,     [T_RBR] = 3,    [T_RBS] = 3,  [T_MD] = 2,    [T_RP] = 2,
    [T_IN] = 2,    [T_TO] = 2,     [T_DT] = 2,     [T_PDT] = 3,  [T_PRP] = 3,   [T_PRPS] = 4,
    [T_WDT] = 3,   [T_WP] = 2,     [T_WPS] = 3,    [T_WRB] = 3,  [T_CC] = 2,    [T_CD] = 2,
    [T_EX] = 2,    [T_POS] = 3,    [T_DOLLAR] = 1, [T_HASH] = 1, [T_COMMA] = 1, [T_PERIOD] = 1,
    [T_COLON] = 1, [T_LQUOTE] = 2, [T_RQUOTE] = 2, [T_LRB] = 5,  [T_RRB] = 5,   [T_HYPH] = 4,
    [T_UH] = 2,    [T_FW] = 2,     [T_SYM] = 3,    [T_LS] = 2,
};

static uint8_t tag_length(const char *tag, enum tag_id id)
{
    if (!tag || !*tag)
        return 0;
    if (id != T_OTHER)
        return tag_len[id];
    size_t n = strlen(tag);
    return n < TLEN_LONG ? (uint8_t)n : TLEN_LONG;
}

void parser_features(struct parser *p)
{
    pthread_once(&tables_once, build_tables);
    size_t n = (size_t)p->n;
    if (n > p->tid_cap)
        GROW(p->tid, p->tid_cap, n);
    if (n > p->wf_cap)
        GROW(p->wf, p->wf_cap, n);
    if (n > p->tlen_cap)
        GROW(p->tlen, p->tlen_cap, n);
    for (size_t i = 0; i < n; i++) {
        const struct token *t = &p->tok[i];
        enum tag_id id = t->tag ? tag_code(t->tag) : T_OTHER;
        p->tid[i] = (uint8_t)id;
        p->tlen[i] = tag_length(t->tag, id);
        p->wf[i] = may_be_listed(t->text, t->len) ? find(word_slot, t->text, t->len, 0) : 0;
    }
}
