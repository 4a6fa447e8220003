/* test_dict.c: unit tests for the dictionary readers (src/dict). Each test
 * writes small dictionaries of its own into a temporary directory, loads
 * them, and checks the lexicon through lexicon.h, texttrie_scan and
 * dict_print_stats, and every malformed line through its exact
 * FILE:LINE:COL diagnostic. */
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

static int setup_tmp(void **state)
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

static int teardown_tmp(void **state)
{
    struct tmp *t = *state;
    for (size_t i = 0; i < t->n; i++)
        unlink(t->paths[i]);
    rmdir(t->dir);
    free(t);
    return 0;
}

/* Writes text to DIR/name; the returned path lives as long as the fixture. */
static const char *write_dict(void **state, const char *name, const char *text)
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
static void expect_diag(const struct diag_list *d, size_t i, const char *file, unsigned line,
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

static uint32_t word(const struct lexicon *lx, const char *w)
{
    return lexicon_word(lx, w, strlen(w));
}

/* The phrase's words joined by their connectors, e.g. "KINGDOM_OF_ARNOR". */
static const char *phrase_str(const struct lexicon *lx, const struct phrase *p, char *out,
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
static const struct actor_entry *actor_at(const struct lexicon *lx, const char *w, size_t index)
{
    size_t count;
    const struct actor_entry *run = actor_run(lx, word(lx, w), &count);
    if (index >= count)
        fail_msg("actor run %s has %zu entries, wanted #%zu", w, count, index);
    return &run[index];
}

static size_t actor_count(const struct lexicon *lx, const char *w)
{
    size_t count;
    (void)actor_run(lx, word(lx, w), &count);
    return count;
}

static day_t ymd(int y, int m, int d)
{
    return date_to_days(y, m, d);
}

/* Runs dict_print_stats into a string (caller frees). */
static char *stats_of(const struct lexicon *lx)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    assert_non_null(f);
    dict_print_stats(lx, f);
    fclose(f);
    return text;
}

/* ---- lines and phrases --------------------------------------------------- */

static void test_missing_file(void **state)
{
    (void)state;
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    const char *path = "/nonexistent/parley/x.actors";
    assert_int_equal(dict_load_actors(lx, path, &d), -1);
    assert_int_equal(dict_load_verbs(lx, path, &d), -1);
    assert_int_equal(d.count, 2);
    expect_diag(&d, 0, path, 0, 0, "cannot open: No such file or directory");
    expect_diag(&d, 1, path, 0, 0, "cannot open: No such file or directory");
    assert_int_equal(dict_load(lx, DICT_UNKNOWN, path, &d), -1);
    expect_diag(&d, 2, path, 0, 0, "cannot tell what kind of dictionary this is");
    diag_free(&d);
    lexicon_free(lx);
}

static void test_kind_guess(void **state)
{
    (void)state;
    assert_int_equal(dict_kind_guess("dir/Phoenix.Countries.actors.txt"), DICT_ACTORS);
    assert_int_equal(dict_kind_guess("PETR.Validate.agents.txt"), DICT_AGENTS);
    assert_int_equal(dict_kind_guess("/a/verbs.d/CAMEO.verbpatterns.txt"), DICT_VERBS);
    assert_int_equal(dict_kind_guess("my.DISCARDS"), DICT_DISCARDS);
    assert_int_equal(dict_kind_guess("Phoenix.IssueCoding.txt"), DICT_ISSUES);
    assert_int_equal(dict_kind_guess("/actors/verbs/readme.txt"), DICT_UNKNOWN);
    assert_string_equal(dict_kind_name(DICT_ACTORS), "actors");
    assert_string_equal(dict_kind_name(DICT_AGENTS), "agents");
    assert_string_equal(dict_kind_name(DICT_VERBS), "verbs");
    assert_string_equal(dict_kind_name(DICT_DISCARDS), "discards");
    assert_string_equal(dict_kind_name(DICT_ISSUES), "issues");
    assert_string_equal(dict_kind_name(DICT_UNKNOWN), "unknown");
}

static void test_comments_and_line_endings(void **state)
{
    const char *path = write_dict(state, "comments.actors",
                                  "<!-- a one-line markup comment -->\n" /* 1 */
                                  "ARNOR [ARN] # trailing comment\n"     /* 2 */
                                  "<!-- a block\n"                       /* 3 */
                                  "GONDOR [GON]\n"                       /* 4 */
                                  "still inside -->\n"                   /* 5 */
                                  "ROHAN [RHN] <!-- inline -->\n"        /* 6 */
                                  "HA#RAD [HAR]\n"                       /* 7 */
                                  "MORDOR [MOR] <!-- opens a block\n"    /* 8 */
                                  "KHAND [KHA]\n"                        /* 9 */
                                  "-->\n"                                /* 10 */
                                  "\n"                                   /* 11 */
                                  "  \t \n"                              /* 12 */
                                  "RHUN [RHU]\r\n"                       /* 13 */
                                  "# ERIADOR [ERI]\n"                    /* 14 */
                                  "UMBAR [UMB]");                        /* 15, no newline */
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_actors(lx, path, &d), 0);
    dict_finish(lx);
    assert_int_equal(d.count, 0);
    assert_int_equal(lx->nactors, 6);
    static const struct {
        const char *word, *code;
        unsigned line;
    } want[] = {{"ARNOR", "ARN", 2},  {"ROHAN", "RHN", 6}, {"HA#RAD", "HAR", 7},
                {"MORDOR", "MOR", 8}, {"RHUN", "RHU", 13}, {"UMBAR", "UMB", 15}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const struct actor_entry *e = actor_at(lx, want[i].word, 0);
        assert_string_equal(e->text, want[i].word);
        assert_string_equal(actor_code_on(lx, e, 0), want[i].code);
        assert_int_equal(e->at.line, want[i].line);
        assert_ptr_equal(e->at.file, path);
    }
    assert_int_equal(word(lx, "GONDOR"), 0);
    assert_int_equal(word(lx, "KHAND"), 0);
    assert_int_equal(word(lx, "ERIADOR"), 0);
    diag_free(&d);
    lexicon_free(lx);
}

static void test_phrase_parse(void **state)
{
    (void)state;
    struct lexicon *lx = lexicon_new();
    struct buf scratch;
    buf_init(&scratch);
    struct phrase p;
    char s[128];

    assert_int_equal(phrase_parse(lx, "kingdom_of arnor", 16, &p, &scratch), 0);
    assert_int_equal(p.nwords, 3);
    assert_int_equal(p.elements, 3);
    assert_string_equal(phrase_str(lx, &p, s, sizeof s), "KINGDOM_OF ARNOR");
    assert_int_equal(p.conn[0], '_');
    assert_int_equal(p.conn[1], ' ');
    assert_int_equal(p.conn[2], ' ');

    assert_int_equal(phrase_parse(lx, "THE_AU_", 7, &p, &scratch), 0);
    assert_int_equal(p.nwords, 2);
    assert_int_equal(p.elements, 3); /* the terminal element */
    assert_string_equal(phrase_str(lx, &p, s, sizeof s), "THE_AU_");

    const char *sp = "  s\xc3\xa3o   paulo ";
    assert_int_equal(phrase_parse(lx, sp, strlen(sp), &p, &scratch), 0);
    assert_int_equal(p.nwords, 2);
    assert_string_equal(phrase_str(lx, &p, s, sizeof s), "S\xc3\x83O PAULO");

    assert_int_equal(phrase_parse(lx, "   ", 3, &p, &scratch), -1);
    assert_int_equal(phrase_parse(lx, "", 0, &p, &scratch), -1);
    assert_int_equal(phrase_parse(lx, "_", 1, &p, &scratch), -1);

    /* Words are interned once. */
    size_t n = strmap_count(&lx->words);
    assert_int_equal(phrase_parse(lx, "ARNOR_KINGDOM", 13, &p, &scratch), 0);
    assert_int_equal(strmap_count(&lx->words), n);
    assert_int_equal(lexicon_intern_upper(lx, "arnor", 5, &scratch), word(lx, "ARNOR"));
    buf_free(&scratch);
    lexicon_free(lx);
}

