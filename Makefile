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

LIB_SRC  := $(sort $(wildcard src/runtime/*.c src/objects/*.c src/compiler/*.c src/vm/*.c src/modules/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))

# One build directory per flavour, so the three never mix objects.
define flavour
$(1)_DIR  := build/$(1)
$(1)_OBJ  := $$(patsubst %.c,build/$(1)/%.o,$$(LIB_SRC))
$(1)_CLI  := $$(patsubst %.c,build/$(1)/%.o,$$(CLI_SRC))
build/$(1)/%.o: %.c $$(wildcard src/*/*.h include/*.h) Makefile
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_COMMON) $(2) -c $$< -o $$@
build/$(1)/libouro.a: $$($(1)_OBJ)
	@rm -f $$@
	ar rcs $$@ $$^
build/$(1)/ouro: $$($(1)_CLI) build/$(1)/libouro.a
	$$(CC) $(2) $(3) -o $$@ $$($(1)_CLI) build/$(1)/libouro.a $$(LDLIBS)
build/$(1)/unit/%: tests/unit/%.c build/$(1)/libouro.a
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_COMMON) $(2) $(3) -Isrc -o $$@ $$< build/$(1)/libouro.a $$(LDLIBS)
endef

SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
$(eval $(call flavour,release,$(OPT),))
$(eval $(call flavour,debug,-O0 -g,))
$(eval $(call flavour,asan,$(SAN_FLAGS),$(SAN_FLAGS)))

UNITS = $(patsubst tests/unit/%.c,%,$(UNIT_SRC))

.PHONY: all run test debug sanitize test-sanitize unit clean bench
all: ouro libouro.a

ouro: build/release/ouro
	cp $< $@
libouro.a: build/release/libouro.a
	cp $< $@

run: ouro
	./ouro examples/tour.py

debug: build/debug/ouro

sanitize: build/asan/ouro

build/release/examples/embed: examples/embed.c build/release/libouro.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(OPT) -o $@ $< build/release/libouro.a $(LDLIBS)
build/asan/examples/embed: examples/embed.c build/asan/libouro.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(SAN_FLAGS) -o $@ $< build/asan/libouro.a $(LDLIBS)

test: ouro $(addprefix build/release/unit/,$(UNITS)) build/release/examples/embed
	tests/run --ouro ./ouro --units build/release/unit --embed build/release/examples/embed

test-sanitize: build/asan/ouro $(addprefix build/asan/unit/,$(UNITS)) build/asan/examples/embed
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
	tests/run --ouro build/asan/ouro --units build/asan/unit --embed build/asan/examples/embed

bench: ouro
	bench/run

clean:
	rm -rf build ouro libouro.a
