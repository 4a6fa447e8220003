/* common.c - option helpers and dictionary loading for the CLI. */
#include "cli.h"

#include <string.h>

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
        fprintf(stderr, "parley: %zu dictionary lines were skipped as malformed "
                        "(see `parley dict check`)\n", d.count);
    diag_free(&d);
    dict_finish(lx);
    return lx;
}