static void test_forms(void **state)
{
    (void)state;
    static const char *const plurals[][2] = {
        {"CITY", "CITIES"},
        {"ENVOY", "ENVOYS"},
        {"CONGRESS", "CONGRESSES"},
        {"BOX", "BOXES"},
        {"MINISTER", "MINISTERS"},
        {"CHURCH", "CHURCHES"},
        {"BUSH", "BUSHES"},
        {"MONTH", "MONTHS"},
        {"WALTZ", "WALTZES"},
        {"PRIME_MINISTER", "PRIME_MINISTERS"},
        {"SECURITY_OFFICIALS", "SECURITY_OFFICIALSES"},
    };
    struct buf b;
    buf_init(&b);
    for (size_t i = 0; i < sizeof plurals / sizeof plurals[0]; i++) {
        buf_clear(&b);
        form_plural(&b, plurals[i][0], strlen(plurals[i][0]));
        assert_string_equal(b.data, plurals[i][1]);
    }
    static const char *const verbs[][4] = {
        {"ATTACK", "ATTACKS", "ATTACKED", "ATTACKING"},
        {"PRAISE", "PRAISES", "PRAISED", "PRAISING"},
        {"TAP", "TAPS", "TAPED", "TAPING"}, /* no consonant doubling */
        {"DEFY", "DEFYS", "DEFYED", "DEFYING"},
    };
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        buf_clear(&b);
        form_verb_regular(&b, verbs[i][0], strlen(verbs[i][0]));
        const char *p = b.data;
        for (int k = 1; k <= 3; k++) {
            assert_string_equal(p, verbs[i][k]);
            p += strlen(p) + 1;
        }
        assert_int_equal(p - b.data, b.len + 1);
    }
    buf_free(&b);
}

/* ---- actors ------------------------------------------------------------- */

static const char ACTORS[] = "# Fictional actors for parley's unit tests\n" /* 1 */
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

static struct lexicon *load_actors(void **state, const char **path_out)
{
    const char *path = write_dict(state, "test.actors", ACTORS);
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load(lx, dict_kind_guess(path), path, &d), 0);
    assert_int_equal(d.count, 0);
    diag_free(&d);
    dict_finish(lx);
    if (path_out)
        *path_out = path;
    return lx;
}

static void test_actor_entries(void **state)
{
    const char *path;
    struct lexicon *lx = load_actors(state, &path);
    char s[128];
    assert_int_equal(lx->nactors, 14);
    assert_int_equal(lx->nrules, 15);

    /* A synonym shares its entry's codes. */
    const struct actor_entry *arnorian = actor_at(lx, "ARNORIAN", 0);
    assert_string_equal(arnorian->text, "ARNORIAN");
    assert_int_equal(arnorian->at.line, 3);
    assert_string_equal(actor_code_on(lx, arnorian, ymd(2020, 1, 1)), "ARN");
    const struct actor_entry *kingdom = actor_at(lx, "KINGDOM", 0);
    assert_string_equal(kingdom->text, "KINGDOM_OF_ARNOR");
    assert_string_equal(phrase_str(lx, &kingdom->ph, s, sizeof s), "KINGDOM_OF_ARNOR");
    assert_int_equal(kingdom->ph.nwords, 3);
    assert_int_equal(kingdom->ph.elements, 3);
    assert_int_equal(kingdom->nrules, 1);
    assert_string_equal(actor_code_on(lx, kingdom, DAY_NONE), "ARN");

    /* An indented code line. */
    assert_string_equal(actor_code_on(lx, actor_at(lx, "GONDOR", 0), 0), "GON");

    /* The ARNOR run: longest first, then file order among equals; the
     * earlier of two identical phrases wins. */
    assert_int_equal(actor_count(lx, "ARNOR"), 3);
    assert_string_equal(actor_at(lx, "ARNOR", 0)->text, "ARNOR THE_NORTH");
    assert_string_equal(actor_code_on(lx, actor_at(lx, "ARNOR", 0), 0), "ARN2");
    assert_int_equal(actor_at(lx, "ARNOR", 1)->at.line, 2);
    assert_string_equal(actor_code_on(lx, actor_at(lx, "ARNOR", 1), 0), "ARN");
    assert_int_equal(actor_at(lx, "ARNOR", 2)->at.line, 21);
    assert_string_equal(actor_code_on(lx, actor_at(lx, "ARNOR", 2), 0), "ERI");

    /* The NEW run: the terminal '_' counts as an element. */
    assert_int_equal(actor_count(lx, "NEW"), 3);
    const struct actor_entry *rep = actor_at(lx, "NEW", 0);
    assert_string_equal(rep->text, "NEW_ARNOR_REPUBLIC_");
    assert_int_equal(rep->ph.nwords, 3);
    assert_int_equal(rep->ph.elements, 4);
    assert_string_equal(actor_code_on(lx, rep, 0), "NAR2");
    assert_string_equal(actor_at(lx, "NEW", 1)->text, "NEW_ARNOR");
    assert_string_equal(actor_code_on(lx, actor_at(lx, "NEW", 1), 0), "NAR");
    assert_string_equal(actor_at(lx, "NEW", 2)->text, "NEW");

    /* Without a code, ';' starts a comment and the code is "---". */
    const struct actor_entry *hermit = actor_at(lx, "THE", 0);
    assert_string_equal(hermit->text, "THE_HERMIT");
    assert_int_equal(hermit->nrules, 0);
    assert_string_equal(actor_code_on(lx, hermit, 0), "---");

    /* ---STOP--- ends the file. */
    assert_int_equal(word(lx, "MORDOR"), 0);
    assert_int_equal(actor_count(lx, "MORDOR"), 0);
    /* Words that are not first words have no run. */
    assert_int_equal(actor_count(lx, "OF"), 0);
    size_t count;
    assert_null(actor_run(lx, 0, &count));
    assert_int_equal(count, 0);
    assert_null(actor_run(lx, 100000, &count));
    assert_int_equal(count, 0);
    lexicon_free(lx);
}

static void test_actor_dates(void **state)
{
    struct lexicon *lx = load_actors(state, NULL);
    const struct actor_entry *rohan = actor_at(lx, "ROHAN", 0);
    assert_int_equal(rohan->nrules, 2);
    const struct code_rule *r = lx->rules + rohan->rules;
    assert_int_equal(r[0].kind, RULE_UNTIL);
    assert_int_equal(r[0].to, ymd(1979, 6, 6));
    assert_int_equal(r[1].kind, RULE_FROM);
    assert_int_equal(r[1].from, ymd(1979, 6, 7));
    /* '<' and '>' are inclusive. */
    assert_string_equal(actor_code_on(lx, rohan, ymd(1950, 1, 1)), "RHNOLD");
    assert_string_equal(actor_code_on(lx, rohan, ymd(1979, 6, 6)), "RHNOLD");
    assert_string_equal(actor_code_on(lx, rohan, ymd(1979, 6, 7)), "RHNNEW");
    assert_string_equal(actor_code_on(lx, rohan, ymd(2030, 1, 1)), "RHNNEW");

    const struct actor_entry *dol = actor_at(lx, "DOL", 0);
    assert_int_equal(dol->nrules, 4);
    r = lx->rules + dol->rules;
    assert_string_equal(r[0].code, "DOL");
    assert_int_equal(r[0].kind, RULE_RANGE);
    assert_int_equal(r[0].from, ymd(1970, 1, 1));
    assert_int_equal(r[0].to, ymd(1979, 12, 31));
    assert_string_equal(r[1].code, "DOLX");
    assert_int_equal(r[1].kind, RULE_DEFAULT);
    assert_string_equal(r[2].code, "DOLY");
    assert_string_equal(r[3].code, "DOLR");
    assert_int_equal(r[3].kind, RULE_RANGE);
    assert_int_equal(r[3].from, ymd(1975, 1, 1));
    assert_int_equal(r[3].to, ymd(1980, 12, 31));
    /* First restriction that holds wins, in file order. */
    assert_string_equal(actor_code_on(lx, dol, ymd(1970, 1, 1)), "DOL");
    assert_string_equal(actor_code_on(lx, dol, ymd(1976, 5, 5)), "DOL");
    assert_string_equal(actor_code_on(lx, dol, ymd(1979, 12, 31)), "DOL");
    assert_string_equal(actor_code_on(lx, dol, ymd(1980, 1, 1)), "DOLR");
    assert_string_equal(actor_code_on(lx, dol, ymd(1980, 12, 31)), "DOLR");
    /* No restriction holds: the last default wins. */
    assert_string_equal(actor_code_on(lx, dol, ymd(1969, 12, 31)), "DOLY");
    assert_string_equal(actor_code_on(lx, dol, ymd(1981, 1, 1)), "DOLY");

    /* Restrictions only, and none holds: "---". */
    const struct actor_entry *ith = actor_at(lx, "ITHILIEN", 0);
    assert_string_equal(actor_code_on(lx, ith, ymd(1950, 1, 1)), "ITHA");
    assert_string_equal(actor_code_on(lx, ith, ymd(1955, 1, 1)), "---");
    assert_string_equal(actor_code_on(lx, ith, ymd(1960, 12, 31)), "ITHB");
    assert_string_equal(actor_code_on(lx, ith, ymd(1961, 1, 1)), "---");
    lexicon_free(lx);
}

