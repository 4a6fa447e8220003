/* cmd_export.c - `parley export DB --style gdelt|phoenix`: CSV in the
 * columns of the field's two best-known event datasets.
 * CLI layer. Both are one a day (date, source, target, code), with the
 * first mention's document as the row's source; docs/store.md lists
 * every column and how it is filled. */
#include "base/text.h"
#include "store_cli.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static void help(void)
{
    printf("usage: parley export DB --style gdelt|phoenix [FILTERS] [--format csv|tsv]\n\n"
           "Writes the events stored in DB, one a day (one row per date, source, target\n"
           "and code), as CSV with GDELT 1.0-like or Phoenix-like columns. Columns that\n"
           "parley has no data for (geography) are empty. The filters are those of\n"
           "`parley query`. docs/store.md describes each column.\n\n"
           "examples:\n"
           "  parley export events.db --style gdelt > events.gdelt.csv\n"
           "  parley export events.db --style phoenix --from 2025-01-01 > phoenix.csv\n\n"
           "exit: 0 done, 2 usage, 5 the database cannot be used\n");
}

enum {
    X_DATE,
    X_SOURCE,
    X_TARGET,
    X_CODE,
    X_ROOT,
    X_QUAD,
    X_GOLDSTEIN,
    X_MENTIONS,
    X_ARTICLES,
    X_SOURCES,
    X_OUTLETS,
    X_FIRST,
    X_DOC_ID,
    X_SENTENCE,
    X_URL
};

static const char *const gdelt_cols[] = {
    "GLOBALEVENTID",     "SQLDATE",     "MonthYear",         "Year",
    "FractionDate",      "Actor1Code",  "Actor1CountryCode", "Actor2Code",
    "Actor2CountryCode", "IsRootEvent", "EventCode",         "EventBaseCode",
    "EventRootCode",     "QuadClass",   "GoldsteinScale",    "NumMentions",
    "NumSources",        "NumArticles", "SOURCEURL"};
static const char *const phoenix_cols[] = {"EventID",
                                           "Date",
                                           "Year",
                                           "Month",
                                           "Day",
                                           "SourceActorFull",
                                           "SourceActorEntity",
                                           "SourceActorRole",
                                           "SourceActorAttribute",
                                           "TargetActorFull",
                                           "TargetActorEntity",
                                           "TargetActorRole",
                                           "TargetActorAttribute",
                                           "EventCode",
                                           "EventRootCode",
                                           "PentaClass",
                                           "GoldsteinScore",
                                           "Issues",
                                           "Lat",
                                           "Lon",
                                           "LocationName",
                                           "StateName",
                                           "CountryCode",
                                           "SentenceID",
                                           "URLs",
                                           "NewsSources",
                                           "NumMentions"};
enum { GDELT_N = 19, PHOENIX_N = 27 };
static const char all_s[] = "sssssssssssssssssssssssssss";

/* Three letters of an actor code from start, as a string ("" past its end). */
static const char *part(const char *code, size_t start, char out[4])
{
    out[0] = '\0';
    if (code && strlen(code) > start) {
        strncpy(out, code + start, 3);
        out[3] = '\0';
    }
    return out;
}

static void gdelt_row(struct rows *r, sqlite3_stmt *st, const char *const *c)
{
    const char *date = c[X_DATE];
    char sqldate[9], monthyear[7], year[5], fraction[16], base[4], c1[4], c2[4], gold[16];
    memcpy(sqldate, date, 4), memcpy(sqldate + 4, date + 5, 2), memcpy(sqldate + 6, date + 8, 2);
    sqldate[8] = '\0';
    memcpy(monthyear, sqldate, 6), monthyear[6] = '\0';
    memcpy(year, sqldate, 4), year[4] = '\0';
    int y = (int)strtol(year, NULL, 10);
    day_t d = date_parse_iso(date, 10), jan1 = date_to_days(y, 1, 1);
    snprintf(fraction, sizeof fraction, "%.4f", y + (double)(d - jan1 + 1) / 365.0);
    snprintf(base, sizeof base, "%.3s", c[X_CODE]);
    if (c[X_GOLDSTEIN])
        snprintf(gold, sizeof gold, "%.1f", sqlite3_column_double(st, X_GOLDSTEIN));
    const char *v[GDELT_N] = {c[X_FIRST],
                              sqldate,
                              monthyear,
                              year,
                              fraction,
                              c[X_SOURCE],
                              part(c[X_SOURCE], 0, c1),
                              c[X_TARGET],
                              part(c[X_TARGET], 0, c2),
                              strcmp(c[X_SENTENCE], "1") == 0 ? "1" : "0",
                              c[X_CODE],
                              base,
                              c[X_ROOT],
                              c[X_QUAD],
                              c[X_GOLDSTEIN] ? gold : NULL,
                              c[X_MENTIONS],
                              c[X_SOURCES],
                              c[X_ARTICLES],
                              c[X_URL] ? c[X_URL] : c[X_DOC_ID]};
    rows_add(r, v);
}

