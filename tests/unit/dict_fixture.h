/* dict_fixture.h - shared fixtures of the dictionary unit tests
 * (test_dict_*.c): a temporary directory for dictionary files written by
 * the tests, small accessors over the lexicon, and the dictionaries more
 * than one file uses. Header-only: each test file takes what it needs. */
#ifndef PARLEY_TEST_DICT_FIXTURE_H
#define PARLEY_TEST_DICT_FIXTURE_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "dict/dict.h"
#include "dict/forms.h"
#include "dict/phrase.h"
#include "dict/texttrie.h"

/* ---- fixtures ----------------------------------------------------------- */

enum { MAX_FILES = 16 };

struct tmp {
    char dir[64];
    char paths[MAX_FILES][160];
    size_t n;
};

static inline int setup_tmp(void **state)
{
    struct tmp *t = calloc(1, sizeof *t);
    if (!t)
        return -1;
    snprintf(t->dir, sizeof t->dir, "/tmp/parley-test-dict-XXXXXX");
    if (!mkdtemp(t->dir)) {
        free(t);
        return -1;
    }
    *state = t;
    return 0;
}

static inline int teardown_tmp(void **state)
{
    struct tmp *t = *state;
    for (size_t i = 0; i < t->n; i++)
        unlink(t->paths[i]);
    rmdir(t->dir);
    free(t);
    return 0;
}

/* Writes text to DIR/name; the returned path lives as long as the fixture. */
static inline const char *write_dict(void **state, const char *name, const char *text)
{
    struct tmp *t = *state;
    assert_true(t->n < MAX_FILES);
    char tmp[sizeof t->paths[0]];
    snprintf(tmp, sizeof tmp, "%s/%s", t->dir, name);
    char *path = t->paths[t->n++];
    memcpy(path, tmp, sizeof tmp);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
    return path;
}

/* Asserts that diagnostic i reads exactly "FILE:LINE:COL: msg". */
static inline void expect_diag(const struct diag_list *d, size_t i, const char *file, unsigned line,
                               unsigned col, const char *msg)
{
    if (i >= d->count)
        fail_msg("diagnostic %zu missing (only %zu): want line %u: %s", i, d->count, line, msg);
    char want[512], got[512];
    struct diag w = {file, line, col, (char *)msg};
    diag_format(&w, want, sizeof want);
    diag_format(&d->items[i], got, sizeof got);
    assert_string_equal(got, want);
    assert_ptr_equal(d->items[i].file, file); /* the caller's string, not a copy */
}

static inline uint32_t word(const struct lexicon *lx, const char *w)
{
    return lexicon_word(lx, w, strlen(w));
}

/* The phrase's words joined by their connectors, e.g. "KINGDOM_OF_ARNOR". */
static inline const char *phrase_str(const struct lexicon *lx, const struct phrase *p, char *out,
                                     size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < p->nwords; i++) {
        bool last = i + 1 == p->nwords;
        int k = snprintf(out + n, size - n, "%s%s", strmap_str(&lx->words, p->words[i]),
                         p->conn[i] == '_' ? "_"
                         : last            ? ""
                                           : " ");
        n += (size_t)k;
    }
    return out;
}

/* The index-th entry of the actor run for first word w. */
static inline const struct actor_entry *actor_at(const struct lexicon *lx, const char *w,
                                                 size_t index)
{
    size_t count;
    const struct actor_entry *run = actor_run(lx, word(lx, w), &count);
    if (index >= count)
        fail_msg("actor run %s has %zu entries, wanted #%zu", w, count, index);
    return &run[index];
}

static inline size_t actor_count(const struct lexicon *lx, const char *w)
{
    size_t count;
    (void)actor_run(lx, word(lx, w), &count);
    return count;
}

static inline day_t ymd(int y, int m, int d)
{
    return date_to_days(y, m, d);
}

/* Runs dict_print_stats into a string (caller frees). */
static inline char *stats_of(const struct lexicon *lx)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    assert_non_null(f);
    dict_print_stats(lx, f);
    fclose(f);
    return text;
}

/* ---- dictionaries and checks shared by several files ---- */

static const char ACTORS[] __attribute__((unused)) =
    "# Fictional actors for parley's unit tests\n" /* 1 */
    "ARNOR [ARN]\n"                                /* 2 */
    "+ARNORIAN\n"                                  /* 3 */
    "+KINGDOM_OF_ARNOR\n"                          /* 4 */
    "GONDOR\n"                                     /* 5 */
    "\t[GON]\n"                                    /* 6 */
    "NEW_ARNOR [NAR] ; a comment after the code\n" /* 7 */
    "NEW_ARNOR_REPUBLIC_ [NAR2]\n"                 /* 8 */
    "NEW [NEW]\n"                                  /* 9 */
    "ROHAN\n"                                      /* 10 */
    "\t[RHNOLD <790606]\n"                         /* 11 */
    "\t[RHNNEW >19790607]\n"                       /* 12 */
    "DOL_AMROTH [DOL 19700101-19791231] [DOLX]\n"  /* 13 */
    "\t[DOLY]\n"                                   /* 14 */
    "\t[DOLR 750101 - 801231]\n"                   /* 15 */
    "ITHILIEN\n"                                   /* 16 */
    "    [ITHA <19500101]\n"                       /* 17 */
    "    [ITHB 19600101-19601231]\n"               /* 18 */
    "THE_HERMIT ; no code at all\n"                /* 19 */
    "ERIADOR [ERI]\n"                              /* 20 */
    "+ARNOR\n"                                     /* 21 */
    "ARNOR THE_NORTH [ARN2]\n"                     /* 22 */
    "---STOP---\n"                                 /* 23 */
    "MORDOR [MOR]\n";                              /* 24 */

