# parley - political event coder. See README.md.
# Targets: all test check bench fuzz format lint install clean
MAKEFLAGS += --no-print-directory

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
BUILD    ?= build
VERSION  := 0.1.0

WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CSTD     := -std=c11 -D_GNU_SOURCE
OPT      ?= -O2 -g
DEPS_CFLAGS := $(shell pkg-config --cflags expat libutf8proc jansson zlib sqlite3 2>/dev/null)
DEPS_LIBS   := $(shell pkg-config --libs expat libutf8proc jansson zlib sqlite3 2>/dev/null || echo -lexpat -lutf8proc -ljansson -lz -lsqlite3)
CPPFLAGS += -Iinclude -Isrc -DPARLEY_VERSION='"$(VERSION)"' \
            -DPARLEY_DATADIR='"$(PREFIX)/share/parley"'
CFLAGS   += $(CSTD) $(WARN) $(OPT) $(DEPS_CFLAGS) -fPIC
LDLIBS   += $(DEPS_LIBS) -lpthread -lm

# The tagger's lexicon is generated from WordNet (Debian: wordnet-base)
# and parley's word lists, then compiled into the library.
WORDNET  ?= /usr/share/wordnet
LEX_LISTS := data/lex/closed.txt data/lex/open.txt
LEX_GEN  := $(BUILD)/gen/lexdata.c

LIB_SRC  := $(sort $(wildcard src/*/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(LEX_GEN:.c=.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TESTS    := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all test check bench fuzz format lint install uninstall clean unit

all: $(BUILD)/parley $(BUILD)/libparley.a $(BUILD)/libparley.so

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

# The generator runs on the build machine: no sanitizers, just -O2.
$(BUILD)/tools/mklex: tools/mklex.c tools/mklex_morph.c tools/mklex.h src/tag/lexfmt.h
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	@$(CC) $(CSTD) $(WARN) -O2 -Isrc -o $@ tools/mklex.c tools/mklex_morph.c

$(LEX_GEN): $(BUILD)/tools/mklex $(LEX_LISTS) $(wildcard $(WORDNET)/index.* $(WORDNET)/data.noun $(WORDNET)/data.adj $(WORDNET)/*.exc $(WORDNET)/cntlist.rev)
	@test -r $(WORDNET)/index.noun || { echo "parley: WordNet's data is not in $(WORDNET); install the Debian package wordnet-base (apt-get install wordnet-base), or set WORDNET=DIR" >&2; exit 1; }
	@mkdir -p $(dir $@)
	@echo "  MKLEX   $@"
	@$(BUILD)/tools/mklex $(WORDNET) $(LEX_LISTS) >$@.tmp && mv $@.tmp $@

$(LEX_GEN:.c=.o): $(LEX_GEN) src/tag/lex.h src/tag/lexfmt.h
	@echo "  CC      $<"
	@$(CC) $(CPPFLAGS) $(CSTD) -O0 -fPIC -c $< -o $@

$(BUILD)/libparley.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/libparley.so: $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libparley.so.0 $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/parley: $(CLI_OBJ) $(BUILD)/libparley.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libparley.a $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libparley.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/libparley.a $(LDLIBS) -lcmocka

# Tag agreement with Treebank parses (tests/cli/test_tag_agreement.sh).
$(BUILD)/tests/tag_eval: tests/tools/tag_eval.c $(BUILD)/libparley.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/libparley.a $(LDLIBS)

unit: $(TESTS) $(BUILD)/tests/tag_eval

# Every test: unit programs, then golden and CLI tests, then the PETRARCH
# suite (skipped with a message when ../shared is absent).
test: all unit
	@BUILD=$(BUILD) sh tests/run.sh

# The same suite under AddressSanitizer + UBSan (leaks included).
check:
	$(MAKE) BUILD=build/san OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	        LDFLAGS="-fsanitize=address,undefined" test

bench: all
	@BUILD=$(BUILD) sh bench/run.sh

FUZZ_SECONDS ?= 60
fuzz:
	@BUILD=build/fuzz FUZZ_SECONDS=$(FUZZ_SECONDS) sh fuzz/run.sh

TOOL_SRC := tools/mklex.c tools/mklex_morph.c $(wildcard tests/tools/*.c)

format:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(TEST_SRC) $(TOOL_SRC) $(wildcard src/*/*.h include/*.h cli/*.h tools/*.h fuzz/*.c)

lint:
	clang-format --dry-run -Werror $(LIB_SRC) $(CLI_SRC) $(TOOL_SRC) $(wildcard src/*/*.h include/*.h cli/*.h tools/*.h)
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	         --inline-suppr --suppress=missingIncludeSystem -Iinclude -Isrc src cli tools tests/tools
	clang-tidy --quiet $(LIB_SRC) $(CLI_SRC) $(TOOL_SRC) -- $(CPPFLAGS) $(CSTD) $(DEPS_CFLAGS)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	           $(DESTDIR)$(PREFIX)/share/parley/dict $(DESTDIR)$(PREFIX)/share/parley/sample \
	           $(DESTDIR)$(PREFIX)/share/doc/parley
	install -m 755 $(BUILD)/parley $(DESTDIR)$(PREFIX)/bin/parley
	install -m 644 $(BUILD)/libparley.a $(DESTDIR)$(PREFIX)/lib/libparley.a
	install -m 755 $(BUILD)/libparley.so $(DESTDIR)$(PREFIX)/lib/libparley.so.0
	ln -sf libparley.so.0 $(DESTDIR)$(PREFIX)/lib/libparley.so
	install -m 644 include/parley.h $(DESTDIR)$(PREFIX)/include/parley.h
	install -m 644 data/dict/* $(DESTDIR)$(PREFIX)/share/parley/dict/
	install -m 644 data/sample/* $(DESTDIR)$(PREFIX)/share/parley/sample/
	install -m 644 docs/wordnet.md $(DESTDIR)$(PREFIX)/share/doc/parley/wordnet.md

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/parley $(DESTDIR)$(PREFIX)/lib/libparley.* \
	      $(DESTDIR)$(PREFIX)/include/parley.h
	rm -rf $(DESTDIR)$(PREFIX)/share/parley $(DESTDIR)$(PREFIX)/share/doc/parley

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
