# docket — the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
RELEASE_FLAGS = -c release --static-swift-stdlib
DOCKET_RELEASE = .build/release/docket

.PHONY: all build release demo test bench fuzz clean

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build $(RELEASE_FLAGS)

# Builds docket and runs its main job on the bundled Cần Thơ working session.
demo: release
	./demo/run.sh $(DOCKET_RELEASE)

# Unit tests and end-to-end tests that run the built binary.
test: build
	$(SWIFT) test

clean:
	rm -rf .build demo/out
