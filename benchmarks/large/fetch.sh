#!/usr/bin/env bash
# Fetches the large WASI programs that benchmarks/large/run.sh runs, from the npm registry with `npm pack`
# (pinned versions, the tarballs checked against SHA-256 sums), into benchmarks/target/large/:
#   yosys/yosys.wasm  Yosys 0.55 (@yowasp/yosys 0.55.944): yosys.core.wasm, 30.8 MB, a WASI preview-1
#                     command (imports only wasi_snapshot_preview1)
#   yosys/fs/share/   its data files (techmap libraries), unpacked from the package's resources-yosys.js
# Needs npm and node. Does nothing for a program already fetched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../target/large"
mkdir -p "$out/dl"

# fetch_npm PACKAGE VERSION SHA256: leaves the unpacked tarball in $out/dl/NAME-VERSION/package
fetch_npm() {
    local pkg="$1" version="$2" sum="$3"
    local base="${pkg#@}"; base="${base//\//-}-$version"
    local tgz="$out/dl/$base.tgz"
    if [ ! -f "$tgz" ]; then
        (cd "$out/dl" && npm pack --silent "$pkg@$version" >/dev/null)
    fi
    echo "$sum  $tgz" | sha256sum -c --quiet - || { echo "checksum mismatch: $tgz" >&2; rm -f "$tgz"; exit 1; }
    if [ ! -d "$out/dl/$base/package" ]; then
        mkdir -p "$out/dl/$base"
        tar xzf "$tgz" -C "$out/dl/$base"
    fi
    pkgdir="$out/dl/$base/package"
}

if [ ! -f "$out/yosys/yosys.wasm" ]; then
    fetch_npm @yowasp/yosys 0.55.944 4a13ffd784017a076f84a3d4a4149e5c63c37ec66313ed9343a5346e1f5010e8
    mkdir -p "$out/yosys/tmp"
    node "$here/yosys/share.mjs" "$pkgdir/gen/resources-yosys.js" "$out/yosys/fs"
    cp "$pkgdir/gen/yosys.core.wasm" "$out/yosys/yosys.wasm"
fi
echo "88e18d7bc8e6134614d57927a37757a021b46d1ba8c0bc4c0b6f385f391f5a67  $out/yosys/yosys.wasm" | sha256sum -c --quiet -
ls -l "$out/yosys/yosys.wasm"
