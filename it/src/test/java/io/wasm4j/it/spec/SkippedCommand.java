package io.wasm4j.it.spec;

import java.io.Serial;
import org.opentest4j.TestAbortedException;

/**
 * Aborts a command's test to report it as skipped. It carries no stack trace: tens of thousands of
 * commands are skipped per run, and their traces (which all point here) only cost time to report.
 */
final class SkippedCommand extends TestAbortedException {
    @Serial
    private static final long serialVersionUID = 1L;

    SkippedCommand(String reason) {
        super(reason);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
