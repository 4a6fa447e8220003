/* cmd_stats.c - `parley stats DB`: time series and top actors and dyads.
 * CLI layer, over store_query_stats (src/store/query.c). */
#include "store_cli.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static void help(void)
{
    printf("usage: parley stats DB [--by day|week|month] [--top N] [--only TABLE] [FILTERS]\n"
           "                       [--format table|tsv|csv|jsonl]\n\n"
           "Summarises the events stored in DB, in four tables:\n"
           "  quad        per period and quad class: events, summed and mean Goldstein\n"
           "  dyads       per period and dyad, for the top N dyads: the same figures\n"
           "  actors      the top N actors: events, as source, as target\n"
           "  top-dyads   the top N dyads: events, summed and mean Goldstein\n"
           "A period is a day (YYYY-MM-DD), a week (the date of its Monday) or a month\n"
           "(YYYY-MM); default month. N defaults to 10. --only prints one table (plain\n"
           "CSV or TSV then); otherwise each table follows a '# NAME' line, and JSON\n"
           "Lines rows carry \"table\". The filters are those of `parley query`.\n\n"
           "examples:\n"
           "  parley stats events.db --by week --actor PAK\n"
           "  parley stats events.db --only quad --format csv > quad.csv\n\n"
           "exit: 0 done, 2 usage, 5 the database cannot be used\n");
}

struct table {
    const char *name;
    const char *const *cols;
    const char *types;
    size_t ncols;
    enum store_stats what;
    int goldstein_sum; /* columns written with one decimal, or -1 */
};

static const char *const quad_cols[] = {"table",  "period",        "quad_class",
                                        "events", "goldstein_sum", "goldstein_mean"};
static const char *const dyad_cols[] = {"table",  "period",        "source",        "target",
                                        "events", "goldstein_sum", "goldstein_mean"};
static const char *const actor_cols[] = {"table", "actor", "events", "as_source", "as_target"};
static const char *const top_dyad_cols[] = {"table",  "source",        "target",
                                            "events", "goldstein_sum", "goldstein_mean"};

static const struct table tables[] = {
    {"quad", quad_cols, "ssnnnn", 6, STATS_QUAD, 4},
    {"dyads", dyad_cols, "ssssnnn", 7, STATS_DYAD, 5},
    {"actors", actor_cols, "ssnnn", 5, STATS_TOP_ACTORS, -1},
    {"top-dyads", top_dyad_cols, "sssnnn", 6, STATS_TOP_DYADS, 4},
};

static int write_table(struct store *s, const struct table *t, const struct store_filter *f,
                       enum store_period p, int top, enum rows_format fmt, bool headed)
{
    sqlite3_stmt *st = store_query_stats(s, f, t->what, p, top);
    if (!st)
        return SQLITE_ERROR;
    /* the "table" column is for JSON Lines, where tables share a stream */
    bool tag = fmt == ROWS_JSONL;
    if (headed && !tag)
        printf("# %s\n", t->name);
    struct rows r;
    rows_begin(&r, fmt, stdout, t->cols + !tag, t->types + !tag, t->ncols - !tag);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *v[8];
        char num[2][32];
        size_t n = 0;
        if (tag)
            v[n++] = t->name;
        for (int i = 0; i < (int)t->ncols - 1; i++) {
            const char *c = (const char *)sqlite3_column_text(st, i);
            int k = i - (t->goldstein_sum - 1); /* 0 sum, 1 mean */
            if (t->goldstein_sum > 0 && k >= 0 && k < 2 && c) {
                snprintf(num[k], sizeof num[k], k ? "%.2f" : "%.1f", sqlite3_column_double(st, i));
                c = num[k];
            }
            v[n++] = c;
        }
        rows_add(&r, v);
    }
    rows_end(&r);
    sqlite3_finalize(st);
    return rc;
}

int cmd_stats(int argc, char **argv)
{
    struct store_filter f = {0};
    enum rows_format fmt = default_format();
    enum store_period period = PERIOD_MONTH;
    int top = 10;
    const char *db = NULL, *only = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        int fr;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return EXIT_OK;
        } else if ((fr = filter_flag("stats", &f, argc, argv, &i)) != 0) {
            if (fr < 0)
                return EXIT_USAGE;
        } else if (strncmp(a, "--format", 8) == 0) {
            if (!(v = flag_value(argc, argv, &i)) || parse_format("stats", v, &fmt) != 0)
                return EXIT_USAGE;
        } else if (strncmp(a, "--by", 4) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            if (strcmp(v, "day") == 0)
                period = PERIOD_DAY;
            else if (strcmp(v, "week") == 0)
                period = PERIOD_WEEK;
            else if (strcmp(v, "month") == 0)
                period = PERIOD_MONTH;
            else {
                fprintf(stderr, "parley stats: --by is day, week or month, not '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--top", 5) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            char *end;
            long n = strtol(v, &end, 10);
            if (end == v || *end || n < 1 || n > 100000) {
                fprintf(stderr, "parley stats: --top takes 1 to 100000, not '%s'\n", v);
                return EXIT_USAGE;
            }
            top = (int)n;
        } else if (strncmp(a, "--only", 6) == 0) {
            if (!(only = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            bool known = false;
            for (size_t k = 0; k < sizeof tables / sizeof *tables; k++)
                known |= strcmp(only, tables[k].name) == 0;
            if (!known) {
                fprintf(stderr,
                        "parley stats: --only is quad, dyads, actors or top-dyads, not '%s'\n",
                        only);
                return EXIT_USAGE;
            }
        } else if (take_database("stats", a, &db) != 0) {
            return EXIT_USAGE;
        }
    }
    if (!db) {
        fprintf(stderr, "parley stats: no database named (see --help)\n");
        return EXIT_USAGE;
    }
    int rc = EXIT_OK;
    struct store *s = open_store("stats", db, false, &rc);
    if (s) {
        bool first = true;
        for (size_t k = 0; k < sizeof tables / sizeof *tables && rc == EXIT_OK; k++) {
            if (only && strcmp(only, tables[k].name) != 0)
                continue;
            if (!first && !only && fmt != ROWS_JSONL)
                putchar('\n');
            first = false;
            if (write_table(s, &tables[k], &f, period, top, fmt, !only) != SQLITE_DONE) {
                const char *msg = sqlite3_errmsg(store_db(s));
                bool bad_text = f.text && strstr(msg, "fts5");
                if (bad_text)
                    fprintf(stderr, "parley stats: bad --text query: %s\n", msg);
                else
                    fprintf(stderr, "parley stats: %s\n", store_explain_last(s, db));
                rc = bad_text ? EXIT_USAGE : EXIT_STORE;
            }
        }
        store_close(s);
    }
    free((char *)f.dyad_a);
    return rc;
}
