/* schema.c - opening a store: checks, pragmas, schema and migrations.
 * Write stage (see store.h). A file is used only when it is empty or is
 * parley's (application_id "PRLY") at a schema version we know; nothing
 * is written to it before those checks pass. Migrations are a table of
 * steps, each run in the same transaction as the version bump. */
#include "store/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The columns of events and of events_staged, which must stay the same:
 * the move from one to the other is INSERT ... SELECT *. */
#define EVENT_COLUMNS                                                                              \
    " id INTEGER PRIMARY KEY,"                                                                     \
    " doc INTEGER NOT NULL REFERENCES documents(id),"                                              \
    " sentence INTEGER NOT NULL REFERENCES sentences(id),"                                         \
    " date TEXT NOT NULL,"                                                                         \
    " source TEXT,"                                                                                \
    " target TEXT,"                                                                                \
    " code TEXT NOT NULL,"                                                                         \
    " root TEXT,"                                                                                  \
    " quad_class INTEGER,"                                                                         \
    " goldstein REAL,"                                                                             \
    " plover TEXT,"                                                                                \
    " mode TEXT NOT NULL,"                                                                         \
    " passive INTEGER NOT NULL,"                                                                   \
    " noun INTEGER NOT NULL,"                                                                      \
    " source_text TEXT,"                                                                           \
    " target_text TEXT,"                                                                           \
    " verb_text TEXT,"                                                                             \
    " pattern_file TEXT,"                                                                          \
    " pattern_line INTEGER,"                                                                       \
    " pattern_kind TEXT NOT NULL,"                                                                 \
    " claimant_code TEXT,"                                                                         \
    " claimant_text TEXT,"                                                                         \
    " outlet_code TEXT,"                                                                           \
    " outlet_text TEXT,"                                                                           \
    " cue TEXT,"                                                                                   \
    " relay_code TEXT,"                                                                            \
    " relay_text TEXT,"                                                                            \
    " relay_cue TEXT)"

/* Version 1. Events and sentences of one document are written in one
 * transaction, so their ids are consecutive: a document records the first
 * of each, and replacing it deletes by id range without extra indexes. */
static const char schema_v1[] =
    "CREATE TABLE coding_runs ("
    " id INTEGER PRIMARY KEY,"
    " parley_version TEXT NOT NULL,"
    " command TEXT NOT NULL,"
    " semantics TEXT,"
    " started TEXT NOT NULL);"
    "CREATE TABLE run_dictionaries ("
    " run INTEGER NOT NULL REFERENCES coding_runs(id),"
    " position INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " path TEXT NOT NULL,"
    " bytes INTEGER NOT NULL,"
    " hash TEXT NOT NULL,"
    " PRIMARY KEY (run, position)) WITHOUT ROWID;"
    "CREATE TABLE documents ("
    " id INTEGER PRIMARY KEY,"
    " doc_id TEXT NOT NULL UNIQUE,"
    " date TEXT NOT NULL,"
    " source TEXT,"
    " outlet TEXT,"
    " url TEXT,"
    " title TEXT,"
    " input TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " parse TEXT,"
    " text_hash TEXT NOT NULL,"
    " sentences INTEGER NOT NULL,"
    " events INTEGER NOT NULL,"
    " first_sentence INTEGER,"
    " first_event INTEGER,"
    " coded_with INTEGER NOT NULL REFERENCES coding_runs(id));"
    "CREATE TABLE sentences ("
    " id INTEGER PRIMARY KEY,"
    " doc INTEGER NOT NULL REFERENCES documents(id),"
    " n INTEGER NOT NULL,"
    " text TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " issues TEXT);"
    "CREATE TABLE events (" EVENT_COLUMNS ";"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_source ON events(source, date);"
    "CREATE INDEX events_target ON events(target, date);"
    "CREATE INDEX events_code ON events(code, date);"
    /* New documents' events are written here, unindexed, and moved into
       events in bulk (store_index_text): rows in id order touch a few
       pages per commit, where the four indexes above took every row at a
       random place (97 page writes a twenty-sentence document). A
       document's events are in one of the two tables, never both, and
       their ids are given by write.c from one sequence over both. */
    "CREATE TABLE events_staged (" EVENT_COLUMNS ";"
    /* What readers read: every event, moved or not. The planner pushes a
       WHERE on the view into each arm, so events' indexes still serve. */
    "CREATE VIEW events_all AS SELECT * FROM events UNION ALL SELECT * FROM events_staged;"
    /* Full-text search over sentences; the index holds no second copy.
       It is brought up to date in bulk (store_index_text) rather than by
       a trigger per sentence: FTS5 writes a segment per transaction, which
       made one-document transactions several times slower. indexed_upto is
       the last sentence id indexed. */
    "CREATE VIRTUAL TABLE sentence_search USING fts5(text, content='sentences',"
    " content_rowid='id');"
    "CREATE TABLE search_state (indexed_upto INTEGER NOT NULL);"
    "INSERT INTO search_state VALUES (0);"
    /* One a day, as Phoenix deduplicates: a (date, source, target, code)
       once, with GDELT's counts: mentions (events), articles (documents),
       sources (outlets; documents naming none count as one). */
    "CREATE VIEW events_daily AS SELECT e.date, e.source, e.target, e.code,"
    " e.root, e.quad_class, e.goldstein, e.plover,"
    " count(*) AS num_mentions, count(DISTINCT e.doc) AS num_articles,"
    " count(DISTINCT coalesce(d.outlet, '')) AS num_sources, min(e.id) AS first_event"
    " FROM events_all e JOIN documents d ON d.id = e.doc"
    " GROUP BY e.date, e.source, e.target, e.code;"
    /* One a story: a (document, source, target, code) once; sources are
       the distinct claimants, the story's own voice counting as one. */
    "CREATE VIEW events_story AS SELECT d.doc_id, e.date, e.source, e.target, e.code,"
    " e.root, e.quad_class, e.goldstein, e.plover, d.outlet,"
    " count(*) AS num_mentions, count(DISTINCT e.sentence) AS num_sentences,"
    " count(DISTINCT coalesce(e.claimant_code, e.claimant_text, '')) AS num_sources,"
    " min(e.id) AS first_event"
    " FROM events_all e JOIN documents d ON d.id = e.doc"
    " GROUP BY e.doc, e.source, e.target, e.code;";

