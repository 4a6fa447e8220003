/* cameo.h: the CAMEO event-code table (codebook 1.1b3) with each code's name,
 * Goldstein value, quad class and PLOVER type. A leaf module: static data and
 * lookups, no dependencies beyond libc. See docs/cameo.md for the sources. */
#ifndef PARLEY_CAMEO_H
#define PARLEY_CAMEO_H

#include <stddef.h>

struct cameo_code {
    const char *code;   /* a string, never a number: "02" (root), "020", "0234" */
    const char *name;   /* CAMEO 1.1b3 name, e.g. "Accuse, not specified below" */
    double goldstein;   /* Goldstein scale, -10..+10, GDELT's table */
    int quad_class;     /* 1 verbal coop (roots 01-05), 2 material coop (06-08),
                           3 verbal conflict (09-13), 4 material conflict (14-20) */
    const char *plover; /* PLOVER event type, e.g. "ACCUSE" */
};

/* The entry for exactly this code, or NULL. */
const struct cameo_code *cameo_lookup(const char *code);

/* The exact entry, else the entry for the longest prefix of code that is a
 * known code ("0234X" -> "0234", "174K" -> "174"), else NULL. */
const struct cameo_code *cameo_resolve(const char *code);

/* Writes the two-digit root of code ("11" for "112", "02" for "0234") and a
 * NUL into root. Returns 0, or -1 if code does not start with 01..20. */
int cameo_root(const char *code, char root[3]);

/* The table, in code-string order. */
size_t cameo_count(void);
const struct cameo_code *cameo_at(size_t i); /* NULL if i >= cameo_count() */

#endif
