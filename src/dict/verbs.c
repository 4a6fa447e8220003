/* verbs.c - reader for PETRARCH-1/TABARI linear verb dictionaries.
 * Dict layer. The file holds synsets ("&NAME" with "+MEMBER" lines) and
 * verb blocks: "--- NAME [CODE] ---", verb lines ("VERB {FORMS} [CODE]",
 * multi-word "+CORDON_OFF"), and pattern lines ("- words * words [CODE]").
 * Rules follow docs/compat.md; pattern lines are parsed in patterns.c. */
#include "base/xalloc.h"
#include "dict/dict.h"
#include "dict/forms.h"
#include "dict/lines.h"
#include "dict/phrase.h"
#include "dict/verbs_internal.h"

#include <string.h>

static void ensure_word_maps(struct lexicon *lx)
{
    size_t need = strmap_count(&lx->words) + 1;
    if (need <= lx->cap_word_maps)
        return;
    size_t old = lx->cap_word_maps, cap = old;
    int32_t *blocks = lx->block_of_primary;
    GROW(blocks, cap, need);
    lx->block_of_primary = blocks;
    lx->sense_of_word = xrealloc(lx->sense_of_word, cap * sizeof *lx->sense_of_word);
    lx->noun_of_word = xrealloc(lx->noun_of_word, cap * sizeof *lx->noun_of_word);
    for (size_t i = old; i < cap; i++)
        lx->block_of_primary[i] = lx->sense_of_word[i] = lx->noun_of_word[i] = -1;
    lx->cap_word_maps = cap;
}

static uint32_t intern(struct verb_reader *r, const char *s, size_t n)
{
    uint32_t id = lexicon_intern_upper(r->lx, s, n, &r->scratch);
    ensure_word_maps(r->lx);
    return id;
}

static struct verb_sense *sense_for(struct verb_reader *r, uint32_t word, bool *fresh)
{
    struct lexicon *lx = r->lx;
    ensure_word_maps(lx);
    *fresh = lx->sense_of_word[word] < 0;
    if (*fresh) {
        GROW(lx->senses, lx->cap_senses, lx->nsenses + 1);
        lx->sense_of_word[word] = (int32_t)lx->nsenses;
        lx->senses[lx->nsenses++] = (struct verb_sense){.multi = -1};
    }
    return &lx->senses[lx->sense_of_word[word]];
}

/* Stores one single-word form; an earlier definition wins, except that a
 * block's primary verb always takes its own word (a repeated block
 * header replaces the earlier block). */
static void store_form(struct verb_reader *r, uint32_t word, const char *code, bool primary,
                       const struct dict_line *l)
{
    bool fresh;
    struct verb_sense *s = sense_for(r, word, &fresh);
    if (s->single && !primary)
        return;
    if (!s->single)
        r->lx->nverb_forms++;
    s->single = true;
    s->is_primary = primary;
    s->code = code;
    s->primary = r->primary;
    s->at = (struct origin){r->lr.path, l->lineno};
}

static void start_block(struct verb_reader *r, uint32_t primary, const char *code, bool noun,
                        const struct dict_line *l)
{
    struct lexicon *lx = r->lx;
    GROW(lx->blocks, lx->cap_blocks, lx->nblocks + 1);
    lx->blocks[lx->nblocks] = (struct verb_block){
        .primary = primary,
        .code = code,
        .patterns = (uint32_t)lx->npatterns,
        .at = {r->lr.path, l->lineno},
        .noun = noun,
    };
    if (noun)
        lx->nnoun_blocks++;
    else
        lx->block_of_primary[primary] = (int32_t)lx->nblocks;
    r->block = (int32_t)lx->nblocks++;
    r->primary = primary;
}

/* One form of a multi-word verb, e.g. "WIRE_+TAPPED". */
static void add_multi_form(struct verb_reader *r, const char *s, size_t n, const char *code,
                           const struct dict_line *l)
{
    enum { MAXW = 16 };
    const char *w[MAXW];
    size_t wl[MAXW], nw = 0, key = MAXW;
    for (size_t i = 0; i < n && nw < MAXW;) {
        size_t j = i;
        while (j < n && s[j] != '_')
            j++;
        if (j > i) {
            if (s[i] == '+') {
                key = nw;
                i++;
            }
            w[nw] = s + i;
            wl[nw++] = j - i;
        }
        i = j + 1;
    }
    if (key == MAXW || nw < 2 || (key != 0 && key != nw - 1)) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s),
                 "multi-word verb '%.*s' needs '+' on its first or last word", (int)n, s);
        return;
    }
    struct lexicon *lx = r->lx;
    uint32_t key_id = intern(r, w[key], wl[key]);
    bool after = key == 0;
    uint32_t first = (uint32_t)lx->nword_pool;
    for (size_t k = 0; k < nw - 1; k++) {
        /* Words before the key are checked nearest-first. */
        size_t idx = after ? k + 1 : nw - 2 - k;
        uint32_t id = intern(r, w[idx], wl[idx]);
        GROW(lx->word_pool, lx->cap_word_pool, lx->nword_pool + 1);
        lx->word_pool[lx->nword_pool++] = id;
    }
    bool fresh;
    struct verb_sense *sense = sense_for(r, key_id, &fresh);
    if (fresh)
        sense->primary = r->primary;
    GROW(lx->multis, lx->cap_multis, lx->nmultis + 1);
    lx->multis[lx->nmultis] = (struct verb_multi){
        .words = first,
        .nwords = (uint32_t)(nw - 1),
        .after = after,
        .code = code,
        .primary = r->primary,
        .next = sense->multi,
        .text = arena_strndup(&lx->arena, s, n),
        .at = {r->lr.path, l->lineno},
    };
    sense->multi = (int32_t)lx->nmultis++;
}

