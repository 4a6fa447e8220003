/* patterns.c - verb pattern lines and synsets of the linear verb format.
 * Dict layer, part of the verb reader (verbs.c). A pattern "- A_B * C [X]"
 * becomes an upper part (words before the verb, nearest first) and a
 * lower part (words after it), each word carrying its connector. */
#include "base/xalloc.h"
#include "dict/forms.h"
#include "dict/phrase.h"
#include "dict/verbs_internal.h"

#include <string.h>

const char *verb_code_text(struct verb_reader *r, const char *s, const char *end,
                           const struct dict_line *l)
{
    while (s < end && is_space(*s))
        s++;
    while (end > s && is_space(end[-1]))
        end--;
    if (s == end) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s), "empty event code '[]'");
        return NULL;
    }
    for (const char *p = s; p < end; p++) {
        if (is_space(*p)) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, p),
                     "event code '%.*s' contains a blank", (int)(end - s), s);
            return NULL;
        }
    }
    return arena_strndup(&r->lx->arena, s, (size_t)(end - s));
}

static int32_t find_synset(const struct lexicon *lx, const char *name, size_t n)
{
    for (size_t i = 0; i < lx->nsynsets; i++)
        if (strlen(lx->synsets[i].name) == n && memcmp(lx->synsets[i].name, name, n) == 0)
            return (int32_t)i;
    return -1;
}

struct item_list {
    struct pattern_item items[64];
    size_t n;
};

/* Adds one word of a pattern; returns -1 (after a diagnostic) when it
 * names a synset that is not defined yet, which drops the pattern. */
static unsigned item_col(const struct verb_reader *r, const struct dict_line *l, const char *w)
{
    if (r->pattern_text && w >= r->pattern_text)
        return dict_col(l, r->pattern_map[w - r->pattern_text]);
    return dict_col(l, w);
}

static int add_item(struct verb_reader *r, struct item_list *list, const char *w, size_t n,
                    char conn, const struct dict_line *l)
{
    if (list->n == 64) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, item_col(r, l, w), "pattern too long");
        return -1;
    }
    struct pattern_item *it = &list->items[list->n++];
    *it = (struct pattern_item){.kind = ITEM_EMPTY, .conn = conn};
    if (n == 0)
        return 0;
    if (w[0] == '&') {
        buf_clear(&r->scratch);
        text_upper(&r->scratch, w, n);
        int32_t sy = find_synset(r->lx, r->scratch.data, r->scratch.len);
        if (sy < 0) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, item_col(r, l, w),
                     "synset %.*s is not defined before this pattern; pattern ignored", (int)n, w);
            return -1;
        }
        it->kind = ITEM_SYNSET;
        it->id = (uint32_t)sy;
    } else if (n == 1) {
        /* '$', '+', '%', '^', and (as in PETRARCH-1) any one-letter word. */
        it->kind = ITEM_TOKEN;
        it->token = (w[0] >= 'a' && w[0] <= 'z') ? (char)(w[0] - 32) : w[0];
    } else {
        it->kind = ITEM_WORD;
        it->id = lexicon_intern_upper(r->lx, w, n, &r->scratch);
    }
    return 0;
}

static bool is_sep(char c)
{
    return c == ' ' || c == '_';
}

/* Words after the verb: each takes the separator before it. */
static int parse_lower(struct verb_reader *r, const char *s, size_t n, struct item_list *out,
                       const struct dict_line *l)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n == 0)
        return 0;
    size_t i = 0;
    char conn = ' ';
    if (is_sep(s[0])) {
        conn = s[0];
        i = 1;
    }
    for (;;) {
        size_t j = i;
        while (j < n && !is_sep(s[j]))
            j++;
        if (add_item(r, out, s + i, j - i, conn, l) != 0)
            return -1;
        if (j >= n)
            return 0;
        conn = s[j];
        i = j + 1;
    }
}

/* Words before the verb: each takes the separator after it; stored
 * nearest to the verb first. */
static int parse_upper(struct verb_reader *r, const char *s, size_t n, struct item_list *out,
                       const struct dict_line *l)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i == n)
        return 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !is_sep(s[j]))
            j++;
        char conn = j < n ? s[j] : ' ';
        if (add_item(r, out, s + i, j - i, conn, l) != 0)
            return -1;
        i = j + 1;
    }
    for (size_t a = 0, b = out->n - 1; a < b && out->n; a++, b--) {
        struct pattern_item t = out->items[a];
        out->items[a] = out->items[b];
        out->items[b] = t;
    }
    return 0;
}

static struct signature need_signature(const struct item_list *list)
{
    struct signature sig = {{0, 0, 0, 0}};
    for (size_t i = 0; i < list->n; i++)
        if (list->items[i].kind == ITEM_WORD)
            signature_add(&sig, list->items[i].id);
    return sig;
}

