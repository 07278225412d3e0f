# Accord: `make run` builds (release) and starts Accord; `make test` runs the whole test suite.
# Pass arguments with ARGS, e.g. `make run ARGS="start retro --sales Dana --marketing Lee"`.
# `make install PREFIX=/usr/local` installs the binary, the man page and bash/zsh/fish completions
# (DESTDIR honoured); `make uninstall` removes them. BIN names a binary already built (BUILD= skips
# the build step, e.g. `make install BUILD= BIN=.build/debug/accord`).
SWIFT ?= swift
ARGS ?=
PREFIX ?= /usr/local
DESTDIR ?=
BIN ?= .build/release/accord
BUILD ?= build

BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: run build test deps clean install uninstall print-release-flags

deps:
	@scripts/ensure-deps --build-only

# The shipped binary: the Swift runtime linked in (start-up several times faster), and no $ORIGIN in
# its RUNPATH (nothing it loads lives beside it; the loader would look there first for libc, libm and
# libstdc++ at every start, and a library dropped beside the binary would be loaded). bench/run
# builds with the same flags (docs/performance.md, "Start-up, ninth pass").
RELEASE_FLAGS = -c release --static-swift-stdlib --disable-local-rpath

build: deps
	$(SWIFT) build $(RELEASE_FLAGS)

print-release-flags:
	@echo $(RELEASE_FLAGS)

run: build
	.build/release/accord $(ARGS)

test:
	SWIFT=$(SWIFT) scripts/run-tests

install: $(BUILD)
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 0755 "$(BIN)" "$(BINDIR)/accord"
	install -m 0644 docs/accord.1 "$(MANDIR)/accord.1"
	"$(BIN)" completions bash > "$(BASHDIR)/accord"
	"$(BIN)" completions zsh > "$(ZSHDIR)/_accord"
	"$(BIN)" completions fish > "$(FISHDIR)/accord.fish"
	chmod 0644 "$(BASHDIR)/accord" "$(ZSHDIR)/_accord" "$(FISHDIR)/accord.fish"

uninstall:
	rm -f "$(BINDIR)/accord" "$(MANDIR)/accord.1" "$(BASHDIR)/accord" "$(ZSHDIR)/_accord" "$(FISHDIR)/accord.fish"

clean:
	rm -rf .build
