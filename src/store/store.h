/* store.h - the event store: documents, sentences and events in SQLite.
 * Write stage, after code; the contract. A store is one SQLite database
 * file in WAL mode (readers run while one writer ingests). Each document
 * is written in one transaction of its own, replacing any earlier copy
 * with the same id, so a kill -9 loses at most the document in flight.
 * The schema, its version and its forward migrations are in schema.c and
 * docs/store.md. Depends on base/, code/, cameo/ and libsqlite3. */
#ifndef PARLEY_STORE_H
#define PARLEY_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "code/code.h"
#include "out/format.h"

/* The schema version this parley writes (PRAGMA user_version). */
enum { STORE_SCHEMA_VERSION = 1 };

/* What went wrong, so that the CLI can say it plainly; each comes with a
 * message in store_error(). */
enum store_status {
    STORE_OK = 0,
    STORE_MISSING,   /* the file does not exist (read commands never create it) */
    STORE_NOT_DB,    /* not an SQLite database, or a damaged one */
    STORE_FOREIGN,   /* an SQLite database that is not parley's */
    STORE_NEWER,     /* written by a newer parley: schema version above ours */
    STORE_OLDER,     /* an older schema, opened read-only: cannot migrate */
    STORE_READ_ONLY, /* a write command on a file we may not write */
    STORE_FULL,      /* disk (or the page limit) full: the document was rolled back */
    STORE_BUSY,      /* another writer holds the database */
    STORE_FAILED,    /* any other SQLite error */
};

struct store;

enum store_mode { STORE_READ, STORE_WRITE };

/* Opens (STORE_WRITE: creating or migrating if needed) the database at
 * path. Returns NULL and sets *status and err when it cannot be used.
 * Nothing is written to a file that fails the checks. The environment
 * variable PARLEY_STORE_MAX_PAGES, when set, caps the file's size in
 * pages (PRAGMA max_page_count): the tests simulate a full disk with it. */
struct store *store_open(const char *path, enum store_mode mode, enum store_status *status,
                         char *err, size_t errlen);
void store_close(struct store *s);
const char *store_error(const struct store *s);
/* Explains the last SQLite error of the handle (after a failed step of
 * a query's statement) as store_error would, prefixed with doing. */
const char *store_explain_last(struct store *s, const char *doing);
/* The SQLite handle, for the read commands' own queries. */
struct sqlite3 *store_db(struct store *s);

/* One coding run: parley's version and each dictionary with a hash of
 * its content. Documents written afterwards point at it. */
struct store_dict {
    const char *kind, *path;
};
enum store_status store_begin_run(struct store *s, const char *command, const char *semantics,
                                  const struct store_dict *dicts, size_t ndicts);

/* The batch sink (pipe/batch.h) for the store: encodes each coded
 * sentence into out on the worker thread; store_put_document decodes it. */
void store_sink(struct buf *out, const struct doc_meta *m, const char *text, size_t text_len,
                const struct coded_sentence *s);

struct store_document {
    const char *id;
    const char *date; /* YYYY-MM-DD */
    const char *source, *url, *title;
    const char *text; /* the document's text as given */
    size_t text_len;
    const char *parse; /* PETRARCH XML: the given parse; NULL for raw text */
    size_t parse_len;
    const char *input; /* "text", "blocks", "jsonl", "petrxml" */
    unsigned nsentences;
    const struct buf *coded; /* what store_sink wrote for it */
};

/* Writes one document, its sentences and its events in one transaction,
 * replacing an earlier document with the same id. On any error the
 * document is rolled back and the database is as before it. */
enum store_status store_put_document(struct store *s, const struct store_document *d);
/* Documents per transaction (default 1). With n > 1 each document is
 * still all or nothing, but a kill loses up to n uncommitted documents
 * (a rerun stores them); commits cost far more than rows. */
void store_set_commit_every(struct store *s, unsigned n);
/* Commits what is pending and brings the full-text index up to date. */
enum store_status store_finish(struct store *s);

/* The bulk update, in one transaction: moves the events staged since the
 * last call (events_staged) into events and its indexes, and adds the
 * sentences stored since then to the full-text index. Ingest calls it
 * every few thousand documents and at the end; until then (or after a
 * kill) the newest events are read through events_all unindexed and the
 * newest sentences are not yet searchable by text; the next ingest or
 * recode catches up first thing. */
