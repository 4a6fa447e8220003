/* cmd_query.c - `parley query DB`: stored events by filter, or deduplicated.
 * CLI layer. JSON Lines rows are the event record of `parley code`
 * (docs/output.md), so a query's output reads like coding's. */
#include "base/text.h"
#include "cameo/cameo.h"
#include "store_cli.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static void help(void)
{
    printf("usage: parley query DB [FILTERS] [--dedup day|story] [--format jsonl|csv|tsv|table]\n\n"
           "Prints the events stored in DB (by parley ingest) that pass every filter, in\n"
           "the order they were stored: as JSON Lines (the record of `parley code`) into a\n"
           "pipe or file, as an aligned table on a terminal.\n\n"
           "filters (actor and code values are prefixes: PAK matches PAKGOV):\n"
           "  --from DATE, --to DATE  event date range, YYYY-MM-DD, inclusive\n"
           "  --actor A               A is the source or the target\n"
           "  --source A, --target A  A is the source / the target\n"
           "  --dyad A,B              source A, target B\n"
           "  --dyad-any A,B          A and B either way round\n"
           "  --code C, --root R, --quad Q\n"
           "                          CAMEO code (prefix), root (\"11\"), quad class (1-4)\n"
           "  --plover TYPE           PLOVER type, e.g. ACCUSE\n"
           "  --mode M                factual, future or hypothetical\n"
           "  --attributed, --unattributed\n"
           "                          only reported events (\"X said\"), or only the others\n"
           "  --claimant A            reported by actor A\n"
           "  --text QUERY            full-text search of the sentence (SQLite FTS5 syntax:\n"
           "                          words, \"a phrase\", OR, NOT, prefix*)\n"
           "  --doc ID                one document\n"
           "  --limit N               at most N rows\n\n"
           "  --dedup day             one row per date, source, target and code (as Phoenix),\n"
           "                          with mentions, articles and distinct outlets (GDELT's\n"
           "                          NumMentions, NumArticles, NumSources)\n"
           "  --dedup story           one row per document, source, target and code, with\n"
           "                          mentions, sentences and distinct claimants\n\n"
           "examples:\n"
           "  parley query events.db --actor PAK --from 2025-10-01 --to 2025-10-31\n"
           "  parley query events.db --dyad-any PAK,AFG --root 11 --format csv\n"
           "  parley query events.db --text '\"Afghan soil\"' --attributed\n"
           "  parley query events.db --dedup day --quad 4 | jq .num_sources\n\n"
           "exit: 0 done, 2 usage (a bad filter or full-text query), 5 the database\n"
           "      cannot be used (missing, damaged, not parley's, newer schema)\n");
}

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

