/* parse.c - the parser's node store and the bracketed writer.
 * Parse stage. The grammar (grammar.c) builds nodes; this file owns
 * their memory and prints the finished tree the way the Stanford parser
 * prints it, which is the form the coder's tree reader expects. */
#include "base/text.h"
#include "base/xalloc.h"
#include "parse/internal.h"
#include "tree/tree.h"

struct emit {
    int32_t open[TREE_MAX_DEPTH]; /* open phrases, as deep as tree_read allows */
};

struct parser *parser_new(void)
{
    struct parser *p = xcalloc(1, sizeof(struct parser));
    p->emit = xcalloc(1, sizeof *p->emit);
    return p;
}

void parser_free(struct parser *p)
{
    if (!p)
        return;
    free(p->nodes);
    free(p->tid);
    free(p->wf);
    free(p->tlen);
    free(p->emit);
    free(p->ftok);
    free(p->orig);
    free(p->leaf_of);
    free(p->up);
    free(p);
}

void node_grow(struct parser *p)
{
    GROW(p->nodes, p->cap, p->nnodes + 1);
}

int node_leaf_measured(struct parser *p, int tok)
{
    const char *tag = p->tok[tok].tag;
    if (!tag || !*tag)
        tag = "NN";
    return node_new(p, tag, strlen(tag), tok);
}

int node_count_children(const struct parser *p, int phrase)
{
    int k = 0;
    for (int c = p->nodes[phrase].first; c >= 0; c = p->nodes[c].next)
        k++;
    return k;
}

/* Brackets inside a word would break the tree: write them as Treebank
 * does. */
static void add_word(struct buf *out, const char *w, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        const char *sub = w[i] == '(' ? "-LRB-" : w[i] == ')' ? "-RRB-" : NULL;
        if (!sub)
            continue;
        buf_add(out, w + start, i - start);
        buf_adds(out, sub);
        start = i + 1;
    }
    buf_add(out, w + start, len - start);
}

/* Iterative, so a deep tree cannot exhaust the C stack. */
static void write_tree(const struct parser *p, int root, struct buf *out)
{
    int stack[PARSE_MAX_NESTED_TOKENS * 4];
    size_t depth = 0;
    int cur = root;
    for (;;) {
        const struct node *nd = &p->nodes[cur];
        if (nd->tok >= 0) {
            const struct token *t = &p->tok[nd->tok];
            buf_addc(out, '(');
            buf_adds(out, nd->label);
            buf_addc(out, ' ');
            add_word(out, t->text, t->len);
            buf_addc(out, ')');
        } else {
            buf_addc(out, '(');
            buf_adds(out, nd->label);
            if (nd->first >= 0 && depth < sizeof stack / sizeof stack[0]) {
                buf_addc(out, ' ');
                stack[depth++] = cur;
                cur = nd->first;
                continue;
            }
            buf_addc(out, ')');
        }
        /* climb until a node has a next sibling */
        while (p->nodes[cur].next < 0) {
            if (depth == 0)
                return;
            cur = stack[--depth];
            buf_addc(out, ')');
        }
        if (depth == 0)
            return;
        buf_addc(out, ' ');
        cur = p->nodes[cur].next;
    }
}

/* Builds the tree and returns its root node. */
static bool is_quote(const struct token *t)
{
    return t->tag && (strcmp(t->tag, "``") == 0 || strcmp(t->tag, "''") == 0);
}

/* The node's parent, by a walk from the root (nodes do not keep one). */
static int parent_of(const struct parser *p, int root, int child)
{
    int stack[PARSE_MAX_NESTED_TOKENS * 4];
    size_t depth = 0;
    stack[depth++] = root;
    while (depth) {
        int n = stack[--depth];
        for (int c = p->nodes[n].first; c >= 0; c = p->nodes[c].next) {
            if (c == child)
                return n;
            if (p->nodes[c].first >= 0 && depth < sizeof stack / sizeof stack[0])
                stack[depth++] = c;
        }
    }
    return -1;
}

/* up[k] = the parent of every node parent_of() would find, by the same
 * walk done once. False when the walk's stack ran out: then parent_of()
 * is asked instead, as it skips the same subtrees. */
