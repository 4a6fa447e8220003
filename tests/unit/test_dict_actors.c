/* test_dict_actors.c - unit tests for actor and agent dictionaries, line handling and phrases.
 * Dictionaries are written by the tests themselves (dict_fixture.h). */
#include "dict_fixture.h"

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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
