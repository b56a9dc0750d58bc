package io.wasm4j.core;

/**
 * The root of wasm4j's exceptions: a module that cannot be decoded, validated, linked or instantiated,
 * or a trap during execution. Subclasses mirror the assertion kinds of the WebAssembly spec tests.
 */
public abstract class WasmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with the given message. */
    protected WasmException(String message) {
        super(message);
    }

    /** Creates an exception with the given message and cause. */
    protected WasmException(String message, Throwable cause) {
        super(message, cause);
    }
}
