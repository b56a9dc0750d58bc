/**
 * The WebAssembly binary format: decoding, validation and the immutable validated module model that
 * backends compile. Pure data; nothing here executes WebAssembly.
 */
module io.wasm4j.core {
    exports io.wasm4j.core;
    exports io.wasm4j.core.code;
}
