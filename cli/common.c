/* common.c - option helpers and dictionary loading for the CLI. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <dirent.h>
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
    if (is_flag(a, "--actors") || is_flag(a, "--verbs")) {
        bool actors = is_flag(a, "--actors");
        size_t *n = actors ? &f->nactors : &f->nverbs;
        if (*n == DICT_FLAG_MAX) {
            fprintf(stderr, "parley: at most %d %s files\n", DICT_FLAG_MAX,
                    actors ? "--actors" : "--verbs");
            return true;
        }
        slot = actors ? &f->actors[(*n)++] : &f->verbs[(*n)++];
    } else if (is_flag(a, "--agents")) {
        slot = &f->agents;
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
    for (size_t i = 0; i < f->nverbs; i++)
        failed |= f->verbs[i] && dict_load_verbs(lx, f->verbs[i], &d);
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

/* The files of one kind in dir: parley.KIND.txt, then the other
 * *.KIND.txt in name order (a shared file, such as the verb synsets,
 * goes first; scandir sorts the rest, so the order never depends on the
 * file system). */
static size_t kind_files(const char *dir, const char *kind, struct bundled *owned, const char **out,
                         size_t max)
{
    char main_name[64], suffix[64];
    snprintf(main_name, sizeof main_name, "parley.%s.txt", kind);
    snprintf(suffix, sizeof suffix, ".%s.txt", kind);
    size_t n = 0;
    char *path = join(dir, main_name);
    struct stat st;
    if (stat(path, &st) == 0 && n < max)
        out[n++] = owned->paths[owned->n++] = path;
    else
        free(path);
    struct dirent **names = NULL;
    int count = scandir(dir, &names, NULL, alphasort);
    for (int i = 0; i < count; i++) {
        const char *name = names[i]->d_name;
        size_t len = strlen(name), sl = strlen(suffix);
        if (len > sl && strcmp(name + len - sl, suffix) == 0 && strcmp(name, main_name) != 0 &&
            name[0] != '.' && n < max && owned->n < sizeof owned->paths / sizeof owned->paths[0])
            out[n++] = owned->paths[owned->n++] = join(dir, name);
        free(names[i]);
    }
    free(names);
    return n;
}

int bundled_dicts(struct dict_flags *f, struct bundled *owned)
{
    owned->n = 0;
    if (f->nactors || f->agents || f->nverbs || f->discards || f->issues)
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
    const char *one[DICT_FLAG_MAX];
    f->nactors = kind_files(dir, "actors", owned, f->actors, DICT_FLAG_MAX);
    f->nverbs = kind_files(dir, "verbs", owned, f->verbs, DICT_FLAG_MAX);
    f->agents = kind_files(dir, "agents", owned, one, 1) ? one[0] : NULL;
    f->discards = kind_files(dir, "discards", owned, one, 1) ? one[0] : NULL;
    f->issues = kind_files(dir, "issues", owned, one, 1) ? one[0] : NULL;
    for (int i = 0; i < 5; i++)
        free(candidates[i]);
    return 0;
}

void free_bundled(struct bundled *owned)
{
    for (size_t i = 0; i < owned->n; i++)
        free(owned->paths[i]);
    owned->n = 0;
}