/* The event record, field for field as src/out/format.c writes it. */
static void json_event(struct buf *b, sqlite3_stmt *st)
{
    const char *code = col(st, COL_CODE);
    const struct cameo_code *cc = code ? cameo_resolve(code) : NULL;
    buf_adds(b, "{\"doc_id\":");
    buf_add_json_str(b, col(st, COL_DOC_ID));
    buf_adds(b, ",\"sentence_id\":");
    buf_add_uint(b, (unsigned long)sqlite3_column_int64(st, COL_SENTENCE));
    buf_adds(b, ",\"date\":");
    buf_add_json_str(b, col(st, COL_DATE));
    buf_adds(b, ",\"source\":");
    buf_add_json_str(b, col(st, COL_SOURCE));
    buf_adds(b, ",\"target\":");
    buf_add_json_str(b, col(st, COL_TARGET));
    buf_adds(b, ",\"code\":");
    buf_add_json_str(b, code);
    buf_adds(b, ",\"root\":");
    buf_add_json_str(b, col(st, COL_ROOT));
    if (sqlite3_column_type(st, COL_QUAD) == SQLITE_NULL) {
        buf_adds(b, ",\"quad_class\":null,\"goldstein\":null");
    } else {
        buf_adds(b, ",\"quad_class\":");
        buf_add_uint(b, (unsigned long)sqlite3_column_int(st, COL_QUAD));
        buf_adds(b, ",\"goldstein\":");
        buf_add_fixed1(b, sqlite3_column_double(st, COL_GOLDSTEIN));
    }
    buf_adds(b, ",\"plover\":");
    buf_add_json_str(b, col(st, COL_PLOVER));
    buf_adds(b, ",\"event_name\":");
    buf_add_json_str(b, cc ? cc->name : NULL);
    buf_adds(b, ",\"source_text\":");
    buf_add_json_str(b, col(st, COL_SOURCE_TEXT));
    buf_adds(b, ",\"target_text\":");
    buf_add_json_str(b, col(st, COL_TARGET_TEXT));
    buf_adds(b, ",\"verb_text\":");
    buf_add_json_str(b, col(st, COL_VERB_TEXT));
    buf_adds(b, ",\"pattern\":");
    if (col(st, COL_PATTERN_FILE))
        buf_printf(b, "\"%s:%lld\"", col(st, COL_PATTERN_FILE),
                   (long long)sqlite3_column_int64(st, COL_PATTERN_LINE));
    else
        buf_adds(b, "null");
    buf_printf(b, ",\"pattern_kind\":\"%s\",\"passive\":%s,\"noun\":%s,\"mode\":\"%s\"",
               col(st, COL_PATTERN_KIND), sqlite3_column_int(st, COL_PASSIVE) ? "true" : "false",
               sqlite3_column_int(st, COL_NOUN) ? "true" : "false", col(st, COL_MODE));
    buf_adds(b, ",\"attribution\":");
    bool attributed = false;
    for (int i = COL_CLAIMANT_CODE; i <= COL_CUE; i++)
        attributed |= sqlite3_column_type(st, i) != SQLITE_NULL;
    if (!attributed) {
        buf_adds(b, "null");
    } else {
        for (int party = 0; party < 2; party++) {
            int c = party ? COL_OUTLET_CODE : COL_CLAIMANT_CODE;
            buf_adds(b, party ? ",\"outlet\":" : "{\"claimant\":");
            if (!col(st, c + 1)) {
                buf_adds(b, "null");
                continue;
            }
            buf_adds(b, "{\"code\":");
            buf_add_json_str(b, col(st, c));
            buf_adds(b, ",\"text\":");
            buf_add_json_str(b, col(st, c + 1));
            buf_addc(b, '}');
        }
        buf_adds(b, ",\"cue\":");
        buf_add_json_str(b, col(st, COL_CUE));
        buf_adds(b, ",\"repeated_by\":");
        if (col(st, COL_RELAY_TEXT)) {
            buf_adds(b, "{\"code\":");
            buf_add_json_str(b, col(st, COL_RELAY_CODE));
            buf_adds(b, ",\"text\":");
            buf_add_json_str(b, col(st, COL_RELAY_TEXT));
            buf_adds(b, ",\"cue\":");
            buf_add_json_str(b, col(st, COL_RELAY_CUE));
            buf_addc(b, '}');
        } else {
            buf_adds(b, "null");
        }
        buf_addc(b, '}');
    }
    buf_adds(b, ",\"issues\":");
    buf_adds(b, col(st, COL_ISSUES) ? col(st, COL_ISSUES) : "[]");
    buf_adds(b, ",\"outlet\":");
    buf_add_json_str(b, col(st, COL_DOC_OUTLET));
    buf_adds(b, "}\n");
}

static const char *const event_names[] = {
    "doc_id",    "sentence_id",   "date",          "source",
    "target",    "code",          "root",          "quad_class",
    "goldstein", "plover",        "mode",          "verb_text",
    "pattern",   "claimant_code", "claimant_text", "attribution_outlet_code",
    "cue",       "outlet",        "sentence"};
static const char event_types[] = "snsssssnnssssssssss";
static const char *const table_names[] = {"date",      "source",   "target", "code",    "quad",
                                          "goldstein", "claimant", "doc_id", "sentence"};
static const char table_types[] = "ssssnnssn";

static void event_row(struct rows *r, sqlite3_stmt *st)
{
    char pattern[300] = "", gold[16] = "";
    if (col(st, COL_PATTERN_FILE))
        snprintf(pattern, sizeof pattern, "%s:%lld", col(st, COL_PATTERN_FILE),
                 (long long)sqlite3_column_int64(st, COL_PATTERN_LINE));
    if (sqlite3_column_type(st, COL_GOLDSTEIN) != SQLITE_NULL)
        snprintf(gold, sizeof gold, "%.1f", sqlite3_column_double(st, COL_GOLDSTEIN));
    if (r->fmt == ROWS_TABLE) {
        const char *v[] = {col(st, COL_DATE),          col(st, COL_SOURCE), col(st, COL_TARGET),
                           col(st, COL_CODE),          col(st, COL_QUAD),   gold,
                           col(st, COL_CLAIMANT_CODE), col(st, COL_DOC_ID), col(st, COL_SENTENCE)};
        rows_add(r, v);
        return;
    }
    const char *v[] = {
        col(st, COL_DOC_ID),         col(st, COL_SENTENCE),      col(st, COL_DATE),
        col(st, COL_SOURCE),         col(st, COL_TARGET),        col(st, COL_CODE),
        col(st, COL_ROOT),           col(st, COL_QUAD),          gold[0] ? gold : NULL,
        col(st, COL_PLOVER),         col(st, COL_MODE),          col(st, COL_VERB_TEXT),
        pattern[0] ? pattern : NULL, col(st, COL_CLAIMANT_CODE), col(st, COL_CLAIMANT_TEXT),
        col(st, COL_OUTLET_CODE),    col(st, COL_CUE),           col(st, COL_DOC_OUTLET),
        col(st, COL_SENTENCE_TEXT)};
    rows_add(r, v);
}

