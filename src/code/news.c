/* news.c - how news states events: who reports them, and what "it" and
 * "the two sides" stand for (whether they happened: mode.c).
 * Code stage, news semantics (docs/news.md). Everything here reads the
 * converted phrases of one sentence: the brackets of the parse are kept
 * there (S, SBAR, VP, PP, NE), so clause structure is a walk over mates. */
#include "base/xalloc.h"
#include "code/internal.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char *event_mode_name(enum event_mode m)
{
    switch (m) {
    case MODE_FUTURE: return "future";
    case MODE_HYPOTHETICAL: return "hypothetical";
    case MODE_NEGATED: return "negated";
    default: return "factual";
    }
}

/* A word's slot in a list's table: its length and first, second and
 * last bytes, mixed. */
static unsigned word_hash(const char *s, size_t n)
{
    uint32_t v = (uint32_t)(unsigned char)s[0] | (uint32_t)(unsigned char)s[n > 1] << 8 |
                 (uint32_t)(unsigned char)s[n - 1] << 16 | (uint32_t)(n & 255) << 24;
    return (v * 2654435761u) >> 24;
}

enum { WORD_TABLE_MAX = 127 }; /* the table stays at most half full */

/* Built on first use; it depends only on the list, so threads racing to
 * build it store the same values. */
static void build_word_table(struct word_list *wl)
{
    uint8_t slot[256] = {0};
    size_t n = 0;
    for (; wl->words[n]; n++) {
        if (n >= WORD_TABLE_MAX)
            continue;
        unsigned h = word_hash(wl->words[n], strlen(wl->words[n]));
        while (slot[h])
            h = (h + 1) & 255;
        slot[h] = (uint8_t)(n + 1);
    }
    atomic_store_explicit(&wl->nwords, (uint32_t)n, memory_order_relaxed);
    for (int k = 0; k < 256; k++)
        atomic_store_explicit(&wl->slot[k], slot[k], memory_order_relaxed);
    atomic_store_explicit(&wl->ready, true, memory_order_release);
}

bool word_list_has(struct word_list *wl, const char *text, size_t len)
{
    if (len == 0)
        return false;
    if (!atomic_load_explicit(&wl->ready, memory_order_acquire))
        build_word_table(wl);
    for (unsigned h = word_hash(text, len);; h = (h + 1) & 255) {
        unsigned k = atomic_load_explicit(&wl->slot[h], memory_order_relaxed);
        if (!k)
            break;
        const char *w = wl->words[k - 1];
        size_t i = 0; /* words are short: compared here, without strlen */
        while (i < len && w[i] == text[i])
            i++;
        if (i == len && w[len] == '\0')
            return true;
    }
    size_t n = atomic_load_explicit(&wl->nwords, memory_order_relaxed);
    for (size_t i = WORD_TABLE_MAX; i < n; i++) /* words past the table's, if any */
        if (strlen(wl->words[i]) == len && memcmp(wl->words[i], text, len) == 0)
            return true;
    return false;
}

bool word_in(const struct tok *t, struct word_list *wl)
{
    return t->kind == TOK_WORD && word_list_has(wl, t->text, t->len);
}

size_t enclosing_open(const struct tree *tr, size_t pos)
{
    if (pos < tr->n && tr->t[pos].kind == TOK_CLOSE)
        pos = (size_t)tr->t[pos].mate;
    for (size_t i = pos; i-- > 0;) {
        const struct tok *t = &tr->t[i];
        if (t->kind == TOK_CLOSE && t->mate >= 0)
            i = (size_t)t->mate; /* a closed sibling: jump over it */
        else if (t->kind == TOK_OPEN)
            return i;
    }
    return SIZE_MAX;
}

int32_t word_src_at(const struct tree *tr, size_t pos)
{
    for (size_t i = pos; i < tr->n; i++)
        if (tr->t[i].kind == TOK_WORD && tr->t[i].src >= 0)
            return tr->t[i].src;
    return -1;
}

