#!/usr/bin/env bash
# Whole-process peers: runs each kernel's WASI build (wasm/NAME-wasi.wasm N) as a process under wasm4j,
# wasmtime, node, and the native build, timed with hyperfine. Checks every peer prints the native checksum
# first. Results: target/peers/NAME.json and a ratio table (target/peers/summary.md).
#
#   benchmarks/run-peers.sh [--runs R] [--size process|small|jmh] [--wasm4j-strategy auto|interp|bytecode] [KERNEL...]
#
# Needs: hyperfine, node, gcc (native builds), JDK 25 and benchmarks/target/benchmarks.jar
#   (./mvnw -q -B package -pl benchmarks -am -Dmaven.test.skip=true). wasmtime is used if $WASMTIME_PYTHON
#   (default /tmp/wt/bin/python) imports the `wasmtime` PyPI package:
#   python3 -m venv /tmp/wt && /tmp/wt/bin/pip install wasmtime==49.0.0
# The wasm4j column uses the CLI if $WASM4J_CLI names it (e.g. ./wasm4j run), else RunWasi from benchmarks.jar
# ($BENCH_JAR overrides the jar's path).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
runs=5
size=process
strategy=auto
kernels=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --size) size="$2"; shift 2 ;;
        --wasm4j-strategy) strategy="$2"; shift 2 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) kernels+=("$1"); shift ;;
    esac
done
[ ${#kernels[@]} -gt 0 ] || kernels=(fib sieve matmul sha256 nbody qsort vm)
props=src/main/resources/io/wasm4j/benchmarks/kernels/kernels.properties
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! "$java_bin" -version 2>&1 | grep -q 'version "2[5-9]'; then
    for j in /usr/lib/jvm/*25*/bin/java; do [ -x "$j" ] && java_bin="$j"; done
fi
jar="${BENCH_JAR:-target/benchmarks.jar}"
[ -f "$jar" ] || { echo "missing $jar: ./mvnw -q -B package -pl benchmarks -am -Dmaven.test.skip=true" >&2; exit 2; }
wasm4j="${WASM4J_CLI:-$java_bin -cp $jar io.wasm4j.benchmarks.RunWasi --strategy $strategy}"
wasmtime_python="${WASMTIME_PYTHON:-/tmp/wt/bin/python}"
have_wasmtime=0
"$wasmtime_python" -c 'import wasmtime' 2>/dev/null && have_wasmtime=1
[ -x target/native/fib ] || (cd kernels && KERNELS="${kernels[*]}" ./build.sh >/dev/null)
out=target/peers
mkdir -p "$out"
summary="$out/summary.md"
{
    echo "| kernel | n | native | wasmtime | node | wasm4j ($strategy) | wasm4j / wasmtime | wasm4j / node | wasm4j / native |"
    echo "|---|---|---|---|---|---|---|---|---|"
} > "$summary"
for k in "${kernels[@]}"; do
    n=$(grep "^$k.$size.n=" "$props" | cut -d= -f2)
    expected=$(target/native/"$k" "$n")
    declare -A cmd=()
    cmd[native]="target/native/$k $n"
    [ $have_wasmtime = 1 ] && cmd[wasmtime]="$wasmtime_python wasmtime-wasi.py wasm/$k-wasi.wasm $n"
    cmd[node]="node --no-warnings node-wasi.mjs wasm/$k-wasi.wasm $n"
    cmd[wasm4j]="$wasm4j wasm/$k-wasi.wasm $n"
    args=()
    for peer in native wasmtime node wasm4j; do
        [ -n "${cmd[$peer]:-}" ] || continue
        got=$(${cmd[$peer]})
        if [ "$got" != "$expected" ]; then
            echo "$peer printed '$got' for $k $n, native $expected" >&2
            exit 1
        fi
        args+=(-n "$peer" "${cmd[$peer]}")
    done
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/$k.json" "${args[@]}" >&2
    python3 - "$out/$k.json" "$k" "$n" >> "$summary" <<'PY'
import json, sys
results = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
def t(p): return f"{results[p]:.3f} s" if p in results else "—"
def ratio(a, b): return f"{results[a] / results[b]:.2f}×" if a in results and b in results else "—"
print(f"| {sys.argv[2]} | {sys.argv[3]} | {t('native')} | {t('wasmtime')} | {t('node')} | {t('wasm4j')} | "
      f"{ratio('wasm4j', 'wasmtime')} | {ratio('wasm4j', 'node')} | {ratio('wasm4j', 'native')} |")
PY
    unset cmd
done
python3 - "$out" "${kernels[@]}" >> "$summary" <<'PY'
import json, math, sys
out, kernels = sys.argv[1], sys.argv[2:]
peers = ["native", "wasmtime", "node", "wasm4j"]
means = {p: [] for p in peers}
for k in kernels:
    results = {r["command"]: r["mean"] for r in json.load(open(f"{out}/{k}.json"))["results"]}
    for p in peers:
        if p in results and "native" in results:
            means[p].append(results[p] / results["native"])
def geo(xs): return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")
print()
print("Geometric mean of time / native: " + ", ".join(f"{p} {geo(means[p]):.2f}×" for p in peers if means[p]))
PY
cat "$summary"
