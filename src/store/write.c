/* write.c - storing documents: coding runs, one transaction per document.
 * Write stage (see store.h). Every statement is prepared once and bound,
 * never built from data. A document replaces its earlier copy inside the
 * same transaction that writes it, so a reader sees the old copy or the
 * new one, never half of either, and a kill -9 leaves one of the two. */
#include "store/internal.h"
#include "cameo/cameo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int prepare(struct store *s, sqlite3_stmt **st, const char *sql)
{
    return *st ? SQLITE_OK
               : sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
}

static int prepare_all(struct store *s)
{
    int rc = prepare(s, &s->find_doc,
                     "SELECT id, first_sentence, sentences, first_event, events FROM documents "
                     "WHERE doc_id = ?");
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->del_events, "DELETE FROM events WHERE id BETWEEN ? AND ? AND doc = ?");
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->del_staged,
                     "DELETE FROM events_staged WHERE id BETWEEN ? AND ? AND doc = ?");
    /* events_staged empties on every move, so its own rowids would start
       again at 1: ids come from one sequence over both tables. Each max()
       is one step down the rowid B-tree. */
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->next_event,
                     "SELECT max(coalesce((SELECT max(id) FROM events), 0),"
                     " coalesce((SELECT max(id) FROM events_staged), 0)) + 1");
    if (rc == SQLITE_OK)
        rc =
            prepare(s, &s->unindex,
                    "INSERT INTO sentence_search (sentence_search, rowid, text) "
                    "SELECT 'delete', id, text FROM sentences WHERE id BETWEEN ? AND ? AND doc = ? "
                    "AND id <= (SELECT indexed_upto FROM search_state)");
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->del_sentences,
                     "DELETE FROM sentences WHERE id BETWEEN ? AND ? AND doc = ?");
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->del_doc, "DELETE FROM documents WHERE id = ?");
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->ins_doc,
                     "INSERT INTO documents (doc_id, date, source, outlet, url, title, input, "
                     "text, parse, text_hash, sentences, events, first_sentence, first_event, "
                     "coded_with) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->upd_doc,
                     "UPDATE documents SET sentences = ?, events = ?, first_sentence = ?, "
                     "first_event = ? WHERE id = ?");
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->ins_sentence,
                     "INSERT INTO sentences (doc, n, text, outcome, issues) VALUES (?,?,?,?,?)");
    if (rc == SQLITE_OK)
        rc = prepare(s, &s->ins_event,
                     "INSERT INTO events_staged (doc, sentence, date, source, target, code, root, "
                     "quad_class, goldstein, plover, mode, passive, noun, source_text, "
                     "target_text, verb_text, pattern_file, pattern_line, pattern_kind, "
                     "claimant_code, claimant_text, outlet_code, outlet_text, cue, relay_code, "
                     "relay_text, relay_cue, id) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    return rc;
}

void store_close(struct store *s)
{
    if (!s)
        return;
    /* sqlite3_finalize(NULL) is a no-op: statements never prepared are NULL */
    sqlite3_finalize(s->find_doc);
    sqlite3_finalize(s->del_events);
    sqlite3_finalize(s->del_staged);
    sqlite3_finalize(s->next_event);
    sqlite3_finalize(s->unindex);
    sqlite3_finalize(s->del_sentences);
    sqlite3_finalize(s->del_doc);
    sqlite3_finalize(s->ins_doc);
    sqlite3_finalize(s->upd_doc);
    sqlite3_finalize(s->ins_sentence);
    sqlite3_finalize(s->ins_event);
    sqlite3_close(s->db);
    free(s);
}

