/* segment.c - the segmenter: owns the reusable memory and runs the steps
 * of the segment stage in order (see internal.h for the steps).
 *
 * Why one object with buffers that only grow: a document's text, tokens
 * and sentences live in arrays the segmenter keeps from one call to the
 * next, so after the first few documents segmentation allocates nothing
 * and memory stays bounded by the largest document seen. Input that is
 * plain ASCII without NUL bytes (checked eight bytes at a time) skips
 * UTF-8 validation, which would only confirm it. */
#include "segment/segment.h"

#include <string.h>

#include "base/text.h"
#include "base/xalloc.h"
#include "segment/internal.h"

struct segmenter *segmenter_new(void)
{
    struct segmenter *s = xcalloc(1, sizeof *s);
    buf_init(&s->text);
    buf_init(&s->strs);
    return s;
}

void segmenter_free(struct segmenter *s)
{
    if (!s)
        return;
    buf_free(&s->text);
    buf_free(&s->strs);
    free(s->u32);
    free(s->raw);
    free(s->tok);
    free(s->sent);
    free(s);
}

/* True when no byte is >= 0x80 or NUL. */
static bool plain_ascii(const char *p, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, p + i, 8);
        if ((v | ((v - ones) & ~v)) & highs)
            return false;
    }
    for (; i < n; i++)
        if ((unsigned char)p[i] - 1u >= 0x7Fu)
            return false;
    return true;
}

static void empty(struct segmented *out)
{
    memset(out, 0, sizeof *out);
    out->text = "";
}

enum segment_status segment_document(struct segmenter *s, const char *text, size_t len,
                                     struct segmented *out, size_t *error_offset)
{
    empty(out);
    if (len > SEGMENT_MAX_BYTES)
        return SEGMENT_TOO_LARGE;
    if (!plain_ascii(text, len)) {
        size_t bad = utf8_invalid_at(text, len);
        if (bad != (size_t)-1) {
            if (error_offset)
                *error_offset = bad;
            return SEGMENT_BAD_UTF8;
        }
    }
    seg_normalize(s, text, len);
    /* Room for every token string and the dateline's two: see tokenize.c. */
    buf_clear(&s->strs);
    buf_reserve(&s->strs, 2 * s->text.len + 16);
    s->dateline = (struct seg_range){0, 0};
    s->place = s->outlet = NULL;
    seg_preamble(s);
    seg_tokenize(s);
    seg_split(s);

    out->text = s->text.data ? s->text.data : "";
    out->text_len = s->text.len;
    out->tok = s->tok;
    out->ntok = s->ntok;
    out->sent = s->sent;
    out->nsent = s->nsent;
    out->dateline_start = s->dateline.start;
    out->dateline_end = s->dateline.end;
    out->dateline_place = s->place;
    out->dateline_outlet = s->outlet;
    return SEGMENT_OK;
}
