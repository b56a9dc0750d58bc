package io.wasm4j;

import io.wasm4j.core.FuncType;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.ThrownException;
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

    /**
     * Creates a WebAssembly exception with this tag, for a host function to throw into wasm code, where
     * a handler for this tag can catch it.
     *
     * @param payload one value per parameter of the tag's type
     * @throws IllegalArgumentException if the payload does not match the type
     */
    public ThrownException newException(Val... payload) {
        FuncType t = type();
        if (payload.length != t.params().size()) {
            throw new IllegalArgumentException(
                    "tag " + t + " takes " + t.params().size() + " values, got " + payload.length);
        }
        Object[] raw = new Object[payload.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Values.toRaw(store, payload[i], t.params().get(i));
        }
        return new ThrownException(new Exn(this.raw, raw));
    }

    /** Returns whether {@code e} was thrown with this tag. */
    public boolean isTagOf(ThrownException e) {
        return e.exn().tag() == raw;
    }

    /**
     * Returns the payload of an exception thrown with this tag.
     *
     * @throws IllegalArgumentException if {@code e} was thrown with another tag
     */
    public Val[] payload(ThrownException e) {
        if (!isTagOf(e)) {
            throw new IllegalArgumentException(
                    "exception was thrown with another tag: " + e.exn().tag());
        }
        FuncType t = type();
        Object[] raw = e.exn().payload();
        Val[] out = new Val[raw.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.fromRaw(store, raw[i], t.params().get(i));
        }
        return out;
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
