/* store_cli.c - opening the event store for a command, with its errors.
 * CLI layer. Every store command says the same thing for the same
 * problem, and exits with EXIT_STORE. */
#include "cli.h"
#include "store/store.h"

struct store *open_store(const char *cmd, const char *path, bool write, int *exit_code)
{
    char err[600];
    enum store_status st;
    struct store *s = store_open(path, write ? STORE_WRITE : STORE_READ, &st, err, sizeof err);
    if (!s) {
        fprintf(stderr, "parley %s: %s\n", cmd, err);
        *exit_code = EXIT_STORE;
    }
    return s;
}
