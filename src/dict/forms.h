/* forms.h - English word forms the dictionaries generate.
 * Dict layer, internal. The PETRARCH family writes base forms and lets the
 * program produce plurals and regular verb forms; these functions are that
 * morphology, in one place. */
#ifndef PARLEY_DICT_FORMS_H
#define PARLEY_DICT_FORMS_H

#include "base/buf.h"

/* Appends the regular plural of an upper-case word or phrase (the last
 * word is inflected): CITY -> CITIES, ENVOY -> ENVOYS, CONGRESS ->
 * CONGRESSES, BOX -> BOXES, MINISTER -> MINISTERS. */
void form_plural(struct buf *out, const char *s, size_t n);

/* The regular verb forms, PETRARCH-1 style: V+S, and V+D / V-E+ING for a
 * final E, else V+ED / V+ING. Writes three NUL-separated strings. */
void form_verb_regular(struct buf *out, const char *v, size_t n);

#endif
