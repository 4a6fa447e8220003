/* fuzz_segment.c - libFuzzer target for the segment stage (src/segment).
 * Each input is one document. It is segmented twice with one segmenter,
 * whole and then its second half, so that reused buffers are exercised,
 * and every result is checked against segment.h's promises: sentences in
 * order and inside the text, tokens inside their sentence, token strings
 * NUL-terminated with the stated length, no sentence over the limit. */
#include "segment/segment.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_segment: broken promise: %s\n", what);
        abort();
    }
}

static void run(struct segmenter *s, const char *text, size_t n)
{
    struct segmented d;
    size_t off = 0;
    enum segment_status st = segment_document(s, text, n, &d, &off);
    if (st != SEGMENT_OK) {
        check(st == SEGMENT_BAD_UTF8 && off < n, "error offset inside the input");
        check(d.ntok == 0 && d.nsent == 0, "empty result on error");
        return;
    }
    check(strlen(d.text) == d.text_len, "text length");
    size_t first = 0;
    uint32_t prev = 0;
    for (size_t i = 0; i < d.nsent; i++) {
        const struct sentence *se = &d.sent[i];
        check(se->first == first && se->count > 0, "sentences cover the tokens in order");
        check(se->count <= SEGMENT_MAX_SENTENCE_TOKENS + 1, "sentence length limit");
        check(se->start >= prev && se->start < se->end && se->end <= d.text_len,
              "sentence bytes in order and inside the text");
        prev = se->end;
        first += se->count;
        for (size_t k = se->first; k < se->first + se->count; k++) {
            const struct token *t = &d.tok[k];
            check(t->start < t->end && t->start >= se->start && t->end <= se->end,
                  "token inside its sentence");
            check(t->len > 0 && strlen(t->text) == t->len, "token string");
        }
        if (d.dateline_end > d.dateline_start)
            check(se->end <= d.dateline_start || se->start >= d.dateline_end,
                  "the dateline is in no sentence");
    }
    check(first == d.ntok, "sentences cover every token");
    check(d.dateline_end <= d.text_len, "dateline inside the text");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct segmenter *s = segmenter_new();
    run(s, (const char *)data, size);
    run(s, (const char *)data + size / 2, size - size / 2);
    segmenter_free(s);
    return 0;
}
