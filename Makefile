# referat — PostgreSQL extension (PGXS build)

EXTENSION = referat
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = referat
CORE_SRCS = $(sort $(wildcard src/core/*.c))
GLUE_SRCS = $(sort $(wildcard src/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# The install script is assembled from one file per concern, in name order.
INSTALL_SQL = $(sort $(wildcard src/sql/*.sql))
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
SCRIPTS = bin/referat-load

REGRESS = extension sagsnr outcome meeting items sections proposals attachments toc history hostile store
REGRESS_OPTS = --inputdir=. --encoding=UTF8

PG_CPPFLAGS = -Isrc/core
PG_CFLAGS = -Wextra -Wno-unused-parameter -Wno-missing-field-initializers

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_SQL)
	cat $^ > $@

# ---------------------------------------------------------------------------
# Standalone unit tests, sanitizer run and benchmark (called by bin/test).
# Everything here is built under build/ from src/core/*.c without PostgreSQL.
#   make unit            gcc, -O2 -Wall -Wextra -Werror
#   make unit-sanitize   clang, AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench           bench/bench_core.c over the corpus (not a test)
# Each test program prints "test/unit/test_x.c: N passed, N failed".  Use
# make -k so that one test that does not build or fails does not hide the rest.
# ---------------------------------------------------------------------------
UNIT_NAMES = $(notdir $(basename $(sort $(wildcard test/unit/test_*.c))))
CORE_HDRS = $(wildcard src/core/*.h) test/unit/check.h
UNIT_CC = gcc -O2 -Wall -Wextra -Werror
SAN_CC = clang -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all

# One set of rules per variant: $(1) = build/ subdirectory, $(2) = compiler and flags.
# The core goes into a static library so that a test links only the objects it uses.
define unit_variant
build/$(1)/core/%.o: src/core/%.c $$(CORE_HDRS)
	@mkdir -p $$(@D)
	$(2) -Isrc/core -c -o $$@ $$<
build/$(1)/libcore.a: $$(patsubst src/core/%.c,build/$(1)/core/%.o,$$(CORE_SRCS))
	rm -f $$@ && ar rcs $$@ $$^
build/$(1)/test_%: test/unit/test_%.c build/$(1)/libcore.a $$(CORE_HDRS)
	$(2) -Isrc/core -Itest/unit -o $$@ $$< build/$(1)/libcore.a -lm
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
	$(UNIT_CC) -Isrc/core -o $@ bench/bench_core.c build/gcc/libcore.a -lm
bench: build/bench_core
	./build/bench_core

clean: clean-build
clean-build:
	rm -rf build

# For bin/test, which counts every pg_regress test.
regress-list:
	@echo $(REGRESS)

.PHONY: unit unit-sanitize bench clean-build regress-list