static void test_phrase_match(void **state)
{
    struct lexicon *lx = load_actors(state, NULL);
    uint32_t sent[8];
    size_t end = 99;
#define SENT(...)                                                                                  \
    do {                                                                                           \
        const char *ws_[] = {__VA_ARGS__};                                                         \
        for (size_t k_ = 0; k_ < sizeof ws_ / sizeof ws_[0]; k_++)                                 \
            sent[k_] = word(lx, ws_[k_]);                                                          \
    } while (0)
    const struct phrase *north = &actor_at(lx, "ARNOR", 0)->ph; /* ARNOR THE_NORTH */
    SENT("ARNOR", "OF", "THE", "NORTH", "WEST");
    assert_true(phrase_match(north, sent, 5, 0, &end));
    assert_int_equal(end, 4); /* a blank connector lets OF intervene */
    SENT("ARNOR", "THE", "COLD", "NORTH");
    assert_int_equal(sent[2], 0);                        /* COLD is in no dictionary */
    assert_false(phrase_match(north, sent, 4, 0, &end)); /* '_' needs NORTH next */
    SENT("ARNOR", "THE");
    assert_false(phrase_match(north, sent, 2, 0, &end)); /* runs out of words */
    /* Matching from a later start position. */
    SENT("THE", "OLD", "ARNOR", "THE", "NORTH");
    end = 99;
    assert_true(phrase_match(north, sent, 5, 2, &end));
    assert_int_equal(end, 5);

    const struct phrase *kingdom = &actor_at(lx, "KINGDOM", 0)->ph;
    SENT("KINGDOM", "OF", "ARNOR", "NEW");
    assert_true(phrase_match(kingdom, sent, 4, 0, &end));
    assert_int_equal(end, 3);
    SENT("KINGDOM", "OF", "OLD", "ARNOR");
    assert_false(phrase_match(kingdom, sent, 4, 0, &end));
    SENT("KINGDOM", "THE", "OF", "ARNOR");
    assert_false(phrase_match(kingdom, sent, 4, 0, &end));

    /* Every word must be found, the last one included. */
    const struct phrase *rep = &actor_at(lx, "NEW", 0)->ph;
    SENT("NEW", "ARNOR", "REPUBLIC");
    assert_true(phrase_match(rep, sent, 3, 0, &end));
    assert_int_equal(end, 3);
    SENT("NEW", "ARNOR", "THE");
    assert_false(phrase_match(rep, sent, 3, 0, &end));
    /* A one-word phrase matches its key alone. */
    const struct phrase *newp = &actor_at(lx, "NEW", 2)->ph;
    SENT("NEW");
    assert_true(phrase_match(newp, sent, 1, 0, &end));
    assert_int_equal(end, 1);
#undef SENT
    lexicon_free(lx);
}

static void test_actor_diagnostics(void **state)
{
    const char *path = write_dict(state, "bad.actors",
                                  "\t[XXX]\n"                          /* 1 */
                                  "+SYNONYM\n"                         /* 2 */
                                  "ARNOR [ARN 790606-780101]\n"        /* 3 */
                                  "GONDOR [GON 7906-780101]\n"         /* 4 */
                                  "ROHAN [RHN 790101-7801]\n"          /* 5 */
                                  "MORDOR [MOR <7901]\n"               /* 6 */
                                  "HARAD [HAR =790101]\n"              /* 7 */
                                  "RHUN [RHU\n"                        /* 8 */
                                  "KHAND []\n"                         /* 9 */
                                  "\tARN\n"                            /* 10 */
                                  "+KHANDIAN [KHA]\n"                  /* 11 */
                                  "[UMB]\n"                            /* 12 */
                                  "ANGMAR [ANG] ; note [X]\n"          /* 13 */
                                  "ANGMAR\xff\n"                       /* 14 */
                                  "\t[ANG2 < 19790606]\n"              /* 15 */
                                  "DALE [DAL >19790231]\n"             /* 16 */
                                  "ESGAROTH [ESG 19790101-19780101]\n" /* 17 */
                                  "\n");
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_actors(lx, path, &d), 0);
    dict_finish(lx);
    expect_diag(&d, 0, path, 1, 2, "code line outside an actor entry");
    expect_diag(&d, 1, path, 2, 1, "synonym line outside an actor entry");
    expect_diag(&d, 2, path, 3, 12, "date range '790606-780101' ends before it starts");
    expect_diag(&d, 3, path, 4, 13,
                "bad date range '7906-780101': expected D1-D2 with YYMMDD or YYYYMMDD dates");
    expect_diag(&d, 4, path, 5, 19,
                "bad date range '790101-7801': expected D1-D2 with YYMMDD or YYYYMMDD dates");
    expect_diag(&d, 5, path, 6, 14, "bad date restriction '7901': expected YYMMDD or YYYYMMDD");
    expect_diag(&d, 6, path, 7, 12,
                "unexpected '=790101' after actor code: expected <DATE, >DATE or D1-D2");
    expect_diag(&d, 7, path, 8, 6, "'[' without a closing ']'");
    expect_diag(&d, 8, path, 9, 8, "empty actor code");
    expect_diag(&d, 9, path, 10, 2, "indented line must be a [CODE] restriction");
    expect_diag(&d, 10, path, 11, 11,
                "a synonym line cannot carry its own code; put codes on the entry");
    expect_diag(&d, 11, path, 12, 1, "empty actor phrase");
    expect_diag(&d, 12, path, 14, 7, "invalid UTF-8 (byte 0xff); line skipped");
    expect_diag(&d, 13, path, 16, 12,
                "bad date restriction '19790231': expected YYMMDD or YYYYMMDD");
    expect_diag(&d, 14, path, 17, 15, "date range '19790101-19780101' ends before it starts");
    assert_int_equal(d.count, 15);

    /* The loader kept going: the good parts of bad lines are there. */
    const struct actor_entry *arnor = actor_at(lx, "ARNOR", 0);
    assert_int_equal(arnor->nrules, 0);
    assert_string_equal(actor_code_on(lx, arnor, 0), "---");
    const struct actor_entry *khandian = actor_at(lx, "KHANDIAN", 0);
    assert_int_equal(khandian->nrules, 0); /* its own [KHA] was refused */
    const struct actor_entry *angmar = actor_at(lx, "ANGMAR", 0);
    assert_int_equal(angmar->nrules, 2);
    assert_string_equal(actor_code_on(lx, angmar, ymd(1979, 6, 6)), "ANG2");
    assert_string_equal(actor_code_on(lx, angmar, ymd(1979, 6, 7)), "ANG");
    diag_free(&d);
    lexicon_free(lx);
}

/* ---- agents ------------------------------------------------------------- */

static const char AGENTS[] = "# agents\n"                              /* 1 */
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

static const struct agent_entry *agent_at(const struct lexicon *lx, const char *w, size_t index)
{
    size_t count;
    const struct agent_entry *run = agent_run(lx, word(lx, w), &count);
    if (index >= count)
        fail_msg("agent run %s has %zu entries, wanted #%zu", w, count, index);
    return &run[index];
}

