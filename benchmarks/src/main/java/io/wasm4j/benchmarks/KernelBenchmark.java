package io.wasm4j.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Steady-state time of one {@code run(n)} call of each compute kernel on each engine. Setup checks that the
 * engine computes the native build's checksum, so a wrong engine fails instead of being measured.
 */
@State(Scope.Benchmark)
// The wasm4j-*-mmap engines call restricted FFM methods; the shaded jar runs on the class path.
@Fork(jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KernelBenchmark {
    /** The kernel: a file {@code kernels/NAME.wasm}. */
    @Param({"fib", "sieve", "matmul", "sha256", "nbody", "qsort", "vm"})
    public String kernel;

    /** The engine ({@link WasmEngine#id()}). */
    @Param({"wasm4j-interp", "wasm4j-bytecode", "chicory-interp", "chicory-compiler"})
    public String engine;

    private IntUnaryOperator run;
    private int n;

    /** Instantiates the kernel and checks its checksum. */
    @Setup
    public void setup() {
        run = WasmEngine.of(engine).load(Kernels.wasm(kernel), x -> x).func("run");
        n = Kernels.jmhN(kernel);
        Kernels.check(engine, kernel, n, run.applyAsInt(n));
    }

    /** Runs the kernel once. */
    @Benchmark
    public int run() {
        return run.applyAsInt(n);
    }
}
