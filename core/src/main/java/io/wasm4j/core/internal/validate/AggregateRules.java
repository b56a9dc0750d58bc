package io.wasm4j.core.internal.validate;

import io.wasm4j.core.ArrayType;
import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.Opcode;
import java.util.List;

/** Validation of the GC aggregate instructions: structs, arrays and i31 references. */
final class AggregateRules {

    private AggregateRules() {}

    static void validate(FuncValidator v, Opcode op) {
        switch (op) {
            case STRUCT_NEW -> {
                int x = v.r.readU32();
                List<FieldType> fields = struct(v, x).fields();
                for (int i = fields.size() - 1; i >= 0; i--) {
                    v.pop(unpacked(fields.get(i).storage()));
                }
                v.push(Types.ref(false, Types.definedHeap(x)));
            }
            case STRUCT_NEW_DEFAULT -> {
                int x = v.r.readU32();
                for (FieldType f : struct(v, x).fields()) {
                    requireDefaultable(v, f);
                }
                v.push(Types.ref(false, Types.definedHeap(x)));
            }
            case STRUCT_GET, STRUCT_GET_S, STRUCT_GET_U, STRUCT_SET -> {
                int x = v.r.readU32();
                int y = v.r.readU32();
                List<FieldType> fields = struct(v, x).fields();
                if (y < 0 || y >= fields.size()) {
                    throw v.invalid("unknown field " + Integer.toUnsignedString(y));
                }
                FieldType f = fields.get(y);
                int ref = Types.ref(true, Types.definedHeap(x));
                if (op == Opcode.STRUCT_SET) {
                    if (!f.mutable()) {
                        throw v.invalid("immutable field");
                    }
                    v.pop(unpacked(f.storage()));
                    v.pop(ref);
                } else {
                    checkPacking(v, op == Opcode.STRUCT_GET, f);
                    v.pop(ref);
                    v.push(unpacked(f.storage()));
                }
            }
            case ARRAY_NEW -> {
                int x = v.r.readU32();
                FieldType f = array(v, x).element();
                v.pop(Types.I32);
                v.pop(unpacked(f.storage()));
                v.push(Types.ref(false, Types.definedHeap(x)));
            }
            case ARRAY_NEW_DEFAULT -> {
                int x = v.r.readU32();
                requireDefaultable(v, array(v, x).element());
                v.pop(Types.I32);
                v.push(Types.ref(false, Types.definedHeap(x)));
            }
            case ARRAY_NEW_FIXED -> {
                int x = v.r.readU32();
                int n = v.r.readU32();
                int t = unpacked(array(v, x).element().storage());
                int top = v.ctrlSize - 1;
                for (long i = 0; i < Integer.toUnsignedLong(n); i++) {
                    if (v.valsSize == v.ctrlHeight[top] && v.ctrlUnreachable[top]) {
                        break;
                    }
                    v.pop(t);
                }
                v.push(Types.ref(false, Types.definedHeap(x)));
            }
            case ARRAY_NEW_DATA, ARRAY_INIT_DATA -> {
                int x = v.r.readU32();
                int d = v.r.readU32();
                FieldType f = array(v, x).element();
                if (op == Opcode.ARRAY_INIT_DATA) {
                    requireMutable(v, f);
                }
                if (f.storage() instanceof ValType vt && Types.isRef(Types.of(vt))) {
                    throw v.invalid("array type is not numeric or vector");
                }
                MemoryRules.dataIndex(v, d);
                segmentOperands(v, op == Opcode.ARRAY_INIT_DATA, x);
            }
            case ARRAY_NEW_ELEM, ARRAY_INIT_ELEM -> {
                int x = v.r.readU32();
                int e = v.r.readU32();
                FieldType f = array(v, x).element();
                if (op == Opcode.ARRAY_INIT_ELEM) {
                    requireMutable(v, f);
                }
                MemoryRules.elemIndex(v, e);
                if (!v.types.isSub(Types.of(v.env.elemType(e)), unpacked(f.storage()))) {
                    throw v.invalid("type mismatch: element segment does not match the array");
                }
                segmentOperands(v, op == Opcode.ARRAY_INIT_ELEM, x);
            }
            case ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U -> {
                int x = v.r.readU32();
                FieldType f = array(v, x).element();
                checkPacking(v, op == Opcode.ARRAY_GET, f);
                v.pop(Types.I32);
                v.pop(Types.ref(true, Types.definedHeap(x)));
                v.push(unpacked(f.storage()));
            }
            case ARRAY_SET -> {
                int x = v.r.readU32();
                FieldType f = array(v, x).element();
                requireMutable(v, f);
                v.pop(unpacked(f.storage()));
                v.pop(Types.I32);
                v.pop(Types.ref(true, Types.definedHeap(x)));
            }
            case ARRAY_LEN -> {
                v.pop(Types.ARRAYREF);
                v.push(Types.I32);
            }
            case ARRAY_FILL -> {
                int x = v.r.readU32();
                FieldType f = array(v, x).element();
                requireMutable(v, f);
                v.pop(Types.I32);
                v.pop(unpacked(f.storage()));
                v.pop(Types.I32);
                v.pop(Types.ref(true, Types.definedHeap(x)));
            }
            case ARRAY_COPY -> {
                int x = v.r.readU32();
                int y = v.r.readU32();
                FieldType dst = array(v, x).element();
                FieldType src = array(v, y).element();
                requireMutable(v, dst);
                if (!storageSub(v, src.storage(), dst.storage())) {
                    throw v.invalid("array types do not match");
                }
                v.pop(Types.I32);
                v.pop(Types.I32);
                v.pop(Types.ref(true, Types.definedHeap(y)));
                v.pop(Types.I32);
                v.pop(Types.ref(true, Types.definedHeap(x)));
            }
            case REF_I31 -> {
                v.pop(Types.I32);
                v.push(Types.ref(false, Types.H_I31));
            }
            case I31_GET_S, I31_GET_U -> {
                v.pop(Types.I31REF);
                v.push(Types.I32);
            }
            default -> throw new AssertionError(op);
        }
    }

