/* actors.c - reader for PETRARCH/TABARI actor dictionaries.
 * Dict layer. An entry is a phrase line, optional "+synonym" lines and
 * optional indented "[CODE]" / "[CODE <DATE]" / "[CODE >DATE]" /
 * "[CODE D1-D2]" lines; all phrases of an entry share its codes. */
#include "base/xalloc.h"
#include "dict/dict.h"
#include "dict/lines.h"
#include "dict/phrase.h"

#include <string.h>

struct actor_reader {
    struct lexicon *lx;
    struct line_reader lr;
    struct buf scratch;
    size_t group_first; /* first actor of the entry being read */
    size_t rules_first; /* first rule of that entry */
    bool in_entry;
};

static void close_group(struct actor_reader *r)
{
    struct lexicon *lx = r->lx;
    for (size_t i = r->group_first; i < lx->nactors; i++) {
        lx->actors[i].rules = (uint32_t)r->rules_first;
        lx->actors[i].nrules = (uint32_t)(lx->nrules - r->rules_first);
    }
    r->group_first = lx->nactors;
    r->rules_first = lx->nrules;
    r->in_entry = false;
}

static const char *trim(const char *s, const char *end, const char **out_end)
{
    while (s < end && is_space(*s))
        s++;
    while (end > s && is_space(end[-1]))
        end--;
    *out_end = end;
    return s;
}

/* Parses the inside of one "[...]" (from open+1 to close) into a rule. */
static int parse_rule(struct actor_reader *r, const struct dict_line *l, const char *s,
                      const char *end, struct code_rule *rule)
{
    s = trim(s, end, &end);
    const char *code_end = s;
    while (code_end < end && !is_space(*code_end))
        code_end++;
    if (code_end == s) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s), "empty actor code");
        return -1;
    }
    rule->code = arena_strndup(&r->lx->arena, s, (size_t)(code_end - s));
    rule->kind = RULE_DEFAULT;
    rule->from = rule->to = 0;
    const char *d = code_end;
    while (d < end && is_space(*d))
        d++;
    if (d == end)
        return 0;
    char op = *d;
    if (op == '<' || op == '>') {
        d++;
        while (d < end && is_space(*d))
            d++;
        day_t day = date_parse_dict(d, (size_t)(end - d));
        if (day == DAY_NONE) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, d),
                     "bad date restriction '%.*s': expected YYMMDD or YYYYMMDD", (int)(end - d), d);
            return -1;
        }
        rule->kind = op == '<' ? RULE_UNTIL : RULE_FROM;
        rule->from = rule->to = day;
        return 0;
    }
    const char *dash = memchr(d, '-', (size_t)(end - d));
    if (dash) {
        const char *e1;
        const char *a = trim(d, dash, &e1);
        const char *e2;
        const char *b = trim(dash + 1, end, &e2);
        day_t from = date_parse_dict(a, (size_t)(e1 - a)),
              to = date_parse_dict(b, (size_t)(e2 - b));
        if (from == DAY_NONE || to == DAY_NONE) {
            const char *bad = from == DAY_NONE ? a : b;
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, bad),
                     "bad date range '%.*s': expected D1-D2 with YYMMDD or YYYYMMDD dates",
                     (int)(end - d), d);
            return -1;
        }
        if (to < from) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, d),
                     "date range '%.*s' ends before it starts", (int)(end - d), d);
            return -1;
        }
        rule->kind = RULE_RANGE;
        rule->from = from;
        rule->to = to;
        return 0;
    }
    diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, d),
             "unexpected '%.*s' after actor code: expected <DATE, >DATE or D1-D2", (int)(end - d),
             d);
    return -1;
}

/* Parses every "[...]" group in [s, end) as a rule of the open entry. */
static void parse_rules(struct actor_reader *r, const struct dict_line *l, const char *s,
                        const char *end)
{
    while (s < end) {
        const char *open = memchr(s, '[', (size_t)(end - s));
        if (!open)
            break;
        const char *close = memchr(open, ']', (size_t)(end - open));
        if (!close) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, open),
                     "'[' without a closing ']'");
            return;
        }
        struct code_rule rule;
        if (parse_rule(r, l, open + 1, close, &rule) == 0) {
            GROW(r->lx->rules, r->lx->cap_rules, r->lx->nrules + 1);
            r->lx->rules[r->lx->nrules++] = rule;
        }
        s = close + 1;
        /* After a code, ';' starts a comment (TABARI legacy). */
        while (s < end && is_space(*s))
            s++;
        if (s < end && *s == ';')
            break;
    }
}

