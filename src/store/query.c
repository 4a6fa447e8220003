/* query.c - the store's questions as SQL: filters, events, one-a-day and
 * one-a-story groups, statistics. Write stage's read side (see store.h).
 * The SQL is assembled from fixed fragments only; every value the user
 * gives is a bound parameter. */
#include "store/internal.h"

#include <stdio.h>
#include <string.h>

/* The event columns of store_query_events, in STORE_COL_* order. */
static const char event_columns[] =
    "d.doc_id, s.n, e.date, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein,"
    " e.plover, e.source_text, e.target_text, e.verb_text, e.pattern_file, e.pattern_line,"
    " e.pattern_kind, e.passive, e.noun, e.mode, e.claimant_code, e.claimant_text,"
    " e.outlet_code, e.outlet_text, e.cue, s.issues, d.outlet, s.text, d.url, e.id, e.relay_code, "
    "e.relay_text, e.relay_cue";

struct binder {
    const char *values[32];
    size_t n;
};

/* Appends one condition with its parameters: sql holds '?' for each. */
static void cond(struct buf *sql, struct binder *b, const char *fragment, const char *v1,
                 const char *v2)
{
    buf_adds(sql, " AND ");
    buf_adds(sql, fragment);
    if (v1)
        b->values[b->n++] = v1;
    if (v2)
        b->values[b->n++] = v2;
}

/* Actor prefixes: "PAK" matches PAK, PAKGOV, PAKMIL... The prefix is
 * bound twice: as itself and as the upper bound of the range, so the
 * indexes on source and target serve it. */
#define PREFIX(col) "(" col " >= ? AND " col " < ? || char(0x10FFFF))"

static void where(struct buf *sql, struct binder *b, const struct store_filter *f)
{
    buf_adds(sql, " WHERE 1");
    if (f->from)
        cond(sql, b, "e.date >= ?", f->from, NULL);
    if (f->to)
        cond(sql, b, "e.date <= ?", f->to, NULL);
    if (f->actor) {
        cond(sql, b, "(" PREFIX("e.source") " OR " PREFIX("e.target") ")", f->actor, f->actor);
        b->values[b->n++] = f->actor;
        b->values[b->n++] = f->actor;
    }
    if (f->source)
        cond(sql, b, PREFIX("e.source"), f->source, f->source);
    if (f->target)
        cond(sql, b, PREFIX("e.target"), f->target, f->target);
    if (f->dyad_a && f->undirected) {
        cond(sql, b,
             "((" PREFIX("e.source") " AND " PREFIX("e.target") ") OR (" PREFIX(
                 "e.source") " AND " PREFIX("e.target") "))",
             f->dyad_a, f->dyad_a);
        const char *rest[] = {f->dyad_b, f->dyad_b, f->dyad_b, f->dyad_b, f->dyad_a, f->dyad_a};
        for (size_t i = 0; i < 6; i++)
            b->values[b->n++] = rest[i];
    } else if (f->dyad_a) {
        cond(sql, b, PREFIX("e.source") " AND " PREFIX("e.target"), f->dyad_a, f->dyad_a);
        b->values[b->n++] = f->dyad_b;
        b->values[b->n++] = f->dyad_b;
    }
    if (f->code)
        cond(sql, b, PREFIX("e.code"), f->code, f->code);
    if (f->root)
        cond(sql, b, "e.root = ?", f->root, NULL);
    if (f->quad)
        cond(sql, b, "e.quad_class = CAST(? AS INTEGER)", f->quad, NULL);
    if (f->plover)
        cond(sql, b, "e.plover = upper(?)", f->plover, NULL);
    if (f->mode)
        cond(sql, b, "e.mode = ?", f->mode, NULL);
    if (f->claimant)
        cond(sql, b, PREFIX("e.claimant_code"), f->claimant, f->claimant);
    if (f->attributed > 0)
        cond(sql, b, "e.cue IS NOT NULL", NULL, NULL);
    if (f->attributed < 0)
        cond(sql, b, "e.cue IS NULL", NULL, NULL);
    if (f->doc_id)
        cond(sql, b, "d.doc_id = ?", f->doc_id, NULL);
    if (f->text)
        cond(sql, b,
             "e.sentence IN (SELECT rowid FROM sentence_search WHERE sentence_search MATCH ?)",
             f->text, NULL);
}

