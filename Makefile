# Accord: `make run` builds (release) and starts Accord; `make test` runs the whole test suite.
# Pass arguments with ARGS, e.g. `make run ARGS="start retro --sales Dana --marketing Lee"`.
SWIFT ?= swift
ARGS ?=

.PHONY: run build test deps clean

deps:
	@scripts/ensure-deps --build-only

build: deps
	$(SWIFT) build -c release --static-swift-stdlib

run: build
	.build/release/accord $(ARGS)

test:
	SWIFT=$(SWIFT) scripts/run-tests

clean:
	rm -rf .build
