/* discards.c - reader for discard lists.
 * Dict layer. Each line is a phrase that drops the sentence, or the whole
 * story when it starts with '+'. A trailing '_' makes the phrase a whole
 * word; otherwise it matches as a stem (TYPHOON also finds TYPHOONS). */
#include "dict/dict.h"
#include "dict/lines.h"

#include <string.h>

int dict_load_discards(struct lexicon *lx, const char *path, struct diag_list *diags)
{
    struct line_reader lr;
    if (line_reader_open(&lr, path, diags) != 0)
        return -1;
    struct buf up, phrase;
    buf_init(&up);
    buf_init(&phrase);
    struct dict_line l;
    while (line_reader_next(&lr, &l)) {
        const char *s = l.text, *end = l.text + l.len;
        while (s < end && is_space(*s))
            s++;
        bool story = *s == '+';
        if (story)
            s++;
        while (s < end && is_space(*s))
            s++;
        /* TABARI/PETRARCH comments after ';' on discard lines */
        const char *semi = memchr(s, ';', (size_t)(end - s));
        if (semi)
            end = semi;
        while (end > s && is_space(end[-1]))
            end--;
        bool whole_word = end > s && end[-1] == '_';
        if (whole_word)
            end--;
        if (end == s) {
            diag_add(diags, path, l.lineno, dict_col(&l, s), "empty discard phrase");
            continue;
        }
        buf_clear(&up);
        text_upper(&up, s, (size_t)(end - s));
        buf_clear(&phrase);
        for (size_t i = 0; i < up.len; i++) /* '_' joins words, as in every format */
            buf_addc(&phrase, up.data[i] == '_' ? ' ' : up.data[i]);
        if (texttrie_add(&lx->discards, phrase.data, phrase.len, whole_word, story ? 2 : 1))
            lx->ndiscards++;
    }
    buf_free(&up);
    buf_free(&phrase);
    line_reader_close(&lr);
    return 0;
}
