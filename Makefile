# ouro — build, run, test.  Needs only a C compiler, make, libc and libm.
#   make              ./ouro and libouro.a (optimised)
#   make run          build and run the bundled tours (examples/tour.py, examples/tour.ipynb)
#   make test         build and run every test (C unit tests, Python programs vs CPython output)
#   make debug        build/debug/ouro: -O0 -g, assertions
#   make test-sanitize  the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer
.DEFAULT_GOAL := all
CC      ?= cc
WERROR  ?=
CFLAGS_COMMON = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter \
                -Wno-missing-field-initializers $(WERROR) -Iinclude
OPT     ?= -O2 -g -DNDEBUG
LDLIBS  = -lm
# Line editing and history for the REPL: libedit, else GNU readline, opened with dlopen() when
# the REPL starts (src/cli/lineedit.c) and never linked, so ouro needs only libc and libm and the
# build needs no development package.  pkg-config, when it knows one, only names the library:
# the SONAME of its lib<name>.so goes to lineedit.c, which tries it first, then common names of
# both; with none the REPL reads plain lines.  `make LINEEDIT=none` leaves line editing out;
# `make LINEEDIT_SONAME=libedit.so.2` names the library by hand.
PKG_CONFIG ?= pkg-config
ifndef LINEEDIT
LINEEDIT := $(shell $(PKG_CONFIG) --exists libedit 2>/dev/null && echo libedit || \
              { $(PKG_CONFIG) --exists readline 2>/dev/null && echo readline; } || echo auto)
endif
# The SONAME of package $(1)'s library, read by objdump or readelf; else (a linker script, no
# binutils) the shortest lib<name>.so.N beside it; else nothing.
define lineedit_soname
d=`$(PKG_CONFIG) --variable=libdir $(1) 2>/dev/null`; \
n=`$(PKG_CONFIG) --libs-only-l $(1) 2>/dev/null | tr ' ' '\n' | sed -n 's/^-l//p' | head -n 1`; \
f=$$d/lib$$n.so; s=; \
if [ -n "$$d" ] && [ -n "$$n" ]; then \
  s=`objdump -p $$f 2>/dev/null | awk '$$1 == "SONAME" { print $$2 }'`; \
  [ -n "$$s" ] || s=`readelf -d $$f 2>/dev/null | sed -n 's/.*soname: \[\(.*\)\].*/\1/p'`; \
  [ -n "$$s" ] || s=`cd $$d 2>/dev/null && ls lib$$n.so.[0-9]* 2>/dev/null | \
                     awk '{ print length($$0), $$0 }' | sort -n | head -n 1 | cut -d' ' -f2`; \
fi; echo $$s
endef
ifeq ($(LINEEDIT),none)
LINEEDIT_CFLAGS := -DOURO_LINEEDIT_NONE
else
ifndef LINEEDIT_SONAME
LINEEDIT_SONAME := $(if $(filter-out auto,$(LINEEDIT)),$(shell $(call lineedit_soname,$(LINEEDIT))))
endif
LINEEDIT_CFLAGS := -DOURO_LINEEDIT_SONAME=\"$(LINEEDIT_SONAME)\"
# dlopen() is in libc since glibc 2.34 (and always in musl); older glibc has it in libdl.
LINEEDIT_LIBS = $(shell echo 'void *dlopen(const char *, int); int main(void) { return !dlopen(0, 0); }' \
                  | $(CC) -x c - -o /dev/null 2>/dev/null || echo -ldl)
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

# Only lineedit.o and the ouro binaries see the line-editing settings (never libouro.a);
# lineedit.o is rebuilt when they change (lineedit.flags holds them, rewritten only then).
$(BUILDROOT)/%/src/cli/lineedit.o: CFLAGS_COMMON += $(LINEEDIT_CFLAGS)
$(BUILDROOT)/%/ouro: LDLIBS += $(LINEEDIT_LIBS)
$(foreach f,release debug asan,$(BUILDROOT)/$(f)/src/cli/lineedit.o): $(BUILDROOT)/lineedit.flags
$(BUILDROOT)/lineedit.flags: lineedit-force
	@mkdir -p $(dir $@)
	@echo '$(LINEEDIT_CFLAGS)' | cmp -s - $@ || echo '$(LINEEDIT_CFLAGS)' > $@
lineedit-force:

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
	@if command -v python3 >/dev/null; then tests/run-interactive --ouro ./ouro; \
	 else echo "python3 not found: REPL and notebook tests not run"; fi

test-sanitize: $(BUILDROOT)/asan/ouro $(addprefix $(BUILDROOT)/asan/unit/,$(UNITS)) $(BUILDROOT)/asan/examples/embed
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
	tests/run --ouro $(BUILDROOT)/asan/ouro --units $(BUILDROOT)/asan/unit --embed $(BUILDROOT)/asan/examples/embed
	@if command -v python3 >/dev/null; then \
	   ASAN_OPTIONS=detect_leaks=0 tests/run-interactive --ouro $(BUILDROOT)/asan/ouro; \
	 else echo "python3 not found: REPL and notebook tests not run"; fi

bench: ouro
	bench/run

clean:
	rm -rf $(BUILDROOT) ouro libouro.a