/* The source positions of the first and last words in [a, b]. */
static bool word_span(const struct tree *tr, size_t a, size_t b, int32_t *from, int32_t *to)
{
    *from = *to = -1;
    for (size_t i = a; i <= b && i < tr->n; i++) {
        if (tr->t[i].kind != TOK_WORD || tr->t[i].src < 0)
            continue;
        if (*from < 0)
            *from = tr->t[i].src;
        *to = tr->t[i].src;
    }
    return *from >= 0;
}

bool is_ne(const struct tok *t)
{
    return t->kind == TOK_OPEN && (tok_is(t, TOK_OPEN, "NE") || tok_starts(t, "NEC"));
}

bool is_vp(const struct tok *t)
{
    return t->kind == TOK_OPEN && tok_starts(t, "VP");
}

bool is_clause(const struct tok *t)
{
    return t->kind == TOK_OPEN && (tok_is(t, TOK_OPEN, "S") || tok_starts(t, "SBAR") ||
                                   tok_is(t, TOK_OPEN, "SINV") || tok_is(t, TOK_OPEN, "SQ"));
}

/* The verb word a VP opens with, or SIZE_MAX. */
size_t vp_verb(const struct tree *tr, size_t vp)
{
    if (vp + 2 < tr->n && tr->t[vp + 1].kind == TOK_OPEN && tok_starts(&tr->t[vp + 1], "VB") &&
        tr->t[vp + 2].kind == TOK_WORD)
        return vp + 2;
    return SIZE_MAX;
}

size_t subject_of(const struct tree *tr, size_t vp)
{
    size_t cur = vp;
    for (int depth = 0; depth < 8; depth++) {
        size_t p = enclosing_open(tr, cur);
        if (p == SIZE_MAX)
            return SIZE_MAX;
        if (!is_vp(&tr->t[p])) {
            /* the nearest noun phrase before the VP in its clause */
            for (size_t i = cur; i-- > p + 1;) {
                const struct tok *t = &tr->t[i];
                if (t->kind != TOK_CLOSE || t->mate < 0)
                    continue;
                size_t o = (size_t)t->mate;
                if (is_ne(&tr->t[o]))
                    return o;
                /* "Three officials (who had ...)": the NE heads its NP */
                if (tok_starts(&tr->t[o], "NP") && o + 1 < i && is_ne(&tr->t[o + 1]))
                    return o + 1;
                i = o;
            }
        }
        /* a VP inside a VP (auxiliaries, coordination) or a clause without
         * a subject ("..., saying ..."): the subject is further out */
        cur = p;
    }
    return SIZE_MAX;
}

static const char *const REPORTING_WORDS[] = {
    "SAY",      "SAYS",      "SAID",         "SAYING",    "TELL",      "TELLS",     "TOLD",
    "TELLING",  "REPORT",    "REPORTS",      "REPORTED",  "REPORTING", "CLAIM",     "CLAIMS",
    "CLAIMED",  "CLAIMING",  "ALLEGE",       "ALLEGES",   "ALLEGED",   "ALLEGING",  "STATE",
    "STATES",   "STATED",    "ADD",          "ADDS",      "ADDED",     "INSIST",    "INSISTS",
    "INSISTED", "CONFIRM",   "CONFIRMS",     "CONFIRMED", "WRITE",     "WRITES",    "WROTE",
    "ASSERT",   "ASSERTS",   "ASSERTED",     "NOTE",      "NOTES",     "NOTED",     "EXPLAIN",
    "EXPLAINS", "EXPLAINED", "QUOTE",        "QUOTES",    "QUOTED",    "QUOTING",   "REVEAL",
    "REVEALS",  "REVEALED",  "ACKNOWLEDGED", "ANNOUNCE",  "ANNOUNCES", "ANNOUNCED", NULL};
static struct word_list REPORTING = {.words = REPORTING_WORDS};

