package io.wasm4j;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes small binary modules without function bodies, for tests that need no backend. */
final class WasmBuilder {
    static final int I32 = 0x7F;
    static final int I64 = 0x7E;
    static final int F32 = 0x7D;
    static final int F64 = 0x7C;
    static final int FUNCREF = 0x70;
    static final int EXTERNREF = 0x6F;

    private final List<byte[]> types = new ArrayList<>();
    private final List<byte[]> imports = new ArrayList<>();
    private final List<byte[]> tables = new ArrayList<>();
    private final List<byte[]> memories = new ArrayList<>();
    private final List<byte[]> globals = new ArrayList<>();
    private final List<byte[]> exports = new ArrayList<>();
    private final List<byte[]> datas = new ArrayList<>();

    /** Adds a function type; returns its index. */
    int type(int[] params, int[] results) {
        Out o = new Out().b(0x60).u(params.length);
        for (int p : params) {
            o.b(p);
        }
        o.u(results.length);
        for (int r : results) {
            o.b(r);
        }
        types.add(o.bytes());
        return types.size() - 1;
    }

    WasmBuilder importFunc(String module, String name, int typeIndex) {
        imports.add(new Out().name(module).name(name).b(0x00).u(typeIndex).bytes());
        return this;
    }

    WasmBuilder importMemory(String module, String name, long min, long max) {
        imports.add(new Out().name(module).name(name).b(0x02).limits(min, max).bytes());
        return this;
    }

    WasmBuilder importTable(String module, String name, int refType, long min, long max) {
        imports.add(new Out()
                .name(module)
                .name(name)
                .b(0x01)
                .b(refType)
                .limits(min, max)
                .bytes());
        return this;
    }

    WasmBuilder importGlobal(String module, String name, int valType, boolean mutable) {
        imports.add(new Out()
                .name(module)
                .name(name)
                .b(0x03)
                .b(valType)
                .b(mutable ? 1 : 0)
                .bytes());
        return this;
    }

    WasmBuilder memory(long min, long max) {
        memories.add(new Out().limits(min, max).bytes());
        return this;
    }

    WasmBuilder table(int refType, long min, long max) {
        tables.add(new Out().b(refType).limits(min, max).bytes());
        return this;
    }

    /** Adds a global initialised by {@code i32.const value}. */
    WasmBuilder globalI32(boolean mutable, int value) {
        globals.add(new Out().b(I32).b(mutable ? 1 : 0).b(0x41).s(value).b(0x0B).bytes());
        return this;
    }

    /** Adds a global initialised by {@code i64.const value}. */
    WasmBuilder globalI64(boolean mutable, long value) {
        globals.add(new Out().b(I64).b(mutable ? 1 : 0).b(0x42).s(value).b(0x0B).bytes());
        return this;
    }

    /** Adds a global initialised by {@code f64.const value}. */
    WasmBuilder globalF64(boolean mutable, double value) {
        Out o = new Out().b(F64).b(mutable ? 1 : 0).b(0x44);
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i < 8; i++) {
            o.b((int) (bits >>> (8 * i)) & 0xFF);
        }
        globals.add(o.b(0x0B).bytes());
        return this;
    }

    /** Adds a funcref global initialised by {@code ref.func funcIndex}. */
    WasmBuilder globalRefFunc(int funcIndex) {
        globals.add(new Out().b(FUNCREF).b(0).b(0xD2).u(funcIndex).b(0x0B).bytes());
        return this;
    }

    /** kind: 0 func, 1 table, 2 memory, 3 global, 4 tag. */
    WasmBuilder export(String name, int kind, int index) {
        exports.add(new Out().name(name).b(kind).u(index).bytes());
        return this;
    }

    /** Adds an active data segment for memory 0 at {@code i32.const offset}. */
    WasmBuilder data(int offset, byte[] bytes) {
        Out o = new Out().b(0).b(0x41).s(offset).b(0x0B).u(bytes.length);
        for (byte b : bytes) {
            o.b(b & 0xFF);
        }
        datas.add(o.bytes());
        return this;
    }

    byte[] build() {
        Out o = new Out().b(0).b('a').b('s').b('m').b(1).b(0).b(0).b(0);
        section(o, 1, types);
        section(o, 2, imports);
        section(o, 4, tables);
        section(o, 5, memories);
        section(o, 6, globals);
        section(o, 7, exports);
        section(o, 11, datas);
        return o.bytes();
    }

    private static void section(Out o, int id, List<byte[]> items) {
        if (items.isEmpty()) {
            return;
        }
        Out content = new Out().u(items.size());
        for (byte[] item : items) {
            content.raw(item);
        }
        byte[] c = content.bytes();
        o.b(id).u(c.length).raw(c);
    }

    /** A byte sink with LEB128 helpers. */
    private static final class Out {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Out b(int v) {
            out.write(v);
            return this;
        }

        Out raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        Out u(long v) {
            do {
                int x = (int) (v & 0x7F);
                v >>>= 7;
                out.write(v != 0 ? x | 0x80 : x);
            } while (v != 0);
            return this;
        }

        Out s(long v) {
            while (true) {
                int x = (int) (v & 0x7F);
                v >>= 7;
                boolean done = (v == 0 && (x & 0x40) == 0) || (v == -1 && (x & 0x40) != 0);
                out.write(done ? x : x | 0x80);
                if (done) {
                    return this;
                }
            }
        }

        Out name(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            return u(b.length).raw(b);
        }

        Out limits(long min, long max) {
            return max < 0 ? b(0).u(min) : b(1).u(min).u(max);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