static void bind_text(sqlite3_stmt *st, int i, const char *s, size_t n)
{
    if (s)
        sqlite3_bind_text(st, i, s, (int)n, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static void bind_str(sqlite3_stmt *st, int i, struct rec_str s)
{
    bind_text(st, i, s.s, s.n);
}

static void bind_cstr(sqlite3_stmt *st, int i, const char *s)
{
    bind_text(st, i, s, s ? strlen(s) : 0);
}

/* Runs a bound statement that returns no rows and resets it. */
static int run(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static int file_hash(const char *path, char hash[17], int64_t *bytes)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    struct buf b;
    buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    int rc = ferror(f) ? -1 : 0;
    fclose(f);
    store_hash_hex(b.data ? b.data : "", b.len, hash);
    *bytes = (int64_t)b.len;
    buf_free(&b);
    return rc;
}

enum store_status store_begin_run(struct store *s, const char *command, const char *semantics,
                                  const struct store_dict *dicts, size_t ndicts)
{
    int rc = prepare_all(s);
    if (rc != SQLITE_OK)
        return store_fail(s, rc, "preparing statements");
    char started[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(started, sizeof started, "%Y-%m-%dT%H:%M:%SZ", &tm);
    sqlite3_stmt *run_st = NULL, *dict_st = NULL;
    rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(s->db,
                                "INSERT INTO coding_runs (parley_version, command, semantics, "
                                "started) VALUES (?,?,?,?)",
                                -1, &run_st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(s->db,
                                "INSERT INTO run_dictionaries (run, position, kind, path, bytes, "
                                "hash) VALUES (?,?,?,?,?,?)",
                                -1, &dict_st, NULL);
    if (rc == SQLITE_OK) {
        bind_cstr(run_st, 1, PARLEY_VERSION);
        bind_cstr(run_st, 2, command);
        bind_cstr(run_st, 3, semantics);
        bind_cstr(run_st, 4, started);
        rc = run(run_st);
    }
    s->run = sqlite3_last_insert_rowid(s->db);
    for (size_t i = 0; rc == SQLITE_OK && i < ndicts; i++) {
        char hash[17];
        int64_t bytes = 0;
        if (file_hash(dicts[i].path, hash, &bytes) != 0)
            strcpy(hash, "unreadable");
        sqlite3_bind_int64(dict_st, 1, s->run);
        sqlite3_bind_int64(dict_st, 2, (int64_t)i + 1);
        bind_cstr(dict_st, 3, dicts[i].kind);
        bind_cstr(dict_st, 4, dicts[i].path);
        sqlite3_bind_int64(dict_st, 5, bytes);
        bind_cstr(dict_st, 6, hash);
        rc = run(dict_st);
    }
    sqlite3_finalize(run_st);
    sqlite3_finalize(dict_st);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        enum store_status st = store_fail(s, rc, "recording the coding run");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->run = 0;
        return st;
    }
    /* sentences a killed run stored but did not index */
    return store_index_text(s);
}

/* Deletes the stored copy of doc_id, if any (inside the caller's
 * transaction). */
static int delete_document(struct store *s, const char *doc_id)
{
    sqlite3_stmt *f = s->find_doc;
    bind_cstr(f, 1, doc_id);
    int rc = sqlite3_step(f);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(f);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    int64_t id = sqlite3_column_int64(f, 0);
    int64_t first_sentence = sqlite3_column_int64(f, 1), nsent = sqlite3_column_int64(f, 2);
    int64_t first_event = sqlite3_column_int64(f, 3), nev = sqlite3_column_int64(f, 4);
    sqlite3_reset(f);
    sqlite3_bind_int64(s->del_events, 1, first_event);
    sqlite3_bind_int64(s->del_events, 2, first_event + nev - 1);
    sqlite3_bind_int64(s->del_events, 3, id);
    rc = run(s->del_events);
    if (rc == SQLITE_OK) { /* not yet moved: the rows are here instead */
        sqlite3_bind_int64(s->del_staged, 1, first_event);
        sqlite3_bind_int64(s->del_staged, 2, first_event + nev - 1);
        sqlite3_bind_int64(s->del_staged, 3, id);
        rc = run(s->del_staged);
    }
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s->unindex, 1, first_sentence);
        sqlite3_bind_int64(s->unindex, 2, first_sentence + nsent - 1);
        sqlite3_bind_int64(s->unindex, 3, id);
        rc = run(s->unindex);
    }
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s->del_sentences, 1, first_sentence);
        sqlite3_bind_int64(s->del_sentences, 2, first_sentence + nsent - 1);
        sqlite3_bind_int64(s->del_sentences, 3, id);
        rc = run(s->del_sentences);
    }
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s->del_doc, 1, id);
        rc = run(s->del_doc);
    }
    return rc;
}

