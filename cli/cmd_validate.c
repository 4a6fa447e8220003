/* cmd_validate.c - `parley validate`: run a PETRARCH unit-test file.
 * CLI layer. Dictionaries come from the file's <Environment>, resolved
 * against --dict-dir; <Config> elements change options as they appear;
 * each valid record's events are compared with its <EventCoding>s as a
 * multiset, PETRARCH-1 style (docs/validate.md). */
#include "cli.h"
#include "code/code.h"
#include "parse/parse.h"
#include "pipe/textparse.h"
#include "read/petrxml.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

struct validate {
    const char *dict_dir;
    const char *file_dir;
    char *sibling_dir;
    struct lexicon *lx;
    struct coder *coder;
    struct code_options opt;
    struct coded_sentence out;
    size_t passed, failed, skipped;
    size_t text_differs, text_differs_failed; /* --reparse: <Text> is not <Parse>'s words */
    bool verbose, dict_failed;
    char *paths[32];
    size_t npaths;
    struct buf trace;
    enum { REPARSE_NONE, REPARSE_GOLD_TAGS, REPARSE_TEXT } reparse;
    struct tagger *tagger;
    struct textparse *textparse;
    struct parser *parser;
    struct buf leaves, reparsed;
    struct token *tok;
    bool show_parse;
};

