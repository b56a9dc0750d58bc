package io.wasm4j.spi;

import java.util.Objects;

/**
 * A tag instance of the exception-handling proposal. Tags are compared by identity: two tags with the
 * same type are different tags.
 */
public final class WasmTag {
    private final DefinedType type;

    /**
     * Creates a tag.
     *
     * @param type the canonical function type whose parameters are the payload (results empty)
     */
    public WasmTag(DefinedType type) {
        this.type = Objects.requireNonNull(type);
        if (!type.isFunc()) {
            throw new IllegalArgumentException("a tag's type must be a function type: " + type);
        }
    }

    /** Returns the tag's canonical function type. */
    public DefinedType type() {
        return type;
    }

    @Override
    public String toString() {
        return "tag " + type.funcType();
    }
}
