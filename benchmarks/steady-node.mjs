// Steady-state time of one run(n) call of each kernel under node (V8), measured like KernelBenchmark: warm-up,
// then timed iterations, mean time per call. Prints JMH-shaped JSON rows (engine "node", ms/op) for jmh-ratios.py.
//   node steady-node.mjs [--warmup S] [--iterations I] [--time S] [KERNEL...] > RESULT.json
import { readFileSync } from 'node:fs';
import { argv } from 'node:process';

const dir = new URL('src/main/resources/io/wasm4j/benchmarks/kernels/', import.meta.url);
const props = Object.fromEntries(readFileSync(new URL('kernels.properties', dir), 'utf8').split('\n')
    .filter(l => l && !l.startsWith('#')).map(l => l.split('=')));
let warmup = 3, iterations = 5, seconds = 1, kernels = [];
for (let a = argv.slice(2); a.length;) {
    const opt = a.shift();
    if (opt === '--warmup') warmup = Number(a.shift());
    else if (opt === '--iterations') iterations = Number(a.shift());
    else if (opt === '--time') seconds = Number(a.shift());
    else kernels.push(opt);
}
if (!kernels.length) kernels = ['fib', 'sieve', 'matmul', 'sha256', 'nbody', 'qsort', 'vm'];

function measure(call, secs) {
    let count = 0;
    const start = performance.now(), deadline = start + secs * 1000;
    for (;;) {
        call();
        count++;
        const now = performance.now();
        if (now >= deadline) return (now - start) / count;
    }
}

const rows = [];
for (const kernel of kernels) {
    const module = new WebAssembly.Module(readFileSync(new URL(`${kernel}.wasm`, dir)));
    const run = new WebAssembly.Instance(module, {}).exports.run;
    const n = Number(props[`${kernel}.jmh.n`]);
    const got = run(n) >>> 0, expected = Number(props[`${kernel}.${n}`]);
    if (got !== expected) throw new Error(`node computed ${got} for ${kernel}(${n}), expected ${expected}`);
    measure(() => run(n), warmup);
    const scores = Array.from({ length: iterations }, () => measure(() => run(n), seconds));
    rows.push({ benchmark: 'steady-node.run', params: { kernel, engine: 'node' },
        primaryMetric: { score: scores.reduce((a, b) => a + b) / scores.length, scoreUnit: 'ms/op', rawData: [scores] } });
}
console.log(JSON.stringify(rows, null, 1));