bool is_reporting_verb(const struct tok *t)
{
    return word_in(t, &REPORTING);
}

static bool is_reporting_text(const char *word)
{
    return word_list_has(&REPORTING, word, strlen(word));
}

bool restates(const struct event *restated, const struct event *keep)
{
    if (!is_reporting_text(restated->verb_text) || is_reporting_text(keep->verb_text))
        return false;
    bool same_target = strcmp(restated->target, keep->target) == 0;
    if (same_target && strncmp(restated->code, keep->code, 2) == 0 &&
        strncmp(restated->source, keep->source, 3) == 0)
        return true;
    /* a bare statement (01) to a party of the reported event: "the
       minister said Pakistan would wage war on Afghanistan" is the threat,
       "Moscow said Ukraine tried to assassinate Putin" the attempt; the
       act of saying is not an event of its own */
    return strncmp(restated->code, "01", 2) == 0 &&
           (same_target || (strcmp(restated->target, "---") != 0 &&
                            strncmp(restated->target, keep->source, 3) == 0));
}

bool is_media_code(const char *code)
{
    if (!code)
        return false;
    size_t n = strlen(code);
    for (size_t off = 3; off + 3 <= n; off += 3)
        if (memcmp(code + off, "MED", 3) == 0)
            return true;
    return false;
}

const char *lower_dup(struct coder *c, const char *s, size_t n)
{
    char *d = arena_alloc(&c->arena, n + 1);
    for (size_t i = 0; i < n; i++)
        d[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    d[n] = '\0';
    return d;
}

static const char *earlier(struct coder *c, bool media);
static bool text_in(const char *text, struct word_list *list);
/* a media actor named again: "The publication also quoted sources" */
static const char *const MEDIA_AGAIN_WORDS[] = {
    "THE PUBLICATION", "THE NEWSPAPER", "THE BROADCASTER", "THE CHANNEL", "THE OUTLET",
    "THE DAILY",       "THE NETWORK",   "THE STATION",     "THE WEBSITE", NULL};
static struct word_list MEDIA_AGAIN = {.words = MEDIA_AGAIN_WORDS};

static void ne_party(struct coder *c, size_t ne, const char **code, const char **text)
{
    size_t close = (size_t)c->conv.t[ne].mate;
    *code = code_of_span(c, ne + 1, close);
    *text = tokens_text(c, ne + 1, close);
    if (!*code && text_in(*text, &MEDIA_AGAIN) && (*code = earlier(c, true)))
        *text = arena_strndup(&c->arena, c->doc->media_text, strlen(c->doc->media_text));
}

static struct frame *new_frame(struct coder *c)
{
    enum { MAX_FRAMES = 32 };
    /* not zeroed: each frame is written whole below, and only the first
     * nframes are read */
    if (!c->frames)
        c->frames = arena_alloc(&c->arena, MAX_FRAMES * sizeof *c->frames);
    if (c->nframes == MAX_FRAMES)
        return NULL;
    struct frame *f = &c->frames[c->nframes++];
    *f = (struct frame){.from = -1, .to = -1, .skip_from = -1, .skip_to = -1};
    return f;
}

/* "X said (that) S", "X told Y (that) S", "S, X said", "X said, adding S". */
static void report_frame(struct coder *c, size_t vp, size_t verb)
{
    const struct tree *tr = &c->conv;
    size_t close = (size_t)tr->t[vp].mate;
    size_t comp = SIZE_MAX, outlet = SIZE_MAX;
    bool tell = tr->t[verb].text[0] == 'T';
    for (size_t i = (size_t)tr->t[verb - 1].mate + 1; i < close; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind != TOK_OPEN)
            continue;
        if (is_clause(t)) {
            comp = i;
            break;
        }
        if (tell && outlet == SIZE_MAX && tok_is(t, TOK_OPEN, "NE"))
            outlet = i;
        i = (size_t)t->mate;
    }
    struct frame *f = new_frame(c);
    if (!f)
        return;
    f->attr.cue = lower_dup(c, tr->t[verb].text, tr->t[verb].len);
    size_t subj = subject_of(tr, vp);
    if (subj != SIZE_MAX)
        ne_party(c, subj, &f->attr.claimant_code, &f->attr.claimant_text);
    if (outlet != SIZE_MAX) {
        const char *code, *text;
        ne_party(c, outlet, &code, &text);
        if (is_media_code(code)) { /* "told reporters" names no outlet */
            f->attr.outlet_code = code;
            f->attr.outlet_text = text;
        }
    }
    if (!f->attr.outlet_text && is_media_code(f->attr.claimant_code)) {
        f->attr.outlet_code = f->attr.claimant_code; /* "TOLO News reported" */
        f->attr.outlet_text = f->attr.claimant_text;
    }
    if (comp != SIZE_MAX) {
        word_span(tr, comp, (size_t)tr->t[comp].mate, &f->from, &f->to);
        return;
    }
    size_t p = enclosing_open(tr, vp);
    if (p == SIZE_MAX)
        p = 0;
    word_span(tr, p, (size_t)tr->t[p].mate, &f->from, &f->to);
    int32_t a, b;
    word_span(tr, subj != SIZE_MAX && subj < vp ? subj : vp, close, &a, &b);
    f->skip_from = a;
    f->skip_to = b;
}

