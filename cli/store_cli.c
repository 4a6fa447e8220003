/* store_cli.c - what the store commands share: opening the database with
 * its errors, the filter flags, and rows written as JSONL, CSV, TSV or an
 * aligned table. CLI layer. */
#include "store_cli.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct store *open_store(const char *cmd, const char *path, bool write, int *exit_code)
{
    char err[600];
    enum store_status st;
    struct store *s = store_open(path, write ? STORE_WRITE : STORE_READ, &st, err, sizeof err);
    if (!s) {
        fprintf(stderr, "parley %s: %s\n", cmd, err);
        *exit_code = EXIT_STORE;
    }
    return s;
}

static bool is_date(const char *v)
{
    return date_parse_iso(v, strlen(v)) != DAY_NONE && strlen(v) == 10;
}

int take_database(const char *cmd, const char *arg, const char **db)
{
    if (arg[0] == '-' && arg[1]) {
        fprintf(stderr, "parley %s: unknown option %s (see --help)\n", cmd, arg);
        return EXIT_USAGE;
    }
    if (*db) {
        fprintf(stderr, "parley %s: one database only (see --help)\n", cmd);
        return EXIT_USAGE;
    }
    *db = arg;
    return 0;
}

int filter_flag(const char *cmd, struct store_filter *f, int argc, char **argv, int *i)
{
    static const char *const names[] = {"--from",   "--to",   "--actor",    "--source",
                                        "--target", "--code", "--root",     "--quad",
                                        "--plover", "--mode", "--claimant", "--doc",
                                        "--text",   "--dyad", "--dyad-any", "--limit"};
    const char *a = argv[*i];
    if (strcmp(a, "--attributed") == 0) {
        f->attributed = 1;
        return 1;
    }
    if (strcmp(a, "--unattributed") == 0) {
        f->attributed = -1;
        return 1;
    }
    size_t k = 0, n = sizeof names / sizeof *names;
    for (; k < n; k++) {
        size_t len = strlen(names[k]);
        if (strncmp(a, names[k], len) == 0 && (a[len] == '\0' || a[len] == '='))
            break;
    }
    if (k == n)
        return 0;
    const char *v = flag_value(argc, argv, i);
    if (!v)
        return -1;
    const char **slot[] = {&f->from,     &f->to,     &f->actor, &f->source, &f->target,
                           &f->code,     &f->root,   &f->quad,  &f->plover, &f->mode,
                           &f->claimant, &f->doc_id, &f->text};
    if (k < sizeof slot / sizeof *slot) {
        *slot[k] = v;
        if (k <= 1 && !is_date(v)) {
            fprintf(stderr, "parley %s: %s wants a date as YYYY-MM-DD, not '%s'\n", cmd, a, v);
            return -1;
        }
        if (k == 7 && !(strlen(v) == 1 && v[0] >= '1' && v[0] <= '4')) {
            fprintf(stderr, "parley %s: --quad is 1, 2, 3 or 4, not '%s'\n", cmd, v);
            return -1;
        }
        return 1;
    }
    if (k == n - 1) {
        char *end;
        f->limit = strtoll(v, &end, 10);
        if (end == v || *end || f->limit < 1) {
            fprintf(stderr, "parley %s: --limit takes a positive count, not '%s'\n", cmd, v);
            return -1;
        }
        return 1;
    }
    /* --dyad A,B (directed) and --dyad-any A,B (either way round) */
    const char *comma = strchr(v, ',');
    if (!comma || comma == v || !comma[1]) {
        fprintf(stderr, "parley %s: %s wants two actors as A,B, not '%s'\n", cmd, a, v);
        return -1;
    }
    f->dyad_a = xstrndup(v, (size_t)(comma - v)); /* released at exit */
    f->dyad_b = comma + 1;
    f->undirected = k == n - 2;
    return 1;
}

int parse_format(const char *cmd, const char *v, enum rows_format *fmt)
{
    if (strcmp(v, "jsonl") == 0)
        *fmt = ROWS_JSONL;
    else if (strcmp(v, "csv") == 0)
        *fmt = ROWS_CSV;
    else if (strcmp(v, "tsv") == 0)
        *fmt = ROWS_TSV;
    else if (strcmp(v, "table") == 0)
        *fmt = ROWS_TABLE;
    else {
        fprintf(stderr, "parley %s: --format is jsonl, csv, tsv or table, not '%s'\n", cmd, v);
        return -1;
    }
    return 0;
}

