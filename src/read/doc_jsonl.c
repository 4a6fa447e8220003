/* doc_jsonl.c - one JSON Lines object to a document (see doc.h): the
 * fast scanner (doc_jsonscan.c) or else jansson parses the line, and each
 * field is checked here, so every problem is reported with the line (and,
 * for bad JSON, the column) it is on, the same whichever parsed it. */
#include "read/doc_internal.h"

#include <string.h>

static const char *json_kind(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "a value";
}

/* Reads field f into *out (NULL when an optional field is absent or
 * null). False, after reporting why, when a required field is missing or
 * the value is not a string a C string can hold. */
static bool string_field(struct doc_reader *r, const struct doc_field *fld, int f, bool required,
                         const char **out, size_t *len)
{
    const struct doc_field *v = &fld[f];
    const char *key = doc_field_key(f);
    *out = NULL;
    if (v->kind == DOC_FIELD_ABSENT || (!required && v->kind == DOC_FIELD_NULL)) {
        if (required)
            diag_add(r->diag, r->path, r->lineno, 0, "missing \"%s\"", key);
        return !required;
    }
    if (v->kind != DOC_FIELD_STRING) {
        diag_add(r->diag, r->path, r->lineno, 0, "\"%s\" is %s, not a string", key,
                 v->kind == DOC_FIELD_NULL ? "null" : v->other);
        return false;
    }
    if (memchr(v->s, '\0', v->n)) {
        diag_add(r->diag, r->path, r->lineno, 0, "\"%s\" contains a NUL character (\\u0000)", key);
        return false;
    }
    *out = v->s;
    if (len)
        *len = v->n;
    return true;
}

/* An optional "date": absent or null leaves DAY_NONE. */
static bool date_field(struct doc_reader *r, const struct doc_field *fld, day_t *date)
{
    const char *s;
    size_t n = 0;
    *date = DAY_NONE;
    if (!string_field(r, fld, DOC_DATE, false, &s, &n))
        return false;
    if (!s)
        return true;
    *date = n == 8 ? date_parse_yyyymmdd(s, n) : date_parse_iso(s, n);
    if (*date != DAY_NONE)
        return true;
    char shown[DOC_QUOTE_SIZE];
    doc_quote(s, n, shown);
    diag_add(r->diag, r->path, r->lineno, 0,
             "\"date\" is not a valid date: \"%s\" (expected YYYY-MM-DD, YYYYMMDD or "
             "YYYY-MM-DDTHH:MM:SSZ)",
             shown);
    return false;
}

static enum doc_status fields_document(struct doc_reader *r, const struct doc_field *fld,
                                       struct document *doc)
{
    *doc = (struct document){.line = r->lineno};
    size_t id_len = 0;
    if (!string_field(r, fld, DOC_ID, true, &doc->id, &id_len) ||
        !string_field(r, fld, DOC_TEXT, true, &doc->text, &doc->text_len))
        return DOC_SKIPPED;
    if (id_len == 0) {
        diag_add(r->diag, r->path, r->lineno, 0, "\"id\" is empty");
        return DOC_SKIPPED;
    }
    if (!date_field(r, fld, &doc->date) ||
        !string_field(r, fld, DOC_SOURCE, false, &doc->source, NULL) ||
        !string_field(r, fld, DOC_URL, false, &doc->url, NULL) ||
        !string_field(r, fld, DOC_TITLE, false, &doc->title, NULL))
        return DOC_SKIPPED;
    return doc_take_date(r, doc) ? DOC_OK : DOC_SKIPPED;
}

/* The fields of jansson's object, which keeps their strings. */
static void object_fields(const json_t *obj, struct doc_field fld[DOC_FIELDS])
{
    for (int f = 0; f < DOC_FIELDS; f++) {
        const json_t *v = json_object_get(obj, doc_field_key(f));
        if (!v)
            fld[f] = (struct doc_field){DOC_FIELD_ABSENT, NULL, 0, NULL};
        else if (json_is_null(v))
            fld[f] = (struct doc_field){DOC_FIELD_NULL, NULL, 0, NULL};
        else if (json_is_string(v))
            fld[f] = (struct doc_field){DOC_FIELD_STRING, json_string_value(v),
                                        json_string_length(v), NULL};
        else
            fld[f] = (struct doc_field){DOC_FIELD_OTHER, NULL, 0, json_kind(v)};
    }
}

enum doc_status doc_jsonl_document(struct doc_reader *r, struct document *doc)
{
    const char *s = r->line.data;
    size_t n = r->line.len;
    /* jansson would stop at a NUL byte with a baffling "end of file
     * expected"; say what it is. */
    const char *z = memchr(s, '\0', n);
    if (z) {
        diag_add(r->diag, r->path, r->lineno, doc_column(s, (size_t)(z - s)),
                 "invalid JSON: NUL byte");
        return DOC_SKIPPED;
    }
    struct doc_field fld[DOC_FIELDS];
    if (doc_json_scan(s, n, &r->fields, fld))
        return fields_document(r, fld, doc);
    json_error_t err;
    /* JSON_ALLOW_NUL so that "\u0000" in a string is ours to report, with
     * the field's name, rather than jansson's mention of a flag. */
    json_t *v = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!v) {
        diag_add(r->diag, r->path, r->lineno, err.column > 0 ? (unsigned)err.column : 0,
                 "invalid JSON: %s", err.text);
        return DOC_SKIPPED;
    }
    r->json = v; /* the document's strings live in it until the next call */
    if (!json_is_object(v)) {
        size_t first = 0;
        while (first < n && is_space(s[first]))
            first++;
        diag_add(r->diag, r->path, r->lineno, doc_column(s, first),
                 "expected a JSON object, found %s", json_kind(v));
        return DOC_SKIPPED;
    }
    object_fields(v, fld);
    return fields_document(r, fld, doc);
}