/* The pattern's longest literal word, and whether it is in the lower part. */
static void choose_key(const struct lexicon *lx, const struct item_list *upper,
                       const struct item_list *lower, uint32_t *key, bool *in_lower)
{
    size_t best = 0;
    *key = 0;
    *in_lower = false;
    for (int part = 0; part < 2; part++) {
        const struct item_list *l = part ? lower : upper;
        for (size_t i = 0; i < l->n; i++) {
            if (l->items[i].kind != ITEM_WORD)
                continue;
            size_t len = strlen(strmap_str(&lx->words, l->items[i].id));
            if (len > best) {
                best = len;
                *key = l->items[i].id;
                *in_lower = part == 1;
            }
        }
    }
}

static uint32_t store_items(struct lexicon *lx, const struct item_list *list)
{
    uint32_t first = (uint32_t)lx->nitems;
    if (list->n == 0)
        return first;
    GROW(lx->items, lx->cap_items, lx->nitems + list->n);
    memcpy(lx->items + lx->nitems, list->items, list->n * sizeof *list->items);
    lx->nitems += list->n;
    return first;
}

void read_pattern_line(struct verb_reader *r, const struct dict_line *l)
{
    struct lexicon *lx = r->lx;
    const char *s = l->text + 1, *end = l->text + l->len;
    if (memchr(s, '{', (size_t)(end - s)))
        return; /* TABARI-era pattern with a {...} clause: PETRARCH ignores these */
    if (r->block < 0) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 1,
                 "pattern line before the block's first verb");
        return;
    }
    const char *open = memchr(s, '[', (size_t)(end - s));
    const char *close = open ? memchr(open, ']', (size_t)(end - open)) : NULL;
    if (!open || !close) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, open ? open : end),
                 open ? "'[' without a closing ']'" : "pattern without a [CODE]");
        return;
    }
    const char *code = verb_code_text(r, open + 1, close, l);
    if (!code)
        return;
    /* TABARI's open "XXX_ " form: an underscore before a blank is dropped. */
    char text[1024] = ""; /* fully initialized: keeps the analyzer sure */
    const char *map[1024];
    size_t n = 0;
    for (const char *p = s; p < open && n < sizeof text - 1; p++) {
        if (*p == '_' && p + 1 < open && p[1] == ' ')
            continue;
        map[n] = p;
        text[n++] = *p == '\t' ? ' ' : *p;
    }
    text[n] = '\0';
    map[n] = open;
    r->pattern_text = text;
    r->pattern_map = map;
    char *star = memchr(text, '*', n);
    if (!star) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 2, "pattern without '*' marking the verb");
        return;
    }
    if (memchr(star + 1, '*', n - (size_t)(star + 1 - text))) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 2, "pattern with more than one '*'");
        return;
    }
    struct item_list upper = {.n = 0}, lower = {.n = 0};
    int bad = parse_upper(r, text, (size_t)(star - text), &upper, l) != 0 ||
              parse_lower(r, star + 1, n - (size_t)(star + 1 - text), &lower, l) != 0;
    r->pattern_text = NULL;
    r->pattern_map = NULL;
    if (bad)
        return;
    uint32_t key;
    bool key_in_lower;
    choose_key(lx, &upper, &lower, &key, &key_in_lower);
    GROW(lx->patterns, lx->cap_patterns, lx->npatterns + 1);
    lx->patterns[lx->npatterns++] = (struct pattern){
        .key_word = key,
        .key_in_lower = key_in_lower,
        .upper = store_items(lx, &upper),
        .nupper = (uint32_t)upper.n,
        .lower = store_items(lx, &lower),
        .nlower = (uint32_t)lower.n,
        .need_upper = need_signature(&upper),
        .need_lower = need_signature(&lower),
        .code = code,
        .at = {r->lr.path, l->lineno},
    };
    lx->blocks[r->block].npatterns++;
}

void read_synset_label(struct verb_reader *r, const struct dict_line *l)
{
    struct lexicon *lx = r->lx;
    const char *s = l->text, *e = s;
    while (e < l->text + l->len && !is_space(*e))
        e++;
    bool no_plurals = e - s > 1 && e[-1] == '_';
    if (no_plurals)
        e--;
    if (e - s < 2) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 1, "synset label without a name");
        return;
    }
    buf_clear(&r->scratch);
    text_upper(&r->scratch, s, (size_t)(e - s));
    int32_t existing = find_synset(lx, r->scratch.data, r->scratch.len);
    if (existing >= (int32_t)r->first_synset) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 1,
                 "synset %s defined again; the later definition is used", r->scratch.data);
    }
    GROW(lx->synsets, lx->cap_synsets, lx->nsynsets + 1);
    lx->synsets[lx->nsynsets] = (struct synset){
        .name = arena_strndup(&lx->arena, r->scratch.data, r->scratch.len),
        .members = (uint32_t)lx->nsyn_members,
        .no_plurals = no_plurals,
    };
    if (existing >= 0) /* keep one name: later patterns must see the new set */
        lx->synsets[existing].name = "";
    r->synset = (int32_t)lx->nsynsets++;
}

