"""Prints a Markdown table of ratios from a JMH JSON result of KernelBenchmark (or CallBenchmark).

Usage: python3 jmh-ratios.py RESULT.json [BASELINE_ENGINE]
Each cell is time(engine) / time(baseline) for the same kernel in the same run (lower is faster); the last
row is the geometric mean over kernels. Default baseline: wasm4j-interp.
"""
import json
import math
import sys


def main() -> None:
    rows = json.load(open(sys.argv[1]))
    baseline = sys.argv[2] if len(sys.argv) > 2 else "wasm4j-interp"
    scores = {}
    engines = []
    kernels = []
    for r in rows:
        params = r.get("params", {})
        engine = params.get("engine") or params.get("strategy")
        kernel = params.get("kernel") or r["benchmark"].rsplit(".", 1)[1]
        scores[(kernel, engine)] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreUnit"])
        if engine not in engines:
            engines.append(engine)
        if kernel not in kernels:
            kernels.append(kernel)
    print("| kernel | " + " | ".join(f"{e} (time)" for e in engines) + " | "
          + " | ".join(f"{e} / {baseline}" for e in engines if e != baseline) + " |")
    print("|---" * (1 + 2 * len(engines) - 1) + "|")
    logs = {e: [] for e in engines}
    for k in kernels:
        cells = []
        for e in engines:
            s = scores.get((k, e))
            cells.append(f"{s[0]:.3g} {s[1]}" if s else "—")
        for e in engines:
            if e == baseline:
                continue
            s, b = scores.get((k, e)), scores.get((k, baseline))
            if s and b:
                ratio = s[0] / b[0]
                logs[e].append(math.log(ratio))
                cells.append(f"{ratio:.2f}")
            else:
                cells.append("—")
        print(f"| {k} | " + " | ".join(cells) + " |")
    geo = [f"**{math.exp(sum(logs[e]) / len(logs[e])):.2f}**" if logs[e] else "—" for e in engines if e != baseline]
    print("| geometric mean | " + " | ".join("" for _ in engines) + " | " + " | ".join(geo) + " |")


if __name__ == "__main__":
    main()