/* The clause around a PP such as "according to X": the nearest S. */
static size_t clause_of(const struct tree *tr, size_t pos)
{
    size_t p = pos;
    while ((p = enclosing_open(tr, p)) != SIZE_MAX)
        if (tok_is(&tr->t[p], TOK_OPEN, "S") || tr->t[p].len == 0 ||
            tok_is(&tr->t[p], TOK_OPEN, "ROOT"))
            return p;
    return 0;
}

static size_t next_ne(const struct tree *tr, size_t from, size_t limit)
{
    for (size_t i = from; i < tr->n && i < from + limit; i++)
        if (is_ne(&tr->t[i]))
            return i;
    return SIZE_MAX;
}

static size_t prev_word(const struct tree *tr, size_t i)
{
    while (i-- > 0)
        if (tr->t[i].kind == TOK_WORD)
            return i;
    return SIZE_MAX;
}

size_t next_word(const struct tree *tr, size_t i)
{
    while (++i < tr->n)
        if (tr->t[i].kind == TOK_WORD)
            return i;
    return SIZE_MAX;
}

/* "according to X" (claimant X) and "quoted by X", "repeated by X"
 * (outlet X), each over the clause it stands in. */
static void phrase_frame(struct coder *c, size_t at, bool according)
{
    const struct tree *tr = &c->conv;
    size_t ne = next_ne(tr, at, 8);
    if (ne == SIZE_MAX)
        return;
    struct frame *f = new_frame(c);
    if (!f)
        return;
    const char *code, *text;
    ne_party(c, ne, &code, &text);
    if (according) {
        f->attr.cue = "according to";
        f->attr.claimant_code = code;
        f->attr.claimant_text = text;
        if (is_media_code(code)) {
            f->attr.outlet_code = code;
            f->attr.outlet_text = text;
        }
    } else {
        size_t w = prev_word(tr, at);
        char cue[64];
        snprintf(cue, sizeof cue, "%.*s by", w == SIZE_MAX ? 0 : (int)tr->t[w].len,
                 w == SIZE_MAX ? "" : tr->t[w].text);
        f->attr.cue = lower_dup(c, cue, strlen(cue));
        f->attr.outlet_code = code;
        f->attr.outlet_text = text;
    }
    size_t s = clause_of(tr, at);
    word_span(tr, s, (size_t)tr->t[s].mate, &f->from, &f->to);
    int32_t a, b;
    word_span(tr, at, (size_t)tr->t[ne].mate, &a, &b);
    f->skip_from = a;
    f->skip_to = b;
}