static bool fill_parents(struct parser *p, int root)
{
    if (p->nnodes > p->up_cap)
        GROW(p->up, p->up_cap, p->nnodes);
    for (size_t k = 0; k < p->nnodes; k++)
        p->up[k] = -1;
    int stack[PARSE_MAX_NESTED_TOKENS * 4];
    size_t depth = 0;
    stack[depth++] = root;
    while (depth) {
        int n = stack[--depth];
        for (int c = p->nodes[n].first; c >= 0; c = p->nodes[c].next) {
            p->up[c] = n;
            if (p->nodes[c].first < 0)
                continue;
            if (depth == sizeof stack / sizeof stack[0])
                return false;
            stack[depth++] = c;
        }
    }
    return true;
}

/* Puts leaf q beside node at in at's parent: before it, or after it. */
static void insert_beside(struct parser *p, int parent, int at, int q, bool before)
{
    struct node *par = &p->nodes[parent];
    if (before) {
        p->nodes[q].next = at;
        if (par->first == at) {
            par->first = q;
            return;
        }
        int prev = par->first;
        while (p->nodes[prev].next != at)
            prev = p->nodes[prev].next;
        p->nodes[prev].next = q;
    } else {
        p->nodes[q].next = p->nodes[at].next;
        p->nodes[at].next = q;
        if (par->last == at)
            par->last = q;
    }
}

/* Quotation marks go back where they stood, as high in the tree as they
 * can without splitting a phrase: an opening mark before the largest
 * phrase that starts at the next word, a closing mark after the largest
 * that ends at the word before. So quotes never land inside a noun
 * phrase, where the coder would read them as words of an actor. */
static void put_back_quotes(struct parser *p, int root, const struct token *tok, size_t n)
{
    /* The quotes go in as leaves, which changes no other node's parent:
     * the parents are found once, not by a walk from the root per step. */
    bool known = fill_parents(p, root);
    for (size_t q = 0; q < n; q++) {
        if (!is_quote(&tok[q]))
            continue;
        bool opening = strcmp(tok[q].tag, "``") == 0;
        long w = (long)q;
        do
            w += opening ? 1 : -1;
        while (w >= 0 && w < (long)n && is_quote(&tok[w]));
        if (w < 0 || w >= (long)n) { /* only quotes on that side */
            opening = !opening;
            w = (long)q;
            do
                w += opening ? 1 : -1;
            while (w >= 0 && w < (long)n && is_quote(&tok[w]));
        }
        int leaf = node_leaf_measured(p, (int)q);
        if (w < 0 || w >= (long)n) { /* nothing but quotes */
            node_add(p, p->nodes[root].first, leaf);
            continue;
        }
        int at = p->leaf_of[w];
        int par = known ? p->up[at] : parent_of(p, root, at);
        while (par >= 0 && par != root && p->nodes[par].tok < 0) {
            int up = known ? p->up[par] : parent_of(p, root, par);
            if (up < 0 || up == root)
                break;
            if (opening ? p->nodes[par].first != at : p->nodes[par].last != at)
                break;
            at = par;
            par = up;
        }
        if (par >= 0)
            insert_beside(p, par, at, leaf, opening);
    }
}

/* Builds the tree and returns its root node. Quotation marks are taken
 * out first, so that the rules see "was not fully willing to accept"
 * whole, and put back afterwards. */
