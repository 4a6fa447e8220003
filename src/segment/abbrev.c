/* abbrev.c - the segmenter's word lists: abbreviations, sentence-opening
 * words, month names. Segment stage, used by words.c, split.c and
 * preamble.c.
 *
 * Why sorted static tables with binary search: the lists are small and
 * fixed, they are consulted only for words that end in a period (or, for
 * the openers, only right after an abbreviation), so a lookup is rare and
 * costs a few comparisons with no setup, no allocation and no locking.
 * The tables must stay sorted in strcmp order; the unit tests check it.
 *
 * Abbreviation policy. A PREFIX abbreviation precedes a name or a number
 * (titles, ranks, "No.", "Rs.", "vs.") and never ends a sentence. An END
 * abbreviation ("Inc.", "etc.", month and state abbreviations) may end
 * one: split.c decides from the word that follows. Case matters ("No."
 * is an abbreviation, "no." is not). Letter-period sequences ("U.S.",
 * "a.m.", "J.R.R.") and single capital initials ("F.") are recognised by
 * shape in words.c and need no entry here. */
#include "segment/internal.h"

#include <string.h>
#include <strings.h>

struct abbr {
    const char *w;
    uint8_t cls;
};

#define P ABBR_PREFIX
#define E ABBR_END
static const struct abbr abbrevs[] = {
    {"Adm.", P},    {"Ala.", E},   {"Amb.", P},  {"Apr.", E},  {"Ariz.", E},  {"Ark.", E},
    {"Assn.", E},   {"Aug.", E},   {"Ave.", E},  {"Bhd.", E},  {"Blvd.", E},  {"Brig.", P},
    {"Bros.", E},   {"Calif.", E}, {"Capt.", P}, {"Cdr.", P},  {"Cmdr.", P},  {"Co.", E},
    {"Col.", P},    {"Colo.", E},  {"Conn.", E}, {"Corp.", E}, {"Cpl.", P},   {"Dec.", E},
    {"Del.", E},    {"Dept.", E},  {"Dr.", P},   {"Drs.", P},  {"Feb.", E},   {"Fig.", P},
    {"Fla.", E},    {"Fr.", P},    {"Ft.", P},   {"Ga.", E},   {"Gen.", P},   {"Gov.", P},
    {"Hon.", P},    {"Ill.", E},   {"Inc.", E},  {"Ind.", E},  {"Insp.", P},  {"Jan.", E},
    {"Jr.", E},     {"Jul.", E},   {"Jun.", E},  {"Kan.", E},  {"Ky.", E},    {"La.", E},
    {"Lt.", P},     {"Ltd.", E},   {"Maj.", P},  {"Mar.", E},  {"Mass.", E},  {"Md.", E},
    {"Messrs.", P}, {"Mich.", E},  {"Minn.", E}, {"Miss.", E}, {"Mo.", E},    {"Mohd.", P},
    {"Mr.", P},     {"Mrs.", P},   {"Ms.", P},   {"Msgr.", P}, {"Mt.", P},    {"Neb.", E},
    {"Nev.", E},    {"No.", P},    {"Nos.", P},  {"Nov.", E},  {"Oct.", E},   {"Okla.", E},
    {"Ore.", E},    {"Pa.", E},    {"Ph.D.", E}, {"Plc.", E},  {"Pres.", P},  {"Prof.", P},
    {"Pte.", E},    {"Pty.", E},   {"Pvt.", P},  {"Rep.", P},  {"Reps.", P},  {"Rev.", P},
    {"Rs.", P},     {"Sen.", P},   {"Sens.", P}, {"Sep.", E},  {"Sept.", E},  {"Sgt.", P},
    {"Sr.", E},     {"St.", P},    {"Supt.", P}, {"Tenn.", E}, {"Tex.", E},   {"Va.", E},
    {"Vt.", E},     {"Wash.", E},  {"Wis.", E},  {"Wyo.", E},  {"a.k.a.", E}, {"approx.", E},
    {"cf.", P},     {"dept.", E},  {"e.g.", P},  {"est.", E},  {"etc.", E},   {"i.e.", P},
    {"incl.", P},   {"v.", P},     {"vs.", P},
};
#undef P
#undef E