enum store_status store_index_text(struct store *s);

/* Recode: the stored documents one by one, in the order they were
 * stored. store_reader_next fills d (coded stays NULL); its strings stay
 * valid until the next call. NULL from store_reader_new: see store_error. */
struct store_reader;
struct store_reader *store_reader_new(struct store *s);
size_t store_reader_count(const struct store_reader *r);
/* false at the end */
bool store_reader_next(struct store_reader *r, struct store_document *d);
void store_reader_free(struct store_reader *r);

/* Filters of parley query, stats and export; NULL (0) means any. All
 * conditions must hold. Actor, code and claimant filters are prefixes:
 * "PAK" matches PAKGOV, "11" matches 112. */
struct store_filter {
    const char *from, *to;          /* dates, YYYY-MM-DD, inclusive */
    const char *actor;              /* source or target */
    const char *source, *target;    /* each alone */
    const char *dyad_a, *dyad_b;    /* source A and target B ... */
    bool undirected;                /* ... or the other way round too */
    const char *code, *root, *quad; /* CAMEO code prefix, root "11", quad class "1".."4" */
    const char *plover, *mode;      /* PLOVER type; factual/future/hypothetical */
    const char *claimant;           /* attribution: the claimant's code */
    int attributed;                 /* 1 reported speech only, -1 none of it */
    const char *doc_id;
    const char *text; /* FTS5 query over the sentence text */
    long long limit;  /* rows; 0 all */
};

/* The columns of store_query_events. */
enum store_column {
    COL_DOC_ID,
    COL_SENTENCE,
    COL_DATE,
    COL_SOURCE,
    COL_TARGET,
    COL_CODE,
    COL_ROOT,
    COL_QUAD,
    COL_GOLDSTEIN,
    COL_PLOVER,
    COL_SOURCE_TEXT,
    COL_TARGET_TEXT,
    COL_VERB_TEXT,
    COL_PATTERN_FILE,
    COL_PATTERN_LINE,
    COL_PATTERN_KIND,
    COL_PASSIVE,
    COL_NOUN,
    COL_MODE,
    COL_CLAIMANT_CODE,
    COL_CLAIMANT_TEXT,
    COL_OUTLET_CODE,
    COL_OUTLET_TEXT,
    COL_CUE,
    COL_ISSUES,
    COL_DOC_OUTLET,
    COL_SENTENCE_TEXT,
    COL_URL,
    COL_EVENT_ID,
    COL_RELAY_CODE,
    COL_RELAY_TEXT,
    COL_RELAY_CUE,
};

/* Prepared, bound statements for the caller to step and finalize; NULL
 * on error (store_error says why). Events come in storage order. */
struct sqlite3_stmt *store_query_events(struct store *s, const struct store_filter *f);
/* One a day: date, source, target, code, root, quad, goldstein, plover,
 * mentions, articles, sources, first event id; by date. One a story
 * (story true): doc_id, date, source, target, code, root, quad,
 * goldstein, plover, mentions, sentences, sources, first event id. */
struct sqlite3_stmt *store_query_groups(struct store *s, const struct store_filter *f, bool story);

/* One a day for export: date, source, target, code, root, quad,
 * goldstein, mentions, articles, sources, outlets (comma-separated),
 * first event id, and that event's doc_id, sentence number and url. */
struct sqlite3_stmt *store_query_export(struct store *s, const struct store_filter *f);

enum store_period { PERIOD_DAY, PERIOD_WEEK, PERIOD_MONTH };
enum store_stats {
    STATS_QUAD,       /* period, quad class, events, Goldstein sum, mean */
    STATS_DYAD,       /* period, source, target, events, sum, mean: the top dyads */
    STATS_TOP_ACTORS, /* actor, events, as source, as target */
    STATS_TOP_DYADS,  /* source, target, events, sum, mean */
};
struct sqlite3_stmt *store_query_stats(struct store *s, const struct store_filter *f,
                                       enum store_stats what, enum store_period p, int top);

/* A 64-bit FNV-1a hash as 16 hex digits: detects changed text and
 * dictionaries, not tampering. */
void store_hash_hex(const void *data, size_t len, char out[17]);

#endif