enum rows_format default_format(void)
{
    return isatty(STDOUT_FILENO) ? ROWS_TABLE : ROWS_JSONL;
}

void rows_begin(struct rows *r, enum rows_format fmt, FILE *out, const char *const *names,
                const char *types, size_t ncols)
{
    memset(r, 0, sizeof *r);
    r->fmt = fmt;
    r->out = out;
    r->names = names;
    r->types = types;
    r->ncols = ncols;
    buf_init(&r->line);
    if (fmt == ROWS_CSV || fmt == ROWS_TSV) {
        for (size_t i = 0; i < ncols; i++)
            fprintf(out, "%s%s", i ? (fmt == ROWS_CSV ? "," : "\t") : "", names[i]);
        fputc('\n', out);
    }
    if (fmt == ROWS_TABLE)
        rows_add(r, names);
}

static void csv_cell(struct buf *b, const char *v)
{
    if (!v)
        return;
    if (!strpbrk(v, ",\"\n\r")) {
        buf_adds(b, v);
        return;
    }
    buf_addc(b, '"');
    for (; *v; v++) {
        if (*v == '"')
            buf_addc(b, '"');
        buf_addc(b, *v);
    }
    buf_addc(b, '"');
}

static void tsv_cell(struct buf *b, const char *v)
{
    for (; v && *v; v++)
        buf_addc(b, (*v == '\t' || *v == '\n' || *v == '\r') ? ' ' : *v);
}

void rows_add(struct rows *r, const char *const *values)
{
    struct buf *b = &r->line;
    buf_clear(b);
    if (r->fmt == ROWS_TABLE) {
        GROW(r->cells, r->cap, (r->nrows + 1) * r->ncols);
        for (size_t i = 0; i < r->ncols; i++) {
            buf_clear(b);
            tsv_cell(b, values[i] ? values[i] : "");
            r->cells[r->nrows * r->ncols + i] = xstrndup(b->data ? b->data : "", b->len);
        }
        r->nrows++;
        return;
    }
    if (r->fmt == ROWS_JSONL)
        buf_addc(b, '{');
    for (size_t i = 0; i < r->ncols; i++) {
        const char *v = values[i];
        if (r->fmt == ROWS_JSONL) {
            buf_adds(b, i ? ",\"" : "\"");
            buf_adds(b, r->names[i]);
            buf_adds(b, "\":");
            if (!v)
                buf_adds(b, "null");
            else if (r->types[i] == 'n')
                buf_adds(b, v);
            else
                buf_add_json_str(b, v);
            continue;
        }
        if (i)
            buf_addc(b, r->fmt == ROWS_CSV ? ',' : '\t');
        if (r->fmt == ROWS_CSV)
            csv_cell(b, v);
        else
            tsv_cell(b, v);
    }
    buf_adds(b, r->fmt == ROWS_JSONL ? "}\n" : "\n");
    fwrite(b->data, 1, b->len, r->out);
}

/* Display width: code points, which is right for the scripts news uses
 * in actor codes and most text. */
static size_t width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

void rows_end(struct rows *r)
{
    if (r->fmt == ROWS_TABLE) {
        size_t *w = xcalloc(r->ncols, sizeof *w);
        for (size_t k = 0; k < r->nrows * r->ncols; k++) {
            size_t n = width(r->cells[k]);
            if (n > w[k % r->ncols])
                w[k % r->ncols] = n;
        }
        for (size_t row = 0; row < r->nrows; row++) {
            for (size_t i = 0; i < r->ncols; i++) {
                const char *c = r->cells[row * r->ncols + i];
                bool last = i + 1 == r->ncols;
                bool right = r->types[i] == 'n' && row > 0;
                size_t pad = w[i] - width(c);
                if (right)
                    fprintf(r->out, "%*s", (int)pad, "");
                fputs(c, r->out);
                if (!right && !last)
                    fprintf(r->out, "%*s", (int)pad, "");
                if (!last)
                    fputs("  ", r->out);
            }
            fputc('\n', r->out);
        }
        for (size_t k = 0; k < r->nrows * r->ncols; k++)
            free(r->cells[k]);
        free(w);
        free(r->cells);
    }
    buf_free(&r->line);
}
