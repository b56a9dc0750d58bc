package io.wasm4j.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every engine computes the native checksum of every kernel, without timing anything:
 * {@code java -cp benchmarks/target/benchmarks.jar io.wasm4j.benchmarks.Verify [engine...]}. Exits with 1 if
 * an engine fails; prints one line per engine and kernel.
 */
public final class Verify {
    private Verify() {}

    /** Runs the check. */
    public static void main(String[] args) {
        List<WasmEngine> engines = new ArrayList<>();
        for (String id : args) {
            engines.add(WasmEngine.of(id));
        }
        if (engines.isEmpty()) {
            engines.addAll(List.of(WasmEngine.values()));
        }
        int failures = 0;
        for (WasmEngine engine : engines) {
            for (String kernel : Kernels.NAMES) {
                int n = Kernels.jmhN(kernel);
                String outcome;
                try {
                    int actual = engine.load(Kernels.wasm(kernel), x -> x)
                            .func("run")
                            .applyAsInt(n);
                    Kernels.check(engine.id(), kernel, n, actual);
                    outcome = "ok " + Integer.toUnsignedString(actual);
                } catch (RuntimeException | LinkageError e) {
                    failures++;
                    outcome = "FAILED " + e;
                }
                System.out.printf("%-17s %-7s %s%n", engine.id(), kernel, outcome);
            }
        }
        if (failures > 0) {
            System.exit(1);
        }
    }
}