static void expect_agent(const struct lexicon *lx, const char *first, const char *text,
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

static void test_agents(void **state)
{
    const char *path = write_dict(state, "test.agents", AGENTS);
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load(lx, dict_kind_guess(path), path, &d), 0);
    dict_finish(lx);
    assert_int_equal(d.count, 0);
    assert_int_equal(lx->nagents, 22);

    expect_agent(lx, "GOVERNMENT", "GOVERNMENT", "GOV", false, 2);
    expect_agent(lx, "GOVERNMENTS", "GOVERNMENTS", "GOV", false, 2);
    expect_agent(lx, "CITY", "CITY", "CTY", false, 3);
    expect_agent(lx, "CITIES", "CITIES", "CTY", false, 3);
    expect_agent(lx, "ENVOYS", "ENVOYS", "ENV", false, 4);
    expect_agent(lx, "CONGRESSES", "CONGRESSES", "LEG", false, 5);
    /* {} means no plural; {X} gives exactly X. */
    expect_agent(lx, "POLICE", "POLICE", "COP", false, 6);
    assert_int_equal(word(lx, "POLICES"), 0);
    expect_agent(lx, "MAN", "MAN", "CVL", false, 7);
    expect_agent(lx, "MEN", "MEN", "CVL", false, 7);
    assert_int_equal(word(lx, "MANS"), 0);
    /* XYZ~ is a prefix, ~XYZ a suffix; the code is stored without '~'. */
    expect_agent(lx, "REBEL", "REBEL", "REB", true, 8);
    expect_agent(lx, "REBELS", "REBELS", "REB", true, 8);
    /* !PERSON! substitution, without plurals. */
    expect_agent(lx, "CONGRESSMAN", "CONGRESSMAN", "LEG", false, 10);
    expect_agent(lx, "CONGRESSWOMAN", "CONGRESSWOMAN", "LEG", false, 10);
    assert_int_equal(word(lx, "CONGRESSMEN"), 0);
    assert_int_equal(word(lx, "CONGRESSWOMANS"), 0);
    assert_int_equal(word(lx, "CONGRESS!PERSON!"), 0);
    /* Multi-word phrases pluralise their last word; blanks in [] trimmed. */
    assert_int_equal(agent_at(lx, "PRIME", 0)->ph.nwords, 2);
    expect_agent(lx, "PRIME", "PRIME_MINISTER", "GOV", false, 11);
    expect_agent(lx, "PRIME", "PRIME_MINISTERS", "GOV", false, 11);
    assert_string_equal(agent_at(lx, "PRIME", 0)->text, "PRIME_MINISTER");
    assert_string_equal(agent_at(lx, "PRIME", 1)->text, "PRIME_MINISTERS");
    assert_int_equal(agent_at(lx, "PRIME", 1)->ph.words[1], word(lx, "MINISTERS"));
    /* Indented lines are read; the words are upper-cased. */
    expect_agent(lx, "BOX", "box", "BOX", false, 12);
    expect_agent(lx, "BOXES", "BOXES", "BOX", false, 12);
    expect_agent(lx, "MINISTRY", "MINISTRY", "GOV", false, 13);
    expect_agent(lx, "MINISTRIES", "MINISTRIES", "GOV", false, 13);
    expect_agent(lx, "OFFICES", "OFFICES", "GOV", false, 13);
    assert_int_equal(word(lx, "MINISTRYS"), 0);

    size_t count;
    (void)agent_run(lx, word(lx, "MINISTERS"), &count); /* not a first word */
    assert_int_equal(count, 0);
    diag_free(&d);
    lexicon_free(lx);
}

static void test_agent_diagnostics(void **state)
{
    const char *path = write_dict(state, "bad.agents",
                                  "SOLDIER\n"                  /* 1 */
                                  "SOLDIER [~MIL\n"            /* 2 */
                                  "SOLDIER [MIL]\n"            /* 3 */
                                  "SOLDIER [~]\n"              /* 4 */
                                  "[~MIL]\n"                   /* 5 */
                                  "SOLDIER {SOLDIERS [~MIL]\n" /* 6 */
                                  "!BAD = X\n"                 /* 7 */
                                  "LORD!NOPE! [~GOV]\n"        /* 8 */
                                  "LORD!PERSON [~GOV]\n"       /* 9 */
                                  "  SOLDIER [ ~MIL~ ]\n"      /* 10 */
                                  "  {X} [~MIL]\n");           /* 11 */
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_agents(lx, path, &d), 0);
    dict_finish(lx);
    expect_diag(&d, 0, path, 1, 8, "agent line without a [~CODE]");
    expect_diag(&d, 1, path, 2, 9, "'[' without a closing ']'");
    expect_diag(&d, 2, path, 3, 10, "agent code must be ~CODE (suffix) or CODE~ (prefix)");
    expect_diag(&d, 3, path, 4, 10, "agent code must be ~CODE (suffix) or CODE~ (prefix)");
    expect_diag(&d, 4, path, 5, 1, "empty agent phrase");
    expect_diag(&d, 5, path, 6, 9, "'{' without a closing '}' before the code");
    expect_diag(&d, 6, path, 7, 1, "substitution set must read !NAME! = WORD, WORD, ...");
    expect_diag(&d, 7, path, 8, 5, "undefined substitution set !NOPE!");
    expect_diag(&d, 8, path, 9, 5, "unterminated !NAME! substitution");
    expect_diag(&d, 9, path, 10, 13, "agent code must be ~CODE (suffix) or CODE~ (prefix)");
    expect_diag(&d, 10, path, 11, 3, "empty agent phrase");
    assert_int_equal(d.count, 11);
    /* Line 6 still stored its phrase, without plurals. */
    assert_int_equal(lx->nagents, 1);
    expect_agent(lx, "SOLDIER", "SOLDIER", "MIL", false, 6);
    diag_free(&d);
    lexicon_free(lx);
}

/* ---- verbs -------------------------------------------------------------- */

static const char VERBS[] = "# verbs for the unit tests\n"                 /* 1 */
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

static struct lexicon *load_verbs(void **state, const char **path_out)
{
    const char *path = write_dict(state, "test.verbs", VERBS);
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load(lx, dict_kind_guess(path), path, &d), 0);
    if (d.count) {
        char msg[512];
        diag_format(&d.items[0], msg, sizeof msg);
        fail_msg("unexpected diagnostic %s", msg);
    }
    diag_free(&d);
    dict_finish(lx);
    if (path_out)
        *path_out = path;
    return lx;
}

static const struct verb_sense *sense(const struct lexicon *lx, const char *w)
{
    return verb_sense_of(lx, word(lx, w));
}

