package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.GcRef;

/** A GC struct: numeric fields in {@link #p}, references in {@link #r}, as its {@link GcLayout} says. */
final class WasmStruct implements GcRef {
    final DefinedType type;
    final long[] p;
    final Object[] r;

    WasmStruct(DefinedType type, GcLayout layout) {
        this.type = type;
        this.p = layout.longs() == 0 ? EMPTY_LONGS : new long[layout.longs()];
        this.r = layout.refs() == 0 ? EMPTY_REFS : new Object[layout.refs()];
    }

    static final long[] EMPTY_LONGS = new long[0];
    static final Object[] EMPTY_REFS = new Object[0];

    @Override
    public DefinedType definedType() {
        return type;
    }

    @Override
    public String toString() {
        return "struct " + type;
    }
}