static int insert_event(struct store *s, int64_t id, int64_t doc, int64_t sentence,
                        const char *date, const struct rec_event *e)
{
    sqlite3_stmt *st = s->ins_event;
    char code[16] = "", root[3];
    if (e->code.s && e->code.n < sizeof code)
        memcpy(code, e->code.s, e->code.n), code[e->code.n] = '\0';
    const struct cameo_code *cc = cameo_resolve(code);
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, sentence);
    bind_cstr(st, 3, date);
    bind_str(st, 4, e->source);
    bind_str(st, 5, e->target);
    bind_str(st, 6, e->code);
    if (cameo_root(code, root) == 0)
        bind_text(st, 7, root, 2);
    if (cc) {
        sqlite3_bind_int(st, 8, cc->quad_class);
        sqlite3_bind_double(st, 9, cc->goldstein);
        bind_cstr(st, 10, cc->plover);
    }
    bind_cstr(st, 11, e->mode);
    sqlite3_bind_int(st, 12, e->passive);
    sqlite3_bind_int(st, 13, e->noun);
    bind_str(st, 14, e->source_text);
    bind_str(st, 15, e->target_text);
    bind_str(st, 16, e->verb_text);
    bind_str(st, 17, e->pattern_file);
    if (e->pattern_file.s)
        sqlite3_bind_int64(st, 18, e->pattern_line);
    bind_cstr(st, 19, e->pattern_kind);
    bind_str(st, 20, e->claimant_code);
    bind_str(st, 21, e->claimant_text);
    bind_str(st, 22, e->outlet_code);
    bind_str(st, 23, e->outlet_text);
    bind_str(st, 24, e->cue);
    bind_str(st, 25, e->relay_code);
    bind_str(st, 26, e->relay_text);
    bind_str(st, 27, e->relay_cue);
    sqlite3_bind_int64(st, 28, id);
    return run(st);
}

/* The sentences and events of d->coded; counts what it wrote. */
static int insert_coded(struct store *s, int64_t doc, const struct store_document *d,
                        int64_t *nsent, int64_t *nev, int64_t *first_sentence, int64_t *first_event)
{
    struct rec_cursor c = {(const unsigned char *)d->coded->data,
                           (const unsigned char *)d->coded->data + d->coded->len, 0};
    struct rec_sentence rs;
    struct rec_event re;
    int64_t next_id = 0;
    int rc = sqlite3_step(s->next_event);
    if (rc == SQLITE_ROW)
        next_id = sqlite3_column_int64(s->next_event, 0), rc = SQLITE_OK;
    sqlite3_reset(s->next_event);
    while (rc == SQLITE_OK && c.p < c.end) {
        if (!rec_sentence(&c, &rs))
            return SQLITE_INTERNAL;
        sqlite3_stmt *st = s->ins_sentence;
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int64(st, 2, rs.n);
        bind_str(st, 3, rs.text);
        bind_cstr(st, 4, rs.outcome);
        bind_str(st, 5, rs.issues);
        if ((rc = run(st)) != SQLITE_OK)
            break;
        int64_t sentence = sqlite3_last_insert_rowid(s->db);
        if ((*nsent)++ == 0)
            *first_sentence = sentence;
        for (unsigned k = 0; rc == SQLITE_OK && k < rs.nevents; k++) {
            if (!rec_event(&c, &re))
                return SQLITE_INTERNAL;
            rc = insert_event(s, next_id, doc, sentence, d->date, &re);
            if (rc == SQLITE_OK && (*nev)++ == 0)
                *first_event = next_id;
            next_id++;
        }
    }
    return rc;
}

/* The outlet: the document's source, else its first sentence's (the
 * dateline's, which the batch put there). */
static struct rec_str outlet_of(const struct store_document *d)
{
    if (d->source)
        return (struct rec_str){d->source, strlen(d->source)};
    struct rec_cursor c = {(const unsigned char *)d->coded->data,
                           (const unsigned char *)d->coded->data + d->coded->len, 0};
    struct rec_sentence rs;
    if (d->coded->len && rec_sentence(&c, &rs))
        return rs.outlet;
    return (struct rec_str){NULL, 0};
}

static int exec(struct store *s, const char *sql)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

