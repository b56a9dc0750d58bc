/**
 * The binary decoder: {@link io.wasm4j.core.internal.decode.ModuleDecoder} turns bytes into {@link
 * io.wasm4j.core.internal.decode.ModuleData}, which the public {@code WasmModule} wraps.
 *
 * <p>Error texts follow the reference interpreter, because the spec tests check them. In particular the
 * contents of a non-custom section and of a function body are read without stopping at their declared
 * size, which is compared only afterwards ("section size mismatch"), as the reference decoder does; a
 * length is "length out of bounds" when it passes the end of the input counted from the length's own
 * first byte. Bodies are first checked bounded by their size (the fast, common path); only a malformed
 * body is read again unbounded to find the reference decoder's error.
 *
 * <p>Custom sections are kept as byte ranges; only the {@code name} section is decoded, and dropped when
 * malformed.
 */
package io.wasm4j.core.internal.decode;