static void expect_form(const struct lexicon *lx, const char *form, const char *code,
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

static void test_verb_forms(void **state)
{
    const char *path;
    struct lexicon *lx = load_verbs(state, &path);
    expect_form(lx, "ATTACK", "190", "ATTACK", true, 11);
    expect_form(lx, "ATTACKS", "190", "ATTACK", false, 11);
    expect_form(lx, "ATTACKED", "190", "ATTACK", false, 11);
    expect_form(lx, "ATTACKING", "190", "ATTACK", false, 11);
    assert_ptr_equal(sense(lx, "ATTACK")->at.file, path);
    /* {forms}: exactly those, and the bare verb; no regular forms. */
    expect_form(lx, "ASSAULT", "190", "ATTACK", false, 12);
    expect_form(lx, "ASSAULTED", "190", "ATTACK", false, 12);
    expect_form(lx, "ASSAULTING", "190", "ATTACK", false, 12);
    assert_int_equal(word(lx, "ASSAULTS"), 0);
    /* A verb's own code beats the block code. */
    expect_form(lx, "RAID", "193", "ATTACK", false, 13);
    expect_form(lx, "RAIDS", "193", "ATTACK", false, 13);
    expect_form(lx, "RAIDED", "193", "ATTACK", false, 13);
    expect_form(lx, "RAIDING", "193", "ATTACK", false, 13);
    /* E-final verbs: +D and -E+ING. */
    expect_form(lx, "PRAISE", "051", "ATTACK", false, 14);
    expect_form(lx, "PRAISES", "051", "ATTACK", false, 14);
    expect_form(lx, "PRAISED", "051", "ATTACK", false, 14);
    expect_form(lx, "PRAISING", "051", "ATTACK", false, 14);
    assert_int_equal(word(lx, "PRAISEED"), 0);
    assert_int_equal(word(lx, "PRAISEING"), 0);
    /* A block header without a code gives "---". */
    expect_form(lx, "TAP", "---", "TAP", true, 26);
    expect_form(lx, "TAPED", "---", "TAP", false, 26);
    /* Words that are no verbs. */
    assert_null(sense(lx, "DOLLAR"));
    assert_null(sense(lx, "NOSUCHWORD"));
    assert_null(verb_sense_of(lx, 0));
    assert_int_equal(lx->nverb_forms, 19);
    lexicon_free(lx);
}

/* Renders pattern items: "WORD/s" (blank connector), "WORD/_" ('_'),
 * tokens as their character, synsets by name, empty items as "()". */
static const char *items_str(const struct lexicon *lx, uint32_t first, uint32_t n, char *out,
                             size_t size)
{
    size_t len = 0;
    out[0] = '\0';
    for (uint32_t i = 0; i < n; i++) {
        const struct pattern_item *it = &lx->items[first + i];
        char text[64];
        switch (it->kind) {
        case ITEM_WORD: snprintf(text, sizeof text, "%s", strmap_str(&lx->words, it->id)); break;
        case ITEM_SYNSET: snprintf(text, sizeof text, "%s", lx->synsets[it->id].name); break;
        case ITEM_TOKEN: snprintf(text, sizeof text, "%c", it->token); break;
        default: snprintf(text, sizeof text, "()"); break;
        }
        len += (size_t)snprintf(out + len, size - len, "%s%s/%c", i ? "," : "", text,
                                it->conn == '_' ? '_' : 's');
    }
    return out;
}

static void expect_pattern(const struct lexicon *lx, const struct pattern *p, const char *upper,
                           const char *lower, const char *code, unsigned line)
{
    char u[256], l[256];
    assert_string_equal(items_str(lx, p->upper, p->nupper, u, sizeof u), upper);
    assert_string_equal(items_str(lx, p->lower, p->nlower, l, sizeof l), lower);
    assert_string_equal(p->code, code);
    assert_int_equal(p->at.line, line);
}

static void test_verb_patterns(void **state)
{
    struct lexicon *lx = load_verbs(state, NULL);
    assert_int_equal(lx->nblocks, 3);
    const struct verb_block *attack = verb_block_of(lx, word(lx, "ATTACK"));
    assert_non_null(attack);
    assert_int_equal(attack->primary, word(lx, "ATTACK"));
    assert_string_equal(attack->code, "190");
    assert_int_equal(attack->at.line, 11);
    assert_int_equal(attack->npatterns, 5); /* the {TABARI} line is ignored */
    /* Longest first after dict_finish; equal lengths keep file order. */
    const struct pattern *p = lx->patterns + attack->patterns;
    expect_pattern(lx, &p[0], "", "&MONEY/s,FOR/_,+/s", "196", 16);
    expect_pattern(lx, &p[1], "FORCES/s,MILITARY/_", "+/s", "197", 17);
    expect_pattern(lx, &p[2], "", "^/s,%/s,A/s", "198", 18);
    expect_pattern(lx, &p[3], "$/s", "+/s", "195", 15);
    expect_pattern(lx, &p[4], "", "OFF/s", "199", 19);
    /* No block for forms, only for primaries. */
    assert_null(verb_block_of(lx, word(lx, "ATTACKED")));
    assert_null(verb_block_of(lx, 0));

    const struct verb_block *cordon = verb_block_of(lx, word(lx, "CORDON"));
    assert_non_null(cordon);
    assert_string_equal(cordon->code, "172");
    assert_int_equal(cordon->npatterns, 1);
    /* A double blank makes an empty item. */
    expect_pattern(lx, lx->patterns + cordon->patterns, "", "+/s,()/s,WITH/s,TROOPS/_", "173:174",
                   24);
    const struct verb_block *tap = verb_block_of(lx, word(lx, "TAP"));
    assert_non_null(tap);
    assert_string_equal(tap->code, "---");
    assert_int_equal(tap->npatterns, 0);
    lexicon_free(lx);
}

static void test_verb_synsets(void **state)
{
    struct lexicon *lx = load_verbs(state, NULL);
    assert_int_equal(lx->nsynsets, 2);
    static const char *const currency[] = {"DOLLAR", "DOLLARS", "EURO", "HARD CURRENCY",
                                           "HARD CURRENCIES"};
    static const char *const money[] = {"DOLLAR",        "DOLLARS",         "EURO",
                                        "HARD CURRENCY", "HARD CURRENCIES", "CASH"};
    struct {
        const char *name;
        const char *const *members;
        size_t n;
        bool no_plurals;
    } want[] = {{"&CURRENCY", currency, 5, false}, {"&MONEY", money, 6, true}};
    for (size_t s = 0; s < 2; s++) {
        const struct synset *sy = &lx->synsets[s];
        assert_string_equal(sy->name, want[s].name);
        assert_int_equal(sy->no_plurals, want[s].no_plurals);
        assert_int_equal(sy->nmembers, want[s].n);
        for (uint32_t i = 0; i < sy->nmembers; i++) {
            const struct synset_member *m = &lx->syn_members[sy->members + i];
            assert_int_equal(m->ref, -1); /* nested synsets are flattened */
            char text[128] = "";
            size_t len = 0;
            for (uint32_t k = 0; k < m->nwords; k++)
                len += (size_t)snprintf(text + len, sizeof text - len, "%s%s", k ? " " : "",
                                        strmap_str(&lx->words, lx->word_pool[m->words + k]));
            assert_string_equal(text, want[s].members[i]);
        }
    }
    assert_int_equal(word(lx, "CASHES"), 0);
    assert_int_equal(word(lx, "EUROS"), 0);
    lexicon_free(lx);
}

static const struct verb_multi *multi_with_text(const struct lexicon *lx, const char *key,
                                                const char *text)
{
    const struct verb_sense *s = sense(lx, key);
    if (!s)
        fail_msg("no verb sense for %s", key);
    for (int32_t k = s->multi; k >= 0; k = lx->multis[k].next)
        if (strcmp(lx->multis[k].text, text) == 0)
            return &lx->multis[k];
    fail_msg("no multi-word verb %s under %s", text, key);
    return NULL;
}

static void expect_multi(const struct lexicon *lx, const char *key, const char *text,
                         const char *other, bool after, const char *code, const char *primary,
                         unsigned line)
{
    const struct verb_multi *m = multi_with_text(lx, key, text);
    assert_int_equal(m->nwords, 1);
    assert_int_equal(lx->word_pool[m->words], word(lx, other));
    assert_int_equal(m->after, after);
    assert_string_equal(m->code, code);
    assert_int_equal(m->primary, word(lx, primary));
    assert_int_equal(m->at.line, line);
}

static void test_verb_multiword(void **state)
{
    struct lexicon *lx = load_verbs(state, NULL);
    assert_int_equal(lx->nmultis, 7);
    /* +CORDON_OFF {+CORDONED_OFF +CORDONING_OFF}: the first verb of its
     * block, so CORDON is the primary, but no single-word verb. */
    expect_multi(lx, "CORDONED", "+CORDONED_OFF", "OFF", true, "172", "CORDON", 22);
    expect_multi(lx, "CORDONING", "+CORDONING_OFF", "OFF", true, "172", "CORDON", 22);
    expect_multi(lx, "CORDON", "+CORDON_OFF", "OFF", true, "172", "CORDON", 22);
    assert_false(sense(lx, "CORDON")->single);
    assert_false(sense(lx, "CORDONED")->single);
    assert_int_equal(lx->multis[sense(lx, "CORDONED")->multi].next, -1);
    assert_int_equal(word(lx, "CORDONS"), 0); /* listed forms only */

    /* WIRE_+TAP [171] without {forms}: regular forms of the '+' word. */
    expect_multi(lx, "TAP", "WIRE_+TAP", "WIRE", false, "171", "CORDON", 23);
    expect_multi(lx, "TAPS", "WIRE_+TAPS", "WIRE", false, "171", "CORDON", 23);
    expect_multi(lx, "TAPED", "WIRE_+TAPED", "WIRE", false, "171", "CORDON", 23);
    expect_multi(lx, "TAPING", "WIRE_+TAPING", "WIRE", false, "171", "CORDON", 23);
    /* TAP is also a single verb, defined later in its own block. */
    const struct verb_sense *tap = sense(lx, "TAP");
    assert_true(tap->single);
    assert_true(tap->is_primary);
    assert_string_equal(tap->code, "---");
    assert_int_equal(tap->primary, word(lx, "TAP"));
    assert_true(tap->multi >= 0);
    lexicon_free(lx);
}

static void test_verb_stats(void **state)
{
    struct lexicon *lx = load_verbs(state, NULL);
    char *text = stats_of(lx);
    assert_string_equal(text, "actor phrases\t0\n"
                              "actor codes\t0\n"
                              "date-restricted codes\t0\n"
                              "agent phrases\t0\n"
                              "verb blocks\t3\n"
                              "verb forms\t19\n"
                              "multi-word verb forms\t7\n"
                              "patterns\t6\n"
                              "synsets\t2\n"
                              "discard phrases\t0\n"
                              "issue phrases\t0\n"
                              "issue ignore phrases\t0\n"
                              "issue codes\t0\n"
                              "distinct words\t36\n");
    free(text);
    lexicon_free(lx);
}

static void test_verb_repeated_block(void **state)
{
    const char *path = write_dict(state, "repeat.verbs",
                                  "--- ATTACK [190] ---\n" /* 1 */
                                  "ATTACK\n"               /* 2 */
                                  "- * + [191]\n"          /* 3 */
                                  "- * X + [192]\n"        /* 4 */
                                  "--- ATTACK [195] ---\n" /* 5 */
                                  "ATTACK\n"               /* 6 */
                                  "- * HARD + [196]\n"     /* 7 */
                                  "--- RAID [193] ---\n"   /* 8 */
                                  "RAID\n"                 /* 9 */
                                  "ATTACKED [180]\n");     /* 10 */
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_verbs(lx, path, &d), 0);
    dict_finish(lx);
    assert_int_equal(d.count, 0);
    /* The second header replaces the block and the primary's own code ... */
    const struct verb_block *b = verb_block_of(lx, word(lx, "ATTACK"));
    assert_string_equal(b->code, "195");
    assert_int_equal(b->at.line, 6);
    assert_int_equal(b->npatterns, 1);
    expect_pattern(lx, lx->patterns + b->patterns, "", "HARD/s,+/s", "196", 7);
    expect_form(lx, "ATTACK", "195", "ATTACK", true, 6);
    /* ... but a form keeps its first definition. */
    expect_form(lx, "ATTACKED", "190", "ATTACK", false, 2);
    char *text = stats_of(lx);
    assert_non_null(strstr(text, "\npatterns\t1\n"));
    assert_non_null(strstr(text, "\nverb blocks\t3\n"));
    free(text);
    diag_free(&d);
    lexicon_free(lx);
}

