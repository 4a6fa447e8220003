/* fuzz_tree.c - libFuzzer target for the Treebank reader and the whole coder.
 * Each input is one parse (and its text), coded against a small built-in lexicon. */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/text.h"
#include "code/code.h"
#include "dict/dict.h"
#include "tree/tree.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The dictionaries are written here rather than read from data/ so that
 * the target is self-contained and small enough that the fuzzer can reach
 * every entry: each feature the coder has (synonyms, dated codes, prefix
 * and suffix agents, substitution sets, synsets, multi-word verbs, pattern
 * tokens, story discards, issue expansion) gets one line. */
static const char actors_text[] = "# fuzz_tree actors: Middle-earth realms\n"
                                  "ARNOR [ARN]\n"
                                  "GONDOR [GON]\n"
                                  "+MINAS_TIRITH\n"
                                  "ROHAN [ROH]\n"
                                  "    [ROHGOV 19900101-19991231]\n"
                                  "    [ROHREB >20000101]\n"
                                  "THE_SHIRE [SHR]\n"
                                  "MORDOR ; the code follows on its own line\n"
                                  "    [MOR]\n"
                                  "ELVES_OF_LORIEN [LOR]\n";

static const char agents_text[] = "# fuzz_tree agents\n"
                                  "GOVERNMENT [~GOV]\n"
                                  "ARMY {ARMIES} [~MIL]\n"
                                  "REBEL [~REB]\n"
                                  "FORMER [OLD~]\n"
                                  "!OFFICE! = STEWARD, MARSHAL\n"
                                  "CHIEF !OFFICE! [~GOV]\n";

static const char verbs_text[] = "# fuzz_tree verbs\n"
                                 "&WEAPON\n"
                                 "+SWORD\n"
                                 "+ARROWS\n"
                                 "--- ATTACK [190] ---\n"
                                 "ATTACK\n"
                                 "ASSAULT {ASSAULTS ASSAULTED ASSAULTING}\n"
                                 "LAY_+SIEGE [192]\n"
                                 "- * + [190]\n"
                                 "- $ * + WITH &WEAPON [195]\n"
                                 "- * + _BORDER [193]\n"
                                 "--- MEET [040] ---\n"
                                 "MEET {MEETS MET MEETING}\n"
                                 "+SIT_DOWN [043]\n"
                                 "- * WITH + [042]\n"
                                 "- % * [041]\n"
                                 "--- SAY [010] ---\n"
                                 "SAY {SAYS SAID SAYING}\n"
                                 "- * + WILL ^ ATTACK [138]\n";

static const char discards_text[] = "# fuzz_tree discards\n"
                                    "HURRICANE\n"
                                    "+FOOTBALL_MATCH_\n"
                                    "CHESS_ ; a whole word only\n";

static const char issues_text[] = "<ISSUE CATEGORY=\"WAR\">\n"
                                  "n:RING [RNG]\n"
                                  "DARK+LORD [DLD]\n"
                                  "~RING_TONE\n"
                                  "</ISSUE>\n";

/* Lexicon origins point at the paths, so they stay allocated for the run. */
static char dict_paths[5][64];
static struct lexicon *lexicon;
static struct coder *plain, *traced;
static struct buf trace;
static struct code_options options;
static day_t date;
static struct arena tree_arena;
static struct tree raw, conv;

/* Keeps the reads below from being optimised away. */
static volatile size_t sink;

static void load(int slot, const char *text,
                 int (*loader)(struct lexicon *, const char *, struct diag_list *),
                 struct diag_list *diags)
{
    int fd = memfd_create("parley-fuzz-tree-dict", 0);
    size_t len = strlen(text);
    if (fd < 0 || write(fd, text, len) != (ssize_t)len) {
        perror("memfd");
        abort();
    }
    snprintf(dict_paths[slot], sizeof dict_paths[slot], "/proc/self/fd/%d", fd);
    if (loader(lexicon, dict_paths[slot], diags) != 0) {
        fprintf(stderr, "fuzz_tree: cannot load built-in dictionary %d\n", slot);
        abort();
    }
    close(fd);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    lexicon = lexicon_new();
    struct diag_list diags = {0};
    load(0, actors_text, dict_load_actors, &diags);
    load(1, agents_text, dict_load_agents, &diags);
    load(2, verbs_text, dict_load_verbs, &diags);
    load(3, discards_text, dict_load_discards, &diags);
    load(4, issues_text, dict_load_issues, &diags);
    /* A diagnostic means an entry was dropped and the fuzzer would be
     * exploring a smaller lexicon than the one written above. */
    if (diags.count) {
        for (size_t i = 0; i < diags.count; i++) {
            char line[512];
            diag_format(&diags.items[i], line, sizeof line);
            fprintf(stderr, "fuzz_tree: built-in dictionary: %s\n", line);
        }
        abort();
    }
    diag_free(&diags);
    dict_finish(lexicon);
    /* Two coders share the lexicon, as threads do; one also writes the
     * explain trace, whose formatting is otherwise never exercised. */
    plain = coder_new(lexicon);
    traced = coder_new(lexicon);
    buf_init(&trace);
    coder_set_trace(traced, &trace);
    code_options_default(&options);
    date = date_to_days(2000, 1, 1);
    arena_init(&tree_arena, 64 * 1024);
    tree_init(&raw, &tree_arena);
    tree_init(&conv, &tree_arena);
    return 0;
}