static sqlite3_stmt *prepare_bound(struct store *s, const struct buf *sql, const struct binder *b)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql->data, (int)sql->len, &st, NULL);
    if (rc != SQLITE_OK) {
        store_fail(s, rc, "preparing the query");
        return NULL;
    }
    for (size_t i = 0; i < b->n; i++)
        sqlite3_bind_text(st, (int)i + 1, b->values[i], -1, SQLITE_STATIC);
    return st;
}

static void limit(struct buf *sql, const struct store_filter *f)
{
    if (f->limit > 0)
        buf_printf(sql, " LIMIT %lld", (long long)f->limit);
}

sqlite3_stmt *store_query_events(struct store *s, const struct store_filter *f)
{
    struct buf sql;
    struct binder b = {.n = 0};
    buf_init(&sql);
    buf_adds(&sql, "SELECT ");
    buf_adds(&sql, event_columns);
    buf_adds(&sql, " FROM events_all e JOIN documents d ON d.id = e.doc"
                   " JOIN sentences s ON s.id = e.sentence");
    where(&sql, &b, f);
    buf_adds(&sql, " ORDER BY e.id");
    limit(&sql, f);
    sqlite3_stmt *st = prepare_bound(s, &sql, &b);
    buf_free(&sql);
    return st;
}

/* The same grouping and counts as the views events_daily and events_story
 * (schema.c), with the filters applied to the events first. */
sqlite3_stmt *store_query_groups(struct store *s, const struct store_filter *f, bool story)
{
    struct buf sql;
    struct binder b = {.n = 0};
    buf_init(&sql);
    if (story)
        buf_adds(&sql, "SELECT d.doc_id, e.date, e.source, e.target, e.code, e.root,"
                       " e.quad_class, e.goldstein, e.plover, count(*),"
                       " count(DISTINCT e.sentence),"
                       " count(DISTINCT coalesce(e.claimant_code, e.claimant_text, '')),"
                       " min(e.id)");
    else
        buf_adds(&sql, "SELECT e.date, e.source, e.target, e.code, e.root, e.quad_class,"
                       " e.goldstein, e.plover, count(*), count(DISTINCT e.doc),"
                       " count(DISTINCT coalesce(d.outlet, '')), min(e.id)");
    buf_adds(&sql, " FROM events_all e JOIN documents d ON d.id = e.doc");
    where(&sql, &b, f);
    buf_adds(&sql, story ? " GROUP BY e.doc, e.source, e.target, e.code ORDER BY min(e.id)"
                         : " GROUP BY e.date, e.source, e.target, e.code"
                           " ORDER BY e.date, min(e.id)");
    limit(&sql, f);
    sqlite3_stmt *st = prepare_bound(s, &sql, &b);
    buf_free(&sql);
    return st;
}

static const char *period_expr(enum store_period p)
{
    switch (p) {
    case PERIOD_WEEK: return "date(e.date, 'weekday 0', '-6 days')"; /* its Monday */
    case PERIOD_MONTH: return "substr(e.date, 1, 7)";
    default: return "e.date";
    }
}

