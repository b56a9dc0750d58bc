#!/usr/bin/env bash
# Steady state against the peers outside the JVM: one run(n) call of each kernel (KernelBenchmark's sizes),
# timed by JMH for the JVM engines and the same way (warm-up, then 5 timed 1 s iterations) for wasmtime and
# node. Prints a ratio table against wasmtime (target/steady/summary.md) from one combined JSON.
#
#   benchmarks/run-steady.sh [--engines wasm4j-bytecode,chicory-compiler] [KERNEL...]
#
# Needs: JDK 25 and benchmarks/target/benchmarks.jar (./mvnw -q -B package -pl benchmarks -am
# -Dmaven.test.skip=true), node, and $WASMTIME_PYTHON (default /tmp/wt/bin/python) with the `wasmtime` PyPI
# package: python3 -m venv /tmp/wt && /tmp/wt/bin/pip install wasmtime==49.0.0
# wasmtime's figure includes one Python-to-wasm call per run(n) (about a microsecond, under 2% of the
# smallest kernel), which favours wasm4j slightly.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
engines=wasm4j-bytecode,chicory-compiler
kernels=()
while [ $# -gt 0 ]; do
    case "$1" in
        --engines) engines="$2"; shift 2 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) kernels+=("$1"); shift ;;
    esac
done
[ ${#kernels[@]} -gt 0 ] || kernels=(fib sieve matmul sha256 nbody qsort vm)
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! "$java_bin" -version 2>&1 | grep -q 'version "2[5-9]'; then
    for j in /usr/lib/jvm/*25*/bin/java; do [ -x "$j" ] && java_bin="$j"; done
fi
jar=target/benchmarks.jar
[ -f "$jar" ] || { echo "missing $jar: ./mvnw -q -B package -pl benchmarks -am -Dmaven.test.skip=true" >&2; exit 2; }
wasmtime_python="${WASMTIME_PYTHON:-/tmp/wt/bin/python}"
"$wasmtime_python" -c 'import wasmtime' 2>/dev/null \
    || { echo "no wasmtime in $wasmtime_python: python3 -m venv /tmp/wt && /tmp/wt/bin/pip install wasmtime==49.0.0" >&2; exit 2; }
out=target/steady
mkdir -p "$out"
list=$(IFS=,; echo "${kernels[*]}")
"$java_bin" -Djmh.ignoreLock=true -jar "$jar" KernelBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s \
    -p engine="$engines" -p kernel="$list" -rf json -rff "$out/jvm.json" >&2
"$wasmtime_python" steady-wasmtime.py "${kernels[@]}" > "$out/wasmtime.json"
node steady-node.mjs "${kernels[@]}" > "$out/node.json"
python3 -c 'import json, sys; print(json.dumps([r for f in sys.argv[1:] for r in json.load(open(f))]))' \
    "$out/jvm.json" "$out/wasmtime.json" "$out/node.json" > "$out/all.json"
python3 jmh-ratios.py "$out/all.json" wasmtime | tee "$out/summary.md"