enum abbr_class abbrev_lookup(const char *w, size_t n)
{
    char key[16];
    if (n < 2 || n >= sizeof key)
        return ABBR_NONE;
    memcpy(key, w, n);
    key[n] = '\0';
    size_t lo = 0, hi = sizeof abbrevs / sizeof *abbrevs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = key[0] - abbrevs[mid].w[0]; /* most probes end here */
        if (c == 0)
            c = strcmp(key, abbrevs[mid].w);
        if (c == 0)
            return (enum abbr_class)abbrevs[mid].cls;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return ABBR_NONE;
}

/* Capitalized words that open sentences and are seldom part of a name:
 * after an END abbreviation, one of them means the sentence has ended
 * ("... in the U.S. The talks"), while any other capitalized word is
 * taken to continue it ("the U.S. Navy", "Apple Inc. Chief"). Words that
 * are also common name parts (May, Will, Young, Van, Le) are left out. */
static const char *const starters[] = {
    "A",          "About",     "According", "Across",       "After",     "Again",       "Against",
    "Ahead",      "All",       "Also",      "Although",     "Among",     "An",          "Analysts",
    "And",        "Another",   "Any",       "As",           "At",        "Authorities", "Because",
    "Before",     "Both",      "But",       "By",           "Critics",   "Despite",     "Diplomats",
    "During",     "Each",      "Earlier",   "Either",       "Even",      "Every",       "Few",
    "For",        "From",      "Further",   "He",           "Her",       "Here",        "His",
    "How",        "However",   "I",         "If",           "In",        "Instead",     "It",
    "Its",        "Last",      "Later",     "Many",         "Meanwhile", "More",        "Most",
    "Much",       "My",        "Neither",   "Nevertheless", "No",        "Nobody",      "None",
    "Nor",        "Not",       "Nothing",   "Now",          "Officials", "On",          "Once",
    "One",        "Only",      "Or",        "Other",        "Our",       "Over",        "Police",
    "Protesters", "Residents", "Several",   "She",          "Since",     "So",          "Some",
    "Still",      "Such",      "That",      "The",          "Their",     "Then",        "There",
    "These",      "They",      "This",      "Those",        "Though",    "Three",       "Thus",
    "To",         "Today",     "Two",       "Under",        "Unlike",    "Until",       "Upon",
    "We",         "What",      "When",      "Where",        "Whether",   "Which",       "While",
    "Who",        "Why",       "With",      "Within",       "Without",   "Witnesses",   "Yesterday",
    "Yet",        "You",
};

bool starter_word(const char *w, size_t n)
{
    char key[16];
    if (n == 0 || n >= sizeof key)
        return false;
    memcpy(key, w, n);
    key[n] = '\0';
    size_t lo = 0, hi = sizeof starters / sizeof *starters;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = key[0] - starters[mid][0];
        if (c == 0)
            c = strcmp(key, starters[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

int month_lookup(const char *w, size_t n)
{
    static const char *const names[12] = {"january",   "february", "march",    "april",
                                          "may",       "june",     "july",     "august",
                                          "september", "october",  "november", "december"};
    if (n < 3 || n > 9)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(names[m]);
        /* the full name, its first three letters, or "Sept" */
        if ((n == full || n == 3 || (m == 8 && n == 4)) && strncasecmp(w, names[m], n) == 0)
            return m + 1;
    }
    return 0;
}

bool abbrev_tables_sorted(void)
{
    for (size_t i = 1; i < sizeof abbrevs / sizeof *abbrevs; i++)
        if (strcmp(abbrevs[i - 1].w, abbrevs[i].w) >= 0)
            return false;
    for (size_t i = 1; i < sizeof starters / sizeof *starters; i++)
        if (strcmp(starters[i - 1], starters[i]) >= 0)
            return false;
    return true;
}
