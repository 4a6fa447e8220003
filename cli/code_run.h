/* code_run.h - what `parley code` shares with `parley ingest` and
 * `parley recode` (cmd_code.c, cmd_ingest.c). CLI layer: one run of
 * reading, coding in batches and writing, to output or to the store. */
#ifndef PARLEY_CODE_RUN_H
#define PARLEY_CODE_RUN_H

#include "cli.h"
#include "pipe/batch.h"
#include "store/store.h"

/* What the input files are. INPUT_AUTO decides per file by its name. */
enum input_kind { INPUT_AUTO, INPUT_PETRXML, INPUT_TEXT, INPUT_BLOCKS, INPUT_JSONL };

enum run_kind { RUN_CODE, RUN_INGEST, RUN_RECODE };
extern const char *const run_names[]; /* "code", "ingest", "recode" */

struct code_run {
    struct batch batch;
    bool reparse; /* PETRARCH XML: parse <Text> ourselves, ignore <Parse> */
    /* --reparse=gold-tags: keep the given parse's words and tags, parse
       them again (measures the parser alone) */
    struct parser *gold_parser;
    struct token *gold_tok;
    struct buf gold_leaves, gold_parse;
    struct code_options opt;
    FILE *out;
    const char *path;
    size_t records, sentences, events, errors, skipped;
    bool progress; /* stderr is a terminal: show a progress line */
    double last_progress;
    /* parley ingest / recode: documents go to the store, not to out */
    struct store *store;
    const char *input_name;   /* "text", "blocks", "jsonl", "petrxml" */
    struct ingest_meta *meta; /* per batch item: what the batch does not carry */
    size_t meta_cap;
    struct arena meta_strings;
    size_t stored;
    int store_failed; /* an exit code once the store refused a document */
};

/* What a stored document keeps beyond the batch item's fields. */
struct ingest_meta {
    const char *source, *url, *title, *input;
};

/* cmd_code.c: the command, for any kind of run; coding the batch and
 * handing its items on. */
int code_or_store(int argc, char **argv, enum run_kind mode);
void flush(struct code_run *r);

/* cmd_ingest.c: the store's side of a run. */
void store_item(struct code_run *r, struct batch_item *it, const struct ingest_meta *m);
void remember(struct code_run *r, const char *source, const char *url, const char *title,
              const char *input);
void store_help(enum run_kind kind);
size_t run_dicts(const struct dict_flags *df, struct store_dict *out);
int recode_documents(struct code_run *r, int semantics);

#endif
