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
import java.util.Locale;
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
 * wasm4j's allocation-free call paths, measured with {@code -prof gc} (target: 0 B/op): host to wasm with
 * {@code invokeExact} on {@link io.wasm4j.TypedFunc#handle()} ({@code (int)int} and {@code (long,long)long}),
 * and wasm to a host function defined from an {@link IntUnaryOperator}, reported per host call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TypedCallBenchmark {
    /** The wasm4j strategy. */
    @Param({"interp", "bytecode"})
    public String strategy;

    private MethodHandle inc;
    private MethodHandle add64;
    private MethodHandle callHost;
    private int counter;
    private long counter64;

    /** Instantiates {@link CallBenchmark#WAT}. */
    @Setup
    public void setup() {
        Engine engine = Engine.create(Config.builder()
                .strategy(Strategy.valueOf(strategy.toUpperCase(Locale.ROOT)))
                .build());
        Linker<Object> linker = new Linker<>(engine);
        linker.func("env", "host", IntUnaryOperator.class, x -> x + 1);
        Instance instance =
                linker.instantiate(Store.create(engine, null), Module.fromBinary(engine, Wat.parse(CallBenchmark.WAT)));
        inc = instance.getTypedFunc("inc", int.class, int.class).handle();
        add64 = instance.getTypedFunc("add64", long.class, long.class, long.class)
                .handle();
        callHost = instance.getTypedFunc("callHost", int.class, int.class).handle();
    }

    /** Host to wasm, {@code (i32) -> i32}. */
    @Benchmark
    public int hostToWasm() throws Throwable {
        return counter = (int) inc.invokeExact(counter);
    }

    /** Host to wasm, {@code (i64, i64) -> i64}. */
    @Benchmark
    public long hostToWasmI64() throws Throwable {
        return counter64 = (long) add64.invokeExact(counter64, 3L);
    }

    /** Wasm to host: reported per host call. */
    @Benchmark
    @OperationsPerInvocation(CallBenchmark.HOST_CALLS)
    public int wasmToHost() throws Throwable {
        return (int) callHost.invokeExact(CallBenchmark.HOST_CALLS);
    }
}
