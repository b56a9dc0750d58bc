/**
 * The plugin contracts of wasm4j: what a backend ({@link io.wasm4j.spi.CompilerProvider}), a memory
 * implementation ({@link io.wasm4j.spi.MemoryCreator}) and the facade agree on, and the runtime objects
 * compiled code and embedders share (functions, tables, globals, tags, memories, traps).
 *
 * <p>This module provides the default heap-backed {@link io.wasm4j.spi.MemoryCreator}. It names no
 * other plugin and calls no {@link java.util.ServiceLoader}; only the facade does.
 */
module io.wasm4j.spi {
    requires transitive io.wasm4j.core;

    exports io.wasm4j.spi;

    provides io.wasm4j.spi.MemoryCreator with
            io.wasm4j.spi.HeapMemoryCreator;
}