    private static void segmentOperands(FuncValidator v, boolean init, int x) {
        v.pop(Types.I32);
        v.pop(Types.I32);
        if (init) {
            v.pop(Types.I32);
            v.pop(Types.ref(true, Types.definedHeap(x)));
        } else {
            v.push(Types.ref(false, Types.definedHeap(x)));
        }
    }

    private static StructType struct(FuncValidator v, int x) {
        CompositeType c = v.types.composite(v.checkTypeIndex(x));
        if (c instanceof StructType s) {
            return s;
        }
        throw v.invalid("type mismatch: type " + x + " is not a struct type");
    }

    private static ArrayType array(FuncValidator v, int x) {
        CompositeType c = v.types.composite(v.checkTypeIndex(x));
        if (c instanceof ArrayType a) {
            return a;
        }
        throw v.invalid("type mismatch: type " + x + " is not an array type");
    }

    static int unpacked(StorageType s) {
        return s instanceof ValType vt ? Types.of(vt) : Types.I32;
    }

    private static void checkPacking(FuncValidator v, boolean plainGet, FieldType f) {
        boolean packed = f.storage() instanceof PackedType;
        if (packed == plainGet) {
            throw v.invalid(
                    packed
                            ? "type mismatch: packed field requires get_s or get_u"
                            : "type mismatch: field is not packed");
        }
    }

    private static void requireMutable(FuncValidator v, FieldType f) {
        if (!f.mutable()) {
            throw v.invalid("immutable array");
        }
    }

    private static void requireDefaultable(FuncValidator v, FieldType f) {
        if (f.storage() instanceof ValType vt && !Types.isDefaultable(Types.of(vt))) {
            throw v.invalid("type mismatch: field type is not defaultable");
        }
    }

    private static boolean storageSub(FuncValidator v, StorageType sub, StorageType sup) {
        if (sub instanceof PackedType || sup instanceof PackedType) {
            return sub == sup;
        }
        return v.types.isSub(Types.of((ValType) sub), Types.of((ValType) sup));
    }
}
