/* scale.c - news semantics: a killing whose victims number in the
 * hundreds is a mass killing. Code stage (docs/news.md, "Mass killings").
 *
 * CAMEO 202 is "engage in mass killings": killing, massacring or
 * executing large numbers of civilians. The verb dictionaries code
 * "killed" as the assault or fight it usually is (18x, 19x); what makes
 * it a mass killing is the count in its object ("more than 1,500
 * people", "hundreds of villagers"), which no pattern can test. The
 * threshold is 100 victims, and armed victims (soldiers, fighters,
 * police) are a battle's losses, not a massacre. */
#include "code/internal.h"

#include <ctype.h>
#include <string.h>

enum { MASS_KILLING_VICTIMS = 100 };

static const char *const KILLING_WORDS[] = {
    "KILLED",    "KILL",     "KILLS",     "KILLING",   "KILLINGS",    "MASSACRED",   "MASSACRE",
    "MASSACRES", "EXECUTED", "EXECUTE",   "EXECUTING", "EXECUTIONS",  "SLAUGHTERED", "SLAUGHTER",
    "MURDERED",  "MURDER",   "BUTCHERED", "SHOT_DEAD", "GUNNED_DOWN", NULL};
static struct word_list KILLING = {.words = KILLING_WORDS};

/* Armed victims: agent codes of forces and fighters. */
static bool armed(const char *code)
{
    static const char *const ARMED[] = {"MIL", "REB", "INS", "COP", "SPY", "UAF", NULL};
    for (size_t k = 0; ARMED[k]; k++)
        if (code && strstr(code, ARMED[k]))
            return true;
    return false;
}

/* The largest count the words name: digits (with thousands commas) or
 * HUNDREDS/THOUSANDS; years are not counts. */
static unsigned long victims(const char *text)
{
    unsigned long best = 0;
    for (const char *p = text; *p; p++) {
        if (isdigit((unsigned char)*p) && (p == text || !isalnum((unsigned char)p[-1]))) {
            unsigned long n = 0;
            const char *start = p;
            for (; isdigit((unsigned char)*p) || (*p == ',' && isdigit((unsigned char)p[1])); p++)
                if (*p != ',' && n < 100000000)
                    n = n * 10 + (unsigned long)(*p - '0');
            if (p - start == 4 && n >= 1900 && n <= 2100)
                n = 0; /* a year ("in 2024"), not a count */
            if (n > best)
                best = n;
            if (!*p)
                break;
        }
    }
    if (strstr(text, "THOUSANDS") && best < 2000)
        best = 2000;
    if (strstr(text, "HUNDREDS") && best < 200)
        best = 200;
    return best;
}

const char *mass_killing_code(const char *code, const char *verb_text, const char *target_code,
                              const char *target_text)
{
    int root = root_of(code);
    if (strchr(code, ':') || root < 17 || root > 19 || !verb_text || !target_text ||
        armed(target_code))
        return NULL;
    if (!word_list_has(&KILLING, verb_text, strlen(verb_text)))
        return NULL;
    return victims(target_text) >= MASS_KILLING_VICTIMS ? "202" : NULL;
}