static void add_member(struct lexicon *lx, const uint32_t *ids, size_t n, int32_t ref)
{
    uint32_t first = (uint32_t)lx->nword_pool;
    if (n > 0) {
        GROW(lx->word_pool, lx->cap_word_pool, lx->nword_pool + n);
        memcpy(lx->word_pool + lx->nword_pool, ids, n * sizeof *ids);
        lx->nword_pool += n;
    }
    GROW(lx->syn_members, lx->cap_syn_members, lx->nsyn_members + 1);
    lx->syn_members[lx->nsyn_members++] =
        (struct synset_member){.words = first, .nwords = (uint32_t)n, .ref = ref};
}

void read_synset_member(struct verb_reader *r, const struct dict_line *l)
{
    struct lexicon *lx = r->lx;
    struct synset *sy = &lx->synsets[r->synset];
    const char *s = l->text + 1, *end = l->text + l->len;
    while (s < end && is_space(*s))
        s++;
    if (s == end) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 1, "empty synset member");
        return;
    }
    if (*s == '&') {
        buf_clear(&r->scratch);
        text_upper(&r->scratch, s, (size_t)(end - s));
        int32_t ref = find_synset(lx, r->scratch.data, r->scratch.len);
        if (ref < 0 || ref == r->synset) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, 2,
                     "synset member %.*s is not a synset defined earlier", (int)(end - s), s);
            return;
        }
        add_member(lx, NULL, 0, ref);
        sy->nmembers++;
        return;
    }
    bool plural = !sy->no_plurals && end[-1] != '_';
    uint32_t ids[32];
    size_t n = 0;
    for (const char *p = s; p < end && n < 32;) {
        const char *w = p;
        while (p < end && !is_space(*p) && *p != '_')
            p++;
        if (p > w)
            ids[n++] = lexicon_intern_upper(lx, w, (size_t)(p - w), &r->scratch);
        while (p < end && (is_space(*p) || *p == '_'))
            p++;
    }
    if (n == 0)
        return;
    add_member(lx, ids, n, -1);
    sy->nmembers++;
    if (plural) {
        const char *last = strmap_str(&lx->words, ids[n - 1]);
        struct buf pl;
        buf_init(&pl);
        form_plural(&pl, last, strlen(last));
        ids[n - 1] = strmap_intern(&lx->words, pl.data, pl.len);
        buf_free(&pl);
        add_member(lx, ids, n, -1);
        sy->nmembers++;
    }
}

/* Appends the flattened members of synset i to the new member array. */
static void flatten_one(struct lexicon *lx, const struct synset_member *old, size_t i,
                        struct synset_member **out, size_t *n, size_t *cap, int depth)
{
    const struct synset *sy = &lx->synsets[i];
    for (uint32_t k = 0; k < sy->nmembers; k++) {
        const struct synset_member *m = &old[sy->members + k];
        if (m->ref >= 0) {
            if (depth < 8)
                flatten_one(lx, old, (size_t)m->ref, out, n, cap, depth + 1);
            continue;
        }
        GROW(*out, *cap, *n + 1);
        (*out)[(*n)++] = *m;
    }
}

void synsets_flatten(struct verb_reader *r)
{
    struct lexicon *lx = r->lx;
    struct synset_member *old = lx->syn_members, *out = NULL;
    size_t n = 0, cap = 0;
    uint32_t *firsts = xmalloc((lx->nsynsets + 1) * sizeof *firsts);
    uint32_t *counts = xmalloc((lx->nsynsets + 1) * sizeof *counts);
    for (size_t i = 0; i < lx->nsynsets; i++) {
        firsts[i] = (uint32_t)n;
        flatten_one(lx, old, i, &out, &n, &cap, 0);
        counts[i] = (uint32_t)(n - firsts[i]);
    }
    for (size_t i = 0; i < lx->nsynsets; i++) {
        lx->synsets[i].members = firsts[i];
        lx->synsets[i].nmembers = counts[i];
    }
    free(firsts);
    free(counts);
    free(old);
    lx->syn_members = out;
    lx->nsyn_members = n;
    lx->cap_syn_members = cap;
}
