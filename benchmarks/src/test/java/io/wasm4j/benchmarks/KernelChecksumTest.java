package io.wasm4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.wat.Wat;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The benchmark inputs are sound: wasm4j's interpreter computes each kernel's native checksum, and the call
 * module behaves. Correctness only; nothing here is timed.
 */
final class KernelChecksumTest {
    static final List<String> KERNELS = Kernels.NAMES;

    @ParameterizedTest
    @FieldSource("KERNELS")
    void run_onInterpreter_matchesNativeChecksum(String kernel) {
        int n = Kernels.jmhN(kernel);
        IntUnaryOperator run =
                WasmEngine.WASM4J_INTERP.load(Kernels.wasm(kernel), x -> x).func("run");

        assertEquals(
                Integer.toUnsignedString(Kernels.expected(kernel, n)), Integer.toUnsignedString(run.applyAsInt(n)));
    }

    @ParameterizedTest
    @FieldSource("KERNELS")
    void processSize_hasExpectedChecksum(String kernel) {
        int n = Kernels.processN(kernel);

        Kernels.expected(kernel, n);
    }

    @Test
    void callModule_onInterpreter_callsBothWays() {
        WasmEngine.Loaded loaded = WasmEngine.WASM4J_INTERP.load(Wat.parse(CallBenchmark.WAT), x -> x + 1);

        assertEquals(42, loaded.func("inc").applyAsInt(41));
        assertEquals(CallBenchmark.HOST_CALLS, loaded.func("callHost").applyAsInt(CallBenchmark.HOST_CALLS));
    }
}
