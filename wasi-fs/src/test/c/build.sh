#!/bin/sh
# Builds the WASI test programs into ../resources/wasi/ with Debian's clang and wasi-libc:
#   apt-get install -y clang lld wasi-libc libclang-rt-dev-wasm32
# The .wasm files are committed; CI does not run this script.
set -eu
cd "$(dirname "$0")"
out=../resources/wasi
mkdir -p "$out"
for src in *.c; do
    clang --target=wasm32-wasi --sysroot=/usr -O2 -Wall -Werror "$src" -o "$out/${src%.c}.wasm"
done
ls -l "$out"
