# docket — the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
# The release binary carries the Swift runtime (--static-swift-stdlib) and is linked
# position-dependent (-no-pie): its loader then applies none of the ~40,000 relocations a PIE
# needs at every start, and docket starts about a millisecond sooner. (A debug build links the
# runtime dynamically, where -no-pie would make the loader warn; it stays a PIE.) Nor does it
# need $ORIGIN in its library path (--disable-local-rpath): the loader would look for
# libsqlite3 and libc in a dozen folders beside the binary before the system's, at every start.
# Nor does it export its 3,400 symbols to the loader (the toolchain's static-stdlib link asks
# for -export-dynamic; nothing loads docket as a library), so that every symbol the C and C++
# libraries look up at start is not first sought in docket's table: about 2% of a start.
# And docket's code asks for the type metadata it uses by accessor, not by mangled name
# (-disable-concrete-type-metadata-mangled-name-accessors): the runtime would otherwise
# demangle each name at first use, and check the name's conformances by searching every
# conformance record of the binary; 0.2-0.35 million instructions, about 2-3% of a start.
RELEASE_FLAGS = -c release --static-swift-stdlib -Xlinker -no-pie --disable-local-rpath -Xlinker --no-export-dynamic \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
DOCKET_RELEASE = .build/release/docket

.PHONY: all build release deps demo test bench fuzz clean

all: build

build:
	$(SWIFT) build

# libstdc++ and libsqlite3 are linked from their static archives where the machine has them
# (scripts/static-libs.sh): loading the two shared libraries was a third of docket's start.
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

# Unit tests and end-to-end tests that run the built binary.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Benchmarks (never part of `make test`): builds release, generates registers of 10k, 100k and
# 1M problems (cached in bench/cache/), measures every goal of issue 6 next to the sqlite3
# shell's floor, and writes BENCHMARKS.md. `make bench QUICK=1` measures 10k only.
bench: deps release
	python3 bench/run.py $(if $(QUICK),--quick,)

# Fuzzing (never part of `make test`): the CSV reader and the date, week and name parsers
# under libFuzzer and AddressSanitizer, FUZZ_SECONDS (default 60) each.
fuzz:
	scripts/fuzz.sh

clean:
	rm -rf .build .build-fuzz demo/out
