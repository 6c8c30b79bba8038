# docket — the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
# How the release binary is built, each for a faster start (measured in the commit that made it):
# - the Swift runtime linked in (--static-swift-stdlib);
# - position-dependent (-no-pie): the loader applies none of the ~40,000 relocations a PIE needs
#   at every start, about a millisecond (a debug build links the runtime dynamically, where
#   -no-pie would make the loader warn; it stays a PIE);
# - no $ORIGIN in its library path (--disable-local-rpath): the loader would look for libc in a
#   dozen folders beside the binary first;
# - none of its ~3,400 symbols exported (--no-export-dynamic overrides the toolchain's
#   -export-dynamic; nothing loads docket as a library), so the C libraries' lookups at start
#   do not search docket's table first: about 2%;
# - type metadata fetched by accessor, not by mangled name: the runtime would otherwise demangle
#   each name at first use and search every conformance record of the binary for its
#   conformances: 0.2-0.35 million instructions, 2-3%;
# - libstdc++ and libsqlite3 from their static archives where the machine has them (the
#   `release` target below): loading the two shared libraries was a third of docket's start.
RELEASE_FLAGS = -c release --static-swift-stdlib -Xlinker -no-pie --disable-local-rpath -Xlinker --no-export-dynamic \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
DOCKET_RELEASE = .build/release/docket

.PHONY: all build release deps demo serve-demo test bench bench-serve fuzz clean

all: build

build:
	$(SWIFT) build

# The folder where the release link finds libstdc++ and libsqlite3 as static archives
# (scripts/static-libs.sh says how).
STATIC_LIBS = $(CURDIR)/.build/static-libs

release:
	scripts/static-libs.sh $(STATIC_LIBS)
	PKG_CONFIG_PATH=$(STATIC_LIBS)/pkgconfig $(SWIFT) build $(RELEASE_FLAGS) -Xswiftc -Xclang-linker -Xswiftc -L$(STATIC_LIBS)

# What the build and the tests need from Debian's packages, installed when missing.
deps:
	@scripts/ensure-deps.sh

# Builds docket and runs its main job on the bundled Cần Thơ working session: a register
# filed from the meeting, moved through the workflow, and its weekly report printed.
demo: deps release
	demo/run.sh $(DOCKET_RELEASE)

# The demo's register served for a browser at http://127.0.0.1:8080/ until Ctrl-C (the tokens
# `make demo` printed are in demo/out/tokens.txt).
serve-demo:
	@test -f demo/out/can-tho.db || { echo "run make demo first: it makes demo/out/can-tho.db" >&2; exit 1; }
	@cat demo/out/tokens.txt
	$(DOCKET_RELEASE) serve --db demo/out/can-tho.db --listen 127.0.0.1:8080

# Unit tests and end-to-end tests that run the built binary (and its server over sockets). SWIFTFLAGS go to the build: CI
# (.ci/run) gives -Xswiftc -warnings-as-errors, so that a warning fails it.
SWIFTFLAGS ?=
# Then schemathesis (pinned in scripts/python-requirements.txt) checks the running server against
# its OpenAPI document: no 5xx, every answer as documented; civicbot's GeoReport v2 client (pinned
# in scripts/open311-client-requirements.txt) files and reads back a request over /open311/v2; and
# Selenium drives chromium through the web pages' journey with axe-core on every page
# (scripts/web-tests.sh; screenshots kept in .build/web-screenshots/).
test: deps
	$(SWIFT) build --build-tests $(SWIFTFLAGS)
	$(SWIFT) test --skip-build
	scripts/serve-schemathesis.sh .build/debug/docket
	scripts/open311-client-test.sh .build/debug/docket
	scripts/web-tests.sh .build/debug/docket

# Benchmarks (never part of `make test`): builds release, generates registers of 10k, 100k and
# 1M problems (cached in bench/cache/), measures every goal of issue 6 next to the sqlite3
# shell's floor, and writes BENCHMARKS.md. `make bench QUICK=1` measures 10k only.
bench: deps release
	python3 bench/run.py $(if $(QUICK),--quick,)

# The HTTP benchmark (never part of `make test`): builds release, serves a copy of the cached
# 100k register with `docket serve` on 127.0.0.1 and drives it with wrk (installed from Debian
# when missing) at 1, 8, 32 and 64 connections, next to the same operations done in-process
# (`docket-bench serve-floor`), then every web page signed in as its role (bench/pages.py), and
# writes their sections of BENCHMARKS.md. About 7 minutes.
bench-serve: deps release
	@test -x .build/release/docket-serve || { echo "make release did not build .build/release/docket-serve" >&2; exit 1; }
	python3 bench/serve.py
	python3 bench/pages.py

# Fuzzing (never part of `make test`): the CSV and JSON readers and the date, week and name
# parsers under libFuzzer and AddressSanitizer, FUZZ_SECONDS (default 60) each.
fuzz:
	scripts/fuzz.sh

clean:
	rm -rf .build .build-fuzz demo/out
