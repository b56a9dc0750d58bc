package io.wasm4j.core.internal.validate;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.code.ImmediateKind;
import io.wasm4j.core.code.Opcode;

/** Validation of memory, table and segment instructions (loads and stores go through {@link #memarg}). */
final class MemoryRules {

    private MemoryRules() {}

    static int memoryIndex(FuncValidator v, int m) {
        if (m < 0 || m >= v.env.memoryCount()) {
            throw v.invalid("unknown memory " + Integer.toUnsignedString(m));
        }
        return m;
    }

    static int memoryAddress(FuncValidator v, int m) {
        return v.env.memory(m).addressType() == AddressType.I64 ? Types.I64 : Types.I32;
    }

    static int tableIndex(FuncValidator v, int t) {
        if (t < 0 || t >= v.env.tableCount()) {
            throw v.invalid("unknown table " + Integer.toUnsignedString(t));
        }
        return t;
    }

    static int tableAddress(FuncValidator v, int t) {
        return v.env.table(t).addressType() == AddressType.I64 ? Types.I64 : Types.I32;
    }

    private static int tableElem(FuncValidator v, int t) {
        return Types.of(v.env.table(t).elementType());
    }

    static int dataIndex(FuncValidator v, int d) {
        int count = v.env.dataCount();
        if (count < 0) {
            throw FuncValidator.malformed("data count section required", v.at);
        }
        if (d < 0 || d >= count) {
            throw v.invalid("unknown data segment " + Integer.toUnsignedString(d));
        }
        return d;
    }

    static int elemIndex(FuncValidator v, int e) {
        if (e < 0 || e >= v.env.elemCount()) {
            throw v.invalid("unknown elem segment " + Integer.toUnsignedString(e));
        }
        return e;
    }

    /**
     * Reads and checks the memory argument of a load, store or atomic (and the lane index of a lane
     * access); returns the memory's packed address type.
     */
    static int memarg(FuncValidator v, Opcode op) {
        v.r.readMemarg();
        int m = memoryIndex(v, v.r.memargMemory());
        int align = v.r.memargAlign();
        if (op.prefix() == 0xFE) {
            if (align != op.naturalAlignment()) {
                throw v.invalid("atomic alignment must be natural");
            }
        } else if (align > op.naturalAlignment()) {
            throw v.invalid("alignment must not be larger than natural");
        }
        MemoryType mt = v.env.memory(m);
        if (mt.addressType() == AddressType.I32 && (v.r.memargOffset() >>> 32) != 0) {
            throw v.invalid("offset out of range");
        }
        if (op.immediates() == ImmediateKind.MEMARG_LANE) {
            int lane = v.r.readByte();
            if (lane >= op.laneCount()) {
                throw v.invalid("invalid lane index");
            }
        }
        return mt.addressType() == AddressType.I64 ? Types.I64 : Types.I32;
    }

    static void validate(FuncValidator v, Opcode op) {
        switch (op) {
            case MEMORY_SIZE -> v.push(memoryAddress(v, memoryIndex(v, v.r.readU32())));
            case MEMORY_GROW -> {
                int at = memoryAddress(v, memoryIndex(v, v.r.readU32()));
                v.pop(at);
                v.push(at);
            }
            case MEMORY_FILL -> {
                int at = memoryAddress(v, memoryIndex(v, v.r.readU32()));
                v.pop(at);
                v.pop(Types.I32);
                v.pop(at);
            }
            case MEMORY_COPY -> {
                int dst = memoryAddress(v, memoryIndex(v, v.r.readU32()));
                int src = memoryAddress(v, memoryIndex(v, v.r.readU32()));
                v.pop(dst == Types.I32 || src == Types.I32 ? Types.I32 : Types.I64);
                v.pop(src);
                v.pop(dst);
            }
            case MEMORY_INIT -> {
                int d = v.r.readU32();
                int at = memoryAddress(v, memoryIndex(v, v.r.readU32()));
                dataIndex(v, d);
                v.pop(Types.I32);
                v.pop(Types.I32);
                v.pop(at);
            }
            case DATA_DROP -> dataIndex(v, v.r.readU32());
            case TABLE_GET -> {
                int t = tableIndex(v, v.r.readU32());
                v.pop(tableAddress(v, t));
                v.push(tableElem(v, t));
            }
            case TABLE_SET -> {
                int t = tableIndex(v, v.r.readU32());
                v.pop(tableElem(v, t));
                v.pop(tableAddress(v, t));
            }
            case TABLE_SIZE -> v.push(tableAddress(v, tableIndex(v, v.r.readU32())));
            case TABLE_GROW -> {
                int t = tableIndex(v, v.r.readU32());
                int at = tableAddress(v, t);
                v.pop(at);
                v.pop(tableElem(v, t));
                v.push(at);
            }
            case TABLE_FILL -> {
                int t = tableIndex(v, v.r.readU32());
                int at = tableAddress(v, t);
                v.pop(at);
                v.pop(tableElem(v, t));
                v.pop(at);
            }
            case TABLE_COPY -> {
                int dst = tableIndex(v, v.r.readU32());
                int src = tableIndex(v, v.r.readU32());
                if (!v.types.isSub(tableElem(v, src), tableElem(v, dst))) {
                    throw v.invalid("type mismatch: table.copy between incompatible tables");
                }
                int dat = tableAddress(v, dst);
                int sat = tableAddress(v, src);
                v.pop(dat == Types.I32 || sat == Types.I32 ? Types.I32 : Types.I64);
                v.pop(sat);
                v.pop(dat);
            }
            case TABLE_INIT -> {
                int e = v.r.readU32();
                int t = tableIndex(v, v.r.readU32());
                elemIndex(v, e);
                if (!v.types.isSub(Types.of(v.env.elemType(e)), tableElem(v, t))) {
                    throw v.invalid("type mismatch: element segment does not match the table");
                }
                v.pop(Types.I32);
                v.pop(Types.I32);
                v.pop(tableAddress(v, t));
            }
            case ELEM_DROP -> elemIndex(v, v.r.readU32());
            default -> throw new AssertionError(op);
        }
    }
}
