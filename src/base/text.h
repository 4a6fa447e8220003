/* text.h - byte-level text helpers: UTF-8 checks, upper-casing, dates.
 * Base layer. Dictionary matching is on upper-cased words, so the same
 * upper-casing must be applied to dictionaries and sentences alike. */
#ifndef PARLEY_TEXT_H
#define PARLEY_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* Returns the offset of the first byte that is not valid UTF-8, or
 * (size_t)-1 when all n bytes are valid. NUL bytes count as invalid:
 * no text format parley reads may contain them. */
size_t utf8_invalid_at(const char *s, size_t n);

/* Appends s upper-cased to out: ASCII directly, other code points by
 * their Unicode simple upper-case mapping. s must be valid UTF-8. */
void text_upper(struct buf *out, const char *s, size_t n);
/* In-place upper-casing for ASCII-only strings; returns false (and leaves
 * s untouched) when s holds non-ASCII bytes. */
bool text_upper_ascii_inplace(char *s, size_t n);

/* Calendar dates as day numbers (days since 1970-01-01), so restrictions
 * compare as integers. */
typedef int32_t day_t;
#define DAY_NONE INT32_MIN
/* True for a real calendar date. */
bool date_valid(int y, int m, int d);
day_t date_to_days(int y, int m, int d);
void days_to_date(day_t days, int *y, int *m, int *d);
/* Parses exactly YYYYMMDD. Returns DAY_NONE when malformed or impossible. */
day_t date_parse_yyyymmdd(const char *s, size_t n);
/* Parses a dictionary date: YYYYMMDD, or YYMMDD with YY <= 30 meaning 20YY
 * and YY > 30 meaning 19YY (the TABARI/PETRARCH convention). */
day_t date_parse_dict(const char *s, size_t n);
/* Parses an ISO 8601 date, YYYY-MM-DD, or a timestamp that starts with one:
 * YYYY-MM-DDTHH:MM:SS, an optional fraction (.123), then optionally Z or
 * +HH:MM / -HH:MM. A timestamp's date is taken as written, not converted
 * to UTC. Returns DAY_NONE when malformed or impossible. */
day_t date_parse_iso(const char *s, size_t n);
/* Writes YYYY-MM-DD and a NUL into out[11]. */
void date_format_iso(day_t days, char out[11]);

static inline bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

#endif
