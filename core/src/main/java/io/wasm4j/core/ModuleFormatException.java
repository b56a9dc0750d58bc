package io.wasm4j.core;

/**
 * A module rejected before it could run: common base of {@link MalformedModuleException} and {@link
 * InvalidModuleException}, carrying the byte offset where the problem was found.
 */
public abstract class ModuleFormatException extends WasmException {
    private static final long serialVersionUID = 1L;

    private final long offset;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param reason the spec's text for the problem, e.g. {@code "type mismatch"}, with detail after it
     * @param offset byte offset in the module where the problem was found, or {@code -1} if unknown
     */
    protected ModuleFormatException(String reason, long offset) {
        super(offset >= 0 ? reason + " (at offset 0x" + Long.toHexString(offset) + ")" : reason);
        this.reason = reason;
        this.offset = offset;
    }

    /** Returns the byte offset in the module where the problem was found, or {@code -1} if unknown. */
    public long offset() {
        return offset;
    }

    /** Returns the message without the offset suffix. */
    public String reason() {
        return reason;
    }
}