/* Writes the document inside the open transaction. */
static int put_document(struct store *s, const struct store_document *d)
{
    int rc = delete_document(s, d->id);
    int64_t doc = 0, nsent = 0, nev = 0, first_sentence = 0, first_event = 0;
    if (rc == SQLITE_OK) { /* counts and first ids are filled in below */
        char hash[17];
        store_hash_hex(d->text ? d->text : "", d->text_len, hash);
        sqlite3_stmt *st = s->ins_doc;
        bind_cstr(st, 1, d->id);
        bind_cstr(st, 2, d->date);
        bind_cstr(st, 3, d->source);
        bind_str(st, 4, outlet_of(d));
        bind_cstr(st, 5, d->url);
        bind_cstr(st, 6, d->title);
        bind_cstr(st, 7, d->input);
        bind_text(st, 8, d->text ? d->text : "", d->text ? d->text_len : 0);
        bind_text(st, 9, d->parse, d->parse_len);
        bind_text(st, 10, hash, 16);
        sqlite3_bind_int64(st, 11, 0);
        sqlite3_bind_int64(st, 12, 0);
        sqlite3_bind_int64(st, 15, s->run);
        rc = run(st);
        doc = sqlite3_last_insert_rowid(s->db);
    }
    if (rc == SQLITE_OK)
        rc = insert_coded(s, doc, d, &nsent, &nev, &first_sentence, &first_event);
    if (rc == SQLITE_OK) {
        sqlite3_stmt *st = s->upd_doc;
        sqlite3_bind_int64(st, 1, nsent);
        sqlite3_bind_int64(st, 2, nev);
        sqlite3_bind_int64(st, 3, first_sentence);
        sqlite3_bind_int64(st, 4, first_event);
        sqlite3_bind_int64(st, 5, doc);
        rc = run(st);
    }
    return rc;
}

enum { INDEX_EVERY = 4096 }; /* documents between full-text index updates */

void store_set_commit_every(struct store *s, unsigned n)
{
    s->commit_every = n ? n : 1;
}

/* Commits the open group of documents, if any. */
static int commit(struct store *s)
{
    if (!s->in_transaction)
        return SQLITE_OK;
    int rc = exec(s, "COMMIT");
    if (rc != SQLITE_OK)
        exec(s, "ROLLBACK");
    s->in_transaction = false;
    s->pending = 0;
    return rc;
}

enum store_status store_put_document(struct store *s, const struct store_document *d)
{
    if (!s->run) {
        snprintf(s->err, sizeof s->err, "internal error: no coding run begun");
        return STORE_FAILED;
    }
    /* With more than one document per transaction, a savepoint lets a
       failing document be undone alone; the transaction still commits
       whole documents only. */
    bool grouped = s->commit_every > 1;
    int rc = SQLITE_OK;
    if (!s->in_transaction) {
        rc = exec(s, "BEGIN IMMEDIATE");
        s->in_transaction = rc == SQLITE_OK;
    }
    if (rc == SQLITE_OK && grouped)
        rc = exec(s, "SAVEPOINT document");
    if (rc == SQLITE_OK)
        rc = put_document(s, d);
    if (rc == SQLITE_OK && grouped)
        rc = exec(s, "RELEASE document");
    if (rc == SQLITE_OK && ++s->pending >= s->commit_every)
        rc = commit(s);
    if (rc != SQLITE_OK) {
        char doing[300];
        snprintf(doing, sizeof doing, "document %s", d->id);
        enum store_status st = rc == SQLITE_INTERNAL ? STORE_FAILED : store_fail(s, rc, doing);
        if (rc == SQLITE_INTERNAL)
            snprintf(s->err, sizeof s->err, "document %s: internal error: damaged record", d->id);
        if (grouped && s->in_transaction) { /* keep the whole documents before it */
            exec(s, "ROLLBACK TO document");
            exec(s, "RELEASE document");
            commit(s);
        } else if (s->in_transaction) {
            exec(s, "ROLLBACK");
            s->in_transaction = false;
            s->pending = 0;
        }
        return st;
    }
    if (!s->in_transaction && ++s->since_index >= INDEX_EVERY / s->commit_every) {
        s->since_index = 0;
        return store_index_text(s);
    }
    return STORE_OK;
}

enum store_status store_finish(struct store *s)
{
    int rc = commit(s);
    if (rc != SQLITE_OK)
        return store_fail(s, rc, "committing the last documents");
    return store_index_text(s);
}