static const char AGENTS[] __attribute__((unused)) =
    "# agents\n"                              /* 1 */
    "GOVERNMENT [~GOV]\n"                     /* 2 */
    "CITY [~CTY]\n"                           /* 3 */
    "ENVOY [~ENV]\n"                          /* 4 */
    "CONGRESS [~LEG]\n"                       /* 5 */
    "POLICE {} [~COP]\n"                      /* 6 */
    "MAN {MEN} [~CVL]\n"                      /* 7 */
    "REBEL [REB~]\n"                          /* 8 */
    "!PERSON! = MAN, WOMAN\n"                 /* 9 */
    "CONGRESS!PERSON! [~LEG]\n"               /* 10 */
    "PRIME_MINISTER [ ~GOV ]\n"               /* 11 */
    "  box [~BOX]\n"                          /* 12 */
    "MINISTRY {MINISTRIES OFFICES} [~GOV]\n"; /* 13 */

static inline const struct agent_entry *agent_at(const struct lexicon *lx, const char *w,
                                                 size_t index)
{
    size_t count;
    const struct agent_entry *run = agent_run(lx, word(lx, w), &count);
    if (index >= count)
        fail_msg("agent run %s has %zu entries, wanted #%zu", w, count, index);
    return &run[index];
}

static inline void expect_agent(const struct lexicon *lx, const char *first, const char *text,
                                const char *code, bool prefix, unsigned line)
{
    size_t count;
    const struct agent_entry *run = agent_run(lx, word(lx, first), &count);
    for (size_t i = 0; i < count; i++) {
        if (strcmp(run[i].text, text) != 0)
            continue;
        assert_string_equal(run[i].code, code);
        assert_int_equal(run[i].prefix, prefix);
        assert_int_equal(run[i].at.line, line);
        return;
    }
    fail_msg("no agent %s under %s", text, first);
}

static const char VERBS[] __attribute__((unused)) =
    "# verbs for the unit tests\n"                 /* 1 */
    "&CURRENCY\n"                                  /* 2 */
    "+DOLLAR\n"                                    /* 3 */
    "+EURO_\n"                                     /* 4 */
    "+HARD_CURRENCY\n"                             /* 5 */
    "&MONEY_\n"                                    /* 6 */
    "+&CURRENCY\n"                                 /* 7 */
    "+CASH\n"                                      /* 8 */
    "\n"                                           /* 9 */
    "--- ATTACK [190] ---\n"                       /* 10 */
    "ATTACK\n"                                     /* 11 */
    "ASSAULT {ASSAULTED ASSAULTING}\n"             /* 12 */
    "RAID [193]\n"                                 /* 13 */
    "PRAISE [051]\n"                               /* 14 */
    "- $ * + [195]\n"                              /* 15 */
    "- * &MONEY_FOR + [196]\n"                     /* 16 */
    "- MILITARY_FORCES * + [197]\n"                /* 17 */
    "- * ^ % a [198]\n"                            /* 18 */
    "- * OFF_ [199]\n"                             /* 19 */
    "- {TABARI} * [100]\n"                         /* 20 */
    "--- CORDON [172] ---\n"                       /* 21 */
    "+CORDON_OFF {+CORDONED_OFF +CORDONING_OFF}\n" /* 22 */
    "WIRE_+TAP [171]\n"                            /* 23 */
    "- * +  WITH_TROOPS [173:174]\n"               /* 24 */
    "--- TAP ---\n"                                /* 25 */
    "TAP\n";                                       /* 26 */

static inline const struct verb_sense *sense(const struct lexicon *lx, const char *w)
{
    return verb_sense_of(lx, word(lx, w));
}

static inline void expect_form(const struct lexicon *lx, const char *form, const char *code,
                               const char *primary, bool is_primary, unsigned line)
{
    const struct verb_sense *s = sense(lx, form);
    if (!s)
        fail_msg("no verb sense for %s", form);
    assert_true(s->single);
    assert_string_equal(s->code, code);
    assert_int_equal(s->primary, word(lx, primary));
    assert_int_equal(s->is_primary, is_primary);
    assert_int_equal(s->at.line, line);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup_tmp, teardown_tmp)

#endif
