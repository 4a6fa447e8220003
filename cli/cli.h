/* cli.h - the parley command-line tool's shared pieces.
 * CLI layer, on top of the library: subcommands, option parsing helpers,
 * dictionary loading from flags, exit codes. */
#ifndef PARLEY_CLI_H
#define PARLEY_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "base/diag.h"
#include "dict/dict.h"

/* Exit codes, documented in docs/cli.md and `parley --help`. */
enum {
    EXIT_OK = 0,
    EXIT_FAILURE_FOUND = 1, /* validate: records failed; dict check: problems found */
    EXIT_USAGE = 2,         /* bad command line */
    EXIT_INPUT = 3,         /* input could not be read or was malformed */
    EXIT_DICT = 4,          /* a dictionary could not be read */
    EXIT_STORE = 5,         /* the event store could not be opened or written */
};

enum { DICT_FLAG_MAX = 32 };

struct dict_flags {
    const char *actors[DICT_FLAG_MAX];
    size_t nactors;
    const char *verbs[DICT_FLAG_MAX]; /* loaded in order: synsets before their users */
    size_t nverbs;
    const char *agents, *discards, *issues;
};

/* Paths bundled_dicts() allocated. */
struct bundled {
    char *paths[2 * DICT_FLAG_MAX + 3];
    size_t n;
};

/* Consumes --actors/--agents/--verbs/--discards/--issues at argv[*i];
 * returns true when the flag was one of them. */
bool dict_flag(struct dict_flags *f, int argc, char **argv, int *i);
/* Loads the dictionaries named; prints problems; NULL after an error. */
struct lexicon *load_dicts(const struct dict_flags *f, bool quiet);
void print_diags(const struct diag_list *d, FILE *out, size_t limit);
const char *flag_value(int argc, char **argv, int *i);
/* Unless f already names a dictionary, points f at parley's bundled ones (data/dict in a build
 * tree, PARLEY_DATADIR/dict when installed, or $PARLEY_DATA/dict): for each kind,
 * parley.KIND.txt first, then every other *.KIND.txt there in name order. The paths are
 * allocated into owned; release them with free_bundled(). */
int bundled_dicts(struct dict_flags *f, struct bundled *owned);
void free_bundled(struct bundled *owned);

struct token;
struct buf;
/* reparse.c: the leaves "(TAG word)" of a bracketed parse, at most max;
 * the strings live in store. */
size_t parse_leaves(const char *s, size_t len, struct token *tok, size_t max, struct buf *store);

int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_recode(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_export(int argc, char **argv);
/* store_cli.c: opens a store for a command (write: ingest, recode),
 * printing why it cannot be used; NULL then, with *exit_code set. */
struct store;
struct store *open_store(const char *cmd, const char *path, bool write, int *exit_code);

#endif