static const char *resolve(struct validate *v, const char *name)
{
    if (!name)
        return NULL;
    size_t n = strlen(v->dict_dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (!p)
        abort();
    snprintf(p, n, "%s/%s", v->dict_dir, name);
    v->paths[v->npaths++] = p;
    return p;
}

/* Without --dict-dir: the records file's own directory, or, as in the
 * PETRARCH repository (text/ beside dictionaries/), ../dictionaries. */
static void default_dict_dir(struct validate *v, const char *verbs)
{
    if (v->dict_dir || !v->file_dir)
        return;
    v->dict_dir = v->file_dir;
    if (!verbs)
        return;
    char probe[4096];
    snprintf(probe, sizeof probe, "%s/%s", v->file_dir, verbs);
    if (access(probe, R_OK) == 0)
        return;
    snprintf(probe, sizeof probe, "%s/../dictionaries", v->file_dir);
    if (access(probe, R_OK) == 0) {
        v->sibling_dir = strdup(probe);
        v->dict_dir = v->sibling_dir;
    }
}

static void on_environment(void *ctx, const struct petr_environment *env)
{
    struct validate *v = ctx;
    struct dict_flags f = {0};
    default_dict_dir(v, env->verbs);
    for (size_t i = 0; i < env->nactors && i < 8; i++)
        f.actors[f.nactors++] = resolve(v, env->actors[i]);
    f.agents = resolve(v, env->agents);
    f.verbs[0] = resolve(v, env->verbs);
    f.nverbs = 1;
    f.discards = resolve(v, env->discards);
    f.issues = resolve(v, env->issues);
    v->lx = load_dicts(&f, false);
    if (!v->lx) {
        v->dict_failed = true;
        return;
    }
    v->coder = coder_new(v->lx);
}

static void on_config(void *ctx, const char *option, const char *value)
{
    struct validate *v = ctx;
    code_options_set(&v->opt, option, value);
}

/* Multiset equality of (source, target, code). */
static bool same_events(const struct coded_sentence *out, const struct petr_expected *exp,
                        size_t nexp)
{
    if (out->nevents != nexp)
        return false;
    bool used[256] = {false};
    if (nexp > 256)
        return false;
    for (size_t i = 0; i < out->nevents; i++) {
        const struct event *e = &out->events[i];
        size_t j = 0;
        for (; j < nexp; j++)
            if (!used[j] && strcmp(exp[j].source, e->source) == 0 &&
                strcmp(exp[j].target, e->target) == 0 && strcmp(exp[j].code, e->code) == 0)
                break;
        if (j == nexp)
            return false;
        used[j] = true;
    }
    return true;
}

static const char *outcome_error(const struct coded_sentence *out)
{
    switch (out->outcome) {
    case OUTCOME_PARSE_ERROR:
    case OUTCOME_DATELINE: return out->detail;
    case OUTCOME_STORY_DISCARD: return "storydiscard";
    case OUTCOME_SENTENCE_DISCARD: return "sentencediscard";
    case OUTCOME_CODED: break;
    }
    return NULL;
}

static bool judge(const struct petr_record *r, const struct coded_sentence *out)
{
    const char *got = outcome_error(out);
    if (got)
        return r->error && strcmp(r->error, got) == 0;
    if (r->error && strstr(r->error, "discard"))
        return false;
    if (r->error || r->noevents)
        return out->nevents == 0;
    return same_events(out, r->expected, r->nexpected);
}

static void report(const struct petr_record *r, const struct coded_sentence *out)
{
    printf("FAIL %s\n  expected:", r->id);
    if (r->error)
        printf(" error %s", r->error);
    else if (r->noevents || r->nexpected == 0)
        printf(" no events");
    for (size_t i = 0; i < r->nexpected; i++)
        printf(" (%s %s %s)", r->expected[i].source, r->expected[i].target, r->expected[i].code);
    printf("\n  actual:  ");
    const char *got = outcome_error(out);
    if (got)
        printf(" error %s", got);
    else if (out->nevents == 0)
        printf(" no events");
    for (size_t i = 0; i < out->nevents; i++)
        printf(" (%s %s %s)", out->events[i].source, out->events[i].target, out->events[i].code);
    printf("\n");
}

/* Does the record's text hold the same words as its given parse? Some
 * suite records were edited in one and not the other (a typo fixed in
 * the parse, a word changed, no text at all); no parser can reproduce
 * those from the text, so --reparse reports them apart. */
static bool same_words(const struct segmented *sg, struct validate *v, const struct petr_record *r)
{
    size_t n = parse_leaves(r->parse, r->parse_len, v->tok, PARSE_MAX_NESTED_TOKENS, &v->leaves);
    size_t k = 0;
    for (size_t i = 0; i < sg->ntok; i++) {
        const struct token *t = &sg->tok[i];
        if (strcmp(t->text, "``") == 0 || strcmp(t->text, "''") == 0)
            continue; /* quotes: parsers differ in writing them */
        while (k < n && (strcmp(v->tok[k].text, "``") == 0 || strcmp(v->tok[k].text, "''") == 0))
            k++;
        if (k >= n || strcasecmp(v->tok[k].text, t->text) != 0) {
            if (v->verbose)
                printf("DIFF %s: text has '%s' where the parse has '%s'\n", r->id, t->text,
                       k < n ? v->tok[k].text : "(nothing)");
            return false;
        }
        k++;
    }
    return k == n;
}

static int on_record(void *ctx, const struct petr_record *r)
{
    struct validate *v = ctx;
    if (!r->valid) {
        v->skipped++;
        return 0;
    }
    if (!v->coder)
        return 1;
    if (r->problem) {
        printf("FAIL %s\n  record error: %s\n", r->id, r->problem);
        v->failed++;
        return 0;
    }
    struct sentence_input in = {r->text, r->text_len, r->parse, r->parse_len, r->date, NULL, NULL};
    if (v->reparse == REPARSE_GOLD_TAGS) {
        size_t n =
            parse_leaves(r->parse, r->parse_len, v->tok, PARSE_MAX_NESTED_TOKENS, &v->leaves);
        buf_clear(&v->reparsed);
        parser_parse(v->parser, v->tok, n, &v->reparsed);
        in.parse = v->reparsed.data;
        in.parse_len = v->reparsed.len;
    }
    bool differs = false;
    if (v->reparse == REPARSE_TEXT) {
        /* the record's text as one sentence: the suite's records are one
           sentence each, and the expected events are per record */
        size_t bad = 0;
        buf_clear(&v->reparsed);
        if (textparse_document(v->textparse, r->text, r->text_len, &bad) == SEGMENT_OK) {
            const struct buf *b = textparse_whole(v->textparse);
            buf_add(&v->reparsed, b->data, b->len);
            differs = !same_words(textparse_segments(v->textparse), v, r);
        }
        in.parse = v->reparsed.data ? v->reparsed.data : "";
        in.parse_len = v->reparsed.len;
    }
    if (v->verbose) {
        buf_clear(&v->trace);
        coder_set_trace(v->coder, &v->trace);
    }
    coder_code(v->coder, &in, &v->opt, &v->out);
    v->text_differs += differs;
    if (judge(r, &v->out)) {
        v->passed++;
    } else {
        v->failed++;
        v->text_differs_failed += differs;
        if (differs)
            printf("NOTE %s: its <Text> is not the words of its <Parse>\n", r->id);
        report(r, &v->out);
        if (v->show_parse)
            printf("  parse: %.*s\n", (int)in.parse_len, in.parse);
        if (v->verbose && v->trace.data)
            printf("%s\n", v->trace.data);
    }
    return 0;
}

int cmd_validate(int argc, char **argv)
{
    struct validate v = {0};
    const char *file = NULL;
    code_options_default(&v.opt);
    buf_init(&v.trace);
    for (int i = 1; i < argc; i++) {
        if (strncmp(argv[i], "--dict-dir", 10) == 0) {
            if (!(v.dict_dir = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (strcmp(argv[i], "--trace") == 0) {
            v.verbose = true;
        } else if (strcmp(argv[i], "--reparse") == 0) {
            v.reparse = REPARSE_TEXT;
        } else if (strcmp(argv[i], "--reparse=gold-tags") == 0) {
            v.reparse = REPARSE_GOLD_TAGS;
        } else if (strcmp(argv[i], "--show-parse") == 0) {
            v.show_parse = true;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: parley validate [--dict-dir DIR] [--trace] [--reparse[=gold-tags]]\n"
                   "                       [--show-parse] RECORDS.xml\n\n"
                   "Runs a PETRARCH unit-test file: codes each valid record with the\n"
                   "dictionaries its <Environment> names (looked up in DIR; by default in the\n"
                   "file's own directory, or in ../dictionaries beside it as PETRARCH lays\n"
                   "them out) and compares the events with its <EventCoding>s.\n"
                   "Prints each failing record, then 'N passed, M failed'.\n\n"
                   "--reparse ignores each record's <Parse> and codes its <Text> with parley's\n"
                   "own segmenter, tagger and parser. --reparse=gold-tags keeps the given\n"
                   "parse's words and tags but parses them again, which measures the parser\n"
                   "alone. --show-parse prints the parse of each failing record.\n\n"
                   "example:\n  parley validate --dict-dir ../shared/petrarch/dictionaries \\\n"
                   "      ../shared/petrarch/text/PETR.UnitTest.records.xml\n\n"
                   "exit: 0 all passed, 1 some failed, 2 usage, 3 bad input, 4 dictionaries\n");
            return EXIT_OK;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "parley validate: unknown option %s\n", argv[i]);
            return EXIT_USAGE;
        } else {
            file = argv[i];
        }
    }
    if (!file) {
        fprintf(stderr, "parley validate: which records file? (see --help)\n");
        return EXIT_USAGE;
    }
    const char *slash = strrchr(file, '/');
    char *dir = slash ? strndup(file, (size_t)(slash - file)) : strdup(".");
    v.file_dir = dir;
    FILE *in = fopen(file, "rb");
    if (!in) {
        perror(file);
        free(dir);
        return EXIT_INPUT;
    }
    buf_init(&v.leaves);
    buf_init(&v.reparsed);
    v.parser = parser_new();
    if (v.reparse == REPARSE_TEXT) {
        v.tagger = tagger_new();
        v.textparse = textparse_new(v.tagger);
    }
    v.tok = calloc(PARSE_MAX_NESTED_TOKENS, sizeof *v.tok);
    struct petr_handler h = {&v, on_record, on_config, on_environment};
    struct diag_list d = {0};
    int rc = petrxml_read(in, file, &h, &d);
    fclose(in);
    print_diags(&d, stderr, 20);
    diag_free(&d);
    int exit_code = EXIT_OK;
    if (v.dict_failed || !v.lx) {
        fprintf(stderr, "parley validate: no usable <Environment> dictionaries\n");
        exit_code = EXIT_DICT;
    } else if (rc != 0) {
        exit_code = EXIT_INPUT;
    } else if (v.failed) {
        exit_code = EXIT_FAILURE_FOUND;
    }
    if (v.reparse == REPARSE_TEXT)
        printf("%zu records have a <Text> that is not the words of their <Parse>; %zu of them "
               "failed\n",
               v.text_differs, v.text_differs_failed);
    printf("%zu passed, %zu failed\n", v.passed, v.failed);
    coder_free(v.coder);
    coded_sentence_free(&v.out);
    lexicon_free(v.lx);
    for (size_t i = 0; i < v.npaths; i++)
        free(v.paths[i]);
    buf_free(&v.trace);
    buf_free(&v.leaves);
    buf_free(&v.reparsed);
    parser_free(v.parser);
    textparse_free(v.textparse);
    tagger_free(v.tagger);
    free(v.tok);
    free(dir);
    free(v.sibling_dir);
    return exit_code;
}
