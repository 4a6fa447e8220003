/* textparse.c - segment, tag and parse one document (see textparse.h). */
#include "pipe/textparse.h"

#include "base/xalloc.h"
#include "parse/parse.h"
#include "tree/tree.h"

struct textparse {
    const struct tagger *tagger;
    struct tag_memo *memo; /* this thread's word lookups */
    struct segmenter *seg;
    struct parser *parser;
    struct segmented doc;
    struct arena scratch; /* the tagger's candidates for long sentences */
    struct buf parse;
    struct arena tree_arena; /* the tree's upper-cased words */
    struct tree tree;
};

struct textparse *textparse_new(const struct tagger *tg)
{
    struct textparse *tp = xcalloc(1, sizeof *tp);
    tp->tagger = tg;
    tp->memo = tag_memo_new();
    tp->seg = segmenter_new();
    tp->parser = parser_new();
    arena_init(&tp->scratch, (size_t)16 * 1024);
    buf_init(&tp->parse);
    arena_init(&tp->tree_arena, (size_t)16 * 1024);
    tree_init(&tp->tree, &tp->tree_arena);
    return tp;
}

void textparse_free(struct textparse *tp)
{
    if (!tp)
        return;
    tag_memo_free(tp->memo);
    segmenter_free(tp->seg);
    parser_free(tp->parser);
    arena_free(&tp->scratch);
    buf_free(&tp->parse);
    tree_free(&tp->tree);
    arena_free(&tp->tree_arena);
    free(tp);
}

enum segment_status textparse_document(struct textparse *tp, const char *text, size_t len,
                                       size_t *error_offset)
{
    return segment_document(tp->seg, text, len, &tp->doc, error_offset);
}

const struct segmented *textparse_segments(const struct textparse *tp)
{
    return &tp->doc;
}

/* Tags tokens in place. The parser reads tags only, so no lemmas. */
static void tag_tokens(struct textparse *tp, struct token *tok, size_t n)
{
    arena_reset(&tp->scratch);
    tagger_tag_only(tp->tagger, tok, n, &tp->scratch, tp->memo);
}

static const struct buf *parse_tokens(struct textparse *tp, struct token *tok, size_t n)
{
    tag_tokens(tp, tok, n);
    buf_clear(&tp->parse);
    parser_parse(tp->parser, tok, n, &tp->parse);
    return &tp->parse;
}

const struct buf *textparse_sentence(struct textparse *tp, size_t k)
{
    const struct sentence *s = &tp->doc.sent[k];
    return parse_tokens(tp, tp->doc.tok + s->first, s->count);
}

const struct buf *textparse_whole(struct textparse *tp)
{
    return parse_tokens(tp, tp->doc.tok, tp->doc.ntok);
}

const struct tree *textparse_sentence_tree(struct textparse *tp, size_t k)
{
    const struct sentence *s = &tp->doc.sent[k];
    struct token *tok = tp->doc.tok + s->first;
    tag_tokens(tp, tok, s->count);
    arena_reset(&tp->tree_arena);
    parser_parse_tree(tp->parser, tok, s->count, &tp->tree);
    return &tp->tree;
}
