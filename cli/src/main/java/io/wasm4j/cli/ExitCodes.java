package io.wasm4j.cli;

/** The exit statuses of {@code wasm4j} besides the guest's own {@code proc_exit} code. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;

    /** Bad input: a missing file, a malformed, invalid or unlinkable module, a failing spec script. */
    static final int ERROR = 1;

    /** Bad command-line arguments. */
    static final int USAGE = 2;

    /** The guest trapped: 128 + SIGABRT (6), as wasmtime exits on Unix. */
    static final int TRAP = 134;

    private ExitCodes() {}
}
