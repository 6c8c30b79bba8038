#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets in Fuzz/ with AddressSanitizer and runs each for a
# bounded time (FUZZ_SECONDS, default 60) from the seed corpus in Fuzz/corpus/. A crash stops
# the run with its input saved under Fuzz/crashes/; turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
export SWIFT_BACKTRACE=enable=no

(cd Fuzz && swift build --scratch-path ../.build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
mkdir -p Fuzz/crashes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in CSV Time Names JSON; do
    corpus=$(echo "$target" | tr 'A-Z' 'a-z')
    cp -r "Fuzz/corpus/$corpus" "$work/$corpus"
    echo "fuzzing $target for ${seconds}s"
    .build-fuzz/debug/Fuzz$target "$work/$corpus" -max_total_time="$seconds" -artifact_prefix=Fuzz/crashes/ \
        -print_final_stats=1 2>"$work/$target.log" || { tail -n 30 "$work/$target.log"; exit 1; }
    grep -E '^(Done|stat::number_of_executed_units)' "$work/$target.log" | tail -n 1
done
echo "no crash"
