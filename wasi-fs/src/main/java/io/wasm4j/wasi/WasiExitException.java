package io.wasm4j.wasi;

import io.wasm4j.spi.WasiProvider;

/**
 * Thrown by {@code proc_exit}: the guest asked to end with {@link #exitCode()}. It unwinds the guest's
 * stack and reaches the embedder from the call that ran the guest (for example {@code _start}); catch it
 * there and treat it as the program's exit status, as a command line runner does.
 */
public final class WasiExitException extends RuntimeException implements WasiProvider.ExitStatus {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** Creates the exception for exit status {@code exitCode}. */
    public WasiExitException(int exitCode) {
        super("guest exited with status " + exitCode, null, false, false);
        this.exitCode = exitCode;
    }

    /** Returns the exit status the guest gave to {@code proc_exit}. */
    @Override
    public int exitCode() {
        return exitCode;
    }
}
