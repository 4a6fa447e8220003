/* fuzz_tag.c - libFuzzer target for the tagger (src/tag).
 * Each input is split at blanks and newlines into tokens, which are
 * tagged as one sentence. Every token must come back with a Treebank tag
 * and a NUL-terminated lemma; the sanitizers catch any read outside the
 * token, the lexicon or the scratch arena. */
#include "base/arena.h"
#include "tag/tag.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct tagger *tagger;
static struct arena scratch;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    tagger = tagger_new();
    if (!tagger)
        abort();
    arena_init(&scratch, 4096);
    return 0;
}

enum { MAX_TOKENS = 600 }; /* past the tagger's 128-token stack buffer */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct token tok[MAX_TOKENS];
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    size_t n = 0;
    char *save = NULL;
    for (char *w = strtok_r(text, " \n", &save); w && n < MAX_TOKENS;
         w = strtok_r(NULL, " \n", &save)) {
        memset(&tok[n], 0, sizeof tok[n]);
        tok[n].text = w;
        tok[n++].len = (uint32_t)strlen(w);
    }
    arena_reset(&scratch);
    tagger_tag(tagger, tok, n, &scratch);
    for (size_t i = 0; i < n; i++) {
        if (!tok[i].tag || !tok[i].tag[0] || !tok[i].lemma)
            abort();
        if (strlen(tok[i].lemma) > (size_t)tok[i].len + 8)
            abort(); /* a lemma is never much longer than its word ("'d" -> "would") */
    }
    free(text);
    return 0;
}
