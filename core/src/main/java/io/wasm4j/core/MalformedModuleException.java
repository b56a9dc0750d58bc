package io.wasm4j.core;

/**
 * The bytes are not a well-formed WebAssembly binary (the spec's "malformed"): bad magic, truncated
 * sections, over-long LEB128 integers, unknown opcodes and the like.
 */
public final class MalformedModuleException extends ModuleFormatException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason the spec's text for the problem, e.g. {@code "integer too large"}
     * @param offset byte offset where it was found, or {@code -1}
     */
    public MalformedModuleException(String reason, long offset) {
        super(reason, offset);
    }
}
