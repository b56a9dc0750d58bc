package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.backend.bytecode.internal.GcObjects.Array;
import io.wasm4j.backend.bytecode.internal.GcObjects.Struct;
import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.GcRef;
import io.wasm4j.spi.I31Ref;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.V128;
import io.wasm4j.spi.ValueTypes;
import io.wasm4j.spi.WasmFunction;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Runtime support of the GC instructions (operands first, then immediates, then the instance). */
public final class Gc {
    private static final AbsHeapType[] ABS = AbsHeapType.values();

    private Gc() {}

    /** Encodes a heap type for {@link #test}: a type index, or {@code -1 - ordinal} of an abstract type. */
    static int code(io.wasm4j.core.HeapType t) {
        return switch (t) {
            case AbsHeapType a -> -1 - a.ordinal();
            case io.wasm4j.core.TypeIndex(int index) -> index;
        };
    }

    static Object defaultOf(StorageType s) {
        return s instanceof PackedType ? (Object) 0 : ValueTypes.defaultValue((ValType) s);
    }

    private static Object pack(StorageType s, Object v) {
        if (s instanceof PackedType p) {
            int x = (Integer) v;
            return p == PackedType.I8 ? x & 0xFF : x & 0xFFFF;
        }
        return v;
    }

    // ---- structs

    public static Object structNew(Object[] values, int type, BcInstance inst) {
        DefinedType t = inst.types[type];
        StructType st = (StructType) t.composite();
        for (int i = 0; i < values.length; i++) {
            values[i] = pack(st.fields().get(i).storage(), values[i]);
        }
        return new Struct(t, values);
    }

    public static Object structNewDefault(int type, BcInstance inst) {
        DefinedType t = inst.types[type];
        StructType st = (StructType) t.composite();
        Object[] values = new Object[st.fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = defaultOf(st.fields().get(i).storage());
        }
        return new Struct(t, values);
    }

    private static Struct struct(Object ref) {
        if (ref == null) {
            throw new Trap(TrapCode.NULL_STRUCTURE_REFERENCE);
        }
        return (Struct) ref;
    }

    public static Object structGet(Object ref, int field) {
        return struct(ref).fields[field];
    }

    public static int structGetPacked(Object ref, int field, int bits, boolean signed) {
        return extend((Integer) struct(ref).fields[field], bits, signed);
    }

    private static int extend(int x, int bits, boolean signed) {
        return signed ? (x << (32 - bits)) >> (32 - bits) : x & ((1 << bits) - 1);
    }

    public static void structSet(Object ref, Object value, int field) {
        Struct s = struct(ref);
        s.fields[field] =
                pack(((StructType) s.type.composite()).fields().get(field).storage(), value);
    }

    // ---- arrays

    private static StorageType storage(DefinedType t) {
        return ((ArrayType) t.composite()).element().storage();
    }

    private static Array array(Object ref) {
        if (ref == null) {
            throw new Trap(TrapCode.NULL_ARRAY_REFERENCE);
        }
        return (Array) ref;
    }

    private static void checkRange(long start, long n, int length) {
        if (start < 0 || n < 0 || start + n > length) {
            throw new Trap(TrapCode.ARRAY_OUT_OF_BOUNDS);
        }
    }

    public static Object arrayNew(Object init, int n, int type, BcInstance inst) {
        DefinedType t = inst.types[type];
        if (n < 0) {
            throw new Trap(TrapCode.INTERNAL_ERROR, "array of " + (n & 0xFFFF_FFFFL) + " elements is too large");
        }
        Object[] a = new Object[n];
        Arrays.fill(a, pack(storage(t), init));
        return new Array(t, a);
    }

    public static Object arrayNewDefault(int n, int type, BcInstance inst) {
        return arrayNew(defaultOf(storage(inst.types[type])), n, type, inst);
    }

    public static Object arrayNewFixed(Object[] values, int type, BcInstance inst) {
        DefinedType t = inst.types[type];
        for (int i = 0; i < values.length; i++) {
            values[i] = pack(storage(t), values[i]);
        }
        return new Array(t, values);
    }

    public static Object arrayNewData(int offset, int n, int type, int data, BcInstance inst) {
        DefinedType t = inst.types[type];
        long len = n & 0xFFFF_FFFFL;
        if ((offset & 0xFFFF_FFFFL) + len * byteSize(storage(t)) > inst.datas[data].length) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
        Object[] a = new Object[n];
        readData(inst.datas[data], offset & 0xFFFF_FFFFL, storage(t), a, 0, len);
        return new Array(t, a);
    }

    private static int byteSize(StorageType s) {
        return switch (s) {
            case PackedType p -> p == PackedType.I8 ? 1 : 2;
            case NumType nt -> nt == NumType.I32 || nt == NumType.F32 ? 4 : 8;
            case VecType v -> 16;
            default -> throw new IllegalStateException("not a numeric element: " + s);
        };
    }

