/* read.c - the stored documents, one at a time, for `parley recode`.
 * Write stage's reader (see store.h). The ids are listed first, so that
 * documents rewritten during the walk (they get new ids) are not met
 * again. */
#include "store/internal.h"
#include "base/arena.h"
#include "base/xalloc.h"

#include <stdlib.h>

struct store_reader {
    struct store *s;
    int64_t *ids;
    size_t n, cap, next;
    sqlite3_stmt *get;
    struct arena strings; /* the current document's, copied: the batch may
                             borrow them while we write */
};

struct store_reader *store_reader_new(struct store *s)
{
    struct store_reader *r = xcalloc(1, sizeof *r);
    r->s = s;
    arena_init(&r->strings, 1 << 16);
    sqlite3_stmt *list;
    if (sqlite3_prepare_v2(s->db, "SELECT id FROM documents ORDER BY id", -1, &list, NULL) !=
        SQLITE_OK) {
        store_fail(s, sqlite3_errcode(s->db), "listing documents");
        free(r);
        return NULL;
    }
    int rc;
    while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
        GROW(r->ids, r->cap, r->n + 1);
        r->ids[r->n++] = sqlite3_column_int64(list, 0);
    }
    sqlite3_finalize(list);
    if (rc != SQLITE_DONE ||
        sqlite3_prepare_v2(s->db,
                           "SELECT doc_id, date, source, url, title, input, text, parse "
                           "FROM documents WHERE id = ?",
                           -1, &r->get, NULL) != SQLITE_OK) {
        store_fail(s, rc == SQLITE_DONE ? sqlite3_errcode(s->db) : rc, "listing documents");
        store_reader_free(r);
        return NULL;
    }
    return r;
}

size_t store_reader_count(const struct store_reader *r)
{
    return r->n;
}

static const char *column(struct store_reader *r, int i, size_t *len)
{
    const char *s = (const char *)sqlite3_column_text(r->get, i);
    size_t n = (size_t)sqlite3_column_bytes(r->get, i);
    if (len)
        *len = n;
    return s ? arena_strndup(&r->strings, s, n) : NULL;
}

bool store_reader_next(struct store_reader *r, struct store_document *d)
{
    arena_reset(&r->strings);
    while (r->next < r->n) {
        sqlite3_bind_int64(r->get, 1, r->ids[r->next++]);
        if (sqlite3_step(r->get) != SQLITE_ROW) {
            sqlite3_reset(r->get);
            continue; /* deleted meanwhile */
        }
        *d = (struct store_document){0};
        d->id = column(r, 0, NULL);
        d->date = column(r, 1, NULL);
        d->source = column(r, 2, NULL);
        d->url = column(r, 3, NULL);
        d->title = column(r, 4, NULL);
        d->input = column(r, 5, NULL);
        d->text = column(r, 6, &d->text_len);
        d->parse = column(r, 7, &d->parse_len);
        sqlite3_reset(r->get);
        return true;
    }
    return false;
}

void store_reader_free(struct store_reader *r)
{
    if (!r)
        return;
    sqlite3_finalize(r->get);
    arena_free(&r->strings);
    free(r->ids);
    free(r);
}
