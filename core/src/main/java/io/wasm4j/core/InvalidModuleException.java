package io.wasm4j.core;

/**
 * The module is well-formed but breaks a validation rule (the spec's "invalid"): a type mismatch, an
 * unknown index, a misplaced instruction and the like.
 */
public final class InvalidModuleException extends ModuleFormatException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason the spec's text for the problem, e.g. {@code "type mismatch"}
     * @param offset byte offset where it was found, or {@code -1}
     */
    public InvalidModuleException(String reason, long offset) {
        super(reason, offset);
    }
}