/* Splits "{A B C}" contents into words, calling back for each. */
static size_t split_forms(const char *s, size_t n, const char **w, size_t *wl, size_t max)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < max;) {
        while (i < n && is_space(s[i]))
            i++;
        size_t j = i;
        while (j < n && !is_space(s[j]))
            j++;
        if (j > i) {
            w[k] = s + i;
            wl[k++] = j - i;
        }
        i = j;
    }
    return k;
}

static void read_multi_verb(struct verb_reader *r, const char *base, size_t bn, const char *forms,
                            size_t fn, bool has_forms, const char *code, const struct dict_line *l)
{
    if (!has_forms) {
        /* PETRARCH-1 could never match a multi-word verb without {forms};
         * parley generates the regular forms of its '+' word instead
         * (docs/compat.md). */
        const char *plus = memchr(base, '+', bn);
        const char *last_sep = memrchr(base, '_', bn);
        bool plus_first = plus == base, plus_last = plus && last_sep && plus == last_sep + 1;
        if (!plus || (!plus_first && !plus_last)) {
            /* report it once, at its place in the line, not per generated form */
            add_multi_form(r, base, bn, code, l);
            return;
        }
        size_t we = (size_t)(plus - base) + 1;
        while (we < bn && base[we] != '_')
            we++;
        struct buf gen;
        buf_init(&gen);
        form_verb_regular(&gen, plus + 1, we - (size_t)(plus + 1 - base));
        struct buf full;
        buf_init(&full);
        for (const char *g = gen.data; g < gen.data + gen.len; g += strlen(g) + 1) {
            buf_clear(&full);
            buf_add(&full, base, (size_t)(plus + 1 - base));
            buf_adds(&full, g);
            buf_add(&full, base + we, bn - we);
            add_multi_form(r, full.data, full.len, code, l);
        }
        buf_free(&full);
        buf_free(&gen);
    } else {
        const char *w[64];
        size_t wl[64];
        size_t k = split_forms(forms, fn, w, wl, 64);
        for (size_t i = 0; i < k; i++)
            add_multi_form(r, w[i], wl[i], code, l);
    }
    add_multi_form(r, base, bn, code, l);
}

/* A noun form maps to the open noun block; an earlier block keeps it. */
static void store_noun(struct verb_reader *r, uint32_t word)
{
    struct lexicon *lx = r->lx;
    ensure_word_maps(lx);
    if (lx->noun_of_word[word] >= 0)
        return;
    lx->noun_of_word[word] = r->block;
    lx->nnoun_forms++;
}

/* "@NOUN" or "@NOUN {FORMS}": the noun and its plural, or the listed
 * forms. Nouns are single words; the patterns give the context. */
static void read_noun_line(struct verb_reader *r, const char *s, size_t bn, const char *forms,
                           size_t fn, bool has_forms, const char *code, const struct dict_line *l)
{
    if (memchr(s, '_', bn) || memchr(s, '+', bn)) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s),
                 "noun '%.*s' must be one word; put the words around it in patterns", (int)bn, s);
        return;
    }
    uint32_t word = intern(r, s, bn);
    if (r->block_pending) {
        r->block_pending = false;
        start_block(r, word, code, true, l);
    }
    store_noun(r, word);
    if (has_forms) {
        const char *w[64];
        size_t wl[64];
        size_t k = split_forms(forms, fn, w, wl, 64);
        for (size_t i = 0; i < k; i++)
            store_noun(r, intern(r, w[i], wl[i]));
        return;
    }
    buf_clear(&r->forms);
    buf_clear(&r->scratch);
    text_upper(&r->scratch, s, bn);
    form_plural(&r->forms, r->scratch.data, r->scratch.len);
    store_noun(r, intern(r, r->forms.data, r->forms.len));
}

