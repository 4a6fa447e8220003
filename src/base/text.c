/* text.c - UTF-8 checks, upper-casing and calendar dates (see text.h). */
#include "base/text.h"

#include <utf8proc.h>

size_t utf8_invalid_at(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (p[i] >= 0x01 && p[i] < 0x80) {
            i++;
            continue;
        }
        if (p[i] == 0)
            return i;
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (len < 0)
            return i;
        i += (size_t)len;
    }
    return (size_t)-1;
}

bool text_upper_ascii_inplace(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            s[i] = (char)(s[i] - 'a' + 'A');
    return true;
}

void text_upper(struct buf *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    buf_reserve(out, n);
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            buf_addc(out, (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : (char)c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (len <= 0) { /* caller promised valid UTF-8; keep the byte */
            buf_addc(out, (char)c);
            i++;
            continue;
        }
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t elen = utf8proc_encode_char(utf8proc_toupper(cp), enc);
        buf_add(out, (const char *)enc, (size_t)elen);
        i += (size_t)len;
    }
}

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool date_valid(int y, int m, int d)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    int max = mdays[m - 1] + (m == 2 && is_leap(y));
    return d <= max;
}

/* Howard Hinnant's days-from-civil algorithm (public domain arithmetic). */
day_t date_to_days(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void days_to_date(day_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

day_t date_parse_yyyymmdd(const char *s, size_t n)
{
    if (n != 8 || !all_digits(s, n))
        return DAY_NONE;
    int y = digits(s, 4), m = digits(s + 4, 2), d = digits(s + 6, 2);
    return date_valid(y, m, d) ? date_to_days(y, m, d) : DAY_NONE;
}

day_t date_parse_dict(const char *s, size_t n)
{
    if (n == 8)
        return date_parse_yyyymmdd(s, n);
    if (n != 6 || !all_digits(s, n))
        return DAY_NONE;
    int yy = digits(s, 2), m = digits(s + 2, 2), d = digits(s + 4, 2);
    int y = yy <= 30 ? 2000 + yy : 1900 + yy;
    return date_valid(y, m, d) ? date_to_days(y, m, d) : DAY_NONE;
}

/* Two digits at s, at most max; -1 when not digits or too large. */
static int two_digits(const char *s, int max)
{
    if (!all_digits(s, 2))
        return -1;
    int v = digits(s, 2);
    return v <= max ? v : -1;
}

/* The part of an ISO 8601 timestamp after the date:
 * THH:MM:SS[.fraction][Z|+HH:MM|-HH:MM]. */
static bool iso_time_valid(const char *s, size_t n)
{
    if (n < 9 || s[0] != 'T' || s[3] != ':' || s[6] != ':' || two_digits(s + 1, 23) < 0 ||
        two_digits(s + 4, 59) < 0 || two_digits(s + 7, 60) < 0)
        return false;
    size_t i = 9;
    if (i < n && s[i] == '.') {
        size_t first = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == first)
            return false;
    }
    if (i == n)
        return true;
    if (s[i] == 'Z')
        return i + 1 == n;
    return (s[i] == '+' || s[i] == '-') && n - i == 6 && s[i + 3] == ':' &&
           two_digits(s + i + 1, 23) >= 0 && two_digits(s + i + 4, 59) >= 0;
}

day_t date_parse_iso(const char *s, size_t n)
{
    if (n < 10 || s[4] != '-' || s[7] != '-' || !all_digits(s, 4) || !all_digits(s + 5, 2) ||
        !all_digits(s + 8, 2))
        return DAY_NONE;
    if (n > 10 && !iso_time_valid(s + 10, n - 10))
        return DAY_NONE;
    int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    return date_valid(y, m, d) ? date_to_days(y, m, d) : DAY_NONE;
}

void date_format_iso(day_t days, char out[11])
{
    int y, m, d;
    days_to_date(days, &y, &m, &d);
    out[0] = (char)('0' + y / 1000 % 10);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}