static void test_verb_nested_synset_across_files(void **state)
{
    const char *a = write_dict(state, "a.verbs",
                               "&ARMS\n"
                               "+RIFLE\n"
                               "+&TANKS\n"); /* not defined yet */
    const char *b = write_dict(state, "b.verbs",
                               "&TANKS_\n"
                               "+PANZER\n"
                               "&WEAPONS_\n"
                               "+&ARMS\n" /* defined in the earlier file */
                               "+&TANKS\n"
                               "+SWORD\n"
                               "&ARMS\n" /* redefining a synset of another file is quiet */
                               "+BOW_\n"
                               "--- ARM [050] ---\n"
                               "ARM\n"
                               "- * &ARMS [051]\n");
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_verbs(lx, a, &d), 0);
    assert_int_equal(dict_load_verbs(lx, b, &d), 0);
    dict_finish(lx);
    assert_int_equal(d.count, 1);
    expect_diag(&d, 0, a, 3, 2, "synset member &TANKS is not a synset defined earlier");
    assert_int_equal(lx->nsynsets, 4);
    /* WEAPONS: ARMS (RIFLE RIFLES) + TANKS (PANZER) + SWORD */
    const struct synset *w = &lx->synsets[2];
    assert_string_equal(w->name, "&WEAPONS");
    assert_int_equal(w->nmembers, 4);
    static const char *const want[] = {"RIFLE", "RIFLES", "PANZER", "SWORD"};
    for (uint32_t i = 0; i < 4; i++) {
        const struct synset_member *m = &lx->syn_members[w->members + i];
        assert_int_equal(m->nwords, 1);
        assert_string_equal(strmap_str(&lx->words, lx->word_pool[m->words]), want[i]);
    }
    /* Patterns see the later &ARMS. */
    const struct verb_block *blk = verb_block_of(lx, word(lx, "ARM"));
    expect_pattern(lx, lx->patterns + blk->patterns, "", "&ARMS/s", "051", 11);
    const struct synset *arms = &lx->synsets[lx->items[lx->patterns[blk->patterns].lower].id];
    assert_int_equal(arms->nmembers, 1);
    assert_string_equal(strmap_str(&lx->words, lx->word_pool[lx->syn_members[arms->members].words]),
                        "BOW");
    diag_free(&d);
    lexicon_free(lx);
}

static const char BAD_VERBS[] = "ATTACK\n"                             /* 1 */
                                "- * + [190]\n"                        /* 2 */
                                "--- ATTACK [190 ---\n"                /* 3 */
                                "- * + [191]\n"                        /* 4 */
                                "ATTACK [190\n"                        /* 5 */
                                "ATTACK []\n"                          /* 6 */
                                "ATTACK [19 0]\n"                      /* 7 */
                                "ATTACK {ATTACKED [190]\n"             /* 8 */
                                "{X} [190]\n"                          /* 9 */
                                "ATTACK NOW [190]\n"                   /* 10 */
                                "~ X\n"                                /* 11 */
                                "STRIKE\n"                             /* 12 */
                                "- * +\n"                              /* 13 */
                                "- * + [X\n"                           /* 14 */
                                "- + [X]\n"                            /* 15 */
                                "- * * [X]\n"                          /* 16 */
                                "- * &NOPE [X]\n"                      /* 17 */
                                "&\n"                                  /* 18 */
                                "&ARMS\n"                              /* 19 */
                                "+\n"                                  /* 20 */
                                "+&NOPE\n"                             /* 21 */
                                "+&ARMS\n"                             /* 22 */
                                "+RIFLE\n"                             /* 23 */
                                "&ARMS\n"                              /* 24 */
                                "CORDON_OFF\n"                         /* 25 */
                                "+HOLD_OFF {HELD_OFF}\n"               /* 26 */
                                "- * [---]\n"                          /* 27 */
                                "PULL_+BACK_NOW {PULL_+BACKED_NOW}\n"; /* 28 */

static void test_verb_diagnostics(void **state)
{
    const char *path = write_dict(state, "bad.verbs", BAD_VERBS);
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_verbs(lx, path, &d), 0);
    dict_finish(lx);
    size_t i = 0;
    expect_diag(&d, i++, path, 1, 1, "verb line before any '--- NAME [CODE] ---' block header");
    expect_diag(&d, i++, path, 2, 1, "pattern line before the block's first verb");
    expect_diag(&d, i++, path, 3, 12, "'[' without a closing ']' in block header");
    expect_diag(&d, i++, path, 4, 1, "pattern line before the block's first verb");
    expect_diag(&d, i++, path, 5, 8, "'[' without a closing ']'");
    expect_diag(&d, i++, path, 6, 9, "empty event code '[]'");
    expect_diag(&d, i++, path, 7, 11, "event code '19 0' contains a blank");
    expect_diag(&d, i++, path, 8, 8, "'{' without a closing '}'");
    expect_diag(&d, i++, path, 9, 1, "empty verb");
    expect_diag(&d, i++, path, 10, 7,
                "verb 'ATTACK NOW' contains a blank; join multi-word verbs with '_'");
    expect_diag(&d, i++, path, 11, 1,
                "'~' transformation lines belong to PETRARCH-2 dictionaries; line skipped");
    expect_diag(&d, i++, path, 13, 6, "pattern without a [CODE]");
    expect_diag(&d, i++, path, 14, 7, "'[' without a closing ']'");
    expect_diag(&d, i++, path, 15, 2, "pattern without '*' marking the verb");
    expect_diag(&d, i++, path, 16, 2, "pattern with more than one '*'");
    expect_diag(&d, i++, path, 17, 5,
                "synset &NOPE is not defined before this pattern; pattern ignored");
    expect_diag(&d, i++, path, 18, 1, "synset label without a name");
    expect_diag(&d, i++, path, 20, 1, "empty synset member");
    expect_diag(&d, i++, path, 21, 2, "synset member &NOPE is not a synset defined earlier");
    expect_diag(&d, i++, path, 22, 2, "synset member &ARMS is not a synset defined earlier");
    expect_diag(&d, i++, path, 24, 1, "synset &ARMS defined again; the later definition is used");
    expect_diag(&d, i++, path, 25, 1,
                "multi-word verb 'CORDON_OFF' needs '+' on its first or last word");
    expect_diag(&d, i++, path, 26, 12,
                "multi-word verb 'HELD_OFF' needs '+' on its first or last word");
    expect_diag(&d, i++, path, 28, 17,
                "multi-word verb 'PULL_+BACKED_NOW' needs '+' on its first or last word");
    expect_diag(&d, i++, path, 28, 1,
                "multi-word verb 'PULL_+BACK_NOW' needs '+' on its first or last word");
    assert_int_equal(d.count, i);

    /* What survived: STRIKE (block code "---" after the bad header) with
     * only the null pattern; HOLD_OFF's base form. */
    const struct verb_block *strike = verb_block_of(lx, word(lx, "STRIKE"));
    assert_non_null(strike);
    assert_string_equal(strike->code, "---");
    assert_int_equal(strike->npatterns, 1);
    expect_pattern(lx, lx->patterns + strike->patterns, "", "", "---", 27);
    expect_form(lx, "STRIKE", "---", "STRIKE", true, 12);
    expect_multi(lx, "HOLD", "+HOLD_OFF", "OFF", true, "---", "STRIKE", 26);
    assert_null(verb_sense_of(lx, word(lx, "ATTACK")));
    assert_int_equal(lx->nblocks, 1);
    assert_int_equal(lx->nsynsets, 2);
    assert_int_equal(lx->synsets[1].nmembers, 0);
    assert_string_equal(lx->synsets[0].name, ""); /* replaced by the later &ARMS */
    assert_int_equal(lx->synsets[0].nmembers, 2); /* RIFLE RIFLES */
    diag_free(&d);
    lexicon_free(lx);
}

/* Pattern items are parsed from a cleaned copy of the line (TABARI's
 * "X_ " underscores dropped); their diagnostics still give true columns. */
