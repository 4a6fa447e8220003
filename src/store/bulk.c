/* bulk.c - what the store brings up to date in bulk rather than per
 * document: the event indexes and the full-text index. Write stage (see
 * store.h). Per document, each would dirty pages all over its B-trees
 * (index keys arrive in random order; FTS5 writes a segment a commit);
 * once every few thousand documents, the same pages are written once. */
#include "store/internal.h"

/* One transaction, so a reader sees each moved document's events in
 * exactly one of events and events_staged, and a kill leaves them in one
 * of the two. Rows are moved in id order: events' rowid B-tree is
 * appended to, and the four indexes take them sorted per page in cache. */
enum store_status store_index_text(struct store *s)
{
    int rc = sqlite3_exec(s->db,
                          "BEGIN IMMEDIATE;"
                          "INSERT INTO events SELECT * FROM events_staged ORDER BY id;"
                          "DELETE FROM events_staged;"
                          "INSERT INTO sentence_search (rowid, text) SELECT id, text FROM sentences"
                          " WHERE id > (SELECT indexed_upto FROM search_state);"
                          "UPDATE search_state SET indexed_upto ="
                          " max(indexed_upto, coalesce((SELECT max(id) FROM sentences), 0));"
                          "COMMIT",
                          NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        enum store_status st = store_fail(s, rc, "indexing events and sentences");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return st;
    }
    return STORE_OK;
}
