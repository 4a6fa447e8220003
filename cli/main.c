/* main.c - the parley command-line tool: dispatch to subcommands. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *out)
{
    fprintf(out,
            "parley %s - political event coder: who did what to whom, when, according to whom\n\n"
            "usage: parley COMMAND [OPTIONS] [FILE...]\n\n"
            "commands:\n"
            "  code       code news text into events (JSON Lines or TSV)\n"
            "  validate   run a PETRARCH unit-test file and report failures\n"
            "  explain    show why a sentence or record was coded as it was\n"
            "  parse      print parley's Treebank parses of raw text\n"
            "  dict       check dictionaries or count their entries\n"
            "  ingest     code news text and store it in an SQLite database\n"
            "  recode     code a database's stored text again (after a dictionary change)\n"
            "  query      print stored events by date, actor, dyad, code, text...\n"
            "  stats      time series, top actors and dyads of a database\n"
            "  export     a database's events as GDELT- or Phoenix-like CSV\n"
            "  version    print the version\n\n"
            "example: code the bundled sample story with the bundled dictionaries\n"
            "  parley code --date 2025-10-28 data/sample/sample.txt\n\n"
            "Run `parley COMMAND --help` for examples of each command.\n\n"
            "exit codes: 0 ok, 1 failures found (validate, dict check), 2 usage error,\n"
            "            3 unreadable or malformed input, 4 unreadable dictionary,\n"
            "            5 the database cannot be used (damaged, not parley's, newer, full)\n",
            PARLEY_VERSION);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "code") == 0)
        return cmd_code(argc - 1, argv + 1);
    if (strcmp(cmd, "validate") == 0)
        return cmd_validate(argc - 1, argv + 1);
    if (strcmp(cmd, "explain") == 0)
        return cmd_explain(argc - 1, argv + 1);
    if (strcmp(cmd, "parse") == 0)
        return cmd_parse(argc - 1, argv + 1);
    if (strcmp(cmd, "dict") == 0)
        return cmd_dict(argc - 1, argv + 1);
    if (strcmp(cmd, "ingest") == 0)
        return cmd_ingest(argc - 1, argv + 1);
    if (strcmp(cmd, "recode") == 0)
        return cmd_recode(argc - 1, argv + 1);
    if (strcmp(cmd, "query") == 0)
        return cmd_query(argc - 1, argv + 1);
    if (strcmp(cmd, "stats") == 0)
        return cmd_stats(argc - 1, argv + 1);
    if (strcmp(cmd, "export") == 0)
        return cmd_export(argc - 1, argv + 1);
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("parley %s\n", PARLEY_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    fprintf(stderr, "parley: unknown command '%s'\n\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