static void test_verb_pattern_columns(void **state)
{
    const char *path = write_dict(state, "nosyn.verbs",
                                  "--- ATTACK [190] ---\n"
                                  "ATTACK\n"
                                  "- * &NOPE [191]\n"
                                  "- * + [192]\n"
                                  "- HARD_ * &NOPE [193]\n"
                                  "- +_HARD_ *\t &NOPE_ARMS [194]\n");
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_verbs(lx, path, &d), 0);
    dict_finish(lx);
    /* The pattern is dropped, the next one kept. */
    const struct verb_block *b = verb_block_of(lx, word(lx, "ATTACK"));
    assert_int_equal(b->npatterns, 1);
    expect_pattern(lx, lx->patterns + b->patterns, "", "+/s", "192", 4);
    assert_int_equal(d.count, 3);
    expect_diag(&d, 0, path, 3, 5,
                "synset &NOPE is not defined before this pattern; pattern ignored");
    expect_diag(&d, 1, path, 5, 11,
                "synset &NOPE is not defined before this pattern; pattern ignored");
    expect_diag(&d, 2, path, 6, 14,
                "synset &NOPE is not defined before this pattern; pattern ignored");
    diag_free(&d);
    lexicon_free(lx);
}

/* Regression: a multi-word verb without {forms} whose '+' is misplaced was
 * reported once per generated form, at a column computed from a scratch
 * buffer (garbage). It is now reported once, at its place in the line. */
static void test_verb_generated_multiword_column(void **state)
{
    const char *path = write_dict(state, "multi.verbs",
                                  "--- PULL [050] ---\n"
                                  "PULL\n"
                                  "  PULL_+BACK_NOW\n");
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_verbs(lx, path, &d), 0);
    dict_finish(lx);
    /* Collect, free, then compare: a failure leaves no leak behind. */
    char got[512] = "";
    size_t count = d.count;
    if (count)
        diag_format(&d.items[0], got, sizeof got);
    diag_free(&d);
    lexicon_free(lx);
    /* One report for the line as written, at its true column; no forms are
     * generated from a verb whose '+' sits on a middle word. */
    assert_int_equal(count, 1);
    char want[512];
    snprintf(want, sizeof want,
             "%s:3:3: multi-word verb 'PULL_+BACK_NOW' needs '+' on its first or last word", path);
    assert_string_equal(got, want);
}

/* ---- discards and issues -------------------------------------------------- */

struct hits {
    size_t n;
    size_t start[16], end[16];
    int32_t value[16];
};

static void on_hit(void *ctx, size_t start, size_t end, int32_t value)
{
    struct hits *h = ctx;
    if (h->n < 16) {
        h->start[h->n] = start;
        h->end[h->n] = end;
        h->value[h->n] = value;
    }
    h->n++;
}

static struct hits scan(const struct texttrie *t, const char *text)
{
    struct hits h = {.n = 0};
    texttrie_scan(t, text, strlen(text), on_hit, &h);
    return h;
}

/* Asserts hit i covers `phrase` at its first occurrence in text. */
static void expect_hit(const struct hits *h, size_t i, const char *text, const char *phrase,
                       int32_t value)
{
    assert_true(i < h->n);
    const char *at = strstr(text, phrase);
    assert_non_null(at);
    assert_int_equal(h->start[i], (size_t)(at - text));
    assert_int_equal(h->end[i], (size_t)(at - text) + strlen(phrase));
    assert_int_equal(h->value[i], value);
}

static void test_discards(void **state)
{
    const char *path = write_dict(state, "test.discards",
                                  "typhoon\n"                              /* 1 */
                                  "+SPORTS_\n"                             /* 2 */
                                  "SOCCER_MATCH_\n"                        /* 3 */
                                  "  + FOOTBALL ; story, with a comment\n" /* 4 */
                                  ";\n"                                    /* 5 */
                                  "TYPHOON\n"                              /* 6 */
                                  "_\n");                                  /* 7 */
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load(lx, dict_kind_guess(path), path, &d), 0);
    dict_finish(lx);
    expect_diag(&d, 0, path, 5, 1, "empty discard phrase");
    expect_diag(&d, 1, path, 7, 1, "empty discard phrase");
    assert_int_equal(d.count, 2);
    assert_int_equal(lx->ndiscards, 4);

    const char *t1 = "ARNOR WATCHED THE SOCCER MATCH. TYPHOONS";
    struct hits h = scan(&lx->discards, t1);
    assert_int_equal(h.n, 2);
    expect_hit(&h, 0, t1, "SOCCER MATCH", 1);
    expect_hit(&h, 1, t1, "TYPHOON", 1); /* a stem */
    /* Never at the very start; whole words need a boundary. */
    h = scan(&lx->discards, "TYPHOON HIT THE SOCCER MATCHES");
    assert_int_equal(h.n, 0);
    const char *t2 = "A SPORTS! AND FOOTBALLERS";
    h = scan(&lx->discards, t2);
    assert_int_equal(h.n, 2);
    expect_hit(&h, 0, t2, "SPORTS", 2);
    expect_hit(&h, 1, t2, "FOOTBALL", 2);
    h = scan(&lx->discards, "A SPORTSMAN,SPORTS");
    assert_int_equal(h.n, 0);
    h = scan(&lx->discards, "ALL SPORTS");
    assert_int_equal(h.n, 1);
    char *text = stats_of(lx);
    assert_non_null(strstr(text, "\ndiscard phrases\t4\n"));
    free(text);
    diag_free(&d);
    lexicon_free(lx);
}

static const char ISSUES[] = "<ISSUE CATEGORY=\"ECONOMY\">\n"  /* 1 */
                             "n:tax [TAX]\n"                   /* 2 */
                             "v:INVEST [INV]\n"                /* 3 */
                             "FOOD+AID [AID]\n"                /* 4 */
                             "~TAX HAVEN\n"                    /* 5 */
                             "tariff [TAX]\n"                  /* 6 */
                             "</ISSUE>\n"                      /* 7 */
                             "<ISSUE CATEGORY=\"SECURITY\">\n" /* 8 */
                             "ARMS n:DEAL [ARM]\n"             /* 9 */
                             "</ISSUE>\n";                     /* 10 */

static void test_issues(void **state)
{
    const char *path = write_dict(state, "test.issues", ISSUES);
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load(lx, dict_kind_guess(path), path, &d), 0);
    dict_finish(lx);
    assert_int_equal(d.count, 0);
    assert_int_equal(lx->nissue_codes, 4);
    assert_string_equal(lx->issue_codes[0].code, "TAX");
    assert_string_equal(lx->issue_codes[0].category, "ECONOMY");
    assert_string_equal(lx->issue_codes[1].code, "INV");
    assert_string_equal(lx->issue_codes[2].code, "AID");
    assert_string_equal(lx->issue_codes[3].code, "ARM");
    assert_string_equal(lx->issue_codes[3].category, "SECURITY");
    assert_int_equal(lx->nissue_phrases, 5);
    assert_int_equal(lx->nissue_ignores, 1);

    /* values: code index * 2, +1 for an ignore phrase */
    const char *t = "TAXES, INVESTED: FOOD AID AND FOOD-AID; A TAX HAVEN (ARMS DEALS) TARIFF";
    struct hits h = scan(&lx->issues, t);
    assert_int_equal(h.n, 8);
    expect_hit(&h, 0, t, "TAXES", 0);
    expect_hit(&h, 1, t, "INVESTED", 2);
    expect_hit(&h, 2, t, "FOOD AID", 4);
    expect_hit(&h, 3, t, "FOOD-AID", 4);
    expect_hit(&h, 5, t, "TAX HAVEN", 1);
    assert_int_equal(h.start[4], h.start[5]); /* TAX, inside TAX HAVEN, comes first */
    assert_int_equal(h.end[4], h.start[4] + 3);
    assert_int_equal(h.value[4], 0);
    expect_hit(&h, 6, t, "ARMS DEALS", 6);
    expect_hit(&h, 7, t, "TARIFF", 0);
    /* Every expansion is there, and only whole words match. */
    static const char *const words[] = {"TAX", "INVEST", "INVESTS", "INVESTING", "ARMS DEAL"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        h = scan(&lx->issues, words[i]);
        assert_int_equal(h.n, 1);
        assert_int_equal(h.end[0], strlen(words[i]));
    }
    h = scan(&lx->issues, "TAXATION INVESTOR SYNTAX FOOD_AID");
    assert_int_equal(h.n, 0);
    diag_free(&d);
    lexicon_free(lx);
}

