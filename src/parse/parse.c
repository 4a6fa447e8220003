/* parse.c - the parser's node store and the bracketed writer.
 * Parse stage. The grammar (grammar.c) builds nodes; this file owns
 * their memory and prints the finished tree the way the Stanford parser
 * prints it, which is the form the coder's tree reader expects. */
#include "base/xalloc.h"
#include "parse/internal.h"

struct parser *parser_new(void)
{
    return xcalloc(1, sizeof(struct parser));
}

void parser_free(struct parser *p)
{
    if (!p)
        return;
    free(p->nodes);
    free(p->tid);
    free(p->wf);
    free(p);
}

static int node_new(struct parser *p, const char *label, int tok)
{
    if (p->nnodes == p->cap)
        GROW(p->nodes, p->cap, p->nnodes + 1);
    p->nodes[p->nnodes] = (struct node){label, tok, -1, -1, -1};
    return (int)p->nnodes++;
}

int node_leaf(struct parser *p, int tok)
{
    const char *tag = p->tok[tok].tag;
    return node_new(p, tag && *tag ? tag : "NN", tok);
}

int node_phrase(struct parser *p, const char *label)
{
    return node_new(p, label, -1);
}

void node_add(struct parser *p, int parent, int child)
{
    if (child < 0)
        return;
    struct node *par = &p->nodes[parent];
    if (par->last < 0)
        par->first = child;
    else
        p->nodes[par->last].next = child;
    par->last = child;
    /* a child may be re-parented only as a whole, never with siblings */
    p->nodes[child].next = -1;
}

int node_wrap(struct parser *p, const char *label, int child)
{
    int w = node_phrase(p, label);
    node_add(p, w, child);
    return w;
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

void parser_parse(struct parser *p, const struct token *tok, size_t n, struct buf *out)
{
    p->nnodes = 0;
    p->tok = tok;
    /* Final punctuation hangs off the root clause, as in the Treebank. */
    int end = (int)n;
    while (end > 0 && (strcmp(tok[end - 1].tag ? tok[end - 1].tag : "", ".") == 0 ||
                       strcmp(tok[end - 1].tag ? tok[end - 1].tag : "", "''") == 0))
        end--;
    p->n = (int)n;
    parser_features(p);
    int s;
    if (n > PARSE_MAX_NESTED_TOKENS) {
        s = node_phrase(p, "S");
        for (int i = 0; i < (int)n; i++)
            node_add(p, s, node_leaf(p, i));
    } else {
        int i = 0;
        s = parse_sentence_body(p, &i, end);
        for (; i < (int)n; i++)
            node_add(p, s, node_leaf(p, i));
    }
    int root = node_wrap(p, "ROOT", s);
    write_tree(p, root, out);
    buf_addc(out, '\n');
}
