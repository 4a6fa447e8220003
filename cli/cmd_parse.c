/* cmd_parse.c - `parley parse`: raw text in, Treebank parses out.
 * CLI layer. Shows what parley's own parser makes of text, one sentence
 * per line in the bracketed form the coder reads (or indented with
 * --pretty), so a user can see why a sentence codes as it does and can
 * feed the trees to other tools. */
#include "cli.h"
#include "pipe/textparse.h"
#include "read/doc.h"

#include <stdlib.h>
#include <string.h>

static void print_pretty(const char *s, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '(') {
            if (i > 0)
                printf("\n%*s", depth * 2, "");
            depth++;
        } else if (s[i] == ')') {
            depth--;
        } else if (s[i] == ' ' && i + 1 < n && s[i + 1] == '(') {
            continue;
        } else if (s[i] == '\n') {
            continue;
        }
        putchar(s[i]);
    }
    putchar('\n');
}

static int parse_doc(struct textparse *tp, const char *id, const char *text, size_t len,
                     bool pretty, bool tags)
{
    size_t bad = 0;
    if (textparse_document(tp, text, len, &bad) != SEGMENT_OK) {
        fprintf(stderr, "parley: document %s: invalid UTF-8 at byte %zu\n", id, bad);
        return EXIT_FAILURE_FOUND;
    }
    const struct segmented *sg = textparse_segments(tp);
    for (size_t k = 0; k < sg->nsent; k++) {
        const struct buf *b = textparse_sentence(tp, k);
        const struct sentence *s = &sg->sent[k];
        printf("# %s %zu: %.*s\n", id, k + 1, (int)(s->end - s->start), sg->text + s->start);
        if (tags) {
            for (uint32_t t = s->first; t < s->first + s->count; t++)
                printf("%s/%s%s", sg->tok[t].text, sg->tok[t].tag,
                       t + 1 < s->first + s->count ? " " : "\n");
        } else if (pretty) {
            print_pretty(b->data, b->len);
        } else {
            fwrite(b->data, 1, b->len, stdout);
        }
    }
    return EXIT_OK;
}

int cmd_parse(int argc, char **argv)
{
    bool pretty = false, tags = false;
    const char *text = NULL;
    enum doc_format fmt = DOC_PLAIN;
    const char *files[256];
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            printf("usage: parley parse [--pretty|--tags] [--blocks|--jsonl] FILE...\n"
                   "       parley parse [--pretty|--tags] --text \"SENTENCES\"\n\n"
                   "Splits raw text into sentences, tags and parses them with parley's own\n"
                   "parser, and prints each sentence as a comment line followed by its\n"
                   "Treebank parse (one line; --pretty indents it; --tags prints word/TAG).\n\n"
                   "example:\n  parley parse --pretty --text \"Pakistan accused Afghanistan of "
                   "harbouring militants.\"\n\n"
                   "exit: 0 ok, 1 some documents could not be read, 2 usage, 3 bad input\n");
            return EXIT_OK;
        } else if (strcmp(a, "--pretty") == 0) {
            pretty = true;
        } else if (strcmp(a, "--tags") == 0) {
            tags = true;
        } else if (strcmp(a, "--blocks") == 0) {
            fmt = DOC_BLOCKS;
        } else if (strcmp(a, "--jsonl") == 0) {
            fmt = DOC_JSONL;
        } else if (strncmp(a, "--text", 6) == 0) {
            if (!(text = flag_value(argc, argv, &i)))
                return EXIT_USAGE;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "parley parse: unknown option %s (see --help)\n", a);
            return EXIT_USAGE;
        } else if (nfiles < 256) {
            files[nfiles++] = a;
        }
    }
    if (!text && nfiles == 0) {
        fprintf(stderr, "parley parse: no input (FILE, - for standard input, or --text)\n");
        return EXIT_USAGE;
    }
    struct tagger *tg = tagger_new();
    struct textparse *tp = textparse_new(tg);
    int rc = EXIT_OK;
    if (text)
        rc = parse_doc(tp, "text", text, strlen(text), pretty, tags);
    for (int f = 0; f < nfiles; f++) {
        struct diag_list d = {0};
        /* parsing needs no date: any date satisfies the reader */
        struct doc_reader *dr = doc_reader_open(files[f], fmt, date_to_days(2000, 1, 1), &d);
        if (!dr) {
            print_diags(&d, stderr, 20);
            diag_free(&d);
            rc = EXIT_INPUT;
            continue;
        }
        struct document doc;
        enum doc_status st;
        while ((st = doc_next(dr, &doc)) != DOC_END) {
            if (st != DOC_OK) {
                print_diags(&d, stderr, 20);
                diag_clear(&d);
                rc = st == DOC_FATAL ? EXIT_INPUT : EXIT_FAILURE_FOUND;
                if (st == DOC_FATAL)
                    break;
                continue;
            }
            int r = parse_doc(tp, doc.id, doc.text, doc.text_len, pretty, tags);
            if (r != EXIT_OK && rc == EXIT_OK)
                rc = r;
        }
        doc_reader_close(dr);
        diag_free(&d);
    }
    textparse_free(tp);
    tagger_free(tg);
    return rc;
}
