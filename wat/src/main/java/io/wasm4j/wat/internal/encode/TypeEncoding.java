package io.wasm4j.wat.internal.encode;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import java.util.List;

/** Binary encodings of types (spec "Types" of the binary format). */
final class TypeEncoding {
    private TypeEncoding() {}

    static void subType(Bytes out, SubType t) {
        if (!t.isFinal() || !t.supertypes().isEmpty()) {
            out.byte1(t.isFinal() ? 0x4F : 0x50).u32(t.supertypes().size());
            for (int s : t.supertypes()) {
                out.u32(s);
            }
        }
        switch (t.composite()) {
            case FuncType f -> {
                out.byte1(0x60);
                valTypes(out, f.params());
                valTypes(out, f.results());
            }
            case StructType s -> {
                out.byte1(0x5F).u32(s.fields().size());
                for (FieldType field : s.fields()) {
                    fieldType(out, field);
                }
            }
            case ArrayType a -> {
                out.byte1(0x5E);
                fieldType(out, a.element());
            }
        }
    }

    static void valTypes(Bytes out, List<ValType> types) {
        out.u32(types.size());
        for (ValType t : types) {
            valType(out, t);
        }
    }

    static void fieldType(Bytes out, FieldType f) {
        storageType(out, f.storage());
        out.byte1(f.mutable() ? 1 : 0);
    }

    static void storageType(Bytes out, StorageType s) {
        switch (s) {
            case PackedType p -> out.byte1(p == PackedType.I8 ? 0x78 : 0x77);
            case ValType v -> valType(out, v);
        }
    }

    static void valType(Bytes out, ValType t) {
        switch (t) {
            case NumType n ->
                out.byte1(
                        switch (n) {
                            case I32 -> 0x7F;
                            case I64 -> 0x7E;
                            case F32 -> 0x7D;
                            case F64 -> 0x7C;
                        });
            case VecType v -> out.byte1(0x7B);
            case RefType r -> refType(out, r);
        }
    }

    static void refType(Bytes out, RefType r) {
        if (r.nullable() && r.heapType() instanceof AbsHeapType a) {
            out.byte1(a.code());
            return;
        }
        out.byte1(r.nullable() ? 0x63 : 0x64);
        heapType(out, r.heapType());
    }

    static void heapType(Bytes out, HeapType h) {
        switch (h) {
            case AbsHeapType a -> out.byte1(a.code());
            case TypeIndex i -> out.s64(i.index() & 0xFFFF_FFFFL);
        }
    }
}
