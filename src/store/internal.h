/* internal.h - what the store's files share; not part of the contract.
 * record.c encodes a coded sentence on the worker thread and decodes it
 * on the writer's; schema.c holds the DDL and migrations; write.c the
 * prepared statements. */
#ifndef PARLEY_STORE_INTERNAL_H
#define PARLEY_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store/store.h"

/* PRAGMA application_id of a parley store: "PRLY". */
#define STORE_APPLICATION_ID 0x50524C59

/* A string of a decoded record: not NUL-terminated; NULL when absent. */
struct rec_str {
    const char *s;
    size_t n;
};

struct rec_sentence {
    unsigned n;                          /* position in the document, from 1 */
    struct rec_str outlet, text, issues; /* issues: a JSON array, or NULL when none */
    const char *outcome;                 /* "coded", "discarded", ... */
    unsigned nevents;
};

struct rec_event {
    struct rec_str source, target, code, source_text, target_text, verb_text;
    struct rec_str pattern_file;
    unsigned pattern_line;
    const char *pattern_kind, *mode;
    bool passive, noun;
    struct rec_str claimant_code, claimant_text, outlet_code, outlet_text, cue;
    struct rec_str relay_code, relay_text, relay_cue; /* attribution.repeated_by */
};

struct rec_cursor {
    const unsigned char *p, *end;
    unsigned events_left;
};

/* Reads the next sentence of a document's record, then call rec_event
 * nevents times. Both return false at the end or on a damaged record. */
bool rec_sentence(struct rec_cursor *c, struct rec_sentence *s);
bool rec_event(struct rec_cursor *c, struct rec_event *e);

struct store {
    sqlite3 *db;
    char err[512];
    int64_t run; /* the current coding run, 0 before store_begin_run */
    unsigned commit_every, pending, since_index;
    bool in_transaction;
    sqlite3_stmt *find_doc, *del_events, *del_staged, *next_event, *del_sentences, *del_doc,
        *ins_doc, *upd_doc, *ins_sentence, *unindex, *ins_event;
};

/* schema.c: creates or migrates the schema to STORE_SCHEMA_VERSION. */
enum store_status schema_migrate(struct store *s, int from_version);
/* Maps an SQLite result code to a status and sets s->err. */
enum store_status store_fail(struct store *s, int rc, const char *doing);

#endif