sqlite3_stmt *store_query_stats(struct store *s, const struct store_filter *f,
                                enum store_stats what, enum store_period p, int top)
{
    struct buf sql;
    struct binder b = {.n = 0};
    buf_init(&sql);
    switch (what) {
    case STATS_QUAD:
        buf_printf(&sql,
                   "SELECT %s AS period, e.quad_class, count(*), sum(e.goldstein),"
                   " avg(e.goldstein) FROM events_all e JOIN documents d ON d.id = e.doc",
                   period_expr(p));
        where(&sql, &b, f);
        buf_adds(&sql, " GROUP BY period, e.quad_class ORDER BY period, e.quad_class");
        break;
    case STATS_DYAD:
        /* the series of the top dyads only: all of them would be the table */
        buf_printf(&sql, "WITH top AS (SELECT e.source, e.target FROM events_all e JOIN documents d"
                         " ON d.id = e.doc");
        where(&sql, &b, f);
        buf_printf(&sql,
                   " GROUP BY e.source, e.target ORDER BY count(*) DESC, e.source, e.target"
                   " LIMIT %d) SELECT %s AS period, e.source, e.target, count(*),"
                   " sum(e.goldstein), avg(e.goldstein) FROM events_all e JOIN documents d"
                   " ON d.id = e.doc JOIN top t ON t.source IS e.source AND t.target IS e.target",
                   top, period_expr(p));
        where(&sql, &b, f);
        buf_adds(&sql, " GROUP BY period, e.source, e.target ORDER BY period, e.source, e.target");
        break;
    case STATS_TOP_ACTORS:
        buf_adds(&sql, "WITH a AS (SELECT e.source AS actor, 1 AS as_source, 0 AS as_target"
                       " FROM events_all e JOIN documents d ON d.id = e.doc");
        where(&sql, &b, f);
        buf_adds(&sql, " AND e.source IS NOT NULL UNION ALL SELECT e.target, 0, 1"
                       " FROM events_all e JOIN documents d ON d.id = e.doc");
        where(&sql, &b, f);
        buf_printf(&sql,
                   " AND e.target IS NOT NULL) SELECT actor, count(*), sum(as_source),"
                   " sum(as_target) FROM a GROUP BY actor ORDER BY count(*) DESC, actor"
                   " LIMIT %d",
                   top);
        break;
    case STATS_TOP_DYADS:
        buf_adds(&sql, "SELECT e.source, e.target, count(*), sum(e.goldstein),"
                       " avg(e.goldstein) FROM events_all e JOIN documents d ON d.id = e.doc");
        where(&sql, &b, f);
        buf_printf(&sql,
                   " GROUP BY e.source, e.target ORDER BY count(*) DESC, e.source,"
                   " e.target LIMIT %d",
                   top);
        break;
    }
    sqlite3_stmt *st = prepare_bound(s, &sql, &b);
    buf_free(&sql);
    return st;
}

sqlite3_stmt *store_query_export(struct store *s, const struct store_filter *f)
{
    struct buf sql;
    struct binder b = {.n = 0};
    buf_init(&sql);
    /* MATERIALIZED: the planner splits the outer query over the two arms
       of events_all, and would otherwise group the events once for each */
    buf_adds(&sql, "WITH g AS MATERIALIZED (SELECT e.date, e.source, e.target,"
                   " e.code, e.root, e.quad_class, e.goldstein, count(*) AS mentions,"
                   " count(DISTINCT e.doc) AS articles,"
                   " count(DISTINCT coalesce(d.outlet, '')) AS sources,"
                   " group_concat(DISTINCT d.outlet) AS outlets, min(e.id) AS first"
                   " FROM events_all e JOIN documents d ON d.id = e.doc");
    where(&sql, &b, f);
    buf_adds(&sql, " GROUP BY e.date, e.source, e.target, e.code)"
                   " SELECT g.*, d.doc_id, s.n, d.url FROM g JOIN events_all fe ON fe.id = g.first "
                   "JOIN documents d ON d.id = fe.doc"
                   " JOIN sentences s ON s.id = fe.sentence ORDER BY g.date, g.first");
    limit(&sql, f);
    sqlite3_stmt *st = prepare_bound(s, &sql, &b);
    buf_free(&sql);
    return st;
}
