package io.wasm4j;

import io.wasm4j.core.WasmException;

/**
 * A module's imports cannot be satisfied (the spec's "unlinkable"): an unknown import or an
 * incompatible import type. The message starts with the spec text, e.g. {@code "unknown import"}.
 */
public final class LinkException extends WasmException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public LinkException(String message) {
        super(message);
    }
}
