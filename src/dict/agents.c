/* agents.c - reader for PETRARCH/TABARI agent dictionaries.
 * Dict layer. Lines are "PHRASE {PLURALS} [~CODE]" (suffix agent) or
 * "[CODE~]" (prefix agent), and "!NAME! = A, B" defines a substitution
 * set that a phrase uses as "CONGRESS!PERSON!". */
#include "base/xalloc.h"
#include "dict/dict.h"
#include "dict/forms.h"
#include "dict/lines.h"
#include "dict/phrase.h"

#include <string.h>

enum { MAX_MACROS = 64, MAX_MEMBERS = 64 };

struct macro {
    char name[64]; /* with its '!' marks */
    size_t nmembers;
    char *members[MAX_MEMBERS];
};

struct agent_reader {
    struct lexicon *lx;
    struct line_reader lr;
    struct buf scratch, text;
    struct macro macros[MAX_MACROS];
    size_t nmacros;
};

static void add_agent(struct agent_reader *r, const struct dict_line *l, const char *s, size_t n,
                      const char *code, bool prefix)
{
    struct lexicon *lx = r->lx;
    struct phrase ph;
    if (phrase_parse(lx, s, n, &ph, &r->scratch) != 0)
        return;
    GROW(lx->agents, lx->cap_agents, lx->nagents + 1);
    lx->agents[lx->nagents++] = (struct agent_entry){
        .ph = ph,
        .text = arena_strndup(&lx->arena, s, n),
        .code = code,
        .prefix = prefix,
        .at = {r->lr.path, l->lineno},
    };
}

static void define_macro(struct agent_reader *r, const struct dict_line *l, const char *s,
                         const char *end)
{
    const char *close = memchr(s + 1, '!', (size_t)(end - s - 1));
    const char *eq = close ? memchr(close, '=', (size_t)(end - close)) : NULL;
    if (!close || !eq) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 1,
                 "substitution set must read !NAME! = WORD, WORD, ...");
        return;
    }
    if (r->nmacros == MAX_MACROS || (size_t)(close - s + 1) >= sizeof r->macros[0].name) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, 1, "too many or too long substitution sets");
        return;
    }
    struct macro *m = &r->macros[r->nmacros++];
    memset(m, 0, sizeof *m);
    memcpy(m->name, s, (size_t)(close - s + 1));
    const char *p = eq + 1;
    while (p < end && m->nmembers < MAX_MEMBERS) {
        while (p < end && (is_space(*p) || *p == ','))
            p++;
        const char *w = p;
        while (p < end && *p != ',' && !is_space(*p))
            p++;
        if (p > w)
            m->members[m->nmembers++] = arena_strndup(&r->lx->arena, w, (size_t)(p - w));
    }
}

static const struct macro *find_macro(const struct agent_reader *r, const char *s, size_t n)
{
    for (size_t i = 0; i < r->nmacros; i++)
        if (strlen(r->macros[i].name) == n && memcmp(r->macros[i].name, s, n) == 0)
            return &r->macros[i];
    return NULL;
}

/* Stores a phrase that contains "!NAME!" once per member, without plurals. */
static void add_substituted(struct agent_reader *r, const struct dict_line *l, const char *s,
                            size_t n, const char *code, bool prefix)
{
    const char *open = memchr(s, '!', n);
    const char *close = memchr(open + 1, '!', n - (size_t)(open + 1 - s));
    if (!close) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, open),
                 "unterminated !NAME! substitution");
        return;
    }
    const struct macro *m = find_macro(r, open, (size_t)(close - open + 1));
    if (!m) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, open),
                 "undefined substitution set %.*s", (int)(close - open + 1), open);
        return;
    }
    for (size_t i = 0; i < m->nmembers; i++) {
        buf_clear(&r->text);
        buf_add(&r->text, s, (size_t)(open - s));
        buf_adds(&r->text, m->members[i]);
        buf_add(&r->text, close + 1, n - (size_t)(close + 1 - s));
        add_agent(r, l, r->text.data, r->text.len, code, prefix);
    }
}

static void read_line(struct agent_reader *r, const struct dict_line *l)
{
    const char *s = l->text, *end = l->text + l->len;
    while (s < end && is_space(*s))
        s++;
    if (*s == '!' && memchr(s, '=', (size_t)(end - s))) {
        define_macro(r, l, s, end);
        return;
    }
    const char *open = memchr(s, '[', (size_t)(end - s));
    const char *close = open ? memchr(open, ']', (size_t)(end - open)) : NULL;
    if (!open || !close) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, open ? open : end),
                 open ? "'[' without a closing ']'" : "agent line without a [~CODE]");
        return;
    }
    const char *c = open + 1, *ce = close;
    while (c < ce && is_space(*c))
        c++;
    while (ce > c && is_space(ce[-1]))
        ce--;
    bool prefix = ce > c && ce[-1] == '~';
    bool suffix = ce > c && *c == '~';
    if (prefix == suffix) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, c),
                 "agent code must be ~CODE (suffix) or CODE~ (prefix)");
        return;
    }
    const char *code_s = suffix ? c + 1 : c;
    size_t code_n = (size_t)(ce - c) - 1;
    const char *code = arena_strndup(&r->lx->arena, code_s, code_n);

    const char *brace = memchr(s, '{', (size_t)(open - s));
    const char *pe = brace ? brace : open;
    while (pe > s && is_space(pe[-1]))
        pe--;
    if (pe == s) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s), "empty agent phrase");
        return;
    }
    size_t pn = (size_t)(pe - s);
    if (memchr(s, '!', pn)) {
        add_substituted(r, l, s, pn, code, prefix);
        return;
    }
    add_agent(r, l, s, pn, code, prefix);
    if (brace) {
        const char *bclose = memchr(brace, '}', (size_t)(open - brace));
        if (!bclose) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, brace),
                     "'{' without a closing '}' before the code");
            return;
        }
        for (const char *p = brace + 1; p < bclose;) {
            while (p < bclose && is_space(*p))
                p++;
            const char *w = p;
            while (p < bclose && !is_space(*p))
                p++;
            if (p > w)
                add_agent(r, l, w, (size_t)(p - w), code, prefix);
        }
        return;
    }
    buf_clear(&r->text);
    buf_clear(&r->scratch);
    text_upper(&r->scratch, s, pn);
    form_plural(&r->text, r->scratch.data, r->scratch.len);
    char *plural = xstrndup(r->text.data, r->text.len);
    add_agent(r, l, plural, strlen(plural), code, prefix);
    free(plural);
}

int dict_load_agents(struct lexicon *lx, const char *path, struct diag_list *diags)
{
    struct agent_reader r = {.lx = lx};
    if (line_reader_open(&r.lr, path, diags) != 0)
        return -1;
    buf_init(&r.scratch);
    buf_init(&r.text);
    struct dict_line l;
    while (line_reader_next(&r.lr, &l))
        read_line(&r, &l);
    buf_free(&r.scratch);
    buf_free(&r.text);
    line_reader_close(&r.lr);
    return 0;
}
