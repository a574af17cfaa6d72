# referat — PostgreSQL extension (PGXS build)

EXTENSION = referat
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = referat
# The core, by concern: outline/ (the outline of a document and what its
# sections hold), facts/ (what the sentences say, the decision's outcome),
# search/ (the text-search tokenizer and compound splitter), text/ (shared
# text helpers: spans, rendering, dates, case numbers).
CORE_DIRS = src/core/outline src/core/facts src/core/search src/core/text
CORE_SRCS = $(sort $(wildcard src/core/*.c $(addsuffix /*.c,$(CORE_DIRS))))
CORE_INC = -Isrc/core $(addprefix -I,$(CORE_DIRS))
GLUE_SRCS = $(sort $(wildcard src/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# The install script is assembled from one file per concern, in name order.
INSTALL_SQL = $(sort $(wildcard src/sql/*.sql))
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
# The install scripts of earlier versions, frozen, and the upgrade scripts
# between versions (ALTER EXTENSION referat UPDATE): see test/run-upgrade.sh.
DATA = $(sort $(wildcard src/sql/versions/$(EXTENSION)--*.sql))
SCRIPTS = bin/referat-load

REGRESS = extension sagsnr outcome meeting items item_index sections proposals attachments toc history layouts firstagenda hostile \
	textsearch compound topics search_forms weighted_tsvector store keep_outline search search_case facts attendance kle privileges search_path
REGRESS_OPTS = --inputdir=. --encoding=UTF8

PG_CPPFLAGS = $(CORE_INC)
PG_CFLAGS = -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
# The text-search tokenizer (src/core/search/search_tokens.c) classifies and normalises with ICU.
SHLIB_LINK += -licuuc
# Files of the text-search dictionaries, installed into share/tsearch_data.
DATA_TSEARCH += src/data/referat_abbreviations.syn
# The lexicon of the compound splitter (referat.compound), built below.
DATA_TSEARCH += build/referat_danish.lex

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS knows no header dependencies: a changed struct in a header must rebuild every object.
$(OBJS) $(OBJS:.o=.bc): $(wildcard src/core/*.h $(addsuffix /*.h,$(CORE_DIRS)) src/*.h)

$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_SQL)
	cat $^ > $@

# The lexicon of the compound splitter: Debian's hunspell-da (GPL-2 / LGPL-2.1 /
# MPL-1.1) and the word lists in src/data, compiled by tools/mklexicon in about
# a second into the file format of src/core/search/lexicon.h.
HUNSPELL_DA ?= /usr/share/hunspell/da_DK
LEXICON_LISTS = src/data/municipal.words src/data/not_parts.words src/data/not_derived.words
# The splitter works out the cut stored with each lemma, so mklexicon links it too.
MKLEXICON_SRCS = tools/mklexicon.c tools/hunspell_expand.c src/core/search/lexicon.c src/core/search/compound.c
build/mklexicon: $(MKLEXICON_SRCS) tools/hunspell_expand.h src/core/search/lexicon.h src/core/search/compound.h
	@mkdir -p $(@D)
	gcc -O2 -Wall -Wextra -Werror $(CORE_INC) -o $@ $(MKLEXICON_SRCS)
build/referat_danish.lex: build/mklexicon $(HUNSPELL_DA).aff $(HUNSPELL_DA).dic $(LEXICON_LISTS)
	build/mklexicon $(HUNSPELL_DA).aff $(HUNSPELL_DA).dic $(LEXICON_LISTS) $@.tmp && mv $@.tmp $@
all: build/referat_danish.lex
# the splitter's unit test and fuzz harness read the lexicon
run-gcc-test_compound run-san-test_compound fuzz-compound: build/referat_danish.lex

# PGXN: make dist writes referat-<version>.zip, the committed tree (git archive
# of HEAD) in a folder referat-<version>/; META.json must name the version of
# referat.control (test/run-dist.sh checks both).
DIST_ZIP ?= $(EXTENSION)-$(EXTVERSION).zip
dist:
	@v=$$(python3 -c 'import json; print(json.load(open("META.json"))["version"])') && \
		[ "$$v" = "$(EXTVERSION)" ] || { echo "META.json has version $$v, referat.control $(EXTVERSION)" >&2; exit 1; }
	git archive --format=zip --prefix=$(EXTENSION)-$(EXTVERSION)/ -o $(DIST_ZIP) HEAD
.PHONY: dist

# ---------------------------------------------------------------------------
# Standalone unit tests, sanitizer run and benchmark (called by bin/test).
# Everything here is built under build/ from src/core/*/*.c without PostgreSQL.
#   make unit            gcc, -O2 -Wall -Wextra -Werror
#   make unit-sanitize   clang, AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench           bench/bench_core.c over the corpus (not a test)
# Each test program prints "test/unit/test_x.c: N passed, N failed".  Use
# make -k so that one test that does not build or fails does not hide the rest.
# ---------------------------------------------------------------------------
UNIT_NAMES = $(notdir $(basename $(sort $(wildcard test/unit/test_*.c))))
CORE_HDRS = $(wildcard src/core/*.h $(addsuffix /*.h,$(CORE_DIRS))) test/unit/check.h
UNIT_CC = gcc -O2 -Wall -Wextra -Werror
SAN_CC = clang -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all

# One set of rules per variant: $(1) = build/ subdirectory, $(2) = compiler and flags.
# The core goes into a static library so that a test links only the objects it uses.
define unit_variant
build/$(1)/core/%.o: src/core/%.c $$(CORE_HDRS)
	@mkdir -p $$(@D)
	$(2) $(CORE_INC) -c -o $$@ $$<
build/$(1)/libcore.a: $$(patsubst src/core/%.c,build/$(1)/core/%.o,$$(CORE_SRCS))
	rm -f $$@ && ar rcs $$@ $$^
build/$(1)/test_%: test/unit/test_%.c build/$(1)/libcore.a $$(CORE_HDRS)
	$(2) $(CORE_INC) -Itest/unit -o $$@ $$< build/$(1)/libcore.a -lm -licuuc
# Running a test is a target of its own (never a file, so it always runs).
run-$(1)-%: build/$(1)/%
	@./$$< || { rc=$$$$?; echo "$$*: exited with status $$$$rc"; exit $$$$rc; }
endef
$(eval $(call unit_variant,gcc,$(UNIT_CC)))
$(eval $(call unit_variant,san,$(SAN_CC)))

# Keep the test programs: make would delete them as intermediate files.
.SECONDARY: $(addprefix build/gcc/,$(UNIT_NAMES)) $(addprefix build/san/,$(UNIT_NAMES))

unit: $(addprefix run-gcc-,$(UNIT_NAMES))
unit-sanitize: $(addprefix run-san-,$(UNIT_NAMES))

build/bench_core: bench/bench_core.c build/gcc/libcore.a $(CORE_HDRS)
	$(UNIT_CC) $(CORE_INC) -o $@ bench/bench_core.c build/gcc/libcore.a -lm
bench: build/bench_core
	./build/bench_core
# The compound splitter on a list of words, each split once (bench/README.md).
build/bench_split: bench/bench_split.c build/gcc/libcore.a $(CORE_HDRS)
	$(UNIT_CC) $(CORE_INC) -o $@ bench/bench_split.c build/gcc/libcore.a -lm
# The full benchmark (bench/run, see bench/README.md): referat.items against SQL and
# Python baselines, scaling to 1 GB, parallel query, search.  Not a test; long.
bench-full:
	bash bench/run
.PHONY: bench-full

# ---------------------------------------------------------------------------
# Fuzzing with libFuzzer (clang): one harness per test/fuzz/fuzz_NAME.c, over
# the core built with coverage, AddressSanitizer and UndefinedBehaviorSanitizer.
#   make fuzz               every harness for FUZZ_SECONDS (default 60) each
#   make fuzz-NAME          one harness (minutes, sagsnr, time, outcome, …)
# A run replays the seeds (test/fuzz/seeds/NAME, and the corpus for minutes)
# and every reproducer in test/fuzz/regressions/NAME, then mutates them; new
# inputs go to build/fuzz/corpus/NAME, a crash or leak to build/fuzz/NAME-*.
# Exit status 0 means nothing was found.  See test/fuzz/README.md.
# ---------------------------------------------------------------------------
FUZZ_NAMES = $(patsubst test/fuzz/fuzz_%.c,%,$(sort $(wildcard test/fuzz/fuzz_*.c)))
FUZZ_SECONDS ?= 60
FUZZ_FLAGS ?=
FUZZ_CC = clang -O1 -g -fno-omit-frame-pointer -fno-sanitize-recover=all
# The minutes harness starts from the corpus cut into pieces of at most 6 kB
# (whole documents would make it ten times slower).
FUZZ_SEEDS_minutes = build/fuzz/seeds/minutes
FUZZ_FLAGS_minutes = -max_len=16384
build/fuzz/seeds/minutes: $(sort $(wildcard test/corpus/*/*.txt))
	rm -rf $@ && mkdir -p $@
	for f in $^; do split -C 6000 $$f $@/$$(basename $$f .txt)-; done
fuzz-minutes: build/fuzz/seeds/minutes
# The tokenizer and the fact finders start from the same pieces and a few seeds of their own.
FUZZ_SEEDS_tokens = build/fuzz/seeds/minutes
FUZZ_FLAGS_tokens = -max_len=16384
fuzz-tokens: build/fuzz/seeds/minutes
FUZZ_SEEDS_facts = build/fuzz/seeds/minutes
FUZZ_FLAGS_facts = -max_len=16384
fuzz-facts: build/fuzz/seeds/minutes

# The JSON renderer: JSON pieces as seeds, the keys and markup it acts on as a dictionary.
FUZZ_FLAGS_firstagenda = -max_len=16384 -dict=test/fuzz/firstagenda.dict

build/fuzz/core/%.o: src/core/%.c $(CORE_HDRS)
	@mkdir -p $(@D)
	$(FUZZ_CC) -fsanitize=fuzzer-no-link,address,undefined $(CORE_INC) -c -o $@ $<
build/fuzz/libcore.a: $(patsubst src/core/%.c,build/fuzz/core/%.o,$(CORE_SRCS))
	rm -f $@ && ar rcs $@ $^
build/fuzz/fuzz_%: test/fuzz/fuzz_%.c test/fuzz/fuzz.h build/fuzz/libcore.a $(CORE_HDRS)
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $(CORE_INC) -o $@ $< build/fuzz/libcore.a -lm -licuuc
.SECONDARY: $(addprefix build/fuzz/fuzz_,$(FUZZ_NAMES))

fuzz-%: build/fuzz/fuzz_%
	@mkdir -p build/fuzz/corpus/$*
	./$< -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix=build/fuzz/$*- $(FUZZ_FLAGS_$*) $(FUZZ_FLAGS) build/fuzz/corpus/$* \
		$(wildcard test/fuzz/seeds/$* test/fuzz/regressions/$*) $(FUZZ_SEEDS_$*)
fuzz: $(addprefix fuzz-,$(FUZZ_NAMES))

# For bin/test, which builds every harness first and then runs them side by side.
fuzz-build: $(addprefix build/fuzz/fuzz_,$(FUZZ_NAMES)) build/fuzz/seeds/minutes build/referat_danish.lex
fuzz-list:
	@echo $(FUZZ_NAMES)

.PHONY: fuzz fuzz-build fuzz-list

clean: clean-build
clean-build:
	rm -rf build

# For bin/test, which counts every pg_regress test.
regress-list:
	@echo $(REGRESS)

.PHONY: unit unit-sanitize bench clean-build regress-list