/* Phoenix's PentaClass: quad classes with "make a statement" and "appeal"
   (roots 01, 02) apart as 0, neutral. */
static const char *penta(const char *root, const char *quad)
{
    if (root && (strcmp(root, "01") == 0 || strcmp(root, "02") == 0))
        return "0";
    return quad;
}

static void phoenix_row(struct rows *r, sqlite3_stmt *st, const char *const *c)
{
    const char *date = c[X_DATE];
    char ymd[9], y[5], m[3], d[3], s1[4], s2[4], s3[4], t1[4], t2[4], t3[4], gold[16], sid[300];
    memcpy(ymd, date, 4), memcpy(ymd + 4, date + 5, 2), memcpy(ymd + 6, date + 8, 2);
    ymd[8] = '\0';
    memcpy(y, date, 4), y[4] = '\0';
    memcpy(m, date + 5, 2), m[2] = '\0';
    memcpy(d, date + 8, 2), d[2] = '\0';
    if (c[X_GOLDSTEIN])
        snprintf(gold, sizeof gold, "%.1f", sqlite3_column_double(st, X_GOLDSTEIN));
    snprintf(sid, sizeof sid, "%s_%s", c[X_DOC_ID], c[X_SENTENCE]);
    const char *v[PHOENIX_N] = {c[X_FIRST],
                                ymd,
                                y,
                                m,
                                d,
                                c[X_SOURCE],
                                part(c[X_SOURCE], 0, s1),
                                part(c[X_SOURCE], 3, s2),
                                part(c[X_SOURCE], 6, s3),
                                c[X_TARGET],
                                part(c[X_TARGET], 0, t1),
                                part(c[X_TARGET], 3, t2),
                                part(c[X_TARGET], 6, t3),
                                c[X_CODE],
                                c[X_ROOT],
                                penta(c[X_ROOT], c[X_QUAD]),
                                c[X_GOLDSTEIN] ? gold : NULL,
                                NULL,
                                NULL,
                                NULL,
                                NULL,
                                NULL,
                                NULL,
                                sid,
                                c[X_URL],
                                c[X_OUTLETS],
                                c[X_MENTIONS]};
    rows_add(r, v);
}

int cmd_export(int argc, char **argv)
{
    struct store_filter f = {0};
    enum rows_format fmt = ROWS_CSV;
    int style = 0; /* 1 gdelt, 2 phoenix */
    const char *db = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        int fr;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return EXIT_OK;
        } else if ((fr = filter_flag("export", &f, argc, argv, &i)) != 0) {
            if (fr < 0)
                return EXIT_USAGE;
        } else if (strncmp(a, "--style", 7) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            style = strcmp(v, "gdelt") == 0 ? 1 : strcmp(v, "phoenix") == 0 ? 2 : -1;
            if (style < 0) {
                fprintf(stderr, "parley export: --style is gdelt or phoenix, not '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "--format", 8) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            if (strcmp(v, "csv") == 0 || strcmp(v, "tsv") == 0) {
                fmt = v[0] == 'c' ? ROWS_CSV : ROWS_TSV;
            } else {
                fprintf(stderr, "parley export: --format is csv or tsv, not '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if (take_database("export", a, &db) != 0) {
            return EXIT_USAGE;
        }
    }
    if (!db || !style) {
        fprintf(stderr, "parley export: %s (see --help)\n",
                !db ? "no database named" : "--style gdelt or --style phoenix is needed");
        free((char *)f.dyad_a);
        return EXIT_USAGE;
    }
    int rc = EXIT_OK;
    struct store *s = open_store("export", db, false, &rc);
    sqlite3_stmt *st = s ? store_query_export(s, &f) : NULL;
    if (st) {
        struct rows r;
        rows_begin(&r, fmt, stdout, style == 1 ? gdelt_cols : phoenix_cols, all_s,
                   style == 1 ? GDELT_N : PHOENIX_N);
        int src;
        while ((src = sqlite3_step(st)) == SQLITE_ROW) {
            const char *c[X_URL + 1];
            for (int i = 0; i <= X_URL; i++)
                c[i] = (const char *)sqlite3_column_text(st, i);
            if (style == 1)
                gdelt_row(&r, st, c);
            else
                phoenix_row(&r, st, c);
        }
        rows_end(&r);
        if (src != SQLITE_DONE) {
            fprintf(stderr, "parley export: %s\n", store_explain_last(s, db));
            rc = EXIT_STORE;
        }
        sqlite3_finalize(st);
    } else if (s) {
        fprintf(stderr, "parley export: %s\n", store_error(s));
        rc = EXIT_STORE;
    }
    store_close(s);
    free((char *)f.dyad_a);
    return rc;
}
