package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.ArrayType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.VecType;
import io.wasm4j.core.WasmModule;
import java.util.List;

/**
 * How a struct's fields, or an array's elements, are stored: numbers in a {@code long[]} (a {@code v128}
 * in two consecutive longs, packed fields masked to their width), references in an {@code Object[]}.
 *
 * @param kinds per field: one of the {@code K_*} kinds
 * @param slots per field: its index in the long or the reference array
 * @param longs the number of longs
 * @param refs the number of references
 */
record GcLayout(byte[] kinds, int[] slots, int longs, int refs) {
    static final byte K_NUM = 0, K_REF = 1, K_V128 = 2, K_I8 = 3, K_I16 = 4;

    static byte kindOf(StorageType t) {
        return switch (t) {
            case PackedType p -> p == PackedType.I8 ? K_I8 : K_I16;
            case NumType n -> K_NUM;
            case VecType v -> K_V128;
            case RefType r -> K_REF;
            default -> throw new IllegalStateException(String.valueOf(t));
        };
    }

    /** Returns the byte width of an element of kind {@code k} in memory (array.new_data). */
    static int byteWidth(StorageType t) {
        return switch (t) {
            case PackedType p -> p.byteSize();
            case NumType n -> n == NumType.I32 || n == NumType.F32 ? 4 : 8;
            case VecType v -> 16;
            default -> 0;
        };
    }

    /** Computes the layout of every struct and array type of {@code module} (null for function types). */
    static GcLayout[] of(WasmModule module) {
        GcLayout[] out = new GcLayout[module.typeCount()];
        for (int i = 0; i < out.length; i++) {
            switch (module.type(i).composite()) {
                case StructType st -> out[i] = struct(st.fields());
                case ArrayType at -> out[i] = struct(List.of(at.element()));
                default -> {}
            }
        }
        return out;
    }

    private static GcLayout struct(List<FieldType> fields) {
        byte[] kinds = new byte[fields.size()];
        int[] slots = new int[fields.size()];
        int longs = 0;
        int refs = 0;
        for (int f = 0; f < kinds.length; f++) {
            StorageType st = fields.get(f).storage();
            kinds[f] = kindOf(st);
            if (kinds[f] == K_REF) {
                slots[f] = refs++;
            } else {
                slots[f] = longs;
                longs += kinds[f] == K_V128 ? 2 : 1;
            }
        }
        return new GcLayout(kinds, slots, longs, refs);
    }

    /** Returns the storage type of an array layout's element, for width computations. */
    static StorageType elementStorage(WasmModule module, int typeIndex) {
        return ((ArrayType) module.type(typeIndex).composite()).element().storage();
    }
}
