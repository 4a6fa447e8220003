/* baseline_read.c - the benchmark's floor: read the same PETRARCH XML
 * with parley's expat reader and do nothing else. Coding speed is
 * reported next to this, measured in the same run. */
#include "read/petrxml.h"

#include <stdio.h>
#include <time.h>

static int count(void *ctx, const struct petr_record *r)
{
    (void)r;
    ++*(size_t *)ctx;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: baseline_read FILE.xml\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 3;
    }
    size_t n = 0;
    struct petr_handler h = {&n, count, NULL, NULL};
    struct diag_list d = {0};
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int rc = petrxml_read(f, argv[1], &h, &d);
    clock_gettime(CLOCK_MONOTONIC, &b);
    fclose(f);
    diag_free(&d);
    double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    fprintf(stderr, "stats: sentences=%zu read_s=%.3f sentences_per_s=%.0f\n", n, s,
            s > 0 ? (double)n / s : 0.0);
    return rc == 0 ? 0 : 3;
}
