package io.wasm4j.wat.script;

import io.wasm4j.wat.Wat;

/**
 * The {@code spectest} module that the spec suite's scripts import from, as WebAssembly: a runner
 * instantiates {@link #binary()} and registers the instance under {@link #NAME}. Its {@code print*}
 * functions do nothing; its globals, tables and memory are fresh per instance.
 */
public final class SpecTestModule {
    /** The module name scripts import from. */
    public static final String NAME = "spectest";

    private static final String TEXT = """
            (module
              (func (export "print"))
              (func (export "print_i32") (param i32))
              (func (export "print_i64") (param i64))
              (func (export "print_f32") (param f32))
              (func (export "print_f64") (param f64))
              (func (export "print_i32_f32") (param i32 f32))
              (func (export "print_f64_f64") (param f64 f64))
              (global (export "global_i32") i32 (i32.const 666))
              (global (export "global_i64") i64 (i64.const 666))
              (global (export "global_f32") f32 (f32.const 666.6))
              (global (export "global_f64") f64 (f64.const 666.6))
              (table (export "table") 10 20 funcref)
              (table (export "table64") i64 10 20 funcref)
              (memory (export "memory") 1 2))
            """;

    private static final String SHARED_MEMORY_TEXT = """
            (module (memory (export "shared_memory") 1 2 shared))
            """;

    private SpecTestModule() {}

    /** Returns the binary of {@code spectest} without {@code shared_memory} (a fresh copy). */
    public static byte[] binary() {
        return Wat.parse(TEXT);
    }

    /**
     * Returns the binary of a module exporting only {@code spectest}'s {@code shared_memory}, which needs
     * the threads proposal: register it too where the engine accepts it.
     */
    public static byte[] sharedMemoryBinary() {
        return Wat.parse(SHARED_MEMORY_TEXT);
    }
}
