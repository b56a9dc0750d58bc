package io.wasm4j.benchmarks;

import io.wasm4j.wat.Wat;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of crossing the host/wasm boundary. {@code hostToWasm*}: one call of a tiny export per operation.
 * {@code wasmToHost}: a wasm loop calling an imported host function {@value #HOST_CALLS} times, reported
 * per host call. Run with {@code -prof gc} to see the allocation per call (B/op).
 *
 * <p>The wasm4j path is a {@link io.wasm4j.TypedFunc} handle behind an {@link IntUnaryOperator} and a host
 * function defined from an {@link IntUnaryOperator}; Chicory's is {@code ExportFunction.apply(long...)} and a
 * {@code HostFunction} (both pass arguments and results in {@code long[]}). {@link TypedCallBenchmark} measures
 * wasm4j's {@code invokeExact} path alone.
 */
@State(Scope.Benchmark)
// The wasm4j-*-mmap engines call restricted FFM methods; the shaded jar runs on the class path.
@Fork(jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallBenchmark {
    static final int HOST_CALLS = 1000;

    static final String WAT = """
            (module
              (import "env" "host" (func $host (param i32) (result i32)))
              (func (export "inc") (param i32) (result i32)
                (i32.add (local.get 0) (i32.const 1)))
              (func (export "add64") (param i64 i64) (result i64)
                (i64.add (local.get 0) (local.get 1)))
              (func (export "callHost") (param i32) (result i32) (local i32)
                (block $done
                  (loop $next
                    (br_if $done (i32.eqz (local.get 0)))
                    (local.set 1 (call $host (local.get 1)))
                    (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                    (br $next)))
                (local.get 1)))
            """;

    /** The engine ({@link WasmEngine#id()}). */
    @Param({"wasm4j-interp", "wasm4j-bytecode", "chicory-interp", "chicory-compiler"})
    public String engine;

    private IntUnaryOperator inc;
    private IntUnaryOperator callHost;
    private int counter;

    /** Instantiates the module on the engine and checks both directions once. */
    @Setup
    public void setup() {
        byte[] wasm = Wat.parse(WAT);
        WasmEngine e = WasmEngine.of(engine);
        WasmEngine.Loaded loaded = e.load(wasm, x -> x + 1);
        inc = loaded.func("inc");
        callHost = loaded.func("callHost");
        if (inc.applyAsInt(41) != 42 || callHost.applyAsInt(HOST_CALLS) != HOST_CALLS) {
            throw new IllegalStateException(engine + " computes wrong results");
        }
    }

    /** Host to wasm through the engine's generic typed path ({@link WasmEngine.Loaded}). */
    @Benchmark
    public int hostToWasm() {
        return counter = inc.applyAsInt(counter);
    }

    /** Wasm to host: reported per host call. */
    @Benchmark
    @OperationsPerInvocation(HOST_CALLS)
    public int wasmToHost() {
        return callHost.applyAsInt(HOST_CALLS);
    }
}
