/* fuzz_xml.c - libFuzzer target for the PETRARCH XML reader.
 * Each input is one XML document, streamed through petrxml_read from memory. */
#include "base/diag.h"
#include "code/code.h"
#include "read/petrxml.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct counts {
    size_t records, configs, environments, bytes;
    struct code_options opt;
};

static volatile size_t sink;

static size_t str_len(const char *s)
{
    return s ? strlen(s) : 0;
}

/* Reads every field the record documents as valid during the callback, so
 * a dangling or unterminated one is reported by ASan here. */
static int on_record(void *ctx, const struct petr_record *r)
{
    struct counts *k = ctx;
    k->records++;
    size_t n = str_len(r->id) + str_len(r->category) + str_len(r->outlet) + str_len(r->date_text) +
               str_len(r->error) + str_len(r->problem);
    /* text and parse are counted buffers: read exactly their length. */
    for (size_t i = 0; i < r->text_len; i++)
        n += (unsigned char)r->text[i];
    for (size_t i = 0; i < r->parse_len; i++)
        n += (unsigned char)r->parse[i];
    for (size_t i = 0; i < r->nexpected; i++)
        n += str_len(r->expected[i].source) + str_len(r->expected[i].target) +
             str_len(r->expected[i].code);
    k->bytes += n;
    /* Stopping early is part of the contract; an id of "stop" lets the
     * fuzzer reach that path without making it the common case. */
    return r->id && strcmp(r->id, "stop") == 0;
}

/* Options go through the coder's parser, as the CLI does with them. */
static void on_config(void *ctx, const char *option, const char *value)
{
    struct counts *k = ctx;
    k->configs++;
    code_options_set(&k->opt, option, value);
}

static void on_environment(void *ctx, const struct petr_environment *env)
{
    struct counts *k = ctx;
    k->environments++;
    size_t n =
        str_len(env->verbs) + str_len(env->agents) + str_len(env->discards) + str_len(env->issues);
    for (size_t i = 0; i < env->nactors && i < sizeof env->actors / sizeof env->actors[0]; i++)
        n += str_len(env->actors[i]);
    k->bytes += n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* fmemopen only reads through the pointer in "r" mode; the cast drops
     * a const that its prototype lacks. */
    FILE *in = fmemopen((void *)(uintptr_t)data, size, "r");
    if (!in)
        return 0; /* older C libraries refuse a zero-length buffer */
    struct counts k = {0};
    code_options_default(&k.opt);
    struct petr_handler h = {
        .ctx = &k, .record = on_record, .config = on_config, .environment = on_environment};
    struct diag_list diags = {0};
    petrxml_read(in, "fuzz.xml", &h, &diags);
    for (size_t i = 0; i < diags.count; i++) {
        char line[512];
        diag_format(&diags.items[i], line, sizeof line);
    }
    diag_free(&diags);
    fclose(in);
    sink = k.records + k.configs + k.environments + k.bytes;
    return 0;
}