static void read_verb_line(struct verb_reader *r, const struct dict_line *l)
{
    const char *s = l->text, *end = l->text + l->len;
    while (s < end && is_space(*s))
        s++;
    if (r->block < 0 && !r->block_pending) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s),
                 "verb line before any '--- NAME [CODE] ---' block header");
        return;
    }
    bool noun = s < end && *s == '@';
    bool in_noun_block = !r->block_pending && r->lx->blocks[r->block].noun;
    if (!r->block_pending && noun != in_noun_block) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s),
                 noun ? "noun line '@...' inside a verb block; start a block for the noun"
                      : "verb line inside a noun block; a noun block holds '@' lines only");
        return;
    }
    if (noun)
        s++;
    const char *code = NULL;
    const char *open = memchr(s, '[', (size_t)(end - s));
    const char *text_end = end;
    if (open) {
        const char *close = memchr(open, ']', (size_t)(end - open));
        if (!close) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, open),
                     "'[' without a closing ']'");
            return;
        }
        code = verb_code_text(r, open + 1, close, l);
        if (!code)
            return;
        text_end = open;
    }
    const char *brace = memchr(s, '{', (size_t)(text_end - s));
    const char *forms = NULL;
    size_t fn = 0;
    const char *base_end = text_end;
    if (brace) {
        const char *bclose = memchr(brace, '}', (size_t)(text_end - brace));
        if (!bclose) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, brace),
                     "'{' without a closing '}'");
            return;
        }
        forms = brace + 1;
        fn = (size_t)(bclose - forms);
        base_end = brace;
    }
    while (base_end > s && is_space(base_end[-1]))
        base_end--;
    if (base_end == s) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s), "empty verb");
        return;
    }
    size_t bn = (size_t)(base_end - s);
    for (size_t i = 0; i < bn; i++) {
        if (is_space(s[i])) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s + i),
                     "verb '%.*s' contains a blank; join multi-word verbs with '_'", (int)bn, s);
            return;
        }
    }
    const char *verb_code = code ? code : r->block_code;
    if (noun) {
        read_noun_line(r, s, bn, forms, fn, brace != NULL, verb_code, l);
        return;
    }
    bool multi = memchr(s, '_', bn) != NULL;
    if (r->block_pending) {
        /* The first verb of a block is its primary: it owns the patterns. */
        r->block_pending = false;
        const char *key = s;
        size_t kn = bn;
        if (multi) {
            const char *plus = memchr(s, '+', bn);
            key = plus ? plus + 1 : s;
            kn = 0;
            while (key + kn < base_end && key[kn] != '_')
                kn++;
        }
        start_block(r, intern(r, key, kn), verb_code, false, l);
        if (!multi)
            store_form(r, r->primary, verb_code, true, l);
    } else if (!multi) {
        /* PETRARCH-1 never stored the bare form of a non-primary verb;
         * parley does (docs/compat.md). */
        store_form(r, intern(r, s, bn), verb_code, false, l);
    }
    if (multi) {
        read_multi_verb(r, s, bn, forms, fn, brace != NULL, verb_code, l);
        return;
    }
    if (brace) {
        const char *w[64];
        size_t wl[64];
        size_t k = split_forms(forms, fn, w, wl, 64);
        for (size_t i = 0; i < k; i++)
            store_form(r, intern(r, w[i], wl[i]), verb_code, false, l);
        return;
    }
    buf_clear(&r->forms);
    buf_clear(&r->scratch);
    text_upper(&r->scratch, s, bn);
    form_verb_regular(&r->forms, r->scratch.data, r->scratch.len);
    for (const char *g = r->forms.data; g < r->forms.data + r->forms.len; g += strlen(g) + 1)
        store_form(r, intern(r, g, strlen(g)), verb_code, false, l);
}

static void read_block_header(struct verb_reader *r, const struct dict_line *l)
{
    const char *s = l->text, *end = l->text + l->len;
    const char *open = memchr(s, '[', (size_t)(end - s));
    r->block_code = "---";
    if (open) {
        const char *close = memchr(open, ']', (size_t)(end - open));
        if (!close) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, open),
                     "'[' without a closing ']' in block header");
        } else {
            const char *code = verb_code_text(r, open + 1, close, l);
            if (code)
                r->block_code = code;
        }
    }
    r->block_pending = true;
    r->block = -1;
    r->primary = 0;
}

static void read_line(struct verb_reader *r, const struct dict_line *l)
{
    const char *s = l->text;
    if (*s != '+')
        r->synset = -1;
    if (s[0] == '-' && s[1] == '-' && s[2] == '-') {
        read_block_header(r, l);
    } else if (*s == '-') {
        read_pattern_line(r, l);
    } else if (*s == '&') {
        read_synset_label(r, l);
    } else if (*s == '+' && r->synset >= 0) {
        read_synset_member(r, l);
    } else if (*s == '~') {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 1,
                 "'~' transformation lines belong to PETRARCH-2 dictionaries; line skipped");
    } else {
        read_verb_line(r, l);
    }
}

int dict_load_verbs(struct lexicon *lx, const char *path, struct diag_list *diags)
{
    struct verb_reader r = {
        .lx = lx, .block = -1, .synset = -1, .block_code = "---", .first_synset = lx->nsynsets};
    if (line_reader_open(&r.lr, path, diags) != 0)
        return -1;
    buf_init(&r.scratch);
    buf_init(&r.forms);
    ensure_word_maps(lx);
    struct dict_line l;
    while (line_reader_next(&r.lr, &l))
        read_line(&r, &l);
    synsets_flatten(&r);
    buf_free(&r.scratch);
    buf_free(&r.forms);
    line_reader_close(&r.lr);
    return 0;
}
