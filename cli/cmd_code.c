/* cmd_code.c - `parley code`: parsed sentences in, events out.
 * CLI layer. Reads PETRARCH XML or raw text, codes records in batches on
 * --threads threads and writes JSON Lines (default) or TSV in input order.
 * A record that cannot be coded is reported on stderr with its id; the
 * rest of the input is still coded. `parley ingest` and `recode` are the
 * same run with the store as output (cmd_ingest.c). */
#include "code_run.h"
#include "base/xalloc.h"
#include "parse/parse.h"
#include "pipe/batch.h"
#include "read/doc.h"
#include "read/petrxml.h"
#include "store/store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void flush(struct code_run *r)
{
    batch_run(&r->batch);
    for (size_t i = 0; i < r->batch.n; i++) {
        struct batch_item *it = &r->batch.items[i];
        if (it->problem || it->error.len) {
            fprintf(stderr, "parley: %s:%u: %s %s: %s\n", r->path, it->line,
                    it->raw && !r->reparse ? "document" : "record", it->id[0] ? it->id : "(no id)",
                    it->problem ? it->problem : it->error.data);
            r->errors++;
        }
        if (r->store)
            store_item(r, it, &r->meta[i]);
        else if (it->out.len)
            fwrite(it->out.data, 1, it->out.len, r->out);
        r->events += it->nevents;
        r->sentences += it->nsentences;
    }
    batch_clear(&r->batch);
    arena_reset(&r->meta_strings);
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
    const char *parse = rec->parse;
    size_t parse_len = rec->parse_len;
    if (r->gold_parser && rec->has_parse) {
        size_t n = parse_leaves(rec->parse, rec->parse_len, r->gold_tok, PARSE_MAX_NESTED_TOKENS,
                                &r->gold_leaves);
        buf_clear(&r->gold_parse);
        parser_parse(r->gold_parser, r->gold_tok, n, &r->gold_parse);
        parse = r->gold_parse.data;
        parse_len = r->gold_parse.len;
    }
    struct batch_item *it = r->reparse
                                ? batch_add_document(&r->batch, rec->id, rec->outlet, rec->text,
                                                     rec->text_len, rec->date, &r->opt)
                                : batch_add(&r->batch, rec->id, rec->outlet, rec->text,
                                            rec->text_len, parse, parse_len, rec->date, &r->opt);
    it->line = rec->line;
    if (rec->problem)
        it->problem = rec->problem;
    else if (!r->reparse && !rec->has_parse)
        it->problem = "no <Parse>: code its <Text> with --reparse";
    else if (!rec->id[0])
        it->problem = "missing id attribute";
    remember(r, rec->outlet, NULL, NULL, "petrxml");
    if (batch_full(&r->batch))
        flush(r);
    return r->store_failed;
}