static const char *const day_names[] = {"date",         "source",       "target",     "code",
                                        "root",         "quad_class",   "goldstein",  "plover",
                                        "num_mentions", "num_articles", "num_sources"};
static const char day_types[] = "sssssnnsnnn";
static const char *const story_names[] = {"doc_id", "date",         "source",        "target",
                                          "code",   "root",         "quad_class",    "goldstein",
                                          "plover", "num_mentions", "num_sentences", "num_sources"};
static const char story_types[] = "ssssssnnsnnn";

/* Steps st to its end, one row each; returns the SQLite result. */
static int write_rows(sqlite3_stmt *st, enum rows_format fmt, int dedup)
{
    struct rows r;
    struct buf json;
    buf_init(&json);
    if (dedup == 1)
        rows_begin(&r, fmt, stdout, day_names, day_types, 11);
    else if (dedup == 2)
        rows_begin(&r, fmt, stdout, story_names, story_types, 12);
    else if (fmt == ROWS_TABLE)
        rows_begin(&r, fmt, stdout, table_names, table_types, 9);
    else
        rows_begin(&r, fmt, stdout, event_names, event_types, fmt == ROWS_JSONL ? 0 : 19);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (dedup) {
            const char *v[12];
            size_t n = dedup == 1 ? 11 : 12;
            char gold[16] = "";
            for (size_t i = 0; i < n; i++)
                v[i] = col(st, (int)i);
            int g = dedup == 1 ? 6 : 7;
            if (v[g]) { /* one decimal, as in the event record */
                snprintf(gold, sizeof gold, "%.1f", sqlite3_column_double(st, g));
                v[g] = gold;
            }
            rows_add(&r, v);
        } else if (fmt == ROWS_JSONL) {
            buf_clear(&json);
            json_event(&json, st);
            fwrite(json.data, 1, json.len, stdout);
        } else {
            event_row(&r, st);
        }
    }
    rows_end(&r);
    buf_free(&json);
    return rc;
}

int cmd_query(int argc, char **argv)
{
    struct store_filter f = {0};
    enum rows_format fmt = default_format();
    int dedup = 0; /* 1 day, 2 story */
    const char *db = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        int fr;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return EXIT_OK;
        } else if ((fr = filter_flag("query", &f, argc, argv, &i)) != 0) {
            if (fr < 0)
                return EXIT_USAGE;
        } else if (strncmp(a, "--format", 8) == 0) {
            if (!(v = flag_value(argc, argv, &i)) || parse_format("query", v, &fmt) != 0)
                return EXIT_USAGE;
        } else if (strncmp(a, "--dedup", 7) == 0) {
            if (!(v = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
            if (strcmp(v, "day") == 0)
                dedup = 1;
            else if (strcmp(v, "story") == 0)
                dedup = 2;
            else {
                fprintf(stderr, "parley query: --dedup is day or story, not '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if (take_database("query", a, &db) != 0) {
            return EXIT_USAGE;
        }
    }
    if (!db) {
        fprintf(stderr, "parley query: no database named (see --help)\n");
        return EXIT_USAGE;
    }
    int rc = EXIT_OK;
    struct store *s = open_store("query", db, false, &rc);
    if (!s) {
        free((char *)f.dyad_a);
        return rc;
    }
    sqlite3_stmt *st = dedup ? store_query_groups(s, &f, dedup == 2) : store_query_events(s, &f);
    int src = st ? write_rows(st, fmt, dedup) : SQLITE_ERROR;
    if (src != SQLITE_DONE) {
        const char *msg = st ? sqlite3_errmsg(store_db(s)) : store_error(s);
        bool bad_text = f.text && strstr(msg, "fts5");
        if (bad_text)
            fprintf(stderr, "parley query: bad --text query: %s\n", msg);
        else
            fprintf(stderr, "parley query: %s\n", st ? store_explain_last(s, db) : msg);
        rc = bad_text ? EXIT_USAGE : EXIT_STORE;
    }
    sqlite3_finalize(st);
    store_close(s);
    free((char *)f.dyad_a);
    if (fflush(stdout) != 0 && rc == EXIT_OK)
        rc = EXIT_INPUT;
    return rc;
}
