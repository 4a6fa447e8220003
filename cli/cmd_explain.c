/* cmd_explain.c - `parley explain`: why a record was coded as it was.
 * CLI layer. Codes one record with tracing on and prints the parse, the
 * phrase markup, every actor and agent match with its dictionary file and
 * line, each verb and the pattern that fired, and the events. */
#include "cli.h"
#include "code/code.h"
#include "out/format.h"
#include "pipe/textparse.h"
#include "read/petrxml.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct explain {
    const char *want_id;
    struct code_options opt;
    struct lexicon *lx;
    bool found;
    int rc;
};

/* Prints a bracketed parse one phrase per line, indented by depth. */
static void print_tree(const char *s, size_t n)
{
    int depth = 0;
    bool line_start = true;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '\n' || ch == '\r' || ch == '\t')
            ch = ' ';
        if (ch == '(') {
            if (!line_start)
                putchar('\n');
            printf("    %*s", depth * 2, "");
            depth++;
            line_start = false;
        } else if (ch == ')') {
            if (depth > 0)
                depth--;
        } else if (ch == ' ' &&
                   (line_start || (i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '\n')))) {
            continue;
        }
        putchar(ch);
    }
    putchar('\n');
}

static int on_record(void *ctx, const struct petr_record *r)
{
    struct explain *e = ctx;
    if (e->want_id ? strcmp(r->id, e->want_id) != 0 : e->found)
        return 0;
    e->found = true;
    printf("record %s  date %s", r->id, r->date_text);
    if (r->outlet)
        printf("  source %s", r->outlet);
    printf("\ntext:\n    ");
    for (size_t i = 0; i < r->text_len; i++)
        putchar(r->text[i] == '\n' ? ' ' : r->text[i]);
    printf("\nparse:\n");
    print_tree(r->parse, r->parse_len);
    if (r->problem) {
        printf("cannot code: %s\n", r->problem);
        e->rc = EXIT_FAILURE_FOUND;
        return 1;
    }
    struct coder *c = coder_new(e->lx);
    struct buf trace;
    buf_init(&trace);
    coder_set_trace(c, &trace);
    struct coded_sentence out = {0};
    struct sentence_input in = {r->text, r->text_len, r->parse, r->parse_len, r->date, NULL, NULL};
    coder_code(c, &in, &e->opt, &out);
    printf("%s", trace.data ? trace.data : "");
    if (out.outcome == OUTCOME_PARSE_ERROR)
        e->rc = EXIT_FAILURE_FOUND;
    printf("events: %zu\n", out.nevents);
    struct buf json;
    buf_init(&json);
    struct doc_meta m = {r->id, 1, r->date, r->outlet};
    format_events(&json, OUT_JSONL, &m, &out);
    printf("%s", json.data ? json.data : "");
    buf_free(&json);
    buf_free(&trace);
    coded_sentence_free(&out);
    coder_free(c);
    return 1;
}

/* Raw text: each sentence's tokens and tags, then its record as above,
 * with the parse parley made. */
static int explain_text(struct explain *e, const char *text, const char *date, day_t day)
{
    struct tagger *tg = tagger_new();
    struct textparse *tp = textparse_new(tg);
    size_t bad = 0;
    int rc = EXIT_OK;
    if (textparse_document(tp, text, strlen(text), &bad) != SEGMENT_OK) {
        fprintf(stderr, "parley explain: the text is not valid UTF-8 (byte %zu)\n", bad);
        rc = EXIT_INPUT;
    } else {
        const struct segmented *sg = textparse_segments(tp);
        if (sg->dateline_end > sg->dateline_start)
            printf("dateline: %.*s\n\n", (int)(sg->dateline_end - sg->dateline_start),
                   sg->text + sg->dateline_start);
        for (size_t k = 0; k < sg->nsent; k++) {
            const struct buf *parse = textparse_sentence(tp, k);
            const struct sentence *s = &sg->sent[k];
            char id[32];
            snprintf(id, sizeof id, "sentence-%zu", k + 1);
            printf("%stokens:\n    ", k ? "\n" : "");
            for (uint32_t t = s->first; t < s->first + s->count; t++)
                printf("%s/%s%s", sg->tok[t].text, sg->tok[t].tag ? sg->tok[t].tag : "?",
                       t + 1 < s->first + s->count ? " " : "\n");
            struct petr_record r = {
                .id = id,
                .date_text = date,
                .date = day,
                .text = sg->text + s->start,
                .text_len = s->end - s->start,
                .parse = parse->data,
                .parse_len = parse->len,
                .has_parse = true,
                .valid = true,
            };
            e->found = false;
            on_record(e, &r);
        }
        rc = e->rc;
    }
    textparse_free(tp);
    tagger_free(tg);
    return rc;
}

static void on_config(void *ctx, const char *option, const char *value)
{
    code_options_set(&((struct explain *)ctx)->opt, option, value);
}

