package io.wasm4j;

import io.wasm4j.core.FuncType;
import io.wasm4j.spi.WasmTag;
import java.util.Objects;

/** An exception tag of a store. Tags are distinct even when their types are equal. */
public final class Tag implements Extern {
    private final Store<?> store;
    private final WasmTag raw;

    Tag(Store<?> store, WasmTag raw) {
        this.store = store;
        this.raw = Objects.requireNonNull(raw);
    }

    /**
     * Creates a new tag in {@code store}.
     *
     * @param type the payload types as parameters, no results; canonical encoding
     * @throws IllegalArgumentException if the type has results
     */
    public static Tag create(Store<?> store, FuncType type) {
        if (!type.results().isEmpty()) {
            throw new IllegalArgumentException("a tag's type has no results: " + type);
        }
        return new Tag(store, new WasmTag(store.engine().core().types().funcType(type)));
    }

    /** Returns the payload types as a function type (canonical encoding). */
    public FuncType type() {
        return raw.type().funcType();
    }

    @Override
    public ExternType externType() {
        return new ExternType.Tag(type());
    }

    Store<?> store() {
        return store;
    }

    WasmTag raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && t.raw == raw;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(raw);
    }

    @Override
    public String toString() {
        return "Tag" + type();
    }
}
