# ouro — build, run, test.  Needs only a C compiler, make, libc and libm.
#   make              ./ouro and libouro.a (optimised)
#   make run          build and run the bundled tour (examples/tour.py)
#   make test         build and run every test (C unit tests, Python programs vs CPython output)
#   make debug        build/debug/ouro: -O0 -g, assertions
#   make test-sanitize  the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer
CC      ?= cc
WERROR  ?=
CFLAGS_COMMON = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter \
                -Wno-missing-field-initializers $(WERROR) -Iinclude
OPT     ?= -O2 -g -DNDEBUG
LDLIBS  = -lm
# Line editing and history for the REPL (src/cli/repl.c only): libedit, else GNU readline, when
# pkg-config finds its development files; without either the REPL reads plain lines and ouro
# links only libc and libm.  `make LINEEDIT=none` builds without it.
ifndef LINEEDIT
LINEEDIT := $(shell pkg-config --exists libedit 2>/dev/null && echo libedit || \
              { pkg-config --exists readline 2>/dev/null && echo readline; } || echo none)
endif
ifneq ($(LINEEDIT),none)
LINEEDIT_CFLAGS := -DOURO_LINEEDIT_$(shell echo $(LINEEDIT) | tr a-z A-Z) \
                   $(shell pkg-config --cflags $(LINEEDIT) 2>/dev/null)
LINEEDIT_LIBS   := $(shell pkg-config --libs $(LINEEDIT) 2>/dev/null)
endif

LIB_SRC  := $(sort $(wildcard src/runtime/*.c src/objects/*.c src/compiler/*.c src/vm/*.c src/modules/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
# Python modules shipped inside the binary (src/lib/**.py), made into C by tools/embedpy.
PYLIB    := $(sort $(shell find src/lib -name '*.py' 2>/dev/null))
# Where objects go; `make BUILDROOT=/tmp/x /tmp/x/release/ouro` builds apart from the tree's own.
BUILDROOT ?= build

# One build directory per flavour, so the three never mix objects.
define flavour
$(1)_DIR  := $(BUILDROOT)/$(1)
$(1)_OBJ  := $$(patsubst %.c,$(BUILDROOT)/$(1)/%.o,$$(LIB_SRC)) $(BUILDROOT)/$(1)/gen/frozen.o
$(1)_CLI  := $$(patsubst %.c,$(BUILDROOT)/$(1)/%.o,$$(CLI_SRC))
$(BUILDROOT)/$(1)/%.o: %.c $$(wildcard src/*/*.h include/*.h) Makefile
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_COMMON) $(2) -c $$< -o $$@
$(BUILDROOT)/$(1)/gen/frozen.o: $(BUILDROOT)/gen/frozen.c src/vm/frozen.h
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_COMMON) -Isrc $(2) -c $$< -o $$@
$(BUILDROOT)/$(1)/libouro.a: $$($(1)_OBJ)
	@rm -f $$@
	ar rcs $$@ $$^
$(BUILDROOT)/$(1)/ouro: $$($(1)_CLI) $(BUILDROOT)/$(1)/libouro.a
	$$(CC) $(2) $(3) -o $$@ $$($(1)_CLI) $(BUILDROOT)/$(1)/libouro.a $$(LDLIBS)
$(BUILDROOT)/$(1)/unit/%: tests/unit/%.c $(BUILDROOT)/$(1)/libouro.a
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_COMMON) $(2) $(3) -Isrc -o $$@ $$< $(BUILDROOT)/$(1)/libouro.a $$(LDLIBS)
endef

# Only repl.o and the ouro binaries see the line-editing library (never libouro.a).
$(BUILDROOT)/%/src/cli/repl.o: CFLAGS_COMMON += $(LINEEDIT_CFLAGS)
$(BUILDROOT)/%/ouro: LDLIBS += $(LINEEDIT_LIBS)

$(BUILDROOT)/tools/embedpy: tools/embedpy.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -Wextra $(WERROR) -o $@ $<
$(BUILDROOT)/gen/frozen.c: $(BUILDROOT)/tools/embedpy $(PYLIB) Makefile
	@mkdir -p $(dir $@)
	$(BUILDROOT)/tools/embedpy $@ src/lib $(PYLIB)

SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
$(eval $(call flavour,release,$(OPT),))
$(eval $(call flavour,debug,-O0 -g,))
$(eval $(call flavour,asan,$(SAN_FLAGS),$(SAN_FLAGS)))

UNITS = $(patsubst tests/unit/%.c,%,$(UNIT_SRC))

.PHONY: all run test debug sanitize test-sanitize unit clean bench
all: ouro libouro.a

ouro: $(BUILDROOT)/release/ouro
	cp $< $@
libouro.a: $(BUILDROOT)/release/libouro.a
	cp $< $@

run: ouro
	./ouro examples/tour.py
	./ouro examples/tour.ipynb

debug: $(BUILDROOT)/debug/ouro

sanitize: $(BUILDROOT)/asan/ouro

$(BUILDROOT)/release/examples/embed: examples/embed.c $(BUILDROOT)/release/libouro.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(OPT) -o $@ $< $(BUILDROOT)/release/libouro.a $(LDLIBS)
$(BUILDROOT)/asan/examples/embed: examples/embed.c $(BUILDROOT)/asan/libouro.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(SAN_FLAGS) -o $@ $< $(BUILDROOT)/asan/libouro.a $(LDLIBS)

test: ouro $(addprefix $(BUILDROOT)/release/unit/,$(UNITS)) $(BUILDROOT)/release/examples/embed
	tests/run --ouro ./ouro --units $(BUILDROOT)/release/unit --embed $(BUILDROOT)/release/examples/embed

test-sanitize: $(BUILDROOT)/asan/ouro $(addprefix $(BUILDROOT)/asan/unit/,$(UNITS)) $(BUILDROOT)/asan/examples/embed
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
	tests/run --ouro $(BUILDROOT)/asan/ouro --units $(BUILDROOT)/asan/unit --embed $(BUILDROOT)/asan/examples/embed

bench: ouro
	bench/run

clean:
	rm -rf $(BUILDROOT) ouro libouro.a
