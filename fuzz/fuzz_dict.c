/* fuzz_dict.c - libFuzzer target for the five dictionary readers.
 * Each input is one dictionary file, loaded as every kind, compiled and described. */
#include "base/diag.h"
#include "dict/dict.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The readers take a path, so the input lives in an anonymous memory file
 * reached through /proc: no disk traffic and nothing left behind. The path
 * is static because lexicon origins keep pointing at it. */
static int input_fd = -1;
static char input_path[64];
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    input_fd = memfd_create("parley-fuzz-dict", 0);
    if (input_fd < 0) {
        perror("memfd_create");
        abort();
    }
    snprintf(input_path, sizeof input_path, "/proc/self/fd/%d", input_fd);
    /* Opened once: dict_print_stats must run for coverage, but its output
     * is of no interest and fopen per input would dominate the run time. */
    devnull = fopen("/dev/null", "w");
    if (!devnull) {
        perror("/dev/null");
        abort();
    }
    return 0;
}

/* Replaces the memory file's contents with the input; a failure here is
 * the harness's own, so it aborts rather than fuzzing a stale file. */
static void write_input(const uint8_t *data, size_t size)
{
    if (ftruncate(input_fd, 0) != 0) {
        perror("ftruncate");
        abort();
    }
    size_t done = 0;
    while (done < size) {
        ssize_t n = pwrite(input_fd, data + done, size - done, (off_t)done);
        if (n <= 0) {
            perror("pwrite");
            abort();
        }
        done += (size_t)n;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    write_input(data, size);
    struct lexicon *lx = lexicon_new();
    struct diag_list diags = {0};
    /* Every reader on the same bytes: one corpus then serves all formats,
     * and a later reader sees the words and arrays an earlier one left,
     * as it does when the CLI loads several files into one lexicon. */
    dict_load_actors(lx, input_path, &diags);
    dict_load_agents(lx, input_path, &diags);
    dict_load_verbs(lx, input_path, &diags);
    dict_load_discards(lx, input_path, &diags);
    dict_load_issues(lx, input_path, &diags);
    dict_finish(lx);
    dict_print_stats(lx, devnull);
    /* Formatting each diagnostic reads its message and location, so a
     * message built from a bad pointer or length shows up under ASan. */
    for (size_t i = 0; i < diags.count; i++) {
        char line[512];
        diag_format(&diags.items[i], line, sizeof line);
    }
    diag_free(&diags);
    lexicon_free(lx);
    return 0;
}
