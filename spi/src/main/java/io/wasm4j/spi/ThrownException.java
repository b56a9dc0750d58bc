package io.wasm4j.spi;

import io.wasm4j.core.WasmException;
import java.util.Objects;

/**
 * A WebAssembly exception in flight ({@code throw}, {@code throw_ref}) outside a handler, as a Java
 * exception. Backends throw it to unwind through frames they do not own (host functions, other
 * instances); when it reaches the embedder, the wasm code threw an exception nobody caught.
 *
 * <p>It records no Java stack trace (wasm exceptions are control flow); {@link WasmBacktrace#find}
 * gives the wasm frames when a backend added them.
 */
public final class ThrownException extends WasmException {
    private static final long serialVersionUID = 1L;

    private final transient Exn exn;

    /** Creates the exception carrying {@code exn}. */
    public ThrownException(Exn exn) {
        super("uncaught wasm exception");
        this.exn = Objects.requireNonNull(exn);
    }

    /** Returns the exception object, to be caught by a handler or inspected by the embedder. */
    public Exn exn() {
        return exn;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
