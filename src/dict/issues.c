/* issues.c - reader for PETRARCH issue dictionaries.
 * Dict layer. Inside <ISSUE CATEGORY="..."> sections, "phrase [CODE]"
 * lines name issues and "~phrase" lines name phrases to ignore. In a
 * phrase, "n:WORD" expands to singular and plural, "v:WORD" to the
 * regular verb forms, and "A+B" to "A B" and "A-B". */
#include "base/xalloc.h"
#include "dict/dict.h"
#include "dict/forms.h"
#include "dict/lines.h"

#include <string.h>

enum { MAX_VARIANTS = 256 };

struct variants {
    struct buf v[MAX_VARIANTS];
    size_t n;
};

/* Appends each alternative to every variant so far (a cross product). */
static void extend(struct variants *vs, const char *const *alts, const size_t *lens, size_t nalts)
{
    size_t n = vs->n;
    if (n * nalts > MAX_VARIANTS)
        nalts = MAX_VARIANTS / n;
    for (size_t a = nalts; a-- > 0;) {
        for (size_t i = 0; i < n; i++) {
            struct buf *dst = &vs->v[a * n + i];
            if (a > 0) {
                buf_clear(dst);
                buf_add(dst, vs->v[i].data, vs->v[i].len);
            }
        }
    }
    for (size_t a = 0; a < nalts; a++)
        for (size_t i = 0; i < n; i++)
            buf_add(&vs->v[a * n + i], alts[a], lens[a]);
    vs->n = n * nalts;
}

static void expand(struct variants *vs, const char *s, size_t n)
{
    vs->n = 1;
    buf_clear(&vs->v[0]);
    struct buf forms;
    buf_init(&forms);
    for (size_t i = 0; i < n;) {
        if ((s[i] == 'N' || s[i] == 'V') && i + 1 < n && s[i + 1] == ':' &&
            (i == 0 || s[i - 1] == ' ' || s[i - 1] == '+')) {
            size_t j = i + 2;
            while (j < n && s[j] != ' ' && s[j] != '+')
                j++;
            const char *w = s + i + 2;
            size_t wl = j - (i + 2);
            buf_clear(&forms);
            buf_add(&forms, w, wl);
            buf_addc(&forms, '\0');
            if (s[i] == 'N')
                form_plural(&forms, w, wl);
            else
                form_verb_regular(&forms, w, wl);
            buf_addc(&forms, '\0');
            const char *alts[4];
            size_t lens[4], k = 0;
            for (const char *p = forms.data; p < forms.data + forms.len && k < 4;
                 p += strlen(p) + 1) {
                alts[k] = p;
                lens[k++] = strlen(p);
            }
            extend(vs, alts, lens, k);
            i = j;
        } else if (s[i] == '+') {
            const char *alts[2] = {" ", "-"};
            size_t lens[2] = {1, 1};
            extend(vs, alts, lens, 2);
            i++;
        } else {
            const char *alts[1] = {s + i};
            size_t lens[1] = {1};
            extend(vs, alts, lens, 1);
            i++;
        }
    }
    buf_free(&forms);
}

static int32_t add_code(struct lexicon *lx, const char *code, size_t n, const char *category)
{
    for (size_t i = 0; i < lx->nissue_codes; i++)
        if (strlen(lx->issue_codes[i].code) == n && memcmp(lx->issue_codes[i].code, code, n) == 0)
            return (int32_t)i;
    GROW(lx->issue_codes, lx->cap_issue_codes, lx->nissue_codes + 1);
    lx->issue_codes[lx->nissue_codes] =
        (struct issue_code){arena_strndup(&lx->arena, code, n), category};
    return (int32_t)lx->nissue_codes++;
}

int dict_load_issues(struct lexicon *lx, const char *path, struct diag_list *diags)
{
    struct line_reader lr;
    if (line_reader_open(&lr, path, diags) != 0)
        return -1;
    struct variants *vs = xcalloc(1, sizeof *vs);
    struct buf up;
    buf_init(&up);
    const char *category = NULL;
    struct dict_line l;
    while (line_reader_next(&lr, &l)) {
        const char *s = l.text, *end = l.text + l.len;
        while (s < end && is_space(*s))
            s++;
        if (end - s >= 6 && memcmp(s, "<ISSUE", 6) == 0) {
            const char *q = memmem(s, (size_t)(end - s), "CATEGORY=\"", 10);
            const char *qe = q ? memchr(q + 10, '"', (size_t)(end - q - 10)) : NULL;
            if (!qe) {
                diag_add(diags, path, l.lineno, 1, "<ISSUE> without CATEGORY=\"...\"");
                category = NULL;
                continue;
            }
            category = arena_strndup(&lx->arena, q + 10, (size_t)(qe - q - 10));
            continue;
        }
        if (end - s >= 7 && memcmp(s, "</ISSUE", 7) == 0) {
            category = NULL;
            continue;
        }
        bool ignore = *s == '~';
        if (ignore)
            s++;
        int32_t code = 0;
        const char *pe = end;
        if (!ignore) {
            const char *open = memchr(s, '[', (size_t)(end - s));
            const char *close = open ? memchr(open, ']', (size_t)(end - open)) : NULL;
            if (!open || !close || close == open + 1) {
                diag_add(diags, path, l.lineno, dict_col(&l, open ? open : end),
                         "issue phrase without a [CODE]");
                continue;
            }
            pe = open;
        }
        while (pe > s && is_space(pe[-1]))
            pe--;
        if (pe == s) {
            diag_add(diags, path, l.lineno, dict_col(&l, s), "empty issue phrase");
            continue;
        }
        if (!ignore) { /* only a line that is kept may add its code */
            const char *open = memchr(s, '[', (size_t)(end - s));
            const char *close = memchr(open, ']', (size_t)(end - open));
            code = add_code(lx, open + 1, (size_t)(close - open - 1), category);
        }
        buf_clear(&up);
        text_upper(&up, s, (size_t)(pe - s));
        expand(vs, up.data, up.len);
        for (size_t i = 0; i < vs->n; i++)
            texttrie_add(&lx->issues, vs->v[i].data, vs->v[i].len, true,
                         code * 2 + (ignore ? 1 : 0));
        if (ignore)
            lx->nissue_ignores++;
        else
            lx->nissue_phrases++;
    }
    for (size_t i = 0; i < MAX_VARIANTS; i++)
        buf_free(&vs->v[i]);
    free(vs);
    buf_free(&up);
    line_reader_close(&lr);
    return 0;
}