static const char *const QUOTING_WORDS[] = {"QUOTED", "REPEATED", "CARRIED", "CITED", NULL};
static struct word_list QUOTING = {.words = QUOTING_WORDS};

void find_frames(struct coder *c)
{
    const struct tree *tr = &c->conv;
    c->frames = NULL;
    c->nframes = 0;
    for (size_t i = 0; i < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind == TOK_OPEN) {
            size_t verb;
            if (t->text[0] == 'V' && is_vp(t) && (verb = vp_verb(tr, i)) != SIZE_MAX &&
                is_reporting_verb(&tr->t[verb]))
                report_frame(c, i, verb);
            continue;
        }
        if (t->kind != TOK_WORD)
            continue;
        if (tok_is(t, TOK_WORD, "ACCORDING")) {
            size_t n = next_word(tr, i);
            if (n != SIZE_MAX && tok_is(&tr->t[n], TOK_WORD, "TO"))
                phrase_frame(c, n, true);
        } else if (tok_is(t, TOK_WORD, "BY")) {
            size_t p = prev_word(tr, i);
            if (p != SIZE_MAX && word_in(&tr->t[p], &QUOTING))
                phrase_frame(c, i, false);
        }
    }
    if (c->trace)
        for (size_t k = 0; k < c->nframes; k++) {
            const struct frame *f = &c->frames[k];
            TRACE(c, "report frame: words %d-%d, cue \"%s\", claimant %s [%s], outlet %s [%s]\n",
                  f->from, f->to, f->attr.cue ? f->attr.cue : "",
                  f->attr.claimant_text ? f->attr.claimant_text : "-",
                  f->attr.claimant_code ? f->attr.claimant_code : "-",
                  f->attr.outlet_text ? f->attr.outlet_text : "-",
                  f->attr.outlet_code ? f->attr.outlet_code : "-");
        }
}

const struct attribution *attribution_at(struct coder *c, int32_t at)
{
    if (at < 0 || c->nframes == 0)
        return NULL;
    const struct frame *claim = NULL, *outlet = NULL;
    for (size_t k = 0; k < c->nframes; k++) {
        const struct frame *f = &c->frames[k];
        if (at < f->from || at > f->to || (at >= f->skip_from && at <= f->skip_to))
            continue;
        int32_t size = f->to - f->from;
        if (f->attr.claimant_text && (!claim || size < claim->to - claim->from))
            claim = f;
        if (f->attr.outlet_text && (!outlet || size < outlet->to - outlet->from))
            outlet = f;
        if (!f->attr.claimant_text && !f->attr.outlet_text && !claim)
            claim = f; /* "it was reported that ...": a cue, no claimant */
    }
    if (!claim && !outlet)
        return NULL;
    struct attribution *a = arena_zalloc(&c->arena, sizeof *a);
    if (claim)
        *a = claim->attr;
    if (!a->outlet_text && outlet) {
        a->outlet_code = outlet->attr.outlet_code;
        a->outlet_text = outlet->attr.outlet_text;
    }
    if (!a->cue && outlet)
        a->cue = outlet->attr.cue;
    return a;
}

/* ---- reference within the sentence ---- */

static const char *const PAIRS_WORDS[] = {"BOTH COUNTRIES",
                                          "BOTH SIDES",
                                          "BOTH NATIONS",
                                          "BOTH GOVERNMENTS",
                                          "BOTH PARTIES",
                                          "BOTH NEIGHBOURS",
                                          "BOTH NEIGHBORS",
                                          "BOTH ARMIES",
                                          "BOTH DELEGATIONS",
                                          "BOTH LEADERS",
                                          "BOTH STATES",
                                          "THE TWO SIDES",
                                          "THE TWO COUNTRIES",
                                          "THE TWO NATIONS",
                                          "THE TWO GOVERNMENTS",
                                          "THE TWO NEIGHBOURS",
                                          "THE TWO NEIGHBORS",
                                          "THE TWO PARTIES",
                                          "THE TWO ARMIES",
                                          "THE TWO DELEGATIONS",
                                          "THE TWO LEADERS",
                                          "THE TWO STATES",
                                          "THE TWO RIVALS",
                                          "THE RIVALS",
                                          "THE NEIGHBOURS",
                                          "THE NEIGHBORS",
                                          "BOTH",
                                          "THE TWO",
                                          "BOTH THE COUNTRIES",
                                          NULL};
