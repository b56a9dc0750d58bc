"""Steady-state time of one run(n) call of each kernel under wasmtime (the `wasmtime` PyPI package bundles the
real engine), measured like KernelBenchmark: warm-up, then timed iterations, mean time per call.

Usage: python steady-wasmtime.py [--warmup S] [--iterations I] [--time S] [KERNEL...] > RESULT.json
Prints JMH-shaped JSON rows (engine "wasmtime", score in ms/op) that jmh-ratios.py reads next to JMH's own.
Each kernel's checksum is checked against kernels.properties before it is timed.
"""
import argparse
import json
import pathlib
import time

from wasmtime import Engine, Instance, Module, Store

KERNELS = pathlib.Path(__file__).parent / "src/main/resources/io/wasm4j/benchmarks/kernels"


def properties() -> dict:
    props = {}
    for line in (KERNELS / "kernels.properties").read_text().splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            props[key] = value
    return props


def measure(call, seconds: float) -> float:
    """Calls `call` for about `seconds` and returns the mean time of one call in milliseconds."""
    count = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        call()
        count += 1
        now = time.perf_counter()
        if now >= deadline:
            return (now - start) * 1000 / count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument("--time", type=float, default=1.0)
    parser.add_argument("kernels", nargs="*", default=["fib", "sieve", "matmul", "sha256", "nbody", "qsort", "vm"])
    args = parser.parse_args()
    props = properties()
    engine = Engine()
    rows = []
    for kernel in args.kernels:
        store = Store(engine)
        instance = Instance(store, Module.from_file(engine, str(KERNELS / f"{kernel}.wasm")), [])
        run = instance.exports(store)["run"]
        n = int(props[f"{kernel}.jmh.n"])
        expected = int(props[f"{kernel}.{n}"])
        got = run(store, n) & 0xFFFFFFFF
        if got != expected:
            raise SystemExit(f"wasmtime computed {got} for {kernel}({n}), expected {expected}")
        measure(lambda: run(store, n), args.warmup)
        scores = [measure(lambda: run(store, n), args.time) for _ in range(args.iterations)]
        rows.append({
            "benchmark": "steady-wasmtime.run",
            "params": {"kernel": kernel, "engine": "wasmtime"},
            "primaryMetric": {"score": sum(scores) / len(scores), "scoreUnit": "ms/op", "rawData": [scores]},
        })
    print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
