/* store_cli.h - the store commands' shared pieces (store_cli.c).
 * CLI layer: filter flags, output formats, opening the database. */
#ifndef PARLEY_STORE_CLI_H
#define PARLEY_STORE_CLI_H

#include "cli.h"
#include "store/store.h"

/* Consumes a filter flag at argv[*i] (--from, --actor, --dyad, ...):
 * 1 consumed, 0 not a filter flag, -1 bad value (reported). */
int filter_flag(const char *cmd, struct store_filter *f, int argc, char **argv, int *i);

/* A store command's argument that is neither a known flag nor a filter:
 * the database, named once. 0, or EXIT_USAGE after saying what is wrong
 * (an unknown option, a second database). */
int take_database(const char *cmd, const char *arg, const char **db);

enum rows_format { ROWS_JSONL, ROWS_CSV, ROWS_TSV, ROWS_TABLE };
int parse_format(const char *cmd, const char *v, enum rows_format *fmt);
/* An aligned table on a terminal, JSON Lines into a pipe or file. */
enum rows_format default_format(void);

/* Rows of strings under named columns; types[i] is 'n' for a number
 * (written bare in JSON, right-aligned in a table) or 's'. A NULL value
 * is JSON null and an empty cell. A table is held until rows_end. */
struct rows {
    enum rows_format fmt;
    FILE *out;
    const char *const *names;
    const char *types;
    size_t ncols;
    struct buf line;
    char **cells;
    size_t nrows, cap;
};
void rows_begin(struct rows *r, enum rows_format fmt, FILE *out, const char *const *names,
                const char *types, size_t ncols);
void rows_add(struct rows *r, const char *const *values);
void rows_end(struct rows *r);

#endif
