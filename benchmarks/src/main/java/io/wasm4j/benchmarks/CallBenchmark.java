package io.wasm4j.benchmarks;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.wat.Wat;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
 * <p>The wasm4j path is {@link io.wasm4j.TypedFunc#handle()} with {@code invokeExact} and a host function
 * defined from an {@link IntUnaryOperator}; Chicory's is {@code ExportFunction.apply(long...)} and a
 * {@code HostFunction} (both box arguments and results in {@code long[]}).
 */
@State(Scope.Benchmark)
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
    private MethodHandle incHandle;
    private MethodHandle add64Handle;
    private int counter;
    private long counter64;

    /** Instantiates the module on the engine and checks both directions once. */
    @Setup
    public void setup() {
        byte[] wasm = Wat.parse(WAT);
        WasmEngine e = WasmEngine.of(engine);
        WasmEngine.Loaded loaded = e.load(wasm, x -> x + 1);
        inc = loaded.func("inc");
        callHost = loaded.func("callHost");
        if (e == WasmEngine.WASM4J_INTERP || e == WasmEngine.WASM4J_BYTECODE) {
            Engine wasm4j = Engine.create(Config.builder()
                    .strategy(e == WasmEngine.WASM4J_INTERP ? Strategy.INTERP : Strategy.BYTECODE)
                    .build());
            Linker<Object> linker = new Linker<>(wasm4j);
            linker.func("env", "host", IntUnaryOperator.class, x -> x + 1);
            Instance instance = linker.instantiate(Store.create(wasm4j, null), Module.fromBinary(wasm4j, wasm));
            incHandle = instance.getTypedFunc("inc", int.class, int.class).handle();
            add64Handle = instance.getTypedFunc("add64", long.class, long.class, long.class)
                    .handle();
        }
        if (inc.applyAsInt(41) != 42 || callHost.applyAsInt(HOST_CALLS) != HOST_CALLS) {
            throw new IllegalStateException(engine + " computes wrong results");
        }
    }

    /** Host to wasm through the engine's generic typed path ({@link WasmEngine.Loaded}). */
    @Benchmark
    public int hostToWasm() {
        return counter = inc.applyAsInt(counter);
    }

    /**
     * Host to wasm with {@code invokeExact} on a {@link io.wasm4j.TypedFunc} handle of type {@code (int)int}
     * (wasm4j only).
     */
    @Benchmark
    public int hostToWasmInvokeExact() throws Throwable {
        if (incHandle == null) {
            throw new UnsupportedOperationException("wasm4j only");
        }
        return counter = (int) incHandle.invokeExact(counter);
    }

    /** Host to wasm with two {@code long} arguments through {@code invokeExact} (wasm4j only). */
    @Benchmark
    public long hostToWasmInvokeExactI64() throws Throwable {
        if (add64Handle == null) {
            throw new UnsupportedOperationException("wasm4j only");
        }
        return counter64 = (long) add64Handle.invokeExact(counter64, 3L);
    }

    /** Wasm to host: reported per host call. */
    @Benchmark
    @OperationsPerInvocation(HOST_CALLS)
    public int wasmToHost() {
        return callHost.applyAsInt(HOST_CALLS);
    }
}
