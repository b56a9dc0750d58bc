#!/usr/bin/env bash
# Whole-process runs of the large programs that fetch.sh brings (first run it): each workload under wasmtime,
# node, and wasm4j on the bytecode backend and on the interpreter, every output checked against wasmtime's,
# then timed with hyperfine (start-up, compilation and run together). Results: target/large/results/*.json
# and summary.md (mean wall time and CPU time, user + system, of each engine; ratios to wasmtime).
#
#   benchmarks/large/run.sh [--runs R] [--engines "wasmtime node bytecode interp"] [--timing] [WORKLOAD...]
#
# Workloads: yosys-version (yosys -V: start-up, instantiation, static constructors), yosys-synth (reads
# yosys/design.v, `synth -noabc`, `stat`). --timing instead prints RunWasi's breakdown (JVM start, decode and
# validation, compilation, run) for wasm4j: eager compilation of the whole module (lazy=false, the
# compile-throughput figure), the default (lazy) and the interpreter.
# Needs: hyperfine, node, JDK 25, the CLI (./wasm4j builds it) and for --timing benchmarks/target/benchmarks.jar;
# wasmtime is the `wasmtime` PyPI package in $WASMTIME_PYTHON (default /tmp/wt/bin/python), see ../run-peers.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench="$here/.."
root="$bench/.."
runs=3
engines="wasmtime node bytecode interp"
timing=0
workloads=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --engines) engines="$2"; shift 2 ;;
        --timing) timing=1; shift ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) workloads+=("$1"); shift ;;
    esac
done
[ ${#workloads[@]} -gt 0 ] || workloads=(yosys-version yosys-synth)
large="$bench/target/large"
[ -f "$large/yosys/yosys.wasm" ] || { echo "missing $large/yosys/yosys.wasm: run $here/fetch.sh" >&2; exit 2; }
wasmtime_python="${WASMTIME_PYTHON:-/tmp/wt/bin/python}"
out="$large/results"
mkdir -p "$out" "$large/yosys/tmp"

dirs=("$here/yosys::/work" "$large/yosys/fs/share::/share" "$large/yosys/tmp::/tmp")
# guest_of WORKLOAD: sets guest, the guest's arguments
guest_of() {
    case "$1" in
        yosys-version) guest=(-V) ;;
        yosys-synth) guest=(-Q -T -p "read_verilog /work/design.v; synth -top top -noabc; stat") ;;
        *) echo "unknown workload $1" >&2; exit 2 ;;
    esac
}

if [ $timing = 1 ]; then
    . "$root/.mvn/find-jdk.sh"
    jar="$bench/target/benchmarks.jar"
    [ -f "$jar" ] || { echo "missing $jar: ./mvnw -q -B package -pl benchmarks -am -Dmaven.test.skip=true" >&2; exit 2; }
    dir_opts=(); for d in "${dirs[@]}"; do dir_opts+=(--dir "$d"); done
    for w in "${workloads[@]}"; do
        guest_of "$w"
        for mode in "--strategy bytecode --setting lazy=false" "--strategy bytecode" "--strategy interp"; do
            # shellcheck disable=SC2086 # mode is a list of options
            /usr/bin/time -f "  process: %e s wall, %U s user, %S s system" "$JAVA_HOME/bin/java" -cp "$jar" \
                io.wasm4j.benchmarks.RunWasi $mode --timing "${dir_opts[@]}" "$large/yosys/yosys.wasm" "${guest[@]}" \
                2>&1 >/dev/null | sed "s|^|$w $mode: |"
        done
    done
    exit 0
fi

wasm="$large/yosys/yosys.wasm"
summary="$out/summary.md"
{
    echo "| workload | engine | wall (mean ± σ) | CPU user+sys | wall / wasmtime |"
    echo "|---|---|---|---|---|"
} > "$summary"
for w in "${workloads[@]}"; do
    dir_opts=(); for d in "${dirs[@]}"; do dir_opts+=("--dir $d"); done
    guest_of "$w"
    quoted="$(printf '%q ' "${guest[@]}")"
    declare -A cmd=()
    cmd[wasmtime]="$wasmtime_python $bench/wasmtime-wasi.py ${dir_opts[*]} $wasm"
    cmd[node]="node --no-warnings $bench/node-wasi.mjs ${dir_opts[*]} $wasm"
    cmd[bytecode]="env WASM4J_NO_BUILD=1 $root/wasm4j run --backend=bytecode ${dir_opts[*]/--dir /--dir=} $wasm"
    cmd[interp]="env WASM4J_NO_BUILD=1 $root/wasm4j run --backend=interp ${dir_opts[*]/--dir /--dir=} $wasm"
    # hyperfine (through a shell) and the check run the same command line, the guest's arguments quoted
    expected=""
    args=()
    for e in $engines; do
        line="${cmd[$e]} $quoted"
        got="$(bash -c "$line" 2>&1)"
        if [ -z "$expected" ]; then
            expected="$got"
            echo "$w: reference output from $e ($(printf '%s\n' "$got" | wc -l) lines)" >&2
        elif [ "$got" != "$expected" ]; then
            echo "$w: $e printed different output:" >&2
            diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got") | head -20 >&2
            exit 1
        fi
        args+=(-n "$e" "$line")
    done
    hyperfine --warmup 0 --runs "$runs" --export-json "$out/$w.json" "${args[@]}" >&2
    python3 - "$out/$w.json" "$w" >> "$summary" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = next((r["mean"] for r in results if r["command"] == "wasmtime"), None)
for r in results:
    ratio = f"{r['mean'] / base:.2f}×" if base else "—"
    print(f"| {sys.argv[2]} | {r['command']} | {r['mean']:.2f} ± {r['stddev'] or 0:.2f} s | "
          f"{r['user'] + r['system']:.2f} s | {ratio} |")
PY
    unset cmd
done
cat "$summary"
