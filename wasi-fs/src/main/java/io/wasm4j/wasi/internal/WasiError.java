package io.wasm4j.wasi.internal;

/**
 * An errno result raised inside a WASI function and turned into its return value at the function's
 * boundary ({@link WasiFunctions}). Carries no stack trace: it is the error path of a system call, not a
 * bug.
 */
final class WasiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    WasiError(int errno) {
        super(Errno.name(errno), null, false, false);
        this.errno = errno;
    }

    int errno() {
        return errno;
    }
}
