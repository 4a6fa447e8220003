/* dict.h - loading the field's dictionaries into a lexicon.
 * Dict layer, the contract. Readers take PETRARCH-1/TABARI-format files
 * (actors, agents, verbs, discards, issues), report every malformed line
 * as FILE:LINE:COL into a diag_list, keep going, and leave a lexicon that
 * dict_finish() compiles into its read-only, shareable form. */
#ifndef PARLEY_DICT_H
#define PARLEY_DICT_H

#include <stdio.h>

#include "base/diag.h"
#include "dict/lexicon.h"

enum dict_kind { DICT_ACTORS, DICT_AGENTS, DICT_VERBS, DICT_DISCARDS, DICT_ISSUES, DICT_UNKNOWN };

struct lexicon *lexicon_new(void);
void lexicon_free(struct lexicon *lx);

/* Each returns 0, or -1 when the file could not be read at all. Problems
 * inside the file are added to diags and do not stop the load. The path
 * string must outlive the lexicon (origins point at it). */
int dict_load_actors(struct lexicon *lx, const char *path, struct diag_list *diags);
int dict_load_agents(struct lexicon *lx, const char *path, struct diag_list *diags);
int dict_load_verbs(struct lexicon *lx, const char *path, struct diag_list *diags);
int dict_load_discards(struct lexicon *lx, const char *path, struct diag_list *diags);
int dict_load_issues(struct lexicon *lx, const char *path, struct diag_list *diags);
int dict_load(struct lexicon *lx, enum dict_kind kind, const char *path, struct diag_list *diags);

/* Sorts and indexes; after this the lexicon is read-only. */
void dict_finish(struct lexicon *lx);

/* Guesses a file's kind from its name (".verbs", "actors", ...). */
enum dict_kind dict_kind_guess(const char *path);
const char *dict_kind_name(enum dict_kind kind);

void dict_print_stats(const struct lexicon *lx, FILE *out);

#endif