/* Raw-text documents: plain text, blank-line blocks or JSON Lines. */
static int code_documents(struct code_run *r, const char *path, enum doc_format fmt,
                          day_t default_date)
{
    struct diag_list d = {0};
    struct doc_reader *dr = doc_reader_open(path, fmt, default_date, &d);
    if (!dr) {
        print_diags(&d, stderr, 20);
        diag_free(&d);
        return EXIT_INPUT;
    }
    int rc = EXIT_OK;
    struct document doc;
    for (;;) {
        enum doc_status st = doc_next(dr, &doc);
        if (st == DOC_END)
            break;
        if (st == DOC_SKIPPED || st == DOC_FATAL) {
            print_diags(&d, stderr, 20);
            diag_clear(&d);
            r->errors++;
            if (st == DOC_FATAL) {
                rc = EXIT_INPUT;
                break;
            }
            continue;
        }
        r->records++;
        struct batch_item *it = batch_add_document(&r->batch, doc.id, doc.source, doc.text,
                                                   doc.text_len, doc.date, &r->opt);
        it->line = doc.line;
        remember(r, doc.source, doc.url, doc.title, r->input_name);
        if (batch_full(&r->batch))
            flush(r);
        if (r->store_failed)
            break;
    }
    flush(r);
    doc_reader_close(dr);
    diag_free(&d);
    return rc;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static enum input_kind guess_input(const char *path)
{
    if (ends_with(path, ".xml") || ends_with(path, ".xml.gz"))
        return INPUT_PETRXML;
    if (ends_with(path, ".jsonl") || ends_with(path, ".jsonl.gz") || ends_with(path, ".json") ||
        ends_with(path, ".ndjson"))
        return INPUT_JSONL;
    return INPUT_TEXT;
}

static void on_config(void *ctx, const char *option, const char *value)
{
    code_options_set(&((struct code_run *)ctx)->opt, option, value);
}

static void help(void)
{
    printf(
        "usage: parley code [OPTIONS] FILE...\n\n"
        "Codes news text into events: who did what to whom, when.\n"
        "Input is raw text (parsed by parley), JSON Lines, or PETRARCH XML with its\n"
        "Treebank parses; \"-\" reads standard input; gzip is read transparently.\n"
        "Output is one JSON object per event.\n\n"
        "options:\n"
        "  --input KIND           text (one document per file), blocks (one per\n"
        "                         blank-line-separated block), jsonl ({\"id\",\"date\",\"text\"}\n"
        "                         per line), petrxml; default: by file name (.xml,\n"
        "                         .jsonl, anything else is text)\n"
        "  --blocks               the same as --input blocks\n"
        "  --reparse              PETRARCH XML: parse <Text> with parley, ignore <Parse>\n"
        "  --date YYYY-MM-DD      the date of documents that carry none\n"
        "  --semantics news|petrarch\n"
        "                         news (default for text and JSON Lines): negated events\n"
        "                         are dropped, pronouns and \"the two sides\" resolved,\n"
        "                         clauses under \"said\" coded; petrarch (default for\n"
        "                         PETRARCH XML): exactly PETRARCH-1's events\n"
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
    return code_or_store(argc, argv, RUN_CODE);
}

int code_or_store(int argc, char **argv, enum run_kind mode)
{
    const char *db_path = NULL;
    unsigned commit_every = 1;
    bool stats = false;
    int opt_rc;
    struct dict_flags df = {0};
    struct code_run r = {0};
    code_options_default(&r.opt);
    enum out_format fmt = OUT_JSONL;
    int threads = 1;
    enum input_kind input = INPUT_AUTO;
    bool gold_tags = false;
    day_t default_date = DAY_NONE;
    int semantics = -1; /* -1: by input kind; 0 petrarch; 1 news */
    const char *output = NULL;
    const char *files[256];
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            if (mode == RUN_CODE)
                help();
            else
                store_help(mode);
            return EXIT_OK;
        } else if (mode != RUN_CODE && (strncmp(a, "--format", 8) == 0 ||
                                        strncmp(a, "--output", 8) == 0 || strcmp(a, "-o") == 0)) {
            fprintf(stderr, "parley %s: %s is for parley code; the events go to the database\n",
                    run_names[mode], a);
            return EXIT_USAGE;
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
                fprintf(stderr, "parley %s: unknown format '%s' (jsonl or tsv)\n", run_names[mode],
                        v);
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--input", 7) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            if (strcmp(v, "petrxml") == 0 || strcmp(v, "xml") == 0 || strcmp(v, "petrarch") == 0)
                input = INPUT_PETRXML;
            else if (strcmp(v, "text") == 0 || strcmp(v, "txt") == 0)
                input = INPUT_TEXT;
            else if (strcmp(v, "blocks") == 0)
                input = INPUT_BLOCKS;
            else if (strcmp(v, "jsonl") == 0 || strcmp(v, "json") == 0)
                input = INPUT_JSONL;
            else {
                fprintf(stderr,
                        "parley %s: unknown input format '%s' (text, blocks, jsonl, petrxml)\n",
                        run_names[mode], v);
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--semantics", 11) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            if (strcmp(v, "news") == 0)
                semantics = 1;
            else if (strcmp(v, "petrarch") == 0)
                semantics = 0;
            else {
                fprintf(stderr, "parley %s: --semantics is news or petrarch, not '%s'\n",
                        run_names[mode], v);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--blocks") == 0) {
            input = INPUT_BLOCKS;
        } else if (strcmp(a, "--reparse") == 0) {
            r.reparse = true;
        } else if (strcmp(a, "--reparse=gold-tags") == 0) {
            gold_tags = true;
        } else if (strncmp(a, "--date", 6) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            default_date = date_parse_iso(v, strlen(v));
            if (default_date == DAY_NONE) {
                fprintf(stderr, "parley %s: --date wants a real date as YYYY-MM-DD, not '%s'\n",
                        run_names[mode], v);
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--threads", 9) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            char *end;
            long t = strtol(v, &end, 10);
            threads = (end == v || *end || t < 1 || t > 64) ? 0 : (int)t;
            if (threads == 0) {
                fprintf(stderr, "parley %s: --threads takes 1 to 64\n", run_names[mode]);
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--output", 8) == 0 || strcmp(a, "-o") == 0) {
            if (!(output = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (strcmp(a, "--stats") == 0) {
            stats = true;
        } else if (mode != RUN_CODE && strncmp(a, "--commit-every", 14) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            char *end;
            long n = strtol(v, &end, 10);
            if (end == v || *end || n < 1 || n > 1000000) {
                fprintf(stderr, "parley %s: --commit-every takes 1 to 1000000 documents\n",
                        run_names[mode]);
                return EXIT_USAGE;
            }
            commit_every = (unsigned)n;
        } else if ((opt_rc = option_flag(&r.opt, argc, argv, &i)) != 0) {
            if (opt_rc < 0)
                return EXIT_USAGE;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "parley %s: unknown option %s (see --help)\n", run_names[mode], a);
            return EXIT_USAGE;
        } else if (mode != RUN_CODE && !db_path) {
            db_path = a;
        } else if (mode == RUN_RECODE) {
            fprintf(stderr, "parley recode: one database, no input files (see --help)\n");
            return EXIT_USAGE;
        } else if (nfiles < 256) {
            files[nfiles++] = a;
        }
    }
    if (mode != RUN_CODE && !db_path) {
        fprintf(stderr, "parley %s: no database named (see --help)\n", run_names[mode]);
        return EXIT_USAGE;
    }
    if (nfiles == 0 && mode != RUN_RECODE) {
        fprintf(stderr, "parley %s: no input files (use - for standard input; see --help)\n",
                run_names[mode]);
        return EXIT_USAGE;
    }
    /* The database is checked first: a file we must not touch is
       reported before any work is done. */
    int store_rc = EXIT_OK;
    if (mode != RUN_CODE && !(r.store = open_store(run_names[mode], db_path, true, &store_rc)))
        return store_rc;
    struct bundled bundled = {.n = 0};
    if (bundled_dicts(&df, &bundled) != 0) {
        store_close(r.store);
        return EXIT_DICT;
    }
    double t0 = now();
    struct lexicon *lx = load_dicts(&df, false);
    double t1 = now();
    if (!lx) {
        store_close(r.store);
        free_bundled(&bundled);
        return EXIT_DICT;
    }
    if (r.store) {
        struct store_dict dicts[2 * DICT_FLAG_MAX + 3];
        enum store_status st = store_begin_run(r.store, run_names[mode],
                                               semantics < 0 ? "by input"
                                               : semantics   ? "news"
                                                             : "petrarch",
                                               dicts, run_dicts(&df, dicts));
        if (st != STORE_OK) {
            fprintf(stderr, "parley: %s: %s\n", db_path, store_error(r.store));
            store_close(r.store);
            lexicon_free(lx);
            free_bundled(&bundled);
            return EXIT_STORE;
        }
        arena_init(&r.meta_strings, 1 << 16);
        store_set_commit_every(r.store, commit_every);
    }
    r.out = stdout;
    if (output && !(r.out = fopen(output, "wb"))) {
        perror(output);
        lexicon_free(lx);
        free_bundled(&bundled);
        return EXIT_INPUT;
    }
    /* The tagger is needed only when something will be parsed here. */
    bool raw = mode == RUN_RECODE || r.reparse || input == INPUT_TEXT || input == INPUT_BLOCKS ||
               input == INPUT_JSONL;
    for (int f = 0; f < nfiles && input == INPUT_AUTO; f++)
        raw |= guess_input(files[f]) != INPUT_PETRXML;
    struct tagger *tagger = raw ? tagger_new() : NULL;
    batch_init(&r.batch, lx, tagger, fmt, threads);
    if (r.store)
        r.batch.sink = store_sink;
    buf_init(&r.gold_leaves);
    buf_init(&r.gold_parse);
    if (gold_tags) { /* made once the command line is known to be good */
        r.gold_parser = parser_new();
        r.gold_tok = xcalloc(PARSE_MAX_NESTED_TOKENS, sizeof *r.gold_tok);
    }
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
    if (mode == RUN_RECODE) {
        r.path = db_path;
        rc = recode_documents(&r, semantics);
    }
    for (int f = 0; f < nfiles && rc == EXIT_OK; f++) {
        r.path = files[f];
        enum input_kind kind = input == INPUT_AUTO ? guess_input(files[f]) : input;
        /* PETRARCH XML records were written for PETRARCH-1's reading */
        r.opt.news = semantics >= 0 ? semantics == 1 : kind != INPUT_PETRXML;
        r.input_name = kind == INPUT_JSONL    ? "jsonl"
                       : kind == INPUT_BLOCKS ? "blocks"
                       : kind == INPUT_TEXT   ? "text"
                                              : "petrxml";
        if (kind != INPUT_PETRXML) {
            enum doc_format df_ = kind == INPUT_JSONL    ? DOC_JSONL
                                  : kind == INPUT_BLOCKS ? DOC_BLOCKS
                                                         : DOC_PLAIN;
            int st = code_documents(&r, files[f], df_, default_date);
            if (st != EXIT_OK)
                rc = st;
            continue;
        }
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
        if (r.store_failed)
            rc = r.store_failed;
    }
    if (r.store && !r.store_failed && store_finish(r.store) != STORE_OK) {
        fprintf(stderr, "parley: %s: %s\n", db_path, store_error(r.store));
        r.store_failed = EXIT_STORE;
    }
    if (r.store_failed)
        rc = r.store_failed;
    if (rc == EXIT_OK && r.errors)
        rc = EXIT_FAILURE_FOUND;
    double t2 = now();
    if (stats) {
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr,
                "stats: documents=%zu sentences=%zu events=%zu threads=%d load_ms=%.1f "
                "code_s=%.3f sentences_per_s=%.0f peak_rss_kb=%ld",
                r.records, r.sentences, r.events, threads, (t1 - t0) * 1e3, t2 - t1,
                t2 > t1 ? (double)r.sentences / (t2 - t1) : 0.0, ru.ru_maxrss);
        if (r.store)
            fprintf(stderr, " stored=%zu", r.stored);
        fputc('\n', stderr);
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
    tagger_free(tagger);
    parser_free(r.gold_parser);
    free(r.gold_tok);
    buf_free(&r.gold_leaves);
    buf_free(&r.gold_parse);
    lexicon_free(lx);
    free_bundled(&bundled);
    if (r.store) {
        store_close(r.store);
        arena_free(&r.meta_strings);
        free(r.meta);
    }
    return rc;
}
