/* common.c - option helpers and dictionary loading for the CLI. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *flag_value(int argc, char **argv, int *i)
{
    const char *flag = argv[*i];
    const char *eq = strchr(flag, '=');
    if (eq && flag[0] == '-' && flag[1] == '-')
        return eq + 1;
    if (*i + 1 >= argc) {
        fprintf(stderr, "parley: %s needs a value\n", flag);
        return NULL;
    }
    return argv[++*i];
}

static bool is_flag(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

bool dict_flag(struct dict_flags *f, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const char **slot = NULL;
    if (is_flag(a, "--actors")) {
        if (f->nactors == 32) {
            fprintf(stderr, "parley: at most 32 --actors files\n");
            return true;
        }
        slot = &f->actors[f->nactors++];
    } else if (is_flag(a, "--agents")) {
        slot = &f->agents;
    } else if (is_flag(a, "--verbs")) {
        slot = &f->verbs;
    } else if (is_flag(a, "--discards")) {
        slot = &f->discards;
    } else if (is_flag(a, "--issues")) {
        slot = &f->issues;
    } else {
        return false;
    }
    *slot = flag_value(argc, argv, i);
    return true;
}

void print_diags(const struct diag_list *d, FILE *out, size_t limit)
{
    char line[1024];
    for (size_t i = 0; i < d->count && i < limit; i++) {
        diag_format(&d->items[i], line, sizeof line);
        fprintf(out, "parley: %s\n", line);
    }
    if (d->count > limit)
        fprintf(out, "parley: ... and %zu more (run `parley dict check`)\n", d->count - limit);
}

struct lexicon *load_dicts(const struct dict_flags *f, bool quiet)
{
    struct lexicon *lx = lexicon_new();
    struct diag_list d = {0};
    int failed = 0;
    for (size_t i = 0; i < f->nactors; i++)
        failed |= f->actors[i] && dict_load_actors(lx, f->actors[i], &d);
    if (f->agents)
        failed |= dict_load_agents(lx, f->agents, &d);
    if (f->verbs)
        failed |= dict_load_verbs(lx, f->verbs, &d);
    if (f->discards)
        failed |= dict_load_discards(lx, f->discards, &d);
    if (f->issues)
        failed |= dict_load_issues(lx, f->issues, &d);
    if (failed) {
        print_diags(&d, stderr, 20);
        diag_free(&d);
        lexicon_free(lx);
        return NULL;
    }
    if (d.count && !quiet)
        fprintf(stderr,
                "parley: %zu dictionary lines were skipped as malformed "
                "(see `parley dict check`)\n",
                d.count);
    diag_free(&d);
    dict_finish(lx);
    return lx;
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (!p)
        abort();
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int bundled_dicts(struct dict_flags *f, char *owned[5])
{
    if (f->nactors || f->agents || f->verbs || f->discards || f->issues)
        return 0; /* the user named dictionaries: use those only */
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *candidates[5] = {NULL, NULL, NULL, NULL, NULL};
    const char *env = getenv("PARLEY_DATA");
    if (env)
        candidates[0] = join(env, "dict");
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            /* build/parley, or build/san/parley for the sanitizer build */
            candidates[1] = join(exe, "../data/dict");
            candidates[2] = join(exe, "../../data/dict");
            /* installed: PREFIX/bin/parley next to PREFIX/share/parley,
             * whatever PREFIX the objects were compiled with */
            candidates[3] = join(exe, "../share/parley/dict");
        }
    }
    candidates[4] = join(PARLEY_DATADIR, "dict");
    const char *dir = NULL;
    for (int i = 0; i < 5 && !dir; i++)
        if (candidates[i] && is_dir(candidates[i]))
            dir = candidates[i];
    if (!dir) {
        fprintf(stderr,
                "parley: no dictionaries given and the bundled ones were not found "
                "(looked in $PARLEY_DATA/dict, next to the program, and %s/dict)\n",
                PARLEY_DATADIR);
        for (int i = 0; i < 5; i++)
            free(candidates[i]);
        return -1;
    }
    char real[4096];
    if (realpath(dir, real)) /* "build/../data/dict" reads better as "data/dict" */
        dir = real;
    owned[0] = join(dir, "parley.actors.txt");
    owned[1] = join(dir, "parley.agents.txt");
    owned[2] = join(dir, "parley.verbs.txt");
    owned[3] = join(dir, "parley.discards.txt");
    owned[4] = join(dir, "parley.issues.txt");
    f->actors[f->nactors++] = owned[0];
    f->agents = owned[1];
    f->verbs = owned[2];
    f->discards = owned[3];
    f->issues = owned[4];
    for (int i = 0; i < 5; i++)
        free(candidates[i]);
    return 0;
}

void free_bundled(char *owned[5])
{
    for (int i = 0; i < 5; i++) {
        free(owned[i]);
        owned[i] = NULL;
    }
}
