/* cmd_ingest.c - `parley ingest` and `parley recode`: coding into the
 * event store. CLI layer. The run itself is parley code's (cmd_code.c);
 * here is what differs: each coded document goes to the store, with the
 * metadata the batch does not carry, and recode reads its documents from
 * the store instead of from files. */
#include "code_run.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Stores one coded item: a document that could not be coded at all (no
 * sentences came out of it) is reported, not stored. */
void store_item(struct code_run *r, struct batch_item *it, const struct ingest_meta *m)
{
    if (r->store_failed || it->problem || (it->error.len && !it->out.len))
        return;
    char date[11];
    date_format_iso(it->date, date);
    struct store_document d = {
        .id = it->id,
        .date = date,
        .source = m->source,
        .url = m->url,
        .title = m->title,
        .text = it->text,
        .text_len = it->text_len,
        .parse = it->raw ? NULL : it->parse,
        .parse_len = it->raw ? 0 : it->parse_len,
        .input = m->input,
        .nsentences = it->nsentences,
        .coded = &it->out,
    };
    enum store_status st = store_put_document(r->store, &d);
    if (st != STORE_OK) {
        fprintf(stderr, "parley: %s: %s; documents stored before it: %zu\n", r->path,
                store_error(r->store), r->stored);
        r->store_failed = EXIT_STORE;
        return;
    }
    r->stored++;
}

/* Keeps what the store needs beside the batch item just added. */
void remember(struct code_run *r, const char *source, const char *url, const char *title,
              const char *input)
{
    if (!r->store)
        return;
    size_t i = r->batch.n - 1;
    if (i >= r->meta_cap)
        GROW(r->meta, r->meta_cap, i + 1);
    struct arena *a = &r->meta_strings;
    r->meta[i] = (struct ingest_meta){
        source ? arena_strdup(a, source) : NULL, url ? arena_strdup(a, url) : NULL,
        title ? arena_strdup(a, title) : NULL, input ? arena_strdup(a, input) : NULL};
}

const char *const run_names[] = {"code", "ingest", "recode"};

void store_help(enum run_kind kind)
{
    if (kind == RUN_INGEST)
        printf("usage: parley ingest [OPTIONS] DB FILE...\n\n"
               "Codes news text as `parley code` does and stores documents, sentences and\n"
               "events in the SQLite database DB (created when absent). A document is stored\n"
               "in one transaction; ingesting a document id again replaces it. After a crash\n"
               "or kill, run the same command again: it completes what is missing.\n\n"
               "options: those of `parley code` (--input, --blocks, --date, --reparse,\n"
               "--semantics, --threads, dictionary and PETRARCH options), but not --format\n"
               "or --output.\n\n"
               "examples:\n"
               "  parley ingest events.db stories.jsonl.gz\n"
               "  parley ingest --date 2025-10-28 events.db data/sample/sample.txt\n"
               "  parley query events.db --actor PAK --from 2025-10-01\n\n"
               "exit: 0 all stored, 1 some documents could not be coded (each reported),\n"
               "      2 usage, 3 unreadable input, 4 unreadable dictionary, 5 the database\n"
               "      cannot be used (damaged, not parley's, newer schema, full, read-only)\n");
    else
        printf("usage: parley recode [OPTIONS] DB\n\n"
               "Codes every document stored in DB again, from its stored text (or its stored\n"
               "parse, for PETRARCH XML), with the dictionaries given now: after a dictionary\n"
               "change. Each document is replaced in one transaction and points at a new\n"
               "coding run that records the dictionaries with their content hashes.\n\n"
               "options: --reparse, --semantics, --threads, dictionary and PETRARCH options,\n"
               "as for `parley code`. Without dictionary options: the bundled ones.\n\n"
               "examples:\n"
               "  parley recode events.db\n"
               "  parley recode --actors my.actors.txt --verbs my.verbs.txt events.db\n\n"
               "exit: 0 done, 1 some documents could not be coded, 2 usage,\n"
               "      4 unreadable dictionary, 5 the database cannot be used\n");
}

/* The dictionaries of this run, for the coding-run record. */
size_t run_dicts(const struct dict_flags *df, struct store_dict *out)
{
    size_t n = 0;
    for (size_t i = 0; i < df->nactors; i++)
        out[n++] = (struct store_dict){"actors", df->actors[i]};
    if (df->agents)
        out[n++] = (struct store_dict){"agents", df->agents};
    for (size_t i = 0; i < df->nverbs; i++)
        out[n++] = (struct store_dict){"verbs", df->verbs[i]};
    if (df->discards)
        out[n++] = (struct store_dict){"discards", df->discards};
    if (df->issues)
        out[n++] = (struct store_dict){"issues", df->issues};
    return n;
}

/* parley recode: the store's own documents are the input. */
int recode_documents(struct code_run *r, int semantics)
{
    struct store_reader *sr = store_reader_new(r->store);
    if (!sr) {
        fprintf(stderr, "parley: %s: %s\n", r->path, store_error(r->store));
        return EXIT_STORE;
    }
    struct store_document d;
    while (!r->store_failed && store_reader_next(sr, &d)) {
        bool petrxml = d.input && strcmp(d.input, "petrxml") == 0;
        day_t date = date_parse_iso(d.date, strlen(d.date));
        r->opt.news = semantics >= 0 ? semantics == 1 : !petrxml;
        r->records++;
        if (petrxml && d.parse && !r->reparse)
            batch_add(&r->batch, d.id, d.source, d.text, d.text_len, d.parse, d.parse_len, date,
                      &r->opt);
        else
            batch_add_document(&r->batch, d.id, d.source, d.text, d.text_len, date, &r->opt);
        remember(r, d.source, d.url, d.title, d.input);
        if (batch_full(&r->batch))
            flush(r);
    }
    flush(r);
    store_reader_free(sr);
    return r->store_failed;
}

int cmd_ingest(int argc, char **argv)
{
    return code_or_store(argc, argv, RUN_INGEST);
}

int cmd_recode(int argc, char **argv)
{
    return code_or_store(argc, argv, RUN_RECODE);
}