/* Forward migrations: steps[i] takes a store from version i to i + 1.
 * A new schema version appends its step here; none is ever edited. */
static const char *const steps[] = {schema_v1};
_Static_assert(sizeof steps / sizeof *steps == STORE_SCHEMA_VERSION,
               "one migration step per schema version");

enum store_status store_fail(struct store *s, int rc, const char *doing)
{
    int primary = rc & 0xff;
    const char *msg = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
    switch (primary) {
    case SQLITE_FULL:
        snprintf(s->err, sizeof s->err, "%s: the disk or the database's size limit is full (%s)",
                 doing, msg);
        return STORE_FULL;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        snprintf(s->err, sizeof s->err, "%s: cannot write the database (%s)", doing, msg);
        return primary == SQLITE_CANTOPEN ? STORE_FAILED : STORE_READ_ONLY;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        snprintf(s->err, sizeof s->err, "%s: not an SQLite database, or a damaged one (%s)", doing,
                 msg);
        return STORE_NOT_DB;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        snprintf(s->err, sizeof s->err, "%s: another process holds the database (%s)", doing, msg);
        return STORE_BUSY;
    default: snprintf(s->err, sizeof s->err, "%s: %s", doing, msg); return STORE_FAILED;
    }
}

static int exec(struct store *s, const char *sql)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

