package io.wasm4j.wat;

import io.wasm4j.core.WasmException;

/**
 * WebAssembly text that cannot be turned into a module: a lexical or syntax error, an unknown
 * identifier, an out-of-range literal. The message starts with the spec's text for the problem (e.g.
 * {@code "unknown operator"}) and ends with the position.
 */
public final class WatException extends WasmException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param reason the spec's text for the problem, with detail after it
     * @param line 1-based line, or 0 if unknown
     * @param column 1-based column, or 0 if unknown
     */
    public WatException(String reason, int line, int column) {
        super(line > 0 ? reason + " at " + line + ":" + column : reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** Returns the message without the position. */
    public String reason() {
        return reason;
    }

    /** Returns the 1-based line of the problem, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** Returns the 1-based column of the problem, or 0 if unknown. */
    public int column() {
        return column;
    }
}