static struct word_list PAIRS = {.words = PAIRS_WORDS};
static const char *const OTHERS_WORDS[] = {"THE OTHER",      "EACH OTHER",        "ONE ANOTHER",
                                           "THE OTHER SIDE", "THE OTHER COUNTRY", "THE OTHER PARTY",
                                           "EACH",           "THE OTHER NATION",  NULL};
static struct word_list OTHERS = {.words = OTHERS_WORDS};
/* Whole-phrase pronouns only: "its embassy" or "their meeting" is not an
 * actor, though its possessor is. */
static const char *const SINGULAR_WORDS[] = {"IT", "HE", "HIM", "SHE", NULL};
static struct word_list SINGULAR = {.words = SINGULAR_WORDS};
static const char *const PLURAL_WORDS[] = {"THEY", "THEM", NULL};
static struct word_list PLURAL = {.words = PLURAL_WORDS};
/* Every phrase of the lists above (PAIRS, OTHERS, SINGULAR, PLURAL and
 * MEDIA_AGAIN) begins with one of these words: an NE whose first word is
 * none of them is none of those phrases, and its text is not built.
 * Keep it in step with the lists. */
static const char *const REFERRING_START_WORDS[] = {"BOTH", "THE", "EACH", "ONE",  "IT", "HE",
                                                    "HIM",  "SHE", "THEY", "THEM", NULL};
static struct word_list REFERRING_START = {.words = REFERRING_START_WORDS};
/* "it seems", "it is unclear": an expletive "it" stands for no one */
static const char *const EXPLETIVE_NEXT_WORDS[] = {"SEEMS", "SEEMED", "APPEARS", "APPEARED", "IS",
                                                   "WAS",   "'S",     "REMAINS", "REMAINED", NULL};
static struct word_list EXPLETIVE_NEXT = {.words = EXPLETIVE_NEXT_WORDS};

static bool text_in(const char *text, struct word_list *list)
{
    return word_list_has(list, text, strlen(text));
}

/* A code without "---" in it; a call to strstr or strchr costs more than
 * this loop over a code of a few bytes, and it runs for every NE. */
static bool coded(const char *code)
{
    if (!code)
        return false;
    for (const char *p = code; *p; p++)
        if (p[0] == '-' && p[1] == '-' && p[2] == '-')
            return false;
    return true;
}

/* Might the NE at ne be one of the referring phrases ("the two sides",
 * "it", "the publication")? Its first word must start one: see
 * REFERRING_START. A word with a blank in it could start any. */
static bool may_refer(const struct tree *tr, size_t ne)
{
    size_t close = (size_t)tr->t[ne].mate;
    for (size_t k = ne + 1; k < close; k++) {
        const struct tok *t = &tr->t[k];
        if (t->kind != TOK_WORD)
            continue;
        return word_in(t, &REFERRING_START) || memchr(t->text, ' ', t->len) != NULL;
    }
    return false; /* no words: an empty text is none of them */
}

enum { HISTORY = 16 };

/* The last two actors of different countries, as "A/B"; NULL if none. */
static const char *recent_pair(struct coder *c, const char *const *hist, size_t n)
{
    for (size_t i = n; i-- > 0;)
        for (size_t j = i; j-- > 0;)
            if (strncmp(hist[i], hist[j], 3) != 0) {
                size_t len = strlen(hist[i]) + strlen(hist[j]) + 2;
                char *code = arena_alloc(&c->arena, len);
                snprintf(code, len, "%s/%s", hist[j], hist[i]);
                return code;
            }
    return NULL;
}