static void test_issue_diagnostics(void **state)
{
    const char *path = write_dict(state, "bad.issues",
                                  "<ISSUE>\n"      /* 1 */
                                  "WAR\n"          /* 2 */
                                  "WAR []\n"       /* 3 */
                                  "~PEACE TALKS\n" /* 4: fine */
                                  "[WAR]\n");      /* 5 */
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_issues(lx, path, &d), 0);
    dict_finish(lx);
    expect_diag(&d, 0, path, 1, 1, "<ISSUE> without CATEGORY=\"...\"");
    expect_diag(&d, 1, path, 2, 4, "issue phrase without a [CODE]");
    expect_diag(&d, 2, path, 3, 5, "issue phrase without a [CODE]");
    expect_diag(&d, 3, path, 5, 1, "empty issue phrase");
    assert_int_equal(d.count, 4);
    assert_int_equal(lx->nissue_phrases, 0);
    assert_int_equal(lx->nissue_ignores, 1);
    diag_free(&d);
    lexicon_free(lx);
}

/* Regression: a rejected issue line ("[WAR]", no phrase) used to register
 * its code anyway, inflating the issue codes of dict stats. */
static void test_issue_rejected_line_adds_no_code(void **state)
{
    const char *path = write_dict(state, "empty.issues", "[WAR]\n");
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    assert_int_equal(dict_load_issues(lx, path, &d), 0);
    size_t ndiags = d.count, ncodes = lx->nissue_codes;
    diag_free(&d);
    lexicon_free(lx);
    assert_int_equal(ndiags, 1);
    assert_int_equal(ncodes, 0);
}

/* A lexicon with nothing in it compiles, answers lookups, and prints. */
static void test_empty_lexicon(void **state)
{
    (void)state;
    struct lexicon *lx = lexicon_new();
    dict_finish(lx);
    dict_finish(lx);
    size_t count = 1;
    assert_null(actor_run(lx, 1, &count));
    assert_int_equal(count, 0);
    count = 1;
    assert_null(agent_run(lx, 1, &count));
    assert_int_equal(count, 0);
    assert_null(verb_sense_of(lx, 1));
    assert_null(verb_block_of(lx, 1));
    assert_int_equal(word(lx, "ARNOR"), 0);
    struct hits h = scan(&lx->discards, "A TYPHOON");
    assert_int_equal(h.n, 0);
    char *text = stats_of(lx);
    assert_string_equal(text, "actor phrases\t0\n"
                              "actor codes\t0\n"
                              "date-restricted codes\t0\n"
                              "agent phrases\t0\n"
                              "verb blocks\t0\n"
                              "verb forms\t0\n"
                              "multi-word verb forms\t0\n"
                              "patterns\t0\n"
                              "synsets\t0\n"
                              "discard phrases\t0\n"
                              "issue phrases\t0\n"
                              "issue ignore phrases\t0\n"
                              "issue codes\t0\n"
                              "distinct words\t0\n");
    free(text);
    lexicon_free(lx);
    lexicon_free(NULL);
}

static void test_texttrie(void **state)
{
    (void)state;
    struct texttrie t;
    texttrie_init(&t, TRIE_WORDS);
    assert_true(texttrie_add(&t, "AB", 2, true, 1));
    assert_true(texttrie_add(&t, "AB", 2, false, 2)); /* stem and word are separate */
    assert_false(texttrie_add(&t, "AB", 2, true, 3)); /* first value wins */
    assert_true(texttrie_add(&t, "ABC D", 5, true, 4));
    assert_true(texttrie_add(&t, "\xc3\x89T\xc3\x89", 5, true, 5)); /* ÉTÉ */
    const char *text = "AB ABC D,ABX.\xc3\x89T\xc3\x89";
    struct hits h = scan(&t, text);
    /* In order of start, then length: stem before word at equal length. */
    assert_int_equal(h.n, 6);
    assert_int_equal(h.start[0], 0);
    assert_int_equal(h.end[0], 2);
    assert_int_equal(h.value[0], 2);
    assert_int_equal(h.value[1], 1);
    assert_int_equal(h.start[2], 3);
    assert_int_equal(h.end[2], 5);
    assert_int_equal(h.value[2], 2); /* the stem AB inside ABC */
    assert_int_equal(h.start[3], 3);
    assert_int_equal(h.end[3], 8);
    assert_int_equal(h.value[3], 4);
    assert_int_equal(h.start[4], 9); /* stem AB of ABX; the word AB needs a boundary */
    assert_int_equal(h.end[4], 11);
    assert_int_equal(h.value[4], 2);
    assert_int_equal(h.start[5], 13);
    assert_int_equal(h.end[5], 18);
    assert_int_equal(h.value[5], 5);
    /* A letter (or a non-ASCII byte) before the start is no boundary. */
    h = scan(&t, "XAB \xc3\xa9"
                 "AB");
    assert_int_equal(h.n, 0);
    texttrie_free(&t);

    /* Many phrases: the edge table grows and every phrase is still found. */
    texttrie_init(&t, TRIE_DISCARD);
    char buf[32];
    for (int i = 0; i < 3000; i++) {
        int n = snprintf(buf, sizeof buf, "W%dX", i);
        assert_true(texttrie_add(&t, buf, (size_t)n, true, i));
    }
    for (int i = 0; i < 3000; i += 7) {
        char line[40];
        snprintf(line, sizeof line, "  W%dX.", i);
        h = scan(&t, line);
        assert_int_equal(h.n, 1);
        assert_int_equal(h.value[0], i);
        assert_int_equal(h.start[0], 2);
    }
    texttrie_free(&t);
}

/* ---- everything together ------------------------------------------------- */

static void test_full_stats(void **state)
{
    const char *actors = write_dict(state, "all.actors", ACTORS);
    const char *agents = write_dict(state, "all.agents", AGENTS);
    const char *verbs = write_dict(state, "all.verbs", VERBS);
    const char *discards = write_dict(state, "all.discards", "TYPHOON\n+SPORTS_\n");
    const char *issues = write_dict(state, "all.issues", ISSUES);
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    const char *paths[] = {actors, agents, verbs, discards, issues};
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(dict_load(lx, dict_kind_guess(paths[i]), paths[i], &d), 0);
    dict_finish(lx);
    assert_int_equal(d.count, 0);
    char *text = stats_of(lx);
    char want[1024];
    snprintf(want, sizeof want,
             "actor phrases\t14\n"
             "actor codes\t15\n"
             "date-restricted codes\t6\n"
             "agent phrases\t22\n"
             "verb blocks\t3\n"
             "verb forms\t19\n"
             "multi-word verb forms\t7\n"
             "patterns\t6\n"
             "synsets\t2\n"
             "discard phrases\t2\n"
             "issue phrases\t5\n"
             "issue ignore phrases\t1\n"
             "issue codes\t4\n"
             "distinct words\t%zu\n",
             strmap_count(&lx->words));
    assert_string_equal(text, want);
    free(text);
    /* Loading order does not disturb the other dictionaries. */
    assert_string_equal(actor_code_on(lx, actor_at(lx, "KINGDOM", 0), 0), "ARN");
    expect_form(lx, "ATTACKED", "190", "ATTACK", false, 11);
    expect_agent(lx, "CITIES", "CITIES", "CTY", false, 3);
    /* dict_finish may run again (e.g. after a late load) without harm. */
    dict_finish(lx);
    assert_int_equal(actor_count(lx, "ARNOR"), 3);
    assert_string_equal(actor_at(lx, "ARNOR", 0)->text, "ARNOR THE_NORTH");
    const struct verb_block *attack = verb_block_of(lx, word(lx, "ATTACK"));
    assert_string_equal(lx->patterns[attack->patterns].code, "196");
    diag_free(&d);
    lexicon_free(lx);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup_tmp, teardown_tmp)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_missing_file),
        T(test_kind_guess),
        T(test_comments_and_line_endings),
        T(test_phrase_parse),
        T(test_forms),
        T(test_actor_entries),
        T(test_actor_dates),
        T(test_phrase_match),
        T(test_actor_diagnostics),
        T(test_agents),
        T(test_agent_diagnostics),
        T(test_verb_forms),
        T(test_verb_patterns),
        T(test_verb_synsets),
        T(test_verb_multiword),
        T(test_verb_stats),
        T(test_verb_repeated_block),
        T(test_verb_nested_synset_across_files),
        T(test_verb_diagnostics),
        T(test_verb_pattern_columns),
        T(test_verb_generated_multiword_column),
        T(test_discards),
        T(test_issues),
        T(test_issue_diagnostics),
        T(test_issue_rejected_line_adds_no_code),
        T(test_texttrie),
        T(test_empty_lexicon),
        T(test_full_stats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
