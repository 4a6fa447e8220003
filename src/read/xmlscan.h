/* xmlscan.h - a fast scanner for the plain subset of XML that PETRARCH
 * files are written in. Read stage, private to petrxml.c.
 * It reports start tags, end tags and character data exactly as expat
 * would for that subset: ASCII names, attribute values without
 * references, text with only the five predefined entities, comments in
 * content, valid UTF-8, no CR. At anything else (a DOCTYPE, CDATA, a
 * processing instruction, a character reference, a CR, any error) it
 * stops and says "hand over": the caller gives the rest to expat, after
 * replaying the open elements, so every input still gets expat's
 * behaviour, events and error messages. */
#ifndef PARLEY_XMLSCAN_H
#define PARLEY_XMLSCAN_H

#include <stdbool.h>
#include <stddef.h>

enum xmlscan_state { XS_PROLOG, XS_CONTENT, XS_EPILOG };

enum xmlscan_result {
    XS_MORE,     /* everything up to the returned offset is done; read more */
    XS_DONE,     /* the document ended well-formed at end of input */
    XS_HANDOVER, /* give the input from the returned offset to expat */
    XS_STOPPED,  /* a handler asked to stop */
};

enum { XMLSCAN_MAX_DEPTH = 64, XMLSCAN_MAX_ATTS = 32, XMLSCAN_NAMES = 4096 };

struct xmlscan_handler {
    void *ud;
    void (*start)(void *ud, const char *name, const char **atts);
    void (*end)(void *ud, const char *name);
    void (*chars)(void *ud, const char *s, int len);
    bool *stop; /* set by a handler to stop the scan */
};

struct xmlscan {
    enum xmlscan_state state;
    const struct xmlscan_handler *h;
    /* the open elements' names, NUL-separated, for end tags and hand-over */
    char names[XMLSCAN_NAMES];
    size_t name_at[XMLSCAN_MAX_DEPTH];
    size_t depth, names_len;
    size_t tag_at; /* offset in the buffer of the tag being reported */
    /* attribute names and values of the tag being read, NUL-terminated */
    char *atts_buf;
    size_t atts_cap;
};

void xmlscan_init(struct xmlscan *x, const struct xmlscan_handler *h);
void xmlscan_free(struct xmlscan *x);
/* Scans buf[0, len) from its start; eof says no more input follows.
 * Returns the offset up to which the input was consumed (for XS_MORE the
 * caller keeps the rest and appends to it; for XS_HANDOVER it is where
 * expat must start). In the prolog nothing is consumed until the root's
 * start tag has been read whole, so a hand-over there is at offset 0. */
size_t xmlscan_run(struct xmlscan *x, const char *buf, size_t len, bool eof,
                   enum xmlscan_result *res);

#endif
