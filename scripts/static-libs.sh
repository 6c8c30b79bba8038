#!/usr/bin/env bash
# `make release`: makes DIR a folder in which the release link finds libstdc++ (which the Swift
# runtime needs) and the system's libsqlite3 as static archives, so that docket loads neither
# library at start: that was 0.65 ms of a 1.8 ms `docket --version` on the benchmark machine.
# DIR/pkgconfig/sqlite3.pc points SwiftPM's pkg-config lookup at the archive. A library whose
# archive the machine lacks is left out, and the release links it dynamically as before.
set -euo pipefail
dir=$1
rm -rf "$dir"
mkdir -p "$dir/pkgconfig"

stdcxx=$(${CC:-cc} -print-file-name=libstdc++.a 2>/dev/null || true)
if [[ $stdcxx == /* && -f $stdcxx ]]; then
    ln -s "$stdcxx" "$dir/libstdc++.a"
fi

libdir=$(pkg-config --variable=libdir sqlite3 2>/dev/null || true)
if [[ -n $libdir && -f $libdir/libsqlite3.a ]]; then
    ln -s "$libdir/libsqlite3.a" "$dir/libsqlite3.a"
    cat > "$dir/pkgconfig/sqlite3.pc" <<PC
Name: SQLite
Description: the system's SQLite, linked from its static archive
Version: $(pkg-config --modversion sqlite3)
Libs: -L$dir -lsqlite3 -lm
Cflags:
PC
fi
