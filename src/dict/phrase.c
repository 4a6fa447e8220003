/* phrase.c - dictionary phrases: parsing and matching (see phrase.h,
 * lexicon.h). */
#include "dict/phrase.h"
#include "base/text.h"

#include <string.h>

uint32_t lexicon_intern_upper(struct lexicon *lx, const char *s, size_t n, struct buf *scratch)
{
    buf_clear(scratch);
    text_upper(scratch, s, n);
    return strmap_intern(&lx->words, scratch->data, scratch->len);
}

void phrase_from_ids(struct lexicon *lx, const uint32_t *ids, const uint8_t *conn, size_t n,
                     bool terminal, struct phrase *out)
{
    uint32_t *w = arena_alloc(&lx->arena, n * sizeof *w);
    uint8_t *c = arena_alloc(&lx->arena, n);
    memcpy(w, ids, n * sizeof *w);
    memcpy(c, conn, n);
    out->words = w;
    out->conn = c;
    out->nwords = (uint16_t)n;
    out->elements = (uint16_t)(n + (terminal ? 1 : 0));
}

int phrase_parse(struct lexicon *lx, const char *s, size_t n, struct phrase *out,
                 struct buf *scratch)
{
    enum { MAXW = 64 };
    uint32_t ids[MAXW];
    uint8_t conn[MAXW];
    size_t nw = 0;
    size_t i = 0;
    bool terminal = false;
    while (i < n && nw < MAXW) {
        while (i < n && s[i] == ' ')
            i++;
        if (i >= n)
            break;
        size_t start = i;
        while (i < n && s[i] != ' ' && s[i] != '_' && s[i] != '\t')
            i++;
        if (i == start) { /* a '_' with no word before it */
            i++;
            continue;
        }
        ids[nw] = lexicon_intern_upper(lx, s + start, i - start, scratch);
        conn[nw] = (i < n && s[i] == '_') ? '_' : ' ';
        if (i < n && s[i] == '_') {
            size_t j = i + 1;
            while (j < n && s[j] == ' ')
                j++;
            if (j >= n)
                terminal = true;
        }
        nw++;
        if (i < n)
            i++;
    }
    if (nw == 0)
        return -1;
    phrase_from_ids(lx, ids, conn, nw, terminal, out);
    return 0;
}

/* Unlike PETRARCH-1, every word of the entry must be found: its matcher
 * stops one word early for 3+-word entries without a trailing '_', which
 * no test depends on and which makes "HAMAS MILITARY" match
 * HAMAS_MILITARY_COMMAND (docs/compat.md). */
bool phrase_match(const struct phrase *p, const uint32_t *words, size_t nwords, size_t start,
                  size_t *end)
{
    size_t i = start + 1;
    uint8_t conn = p->conn[0];
    for (size_t j = 1; j < p->nwords; j++) {
        for (;;) {
            if (i >= nwords)
                return false;
            if (words[i] == p->words[j]) {
                conn = p->conn[j];
                i++;
                break;
            }
            if (conn == '_')
                return false;
            i++;
        }
    }
    *end = i;
    return true;
}