static int build(struct parser *p, const struct token *tok, size_t n)
{
    p->nnodes = 0;
    if (n > p->quote_cap) {
        GROW(p->ftok, p->quote_cap, n);
        p->orig = xrealloc(p->orig, p->quote_cap * sizeof *p->orig);
        p->leaf_of = xrealloc(p->leaf_of, p->quote_cap * sizeof *p->leaf_of);
    }
    /* Most sentences have no quotation marks: then the grammar reads the
       caller's tokens as they are, and leaves need no renumbering. */
    size_t nf = 0;
    while (nf < n && !is_quote(&tok[nf]))
        nf++;
    bool quotes = nf < n;
    if (quotes) {
        nf = 0;
        for (size_t i = 0; i < n; i++) {
            if (is_quote(&tok[i]))
                continue;
            p->ftok[nf] = tok[i];
            p->orig[nf++] = (int)i;
        }
        p->tok = p->ftok;
    } else {
        p->tok = tok;
    }
    /* Final punctuation hangs off the root clause, as in the Treebank. */
    int end = (int)nf;
    while (end > 0 && strcmp(p->tok[end - 1].tag ? p->tok[end - 1].tag : "", ".") == 0)
        end--;
    p->n = (int)nf;
    parser_features(p);
    int s;
    if (nf > PARSE_MAX_NESTED_TOKENS) {
        s = node_phrase(p, "S");
        for (int i = 0; i < (int)nf; i++)
            node_add(p, s, node_leaf(p, i));
    } else {
        int i = 0;
        s = parse_sentence_body(p, &i, end);
        for (; i < (int)nf; i++)
            node_add(p, s, node_leaf(p, i));
    }
    int root = node_wrap(p, "ROOT", s);
    /* leaves now name the caller's tokens */
    for (size_t k = 0; quotes && k < p->nnodes; k++)
        if (p->nodes[k].tok >= 0) {
            p->nodes[k].tok = p->orig[p->nodes[k].tok];
            p->leaf_of[p->nodes[k].tok] = (int)k;
        }
    p->tok = tok;
    p->n = (int)n;
    if (nf < n && nf <= PARSE_MAX_NESTED_TOKENS)
        put_back_quotes(p, root, tok, n);
    else if (nf < n) /* a flat sentence: the marks simply join it */
        for (size_t q = 0; q < n; q++)
            if (is_quote(&tok[q]))
                node_add(p, s, node_leaf_measured(p, (int)q));
    return root;
}

void parser_parse(struct parser *p, const struct token *tok, size_t n, struct buf *out)
{
    write_tree(p, build(p, tok, n), out);
    buf_addc(out, '\n');
}

/* The tokens tree_read() makes of the text write_tree() writes: that
 * text has one blank before each "(" and word, none before ")", and
 * PETRARCH's normalization counts a blank on each side of every ")".
 * Mates and parents are linked here, with the open phrases on a stack,
 * as tree_read links them while reading. The state is a local struct
 * whose scalars the compiler keeps in registers: in memory, every store
 * of a token's int32 fields could alias the open-phrase stack and force
 * them to be reloaded. */
struct emit_state {
    struct tree *out;
    struct tok *t;
    size_t n, cap, depth;
    unsigned after_close;
    int32_t *open; /* TREE_MAX_DEPTH entries */
};

/* Not reached in practice: the caller reserves three tokens per node. */
static void emit_grow(struct emit_state *s)
{
    s->out->n = s->n;
    tree_grow(s->out, s->n + 1);
    s->t = s->out->t;
    s->cap = s->out->cap;
}

static inline struct tok *emit_slot(struct emit_state *s)
{
    if (s->n == s->cap)
        emit_grow(s);
    return &s->t[s->n];
}

/* "(LABEL", opening a phrase or a leaf; false when too deep. */
static inline bool emit_open(struct emit_state *s, const char *label, size_t len)
{
    struct tok *k = emit_slot(s);
    int32_t at = (int32_t)s->n++;
    *k = (struct tok){.kind = TOK_OPEN,
                      .gap = (uint8_t)((at == 0 ? 0u : 1u) + s->after_close),
                      .len = (uint16_t)(len > 65535 ? 65535 : len),
                      .text = label,
                      .mate = -1,
                      .src = at,
                      .parent = s->depth ? s->open[s->depth - 1] : -1};
    s->after_close = 0;
    if (s->depth == TREE_MAX_DEPTH)
        return false;
    s->open[s->depth++] = at;
    return true;
}

static inline void emit_word(struct emit_state *s, const char *w, size_t len)
{
    struct tok *k = emit_slot(s);
    int32_t at = (int32_t)s->n++;
    *k = (struct tok){.kind = TOK_WORD,
                      .gap = 1,
                      .len = (uint16_t)(len > 65535 ? 65535 : len),
                      .text = w,
                      .mate = -1,
                      .src = at,
                      .parent = s->open[s->depth - 1]};
}

/* ")", closing the innermost open phrase. */
static inline void emit_close(struct emit_state *s)
{
    struct tok *k = emit_slot(s);
    int32_t at = (int32_t)s->n++;
    int32_t o = s->open[--s->depth];
    struct tok *opener = &s->t[o];
    opener->mate = at;
    *k = (struct tok){.kind = TOK_CLOSE,
                      .gap = (uint8_t)(1u + s->after_close),
                      .len = opener->len,
                      .text = opener->text,
                      .mate = o,
                      .src = at,
                      .parent = s->depth ? s->open[s->depth - 1] : -1};
    s->after_close = 1;
}

