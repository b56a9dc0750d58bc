package io.wasm4j;

import io.wasm4j.core.GlobalType;
import io.wasm4j.spi.WasmGlobal;
import java.util.Objects;

/** A global of a store. */
public final class Global implements Extern {
    private final Store<?> store;
    private final WasmGlobal raw;

    Global(Store<?> store, WasmGlobal raw) {
        this.store = store;
        this.raw = Objects.requireNonNull(raw);
    }

    /**
     * Creates a global in {@code store}.
     *
     * @param type the type; a concrete reference type must be in canonical encoding
     * @throws IllegalArgumentException if {@code value} does not match the type
     */
    public static Global create(Store<?> store, GlobalType type, Val value) {
        return new Global(store, new WasmGlobal(type, Values.toRaw(store, value, type.valType())));
    }

    /** Returns the type (canonical encoding). */
    public GlobalType type() {
        return raw.type();
    }

    @Override
    public ExternType externType() {
        return new ExternType.Global(raw.type());
    }

    /** Returns the current value. */
    public Val get() {
        return Values.fromRaw(store, raw.get(), raw.type().valType());
    }

    /**
     * Sets the value.
     *
     * @throws IllegalStateException if the global is immutable
     * @throws IllegalArgumentException if {@code value} does not match the type
     */
    public void set(Val value) {
        if (!raw.type().mutable()) {
            throw new IllegalStateException("global is immutable");
        }
        raw.set(Values.toRaw(store, value, raw.type().valType()));
    }

    Store<?> store() {
        return store;
    }

    WasmGlobal raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Global g && g.raw == raw;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(raw);
    }

    @Override
    public String toString() {
        return "Global[" + raw + "]";
    }
}