static int pragma_int(struct store *s, const char *sql, int64_t *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

enum store_status schema_migrate(struct store *s, int from_version)
{
    int rc = exec(s, "BEGIN IMMEDIATE");
    for (int v = from_version; rc == SQLITE_OK && v < STORE_SCHEMA_VERSION; v++)
        rc = exec(s, steps[v]);
    if (rc == SQLITE_OK && from_version == 0) {
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA application_id = %d", STORE_APPLICATION_ID);
        rc = exec(s, sql);
    }
    if (rc == SQLITE_OK) {
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", STORE_SCHEMA_VERSION);
        rc = exec(s, sql);
    }
    if (rc == SQLITE_OK)
        rc = exec(s, "COMMIT");
    if (rc != SQLITE_OK) {
        enum store_status st = store_fail(s, rc, "creating the schema");
        exec(s, "ROLLBACK");
        return st;
    }
    return STORE_OK;
}

/* Is this file one we may use, and at which version? */
static enum store_status check_file(struct store *s, const char *path, enum store_mode mode,
                                    int *version)
{
    int64_t app = 0, ver = 0, objects = 0;
    int rc = pragma_int(s, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK)
        rc = pragma_int(s, "PRAGMA user_version", &ver);
    if (rc == SQLITE_OK)
        rc = pragma_int(s, "SELECT count(*) FROM sqlite_schema", &objects);
    if (rc != SQLITE_OK)
        return store_fail(s, rc, path);
    if (app != STORE_APPLICATION_ID && (app != 0 || objects > 0 || ver != 0)) {
        snprintf(s->err, sizeof s->err,
                 "%s is another program's SQLite database, not a parley store "
                 "(application_id %lld, %lld tables, indexes or views); it was not changed",
                 path, (long long)app, (long long)objects);
        return STORE_FOREIGN;
    }
    if (ver > STORE_SCHEMA_VERSION) {
        snprintf(s->err, sizeof s->err,
                 "%s has schema version %lld, newer than this parley's (%d): use a newer "
                 "parley; the file was not changed",
                 path, (long long)ver, STORE_SCHEMA_VERSION);
        return STORE_NEWER;
    }
    if (mode == STORE_READ && ver < STORE_SCHEMA_VERSION) {
        if (ver == 0)
            snprintf(s->err, sizeof s->err, "%s is empty: nothing has been ingested into it", path);
        else
            snprintf(s->err, sizeof s->err,
                     "%s has schema version %lld, older than this parley's (%d): run parley "
                     "ingest or recode on it once to migrate it",
                     path, (long long)ver, STORE_SCHEMA_VERSION);
        return STORE_OLDER;
    }
    *version = (int)ver;
    return STORE_OK;
}

struct store *store_open(const char *path, enum store_mode mode, enum store_status *status,
                         char *err, size_t errlen)
{
    struct store *s = calloc(1, sizeof *s);
    if (!s) {
        *status = STORE_FAILED;
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->commit_every = 1;
    enum store_status st = STORE_OK;
    int version = 0;
    if (mode == STORE_READ && access(path, F_OK) != 0) {
        snprintf(s->err, sizeof s->err, "%s: no such database", path);
        st = STORE_MISSING;
        goto fail;
    }
    int flags =
        mode == STORE_READ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path, &s->db, flags, NULL);
    if (rc != SQLITE_OK) {
        st = store_fail(s, rc, path);
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, 10000);
    if ((st = check_file(s, path, mode, &version)) != STORE_OK)
        goto fail;
    if (mode == STORE_WRITE) {
        if (sqlite3_db_readonly(s->db, "main") == 1) {
            snprintf(s->err, sizeof s->err, "%s is read-only: nothing can be stored in it", path);
            st = STORE_READ_ONLY;
            goto fail;
        }
        /* WAL: readers see the last committed document while we write,
           and a commit needs no fsync (synchronous=NORMAL); a kill -9
           loses nothing committed, a power cut at most the last commits. */
        rc = exec(s, "PRAGMA journal_mode = WAL");
        if (rc == SQLITE_OK)
            rc = exec(s, "PRAGMA synchronous = NORMAL");
        /* Measured on ingest (docs/store.md): a larger page cache keeps
           index pages from spilling mid-document, and a 40 MB WAL between
           checkpoints halves the fsyncs a checkpoint costs. */
        if (rc == SQLITE_OK)
            rc = exec(s, "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000");
        if (rc != SQLITE_OK) {
            st = store_fail(s, rc, path);
            goto fail;
        }
        const char *cap = getenv("PARLEY_STORE_MAX_PAGES");
        if (cap && *cap) {
            char sql[80];
            snprintf(sql, sizeof sql, "PRAGMA max_page_count = %lld", strtoll(cap, NULL, 10));
            exec(s, sql);
        }
        if (version < STORE_SCHEMA_VERSION && (st = schema_migrate(s, version)) != STORE_OK)
            goto fail;
    }
    *status = STORE_OK;
    return s;
fail:
    *status = st;
    snprintf(err, errlen, "%s", s->err);
    store_close(s);
    return NULL;
}

const char *store_error(const struct store *s)
{
    return s->err;
}

const char *store_explain_last(struct store *s, const char *doing)
{
    store_fail(s, sqlite3_extended_errcode(s->db), doing);
    return s->err;
}

sqlite3 *store_db(struct store *s)
{
    return s->db;
}