/* Each byte upper-cased, with UPCASE_ODD set for the bytes upper_word()
 * leaves to the long way: non-ASCII, and brackets, which are escaped. */
enum { UPCASE_ODD = 0x100 };
#define UPCASE(c)                                                                                  \
    ((uint16_t)((c) >= 'a' && (c) <= 'z'                  ? (c) - ('a' - 'A')                      \
                : (c) >= 0x80 || (c) == '(' || (c) == ')' ? UPCASE_ODD | (c)                       \
                                                          : (c)))
#define UPCASE4(b)  UPCASE(b), UPCASE((b) + 1), UPCASE((b) + 2), UPCASE((b) + 3)
#define UPCASE16(b) UPCASE4(b), UPCASE4((b) + 4), UPCASE4((b) + 8), UPCASE4((b) + 12)
#define UPCASE64(b) UPCASE16(b), UPCASE16((b) + 16), UPCASE16((b) + 32), UPCASE16((b) + 48)
static const uint16_t upcase[256] = {UPCASE64(0), UPCASE64(64), UPCASE64(128), UPCASE64(192)};

/* The word as tree_read() stores it: upper-cased, brackets escaped.
 * Nearly every word is ASCII without brackets, and is upper-cased while
 * it is copied to *room (which has len + 1 bytes); the rest go the long
 * way, into the arena. */
static const char *upper_word(struct tree *t, const char *w, size_t len, char **room,
                              size_t *out_len)
{
    char *up = *room;
    unsigned odd = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned v = upcase[(unsigned char)w[i]];
        odd |= v;
        up[i] = (char)v;
    }
    if (!(odd & UPCASE_ODD)) {
        up[len] = '\0';
        *room = up + len + 1;
        *out_len = len;
        return up;
    }
    struct buf esc, u;
    buf_init(&esc);
    buf_init(&u);
    add_word(&esc, w, len);
    text_upper(&u, esc.data, esc.len);
    const char *r = arena_strndup(t->arena, u.data, u.len);
    *out_len = u.len;
    buf_free(&esc);
    buf_free(&u);
    return r;
}

void parser_parse_tree(struct parser *p, const struct token *tok, size_t n, struct tree *out)
{
    int root = build(p, tok, n);
    out->n = 0;
    /* Room for three tokens per node, and a copy of each word. */
    if (3 * p->nnodes > out->cap)
        tree_grow(out, 3 * p->nnodes);
    size_t room_size = 1;
    for (size_t i = 0; i < n; i++)
        room_size += tok[i].len + 1;
    char *room = arena_alloc(out->arena, room_size);
    struct emit_state s = {out, out->t, 0, out->cap, 0, 0, p->emit->open};
    int stack[PARSE_MAX_NESTED_TOKENS * 4];
    size_t depth = 0;
    int cur = root;
    for (;;) {
        const struct node *nd = &p->nodes[cur];
        if (!emit_open(&s, nd->label, nd->label_len)) {
            out->n = 0; /* refused, as tree_read refuses a tree this deep */
            return;
        }
        if (nd->tok >= 0) {
            const struct token *t = &p->tok[nd->tok];
            size_t len;
            const char *w = upper_word(out, t->text, t->len, &room, &len);
            /* The pronoun "us" stays lower-case, so that once words are
             * upper-cased for the dictionaries it cannot match "US" (USA)
             * in "US troops" */
            if (t->len == 2 && (t->text[0] == 'u' || t->text[0] == 'U') &&
                (t->text[1] == 's' || t->text[1] == 'S') && strcmp(nd->label, "PRP") == 0)
                w = "us";
            emit_word(&s, w, len);
            emit_close(&s);
        } else if (nd->first >= 0 && depth < sizeof stack / sizeof stack[0]) {
            stack[depth++] = cur;
            cur = nd->first;
            continue;
        } else {
            emit_close(&s);
        }
        while (p->nodes[cur].next < 0) {
            if (depth == 0)
                goto done;
            cur = stack[--depth];
            emit_close(&s);
        }
        if (depth == 0)
            break;
        cur = p->nodes[cur].next;
    }
done:
    out->n = s.n;
}
