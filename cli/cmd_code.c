/* cmd_code.c - `parley code`: parsed sentences in, events out.
 * CLI layer. Reads PETRARCH XML, codes records in batches on --threads
 * threads and writes JSON Lines (default) or TSV in input order. A record
 * that cannot be coded is reported on stderr with its id; the rest of the
 * input is still coded. */
#include "cli.h"
#include "pipe/batch.h"
#include "read/petrxml.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

struct code_run {
    struct batch batch;
    struct code_options opt;
    FILE *out;
    const char *path;
    size_t records, events, errors, skipped;
    bool progress; /* stderr is a terminal: show a progress line */
    double last_progress;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void flush(struct code_run *r)
{
    batch_run(&r->batch);
    for (size_t i = 0; i < r->batch.n; i++) {
        struct batch_item *it = &r->batch.items[i];
        if (it->problem || it->error.len) {
            fprintf(stderr, "parley: %s:%u: record %s: %s\n", r->path, it->line,
                    it->id[0] ? it->id : "(no id)", it->problem ? it->problem : it->error.data);
            r->errors++;
        }
        if (it->out.len)
            fwrite(it->out.data, 1, it->out.len, r->out);
        r->events += it->nevents;
    }
    batch_clear(&r->batch);
    if (r->progress && r->records % 1024 == 0 && now() - r->last_progress >= 1.0) {
        r->last_progress = now();
        fprintf(stderr, "\rparley: %zu records, %zu events, %zu errors", r->records, r->events,
                r->errors);
    }
}

static int on_record(void *ctx, const struct petr_record *rec)
{
    struct code_run *r = ctx;
    if (!rec->valid) { /* valid="false": a test record PETRARCH also skips */
        r->skipped++;
        return 0;
    }
    r->records++;
    struct batch_item *it = batch_add(&r->batch, rec->id, rec->outlet, rec->text, rec->text_len,
                                      rec->parse, rec->parse_len, rec->date, &r->opt);
    it->line = rec->line;
    if (rec->problem)
        it->problem = rec->problem;
    else if (!rec->has_parse)
        it->problem = "no <Parse>: this version codes parsed sentences only";
    else if (!rec->id[0])
        it->problem = "missing id attribute";
    if (batch_full(&r->batch))
        flush(r);
    return 0;
}

static void on_config(void *ctx, const char *option, const char *value)
{
    code_options_set(&((struct code_run *)ctx)->opt, option, value);
}

static void help(void)
{
    printf(
        "usage: parley code [OPTIONS] FILE...\n\n"
        "Codes parsed sentences into events: who did what to whom, when.\n"
        "Input is PETRARCH XML (<Sentence date=\"YYYYMMDD\" id=...> with <Text> and\n"
        "<Parse>); \"-\" reads standard input. Output is one JSON object per event.\n\n"
        "options:\n"
        "  --input petrxml        input format (PETRARCH XML with <Parse>; the only format so "
        "far)\n"
        "  --format jsonl|tsv     output format (default jsonl)\n"
        "  --output FILE          write there instead of standard output\n"
        "  --threads N            code on N threads; output is identical for any N\n"
        "  --stats                print load time, sentences/s and peak memory to stderr\n"
        "  --actors FILE          actor dictionary (repeatable)\n"
        "  --agents FILE, --verbs FILE, --discards FILE, --issues FILE\n"
        "  --require-dyad BOOL, --new-actor-length N, --comma-emax N, ...\n"
        "                         PETRARCH options (<Config> in the input also sets them)\n\n"
        "Without dictionary options parley uses its bundled dictionaries.\n\n"
        "examples:\n"
        "  parley code data/sample/sample.xml\n"
        "  parley code --format tsv --threads 2 \\\n"
        "      --actors Phoenix.Countries.actors.txt --actors Phoenix.International.actors.txt \\\n"
        "      --agents Phoenix.agents.txt --verbs CAMEO.verbpatterns.150430.txt \\\n"
        "      --discards Phoenix.discards.txt --issues Phoenix.IssueCoding.txt stories.xml\n"
        "  parley code data/sample/sample.xml | jq -r '[.source,.code,.target] | @tsv'\n\n"
        "exit: 0 all coded, 1 some records could not be coded (each reported),\n"
        "      2 usage, 3 unreadable or malformed input, 4 unreadable dictionary\n");
}

/* --comma-emax 6 style flags map onto PETRARCH's option names. Returns 0
 * when argv[*i] is not one, 1 when it was applied, -1 for a bad value. */
static int option_flag(struct code_options *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (strncmp(a, "--", 2) != 0)
        return 0;
    char name[64];
    size_t k = 0;
    for (const char *p = a + 2; *p && *p != '=' && k < sizeof name - 1; p++)
        name[k++] = *p == '-' ? '_' : *p;
    name[k] = '\0';
    struct code_options probe = *o;
    if (!code_options_set(&probe, name, "0") || strcmp(name, "stop_on_error") == 0)
        return 0;
    const char *v = flag_value(argc, argv, i);
    if (!v)
        return -1;
    if (!code_options_set(o, name, v)) {
        fprintf(stderr, "parley code: %s takes a count from 0 to 1000, not '%s'\n", a, v);
        return -1;
    }
    return 1;
}

int cmd_code(int argc, char **argv)
{
    bool stats = false;
    int opt_rc;
    struct dict_flags df = {0};
    struct code_run r = {0};
    code_options_default(&r.opt);
    enum out_format fmt = OUT_JSONL;
    int threads = 1;
    const char *output = NULL;
    const char *files[256];
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return EXIT_OK;
        } else if (dict_flag(&df, argc, argv, &i)) {
            continue;
        } else if (strncmp(a, "--format", 8) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            if (strcmp(v, "jsonl") == 0 || strcmp(v, "json") == 0)
                fmt = OUT_JSONL;
            else if (strcmp(v, "tsv") == 0)
                fmt = OUT_TSV;
            else {
                fprintf(stderr, "parley code: unknown format '%s' (jsonl or tsv)\n", v);
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--input", 7) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            if (strcmp(v, "petrxml") != 0 && strcmp(v, "xml") != 0 && strcmp(v, "petrarch") != 0) {
                fprintf(stderr, "parley code: unknown input format '%s' (petrxml)\n", v);
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--threads", 9) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            char *end;
            long t = strtol(v, &end, 10);
            threads = (end == v || *end || t < 1 || t > 64) ? 0 : (int)t;
            if (threads == 0) {
                fprintf(stderr, "parley code: --threads takes 1 to 64\n");
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--output", 8) == 0 || strcmp(a, "-o") == 0) {
            if (!(output = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (strcmp(a, "--stats") == 0) {
            stats = true;
        } else if ((opt_rc = option_flag(&r.opt, argc, argv, &i)) != 0) {
            if (opt_rc < 0)
                return EXIT_USAGE;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "parley code: unknown option %s (see --help)\n", a);
            return EXIT_USAGE;
        } else if (nfiles < 256) {
            files[nfiles++] = a;
        }
    }
    if (nfiles == 0) {
        fprintf(stderr, "parley code: no input files (use - for standard input; see --help)\n");
        return EXIT_USAGE;
    }
    char *bundled[5] = {0};
    if (bundled_dicts(&df, bundled) != 0)
        return EXIT_DICT;
    double t0 = now();
    struct lexicon *lx = load_dicts(&df, false);
    double t1 = now();
    if (!lx) {
        free_bundled(bundled);
        return EXIT_DICT;
    }
    r.out = stdout;
    if (output && !(r.out = fopen(output, "wb"))) {
        perror(output);
        lexicon_free(lx);
        free_bundled(bundled);
        return EXIT_INPUT;
    }
    batch_init(&r.batch, lx, fmt, threads);
    r.progress = isatty(STDERR_FILENO);
    r.last_progress = now();
    if (fmt == OUT_TSV) {
        struct buf h;
        buf_init(&h);
        format_tsv_header(&h);
        fwrite(h.data, 1, h.len, r.out);
        buf_free(&h);
    }
    int rc = EXIT_OK;
    for (int f = 0; f < nfiles && rc == EXIT_OK; f++) {
        r.path = files[f];
        FILE *in = strcmp(files[f], "-") == 0 ? stdin : fopen(files[f], "rb");
        if (!in) {
            fprintf(stderr, "parley: %s: cannot open: %s\n", files[f], strerror(errno));
            rc = EXIT_INPUT;
            break;
        }
        struct petr_handler h = {&r, on_record, on_config, NULL};
        struct diag_list d = {0};
        int st = petrxml_read(in, files[f], &h, &d);
        flush(&r);
        print_diags(&d, stderr, 20);
        diag_free(&d);
        if (in != stdin)
            fclose(in);
        if (st != 0)
            rc = EXIT_INPUT;
    }
    if (rc == EXIT_OK && r.errors)
        rc = EXIT_FAILURE_FOUND;
    double t2 = now();
    if (stats) {
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr,
                "stats: sentences=%zu events=%zu threads=%d load_ms=%.1f code_s=%.3f "
                "sentences_per_s=%.0f peak_rss_kb=%ld\n",
                r.records, r.events, threads, (t1 - t0) * 1e3, t2 - t1,
                t2 > t1 ? (double)r.records / (t2 - t1) : 0.0, ru.ru_maxrss);
    }
    if (r.out != stdout && fclose(r.out) != 0) {
        perror(output);
        rc = EXIT_INPUT;
    } else if (r.out == stdout && fflush(stdout) != 0) {
        perror("parley: standard output");
        rc = EXIT_INPUT;
    }
    if (r.progress) /* the summary overwrites the progress line */
        fprintf(stderr,
                "\rparley: %zu records, %zu events, %zu errors, %zu skipped as valid=\"false\"\n",
                r.records, r.events, r.errors, r.skipped);
    batch_free(&r.batch);
    lexicon_free(lx);
    free_bundled(bundled);
    return rc;
}
