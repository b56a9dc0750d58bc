package io.wasm4j.core.internal.decode;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.AddressType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.RecGroup;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import java.util.ArrayList;
import java.util.List;

/** Decodes value types, reference types, recursion groups and the types of tables, memories and globals. */
public final class TypeDecoder {
    private TypeDecoder() {}

    private static final AbsHeapType[] ABS = new AbsHeapType[0x75 - 0x69];
    private static final RefType[] NULLABLE = new RefType[ABS.length];
    private static final RefType[] NON_NULL = new RefType[ABS.length];

    static {
        for (AbsHeapType t : AbsHeapType.values()) {
            ABS[t.code() - 0x69] = t;
            NULLABLE[t.code() - 0x69] = new RefType(true, t);
            NON_NULL[t.code() - 0x69] = new RefType(false, t);
        }
    }

    /** Returns the shared {@link RefType} instance for an abstract heap type. */
    public static RefType absRef(AbsHeapType t, boolean nullable) {
        return nullable ? NULLABLE[t.code() - 0x69] : NON_NULL[t.code() - 0x69];
    }

    /** Returns whether {@code b} can start a value type. */
    static boolean isValTypeStart(int b) {
        return (b >= 0x7B && b <= 0x7F) || (b >= 0x69 && b <= 0x74) || b == 0x63 || b == 0x64;
    }

    /** Reads a value type. */
    public static ValType valType(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        return switch (b) {
            case 0x7F -> ValType.I32;
            case 0x7E -> ValType.I64;
            case 0x7D -> ValType.F32;
            case 0x7C -> ValType.F64;
            case 0x7B -> ValType.V128;
            default -> refTypeAfter(r, b, at);
        };
    }

    /** Reads a reference type. */
    public static RefType refType(ByteReader r) {
        int at = r.pos();
        return refTypeAfter(r, r.u8(), at);
    }

    private static RefType refTypeAfter(ByteReader r, int b, int at) {
        if (b >= 0x69 && b <= 0x74) {
            return NULLABLE[b - 0x69];
        }
        if (b == 0x63 || b == 0x64) {
            HeapType ht = heapType(r);
            boolean nullable = b == 0x63;
            return ht instanceof AbsHeapType a ? absRef(a, nullable) : new RefType(nullable, ht);
        }
        throw ByteReader.malformed(b >= 0x80 ? "integer representation too long" : "malformed reference type", at);
    }

    /** Reads a heap type (an s33: negative one-byte codes are abstract, non-negative are type indices). */
    public static HeapType heapType(ByteReader r) {
        int at = r.pos();
        int b = r.peek();
        if ((b & 0xC0) == 0x40) {
            r.u8();
            if (b >= 0x69 && b <= 0x74) {
                return ABS[b - 0x69];
            }
            throw ByteReader.malformed("malformed heap type", at);
        }
        long v = r.s33();
        if (v < 0) {
            throw ByteReader.malformed("malformed heap type", at);
        }
        return new TypeIndex(clampIndex(v));
    }

    /** Type indices above {@code Integer.MAX_VALUE} cannot exist in a module held in a Java array. */
    static int clampIndex(long v) {
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    static int clampIndex(int u32) {
        return u32 < 0 ? Integer.MAX_VALUE : u32;
    }

    static boolean mutability(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        if (b > 1) {
            throw ByteReader.malformed("malformed mutability", at);
        }
        return b == 1;
    }

    static FieldType fieldType(ByteReader r) {
        int at = r.pos();
        int b = r.peek();
        StorageType st;
        if (b == 0x78) {
            r.u8();
            st = PackedType.I8;
        } else if (b == 0x77) {
            r.u8();
            st = PackedType.I16;
        } else if (isValTypeStart(b)) {
            st = valType(r);
        } else {
            throw ByteReader.malformed("malformed storage type", at);
        }
        return new FieldType(st, mutability(r));
    }

    static List<ValType> resultType(ByteReader r) {
        int n = r.length();
        if (n == 0) {
            return List.of();
        }
        ValType[] ts = new ValType[n];
        for (int i = 0; i < n; i++) {
            ts[i] = valType(r);
        }
        return List.of(ts);
    }

    static CompositeType compositeType(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        switch (b) {
            case 0x60 -> {
                List<ValType> params = resultType(r);
                List<ValType> results = resultType(r);
                return new FuncType(params, results);
            }
            case 0x5F -> {
                int n = r.length();
                FieldType[] fields = new FieldType[n];
                for (int i = 0; i < n; i++) {
                    fields[i] = fieldType(r);
                }
                return new StructType(List.of(fields));
            }
            case 0x5E -> {
                return new ArrayType(fieldType(r));
            }
            default ->
                throw ByteReader.malformed(
                        b >= 0x80 ? "integer representation too long" : "malformed definition type", at);
        }
    }

    static SubType subType(ByteReader r) {
        int b = r.peek();
        if (b == 0x50 || b == 0x4F) {
            r.u8();
            int n = r.length();
            List<Integer> supers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                supers.add(clampIndex(r.u32()));
            }
            return new SubType(b == 0x4F, supers, compositeType(r));
        }
        return new SubType(true, List.of(), compositeType(r));
    }

    /** Reads one entry of the type section: a recursion group or a single sub type. */
    public static RecGroup recGroup(ByteReader r) {
        if (r.peek() == 0x4E) {
            r.u8();
            int n = r.length();
            List<SubType> types = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                types.add(subType(r));
            }
            return new RecGroup(types);
        }
        return new RecGroup(List.of(subType(r)));
    }

    /** Reads the minimum and, when flag bit 0 is set, the maximum. */
    private static Limits limits(ByteReader r, int flags) {
        long min = r.u64();
        long max = (flags & 1) != 0 ? r.u64() : -1;
        return new Limits(min, max);
    }

    private static int flags(ByteReader r, int allowed) {
        int at = r.pos();
        int flags = r.u8();
        if ((flags & ~allowed) != 0) {
            throw ByteReader.malformed("malformed limits flags", at);
        }
        return flags;
    }

    /** Reads a table type. */
    public static TableType tableType(ByteReader r) {
        RefType et = refType(r);
        int flags = flags(r, 0x05);
        AddressType at = (flags & 4) != 0 ? AddressType.I64 : AddressType.I32;
        return new TableType(at, limits(r, flags), et);
    }

    /**
     * Reads a memory type (flags: 1 max present, 2 shared, 4 64-bit, and with {@code customPageSizes} 8
     * page size log2 follows).
     */
    public static MemoryType memoryType(ByteReader r, boolean customPageSizes) {
        int flags = flags(r, customPageSizes ? 0x0F : 0x07);
        AddressType at = (flags & 4) != 0 ? AddressType.I64 : AddressType.I32;
        Limits limits = limits(r, flags);
        int pageSizeLog2 = 16;
        if ((flags & 8) != 0) {
            int p = r.pos();
            pageSizeLog2 = r.u32();
            if (pageSizeLog2 < 0 || pageSizeLog2 > 64) {
                throw ByteReader.malformed("invalid custom page size", p);
            }
        }
        return new MemoryType(at, limits, (flags & 2) != 0, pageSizeLog2);
    }

    /** Reads a global type. */
    public static GlobalType globalType(ByteReader r) {
        ValType t = valType(r);
        return new GlobalType(t, mutability(r));
    }
}
