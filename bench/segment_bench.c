/* segment_bench.c - speed of the segment stage alone, on one core.
 * Not part of the test suite; build it by hand from the repository root:
 *
 *   make && cc -O2 -std=c11 -D_GNU_SOURCE -Isrc bench/segment_bench.c \
 *        build/libparley.a $(pkg-config --libs libutf8proc) -o build/segment_bench
 *   build/segment_bench [FILE [MB]]
 *
 * FILE defaults to tests/segment/passages.txt, whose passages are turned
 * back into plain text (the "> " input lines, or the expected sentences
 * joined); any other file is taken as plain text. The text is repeated to
 * MB megabytes (default 5) and cut into documents of about 4 KB, the size
 * of a news story, at paragraph breaks. Each document is segmented with
 * one reused segmenter, best of five rounds; the whole text is then
 * segmented once more as a single document. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "segment/segment.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int starts(const char *line, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && memcmp(line, prefix, k) == 0;
}

/* One passage of the passage file as plain text: its "> " lines, or else
 * its dateline and sentences joined by spaces; then a blank line. */
static void from_passage(struct buf *out, const char *s, size_t n)
{
    struct buf input, joined;
    buf_init(&input);
    buf_init(&joined);
    for (const char *line = s; line < s + n;) {
        const char *nl = memchr(line, '\n', (size_t)(s + n - line));
        size_t len = nl ? (size_t)(nl - line) : (size_t)(s + n - line);
        if (len && line[0] == '>') {
            size_t skip = len > 1 && line[1] == ' ' ? 2 : 1;
            buf_add(&input, line + skip, len - skip);
            buf_addc(&input, '\n');
        } else if (starts(line, len, "DATELINE: ")) {
            buf_add(&joined, line + 10, len - 10);
            buf_addc(&joined, ' ');
        } else if (len && line[0] != '#' && !starts(line, len, "%%") &&
                   !starts(line, len, "PLACE: ") && !starts(line, len, "OUTLET: ") &&
                   !starts(line, len, "TOKENS: ")) {
            buf_add(&joined, line, len);
            buf_addc(&joined, ' ');
        }
        line += len + 1;
    }
    const struct buf *b = input.len ? &input : &joined;
    buf_add(out, b->data, b->len);
    buf_add(out, "\n\n", 2);
    buf_free(&input);
    buf_free(&joined);
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/segment/passages.txt";
    size_t mb = argc > 2 ? (size_t)atol(argv[2]) : 5;
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    struct buf raw, one, text;
    buf_init(&raw);
    buf_init(&one);
    buf_init(&text);
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&raw, chunk, k);
    fclose(f);
    if (strstr(raw.data, "\n%%")) {
        for (const char *p = strstr(raw.data, "%%"); p;) {
            const char *q = strstr(p + 2, "\n%%");
            size_t n = q ? (size_t)(q + 1 - p) : strlen(p);
            from_passage(&one, p, n);
            p = q ? q + 1 : NULL;
        }
    } else {
        buf_add(&one, raw.data, raw.len);
    }
    while (text.len < mb << 20)
        buf_add(&text, one.data, one.len);

    /* documents of about 4 KB, cut after a blank line */
    size_t ndocs = 0, cap = text.len / 1024 + 2;
    size_t *cut = malloc(cap * sizeof *cut);
    cut[ndocs++] = 0;
    for (size_t i = 4096; i < text.len; i += 4096) {
        const char *b = strstr(text.data + i, "\n\n");
        if (!b)
            break;
        i = (size_t)(b - text.data) + 2;
        cut[ndocs++] = i;
    }
    cut[ndocs] = text.len;

    struct segmenter *sg = segmenter_new();
    struct segmented out;
    size_t ntok = 0, nsent = 0;
    double best = 1e9;
    for (int round = 0; round < 5; round++) {
        ntok = nsent = 0;
        double t0 = now();
        for (size_t d = 0; d < ndocs; d++) {
            if (segment_document(sg, text.data + cut[d], cut[d + 1] - cut[d], &out, NULL)) {
                fprintf(stderr, "document %zu rejected\n", d);
                return 1;
            }
            ntok += out.ntok;
            nsent += out.nsent;
        }
        double t = now() - t0;
        best = t < best ? t : best;
    }
    printf("input: %s, %.1f MB in %zu documents\n", path, (double)text.len / 1048576.0, ndocs);
    printf("documents: %zu tokens, %zu sentences in %.3f s: %.2f M tokens/s, %.0f sentences/s, "
           "%.1f ns/token, %.0f MB/s\n",
           ntok, nsent, best, (double)ntok / best / 1e6, (double)nsent / best,
           best * 1e9 / (double)ntok, (double)text.len / best / 1048576.0);
    double t0 = now();
    segment_document(sg, text.data, text.len, &out, NULL);
    double t = now() - t0;
    printf("one document: %zu tokens, %zu sentences in %.3f s: %.2f M tokens/s, %.0f "
           "sentences/s\n",
           out.ntok, out.nsent, t, (double)out.ntok / t / 1e6, (double)out.nsent / t);
    segmenter_free(sg);
    free(cut);
    buf_free(&raw);
    buf_free(&one);
    buf_free(&text);
    return 0;
}