static size_t str_len(const char *s)
{
    return s ? strlen(s) : 0;
}

/* Reads every string a result points at: a pointer into memory freed or
 * reused by the coder is then reported by ASan at the read. */
static void touch_result(const struct coded_sentence *out)
{
    size_t n = str_len(out->detail);
    for (size_t i = 0; i < out->nevents; i++) {
        const struct event *e = &out->events[i];
        n += str_len(e->source) + str_len(e->target) + str_len(e->code);
        n += str_len(e->source_text) + str_len(e->target_text) + str_len(e->verb_text);
        n += str_len(e->verb_at.file) + str_len(e->pattern_at.file);
    }
    for (size_t i = 0; i < out->nissues; i++)
        n += str_len(out->issues[i].code) + out->issues[i].count;
    sink = n;
}

/* Whether a token's text holds a byte the tokenizer splits on. Token
 * strings are not NUL-terminated and the arena is not poisoned between
 * them, so a len that runs past its token reads a neighbour's bytes with
 * no ASan report; the neighbour's separator or terminator shows it here. */
static bool has_separator(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\0' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
            s[i] == '(' || s[i] == ')')
            return true;
    return false;
}

/* What is wrong with token i, or NULL. tree.h's contract for a tree read
 * or converted without error: brackets are mates, parents (as read) are
 * the enclosing OPEN, and each token's text is one token long. The text
 * check needs input that is valid UTF-8 without NUL, all XML can deliver. */
static const char *token_problem(const struct tree *tr, size_t i, bool check_text,
                                 bool check_parent)
{
    const struct tok *t = &tr->t[i];
    if (t->kind > TOK_WORD)
        return "bad kind";
    if (!t->text && t->len)
        return "NULL text";
    if (t->kind != TOK_WORD) {
        if (t->mate < 0 || (size_t)t->mate >= tr->n)
            return "bracket without a mate";
        const struct tok *m = &tr->t[t->mate];
        if (m->mate != (int32_t)i || m->kind == t->kind ||
            (t->kind == TOK_OPEN) != ((size_t)t->mate > i))
            return "bracket mates do not pair";
    }
    if (check_text && has_separator(t->text, t->len))
        return "text runs past its token";
    if (check_parent) {
        /* A CLOSE is enclosed by what encloses its OPEN. */
        int32_t p = t->kind == TOK_CLOSE ? tr->t[t->mate].parent : t->parent;
        if (t->parent != p)
            return "CLOSE and OPEN have different parents";
        if (p >= 0 && ((size_t)p >= i || tr->t[p].kind != TOK_OPEN || (size_t)tr->t[p].mate <= i))
            return "parent is not the enclosing bracket";
    }
    return NULL;
}

static void check_tree(const struct tree *tr, const char *stage, bool check_text, bool check_parent)
{
    for (size_t i = 0; i < tr->n; i++) {
        const char *why = token_problem(tr, i, check_text, check_parent);
        if (why) {
            const struct tok *t = &tr->t[i];
            fprintf(stderr, "fuzz_tree: %s token %zu (kind %u, len %u, text \"%.*s\"): %s\n", stage,
                    i, (unsigned)t->kind, (unsigned)t->len, t->text ? (int)t->len : 0,
                    t->text ? t->text : "", why);
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    /* odd sizes code with news semantics and a document context, coded
     * twice so that the second sentence reads what the first left */
    struct discourse doc = {0};
    struct sentence_input in = {.text = s,
                                .text_len = size,
                                .parse = s,
                                .parse_len = size,
                                .date = date,
                                .doc = size % 2 ? &doc : NULL};
    struct code_options opt = options;
    opt.news = size % 2 == 1;
    struct coded_sentence out = {0};
    coder_code(plain, &in, &opt, &out);
    touch_result(&out);
    buf_clear(&trace);
    coder_code(traced, &in, &opt, &out);
    touch_result(&out);
    sink = trace.len ? strlen(trace.data) : 0;
    coded_sentence_free(&out);

    /* The tree stages on their own, so their statuses and outputs can be
     * checked against tree.h rather than only through the coder. */
    arena_reset(&tree_arena);
    bool clean = utf8_invalid_at(s, size) == (size_t)-1;
    enum tree_status st = tree_read(&raw, s, size);
    if (st == TREE_OK) {
        check_tree(&raw, "tree_read", clean, true);
        st = tree_convert(&raw, &conv, size % 2 == 0);
        if (st == TREE_OK)
            check_tree(&conv, "tree_convert", clean, false);
    }
    sink = strlen(tree_status_name(st));
    return 0;
}