int cmd_explain(int argc, char **argv)
{
    struct dict_flags df = {0};
    struct explain e = {0};
    code_options_default(&e.opt);
    const char *file = NULL, *parse = NULL, *date = "20000101", *text = NULL, *sentence = NULL;
    int semantics = -1; /* -1: news for a sentence, petrarch for a parse or record */
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: parley explain [DICTIONARY OPTIONS] [--id ID] FILE\n"
                   "       parley explain [DICTIONARY OPTIONS] [--date YYYYMMDD] \"SENTENCE...\"\n"
                   "       parley explain [DICTIONARY OPTIONS] --parse TREE [--date YYYYMMDD]\n"
                   "                      [--text TEXT]\n"
                   "       --semantics news|petrarch (news for a sentence, else petrarch;\n"
                   "                      see parley code --help)\n\n"
                   "Given text (an argument that is not a file, or --sentence TEXT), parley\n"
                   "splits, tags and parses it itself and shows the whole path from tokens\n"
                   "to events.\n\n"
                   "Codes one record of a PETRARCH XML file (the first, or the one with\n"
                   "--id) and shows every step: the parse, the phrases, each actor and\n"
                   "agent match with its dictionary file and line, the verb, the pattern\n"
                   "that fired (file and line), source and target, and the events.\n\n"
                   "With --parse, the record is the Treebank parse given on the command\n"
                   "line (date 2000-01-01 unless --date; --text feeds discards and issues).\n\n"
                   "examples:\n  parley explain --id sample-03 data/sample/sample.xml\n"
                   "  parley explain \"Pakistan accused Afghanistan of sheltering militants.\"\n"
                   "  parley explain --date 20251028 --parse \\\n"
                   "      '(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP Kabul))) (. "
                   ".)))'\n\n"
                   "exit: 0 explained, 1 the record could not be coded or was not found,\n"
                   "      2 usage, 3 bad input, 4 unreadable dictionary\n");
            return EXIT_OK;
        }
        if (dict_flag(&df, argc, argv, &i))
            continue;
        if (strncmp(argv[i], "--id", 4) == 0) {
            if (!(e.want_id = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (strncmp(argv[i], "--parse", 7) == 0) {
            if (!(parse = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (strncmp(argv[i], "--date", 6) == 0) {
            if (!(date = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (strncmp(argv[i], "--text", 6) == 0) {
            if (!(text = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (strncmp(argv[i], "--semantics", 11) == 0) {
            const char *v = flag_value(argc, argv, &i);
            if (!v || (strcmp(v, "news") != 0 && strcmp(v, "petrarch") != 0)) {
                fprintf(stderr, "parley explain: --semantics is news or petrarch\n");
                return EXIT_USAGE;
            }
            semantics = strcmp(v, "news") == 0;
        } else if (strncmp(argv[i], "--sentence", 10) == 0) {
            if (!(sentence = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "parley explain: unknown option %s\n", argv[i]);
            return EXIT_USAGE;
        } else {
            file = argv[i];
        }
    }
    /* an argument that names no file but reads like words is a sentence */
    if (file && !sentence && strcmp(file, "-") != 0 && access(file, F_OK) != 0 &&
        strchr(file, ' ')) {
        sentence = file;
        file = NULL;
    }
    if (!file && !parse && !sentence) {
        fprintf(stderr, "parley explain: which file, sentence, or --parse TREE? (see --help)\n");
        return EXIT_USAGE;
    }
    day_t day = date_parse_yyyymmdd(date, strlen(date));
    if (day == DAY_NONE)
        day = date_parse_iso(date, strlen(date));
    if ((parse || sentence) && day == DAY_NONE) {
        fprintf(stderr, "parley explain: --date takes a real date as YYYYMMDD, not '%s'\n", date);
        return EXIT_USAGE;
    }
    e.opt.news = semantics >= 0 ? semantics == 1 : sentence != NULL;
    struct bundled bundled = {.n = 0};
    if (bundled_dicts(&df, &bundled) != 0)
        return EXIT_DICT;
    e.lx = load_dicts(&df, false);
    if (!e.lx) {
        free_bundled(&bundled);
        return EXIT_DICT;
    }
    if (sentence) {
        int src = explain_text(&e, sentence, date, day);
        lexicon_free(e.lx);
        free_bundled(&bundled);
        return src;
    }
    if (parse) {
        struct petr_record r = {
            .id = "command-line",
            .date_text = date,
            .date = day,
            .text = text ? text : "",
            .text_len = text ? strlen(text) : 0,
            .parse = parse,
            .parse_len = strlen(parse),
            .has_parse = true,
            .valid = true,
        };
        on_record(&e, &r);
        lexicon_free(e.lx);
        free_bundled(&bundled);
        return e.rc;
    }
    FILE *in = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
    int rc = EXIT_OK;
    if (!in) {
        perror(file);
        rc = EXIT_INPUT;
    } else {
        struct petr_handler h = {&e, on_record, on_config, NULL};
        struct diag_list d = {0};
        if (petrxml_read(in, file, &h, &d) != 0 && !e.found)
            rc = EXIT_INPUT;
        print_diags(&d, stderr, 20);
        diag_free(&d);
        if (in != stdin)
            fclose(in);
        if (rc == EXIT_OK && !e.found) {
            fprintf(stderr, "parley explain: no record %s%s in %s\n", e.want_id ? "with id " : "",
                    e.want_id ? e.want_id : "", file);
            rc = EXIT_FAILURE_FOUND;
        } else if (rc == EXIT_OK) {
            rc = e.rc;
        }
    }
    lexicon_free(e.lx);
    free_bundled(&bundled);
    return rc;
}
