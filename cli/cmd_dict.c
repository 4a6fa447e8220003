/* cmd_dict.c - `parley dict check|stats`: dictionary tooling.
 * CLI layer. check reports every malformed line as FILE:LINE:COL and
 * exits 1 when there is any; stats loads the files and counts entries. */
#include "cli.h"

#include <string.h>

static void help(void)
{
    printf("usage: parley dict check [--kind KIND] FILE...\n"
           "       parley dict stats [--kind KIND] FILE...\n\n"
           "check   reports every malformed line as FILE:LINE:COL: reason\n"
           "stats   prints entry counts (actors, codes, agents, verbs, patterns, ...)\n\n"
           "KIND is actors, agents, verbs, discards or issues; by default it is\n"
           "guessed from each file name (\"Phoenix.agents.txt\" is an agents file).\n\n"
           "examples:\n"
           "  parley dict check data/dict/*.txt\n"
           "  parley dict stats --kind verbs CAMEO.verbpatterns.150430.txt\n\n"
           "exit: 0 no problems, 1 problems found, 2 usage, 4 unreadable file\n");
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        help();
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    bool check = strcmp(argv[1], "check") == 0;
    if (!check && strcmp(argv[1], "stats") != 0) {
        fprintf(stderr, "parley dict: unknown subcommand '%s' (check or stats)\n", argv[1]);
        return EXIT_USAGE;
    }
    enum dict_kind forced = DICT_UNKNOWN;
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    int nfiles = 0, unreadable = 0;
    for (int i = 2; i < argc; i++) {
        if (strncmp(argv[i], "--kind", 6) == 0) {
            const char *v = flag_value(argc, argv, &i);
            forced = DICT_UNKNOWN;
            for (int k = 0; k < DICT_UNKNOWN && v; k++)
                if (strcmp(v, dict_kind_name((enum dict_kind)k)) == 0)
                    forced = (enum dict_kind)k;
            if (forced == DICT_UNKNOWN) {
                fprintf(stderr, "parley dict: --kind takes actors, agents, verbs, discards "
                                "or issues\n");
                lexicon_free(lx);
                return EXIT_USAGE;
            }
            continue;
        }
        if (strcmp(argv[i], "--help") == 0) {
            help();
            lexicon_free(lx);
            return EXIT_OK;
        }
        enum dict_kind kind = forced != DICT_UNKNOWN ? forced : dict_kind_guess(argv[i]);
        nfiles++;
        if (kind == DICT_UNKNOWN) {
            fprintf(stderr,
                    "parley: %s: cannot tell what kind of dictionary this is; "
                    "use --kind\n",
                    argv[i]);
            lexicon_free(lx);
            return EXIT_USAGE;
        }
        if (dict_load(lx, kind, argv[i], &d) != 0)
            unreadable++;
    }
    if (nfiles == 0) {
        fprintf(stderr, "parley dict: no files given\n");
        lexicon_free(lx);
        return EXIT_USAGE;
    }
    int rc = EXIT_OK;
    if (check) {
        print_diags(&d, stdout, (size_t)-1);
        printf("%zu problem%s in %d file%s\n", d.count, d.count == 1 ? "" : "s", nfiles,
               nfiles == 1 ? "" : "s");
        rc = d.count ? EXIT_FAILURE_FOUND : EXIT_OK;
    } else {
        dict_finish(lx);
        dict_print_stats(lx, stdout);
        if (d.count)
            fprintf(stderr, "parley: %zu malformed lines skipped (see `parley dict check`)\n",
                    d.count);
    }
    if (unreadable)
        rc = EXIT_DICT;
    diag_free(&d);
    lexicon_free(lx);
    return rc;
}
