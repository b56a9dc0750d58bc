package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.GcRef;

/**
 * A GC array: numeric elements in {@link #p} (one long each, two for {@code v128}, packed ones masked to
 * their width), reference elements in {@link #r}.
 */
final class WasmArray implements GcRef {
    final DefinedType type;
    final byte kind;
    final int length;
    final long[] p;
    final Object[] r;

    WasmArray(DefinedType type, byte kind, int length) {
        this.type = type;
        this.kind = kind;
        this.length = length;
        this.p = kind == GcLayout.K_REF
                ? WasmStruct.EMPTY_LONGS
                : new long[kind == GcLayout.K_V128 ? 2 * length : length];
        this.r = kind == GcLayout.K_REF ? new Object[length] : WasmStruct.EMPTY_REFS;
    }

    @Override
    public DefinedType definedType() {
        return type;
    }

    @Override
    public String toString() {
        return "array " + type + "[" + length + "]";
    }
}