    private static void readData(byte[] data, long offset, StorageType s, Object[] dst, int at, long n) {
        int size = byteSize(s);
        if (offset + n * size > data.length) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            int p = (int) (offset + (long) i * size);
            dst[at + i] = switch (s) {
                case PackedType pt -> pt == PackedType.I8 ? b.get(p) & 0xFF : b.getShort(p) & 0xFFFF;
                case NumType nt ->
                    switch (nt) {
                        case I32 -> b.getInt(p);
                        case I64 -> b.getLong(p);
                        case F32 -> b.getFloat(p);
                        case F64 -> b.getDouble(p);
                    };
                default -> new V128(b.getLong(p), b.getLong(p + 8));
            };
        }
    }

    public static Object arrayNewElem(int offset, int n, int type, int elem, BcInstance inst) {
        Object[] seg = inst.elems[elem];
        long off = offset & 0xFFFF_FFFFL;
        long len = n & 0xFFFF_FFFFL;
        if (off + len > seg.length) {
            throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
        return new Array(inst.types[type], Arrays.copyOfRange(seg, (int) off, (int) (off + len)));
    }

    public static Object arrayGet(Object ref, int index) {
        Array a = array(ref);
        if (index < 0 || index >= a.elems.length) {
            throw new Trap(TrapCode.ARRAY_OUT_OF_BOUNDS);
        }
        return a.elems[index];
    }

    public static int arrayGetPacked(Object ref, int index, int bits, boolean signed) {
        return extend((Integer) arrayGet(ref, index), bits, signed);
    }

    public static void arraySet(Object ref, int index, Object value) {
        Array a = array(ref);
        if (index < 0 || index >= a.elems.length) {
            throw new Trap(TrapCode.ARRAY_OUT_OF_BOUNDS);
        }
        a.elems[index] = pack(storage(a.type), value);
    }

    public static int arrayLen(Object ref) {
        return array(ref).elems.length;
    }

    public static void arrayFill(Object ref, int offset, Object value, int n) {
        Array a = array(ref);
        checkRange(offset & 0xFFFF_FFFFL, n & 0xFFFF_FFFFL, a.elems.length);
        Arrays.fill(a.elems, offset, offset + n, pack(storage(a.type), value));
    }

    public static void arrayCopy(Object dst, int dstOff, Object src, int srcOff, int n) {
        Array d = array(dst);
        Array s = array(src);
        checkRange(dstOff & 0xFFFF_FFFFL, n & 0xFFFF_FFFFL, d.elems.length);
        checkRange(srcOff & 0xFFFF_FFFFL, n & 0xFFFF_FFFFL, s.elems.length);
        System.arraycopy(s.elems, srcOff, d.elems, dstOff, n);
    }

    public static void arrayInitData(Object ref, int dstOff, int srcOff, int n, int data, BcInstance inst) {
        Array a = array(ref);
        checkRange(dstOff & 0xFFFF_FFFFL, n & 0xFFFF_FFFFL, a.elems.length);
        readData(inst.datas[data], srcOff & 0xFFFF_FFFFL, storage(a.type), a.elems, dstOff, n & 0xFFFF_FFFFL);
    }

    public static void arrayInitElem(Object ref, int dstOff, int srcOff, int n, int elem, BcInstance inst) {
        Array a = array(ref);
        Object[] seg = inst.elems[elem];
        checkRange(dstOff & 0xFFFF_FFFFL, n & 0xFFFF_FFFFL, a.elems.length);
        if ((srcOff & 0xFFFF_FFFFL) + (n & 0xFFFF_FFFFL) > seg.length) {
            throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
        System.arraycopy(seg, srcOff, a.elems, dstOff, n);
    }

    // ---- i31 and casts

    public static Object refI31(int x) {
        return I31Ref.wrap(x);
    }

    public static int i31Get(Object ref, boolean signed) {
        if (ref == null) {
            throw new Trap(TrapCode.NULL_I31_REFERENCE);
        }
        I31Ref r = (I31Ref) ref;
        return signed ? r.value() : r.unsigned();
    }

    /** Whether {@code v} matches the reference type ({@code nullable}, heap type {@code code}). */
    public static boolean test(Object v, int code, boolean nullable, BcInstance inst) {
        if (v == null) {
            return nullable;
        }
        if (code >= 0) {
            DefinedType expected = inst.types[code];
            DefinedType actual = v instanceof WasmFunction f ? f.type() : v instanceof GcRef g ? g.definedType() : null;
            return actual != null && actual.isSubtypeOf(expected);
        }
        return switch (ABS[-1 - code]) {
            case ANY, EXTERN -> true;
            case EQ -> v instanceof I31Ref || v instanceof GcRef;
            case I31 -> v instanceof I31Ref;
            case STRUCT -> v instanceof Struct;
            case ARRAY -> v instanceof Array;
            case FUNC -> v instanceof WasmFunction;
            case EXN -> v instanceof Exn;
            case NONE, NOFUNC, NOEXTERN, NOEXN -> false;
        };
    }

    public static Object cast(Object v, int code, boolean nullable, BcInstance inst) {
        if (!test(v, code, nullable, inst)) {
            throw new Trap(TrapCode.CAST_FAILURE);
        }
        return v;
    }

    static FieldType field(DefinedType t, int i) {
        return ((StructType) t.composite()).fields().get(i);
    }
}
