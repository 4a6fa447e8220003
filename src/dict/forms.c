/* forms.c - plurals and regular verb forms (see forms.h). */
#include "dict/forms.h"

#include <string.h>

static int is_vowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

void form_plural(struct buf *out, const char *s, size_t n)
{
    if (n == 0)
        return;
    char last = s[n - 1], prev = n > 1 ? s[n - 2] : 0;
    if (last == 'Y' && !is_vowel(prev)) {
        buf_add(out, s, n - 1);
        buf_adds(out, "IES");
    } else if (last == 'S' || last == 'X' || last == 'Z' ||
               (last == 'H' && (prev == 'C' || prev == 'S'))) {
        buf_add(out, s, n);
        buf_adds(out, "ES");
    } else {
        buf_add(out, s, n);
        buf_addc(out, 'S');
    }
}

void form_verb_regular(struct buf *out, const char *v, size_t n)
{
    buf_add(out, v, n);
    buf_addc(out, 'S');
    buf_addc(out, '\0');
    if (n > 0 && v[n - 1] == 'E') {
        buf_add(out, v, n);
        buf_addc(out, 'D');
        buf_addc(out, '\0');
        buf_add(out, v, n - 1);
        buf_adds(out, "ING");
    } else {
        buf_add(out, v, n);
        buf_adds(out, "ED");
        buf_addc(out, '\0');
        buf_add(out, v, n);
        buf_adds(out, "ING");
    }
}
