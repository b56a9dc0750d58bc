package io.wasm4j.spi;

/**
 * Translates the WebAssembly text format to the binary format, so the facade can compile {@code .wat}
 * without depending on a text parser. Found with {@link java.util.ServiceLoader}; the {@code
 * io.wasm4j.wat} module is expected to provide it.
 *
 * <p>Implementations must have a public no-argument constructor, be safe for concurrent use, and throw
 * an unchecked exception whose message has the position and the spec's text for malformed text.
 */
public interface TextFormat {
    /**
     * Translates one module in text format to binary.
     *
     * @param text a {@code (module ...)} or its fields
     * @return the binary module
     */
    byte[] toBinary(String text);
}
