#include "cli.h"
int cmd_code(int argc, char **argv) { (void)argc; (void)argv; return 2; }
int cmd_explain(int argc, char **argv) { (void)argc; (void)argv; return 2; }
int cmd_dict(int argc, char **argv) { (void)argc; (void)argv; return 2; }
