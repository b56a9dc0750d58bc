/** The WebAssembly text format and {@code .wast} scripts, translated to the binary format. */
module io.wasm4j.wat {
    requires transitive io.wasm4j.core;

    exports io.wasm4j.wat;
    exports io.wasm4j.wat.script;
}
