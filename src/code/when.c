/* when.c - news semantics: phrases of time are not part of a pattern.
 * Code stage (docs/news.md, "Phrases of time").
 *
 * Wire copy puts the day between a verb's object and the rest of it:
 * "imposed sanctions on Tuesday on three Nicaraguan officials", "rallied
 * in Yerevan on Sunday against the government". A pattern such as
 * "- * &SANCTIONS ON_+" then meets ON TUESDAY first. With news
 * semantics a PP whose object is only a time (a weekday, a month, a
 * date, "Friday night", "last week") is left out of the verb scan's
 * sequences, as if the sentence had put it elsewhere. */
#include "code/internal.h"

#include <ctype.h>
#include <string.h>

static const char *const TIME_WORDS[] = {
    "MONDAY",    "TUESDAY",   "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
    "JANUARY",   "FEBRUARY",  "MARCH",     "APRIL",    "JUNE",   "JULY",     "AUGUST",
    "SEPTEMBER", "OCTOBER",   "NOVEMBER",  "DECEMBER", "JAN.",   "FEB.",     "AUG.",
    "SEPT.",     "SEP.",      "OCT.",      "NOV.",     "DEC.",   "MORNING",  "AFTERNOON",
    "EVENING",   "NIGHT",     "WEEKEND",   "WEEK",     "MONTH",  "YEAR",     "DAY",
    "TODAY",     "YESTERDAY", "TONIGHT",   "ST",       "ND",     "RD",       "TH",
    NULL};
static struct word_list TIME = {.words = TIME_WORDS};

/* Words that make a phrase a time only together with a real time word
 * ("the", "last", "early", ","): a phrase of them alone is not a time. */
static const char *const FILLER_WORDS[] = {"THE",   "LAST", "THIS", "NEXT",
                                           "EARLY", "LATE", ",",    NULL};
static struct word_list FILLER = {.words = FILLER_WORDS};

static bool number(const struct tok *t)
{
    for (size_t k = 0; k < t->len; k++)
        if (!isdigit((unsigned char)t->text[k]))
            return false;
    return t->len > 0;
}

/* Are the words in (a, b) a time and nothing else? */
static bool time_only(const struct tree *tr, size_t a, size_t b)
{
    bool real = false;
    for (size_t k = a + 1; k < b; k++) {
        const struct tok *t = &tr->t[k];
        if (t->kind != TOK_WORD)
            continue;
        if (number(t) || word_in(t, &TIME))
            real = true;
        else if (!word_in(t, &FILLER))
            return false;
    }
    return real;
}

void skip_time_phrases(struct coder *c)
{
    const struct tree *tr = &c->conv;
    for (size_t i = 0; i + 2 < tr->n; i++) {
        const struct tok *t = &tr->t[i];
        if (t->kind != TOK_OPEN || !tok_starts(t, "PP") || t->mate < 0)
            continue;
        size_t close = (size_t)t->mate;
        /* "(PP (IN ON ~IN (NE ... ~NE ~PP": the preposition, then the time */
        const struct tok *prep = &tr->t[i + 2];
        if (!(tok_is(prep, TOK_WORD, "ON") || tok_is(prep, TOK_WORD, "IN") ||
              tok_is(prep, TOK_WORD, "AT")))
            continue;
        if (!time_only(tr, i + 2, close))
            continue;
        for (size_t k = i; k <= close; k++)
            c->seq_kinds[k] = SEQ_SKIP;
        i = close;
    }
}
