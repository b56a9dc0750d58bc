package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.GcRef;
import java.util.Arrays;

/** GC objects: a struct or an array as a JVM object of its canonical type with boxed slots. */
final class GcObjects {
    private GcObjects() {}

    /** A struct: one boxed value per field (packed fields as their low bits in an Integer). */
    static final class Struct implements GcRef {
        final DefinedType type;
        final Object[] fields;

        Struct(DefinedType type, Object[] fields) {
            this.type = type;
            this.fields = fields;
        }

        @Override
        public DefinedType definedType() {
            return type;
        }

        @Override
        public String toString() {
            return "struct " + Arrays.toString(fields);
        }
    }

    /** An array: one boxed value per element. */
    static final class Array implements GcRef {
        final DefinedType type;
        final Object[] elems;

        Array(DefinedType type, Object[] elems) {
            this.type = type;
            this.elems = elems;
        }

        @Override
        public DefinedType definedType() {
            return type;
        }

        @Override
        public String toString() {
            return "array[" + elems.length + "]";
        }
    }
}