/* The document's last actor (or media actor) before this sentence,
 * copied into the sentence's arena; NULL when there is none. */
static const char *earlier(struct coder *c, bool media)
{
    const char *code = !c->doc ? NULL : media ? c->doc->media : c->doc->last;
    return code && code[0] ? arena_strndup(&c->arena, code, strlen(code)) : NULL;
}

void remember_discourse(struct coder *c)
{
    const struct tree *tr = &c->conv;
    for (size_t i = 0; i < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        if (!tok_is(t, TOK_OPEN, "NE") || !t->code || !coded(t->code) || strchr(t->code, '/'))
            continue;
        bool media = is_media_code(t->code);
        char *slot = media ? c->doc->media : c->doc->last;
        size_t n = strlen(t->code);
        if (n >= sizeof c->doc->last)
            continue;
        const char *text = media ? tokens_text(c, i + 1, (size_t)t->mate) : NULL;
        if (media && text_in(text, &MEDIA_AGAIN))
            continue; /* "the publication" again: keep the name it stands for */
        memcpy(slot, t->code, n + 1);
        if (media) {
            size_t tl = strlen(text);
            if (tl >= sizeof c->doc->media_text)
                tl = sizeof c->doc->media_text - 1;
            memcpy(c->doc->media_text, text, tl);
            c->doc->media_text[tl] = '\0';
        }
    }
}

void resolve_references(struct coder *c)
{
    struct tree *tr = &c->conv;
    const char *hist[HISTORY];
    size_t nhist = 0;
    const char *pair = NULL, *compound = NULL;
    for (size_t i = 0; i < tr->n; i++) {
        struct tok *t = &tr->t[i];
        if (t->kind == TOK_CLOSE && tok_starts(t, "NEC") && t->mate >= 0) {
            /* remember a compound for "they" and "the two sides" */
            const char *m[HISTORY];
            size_t nm = 0;
            for (size_t k = (size_t)t->mate + 1; k < i && nm < HISTORY; k++)
                if (tok_is(&tr->t[k], TOK_OPEN, "NE") && coded(tr->t[k].code))
                    m[nm++] = tr->t[k].code;
            if (nm >= 2)
                compound = recent_pair(c, m, nm);
            continue;
        }
        if (!tok_is(t, TOK_OPEN, "NE") || t->mate < 0)
            continue;
        if (!coded(t->code) && may_refer(tr, i)) {
            const char *text = tokens_text(c, i + 1, (size_t)t->mate);
            size_t after = strcmp(text, "IT") == 0 ? next_word(tr, (size_t)t->mate) : SIZE_MAX;
            bool expletive = after != SIZE_MAX && word_in(&tr->t[after], &EXPLETIVE_NEXT);
            const char *code = NULL;
            if (text_in(text, &PAIRS)) {
                code = compound ? compound : recent_pair(c, hist, nhist);
                pair = code;
            } else if (text_in(text, &OTHERS)) {
                code = pair ? pair : compound;
            } else if (text_in(text, &PLURAL)) {
                code = compound ? compound : nhist ? hist[nhist - 1] : earlier(c, false);
            } else if (text_in(text, &SINGULAR) && !expletive) {
                code = nhist ? hist[nhist - 1] : earlier(c, false);
            } else if (text_in(text, &MEDIA_AGAIN)) {
                code = earlier(c, true);
            }
            if (code) {
                TRACE(c, "  reference [%s] -> %s\n", text, code);
                t->code = code;
            }
        }
        /* a media actor is not what "it" or "they" usually stands for */
        if (coded(t->code) && !strchr(t->code, '/') && !is_media_code(t->code)) {
            if (nhist == HISTORY) {
                memmove(hist, hist + 1, (HISTORY - 1) * sizeof *hist);
                nhist--;
            }
            hist[nhist++] = t->code;
        }
    }
}