static void add_phrase(struct actor_reader *r, const struct dict_line *l, const char *s,
                       const char *end)
{
    struct lexicon *lx = r->lx;
    const char *e;
    s = trim(s, end, &e);
    struct phrase ph;
    if (s == e || phrase_parse(lx, s, (size_t)(e - s), &ph, &r->scratch) != 0) {
        diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s), "empty actor phrase");
        return;
    }
    GROW(lx->actors, lx->cap_actors, lx->nactors + 1);
    lx->actors[lx->nactors++] = (struct actor_entry){
        .ph = ph,
        .text = arena_strndup(&lx->arena, s, (size_t)(e - s)),
        .at = {r->lr.path, l->lineno},
    };
}

static void read_line(struct actor_reader *r, const struct dict_line *l)
{
    const char *s = l->text, *end = l->text + l->len;
    if (memmem(s, l->len, "---STOP---", 10)) {
        r->lr.pos = r->lr.size;
        return;
    }
    if (is_space(*s)) { /* an indented code line */
        while (s < end && is_space(*s))
            s++;
        if (!r->in_entry) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s),
                     "code line outside an actor entry");
            return;
        }
        if (*s != '[') {
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, s),
                     "indented line must be a [CODE] restriction");
            return;
        }
        parse_rules(r, l, s, end);
        return;
    }
    bool synonym = *s == '+';
    if (synonym) {
        if (!r->in_entry) {
            diag_add(r->lr.diags, r->lr.path, l->lineno, 1, "synonym line outside an actor entry");
            return;
        }
        s++;
    } else {
        close_group(r);
        r->in_entry = true;
    }
    const char *bracket = memchr(s, '[', (size_t)(end - s));
    const char *semi = memchr(s, ';', (size_t)(end - s));
    const char *phrase_end = bracket ? bracket : end;
    if (semi && semi < phrase_end)
        phrase_end = semi; /* without a code, ';' starts a comment */
    add_phrase(r, l, s, phrase_end);
    if (bracket && (!semi || bracket < semi)) {
        if (synonym)
            diag_add(r->lr.diags, r->lr.path, l->lineno, dict_col(l, bracket),
                     "a synonym line cannot carry its own code; put codes on the entry");
        else
            parse_rules(r, l, bracket, end);
    }
}

int dict_load_actors(struct lexicon *lx, const char *path, struct diag_list *diags)
{
    struct actor_reader r = {.lx = lx, .group_first = lx->nactors, .rules_first = lx->nrules};
    if (line_reader_open(&r.lr, path, diags) != 0)
        return -1;
    buf_init(&r.scratch);
    struct dict_line l;
    while (line_reader_next(&r.lr, &l))
        read_line(&r, &l);
    close_group(&r);
    buf_free(&r.scratch);
    line_reader_close(&r.lr);
    return 0;
}

/* PETRARCH-1 resolution: a lone undated code applies always; otherwise
 * the first restriction that holds wins, then the last default. */
const char *actor_code_on(const struct lexicon *lx, const struct actor_entry *e, day_t date)
{
    const struct code_rule *rules = lx->rules + e->rules;
    if (e->nrules == 0)
        return "---";
    if (e->nrules == 1 && rules[0].kind == RULE_DEFAULT)
        return rules[0].code;
    const char *fallback = NULL;
    for (uint32_t i = 0; i < e->nrules; i++) {
        const struct code_rule *k = &rules[i];
        switch (k->kind) {
        case RULE_DEFAULT: fallback = k->code; break;
        case RULE_UNTIL:
            if (date <= k->to)
                return k->code;
            break;
        case RULE_FROM:
            if (date >= k->from)
                return k->code;
            break;
        case RULE_RANGE:
            if (date >= k->from && date <= k->to)
                return k->code;
            break;
        }
    }
    return fallback ? fallback : "---";
}
