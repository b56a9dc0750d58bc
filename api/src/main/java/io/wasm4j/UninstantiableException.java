package io.wasm4j;

import io.wasm4j.core.WasmException;

/**
 * An instance could not be created although its imports matched: a memory or table too large for this
 * engine, or a resource limit. (A trap during instantiation is a {@link io.wasm4j.spi.Trap}.)
 */
public final class UninstantiableException extends WasmException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public UninstantiableException(String message, Throwable cause) {
        super(message, cause);
    }
}
