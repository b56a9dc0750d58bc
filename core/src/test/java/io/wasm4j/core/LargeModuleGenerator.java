package io.wasm4j.core;

import static io.wasm4j.core.WasmBuilder.bytes;

import java.util.SplittableRandom;

/**
 * Generates a large valid module with many functions of realistic, mixed bodies (integer and float
 * arithmetic, locals, loads and stores, nested blocks and loops, branches, if/else, direct and indirect
 * calls, globals), for throughput measurements.
 */
final class LargeModuleGenerator {
    private LargeModuleGenerator() {}

    // type 0: (i32 i32) -> i32; type 1: (i64) -> i64; type 2: () -> ()
    private static final int T_II_I = 0;
    private static final int T_L_L = 1;
    private static final int T_V = 2;

    /** Returns a valid module of roughly {@code targetBytes} bytes. */
    static byte[] generate(int targetBytes, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        // Bodies first, to know how many functions fit.
        java.util.List<byte[]> bodies = new java.util.ArrayList<>();
        java.util.List<Integer> types = new java.util.ArrayList<>();
        int total = 0;
        while (total < targetBytes) {
            int type = rnd.nextInt(10) < 7 ? T_II_I : rnd.nextBoolean() ? T_L_L : T_V;
            int funcIndex = bodies.size();
            byte[] body = body(rnd, type, funcIndex);
            bodies.add(body);
            types.add(type);
            total += body.length + 4;
        }
        int n = bodies.size();
        WasmBuilder typeSec = bytes().u32(3)
                .raw(0x60, 2, 0x7F, 0x7F, 1, 0x7F)
                .raw(0x60, 1, 0x7E, 1, 0x7E)
                .raw(0x60, 0, 0);
        WasmBuilder funcSec = bytes().u32(n);
        types.forEach(funcSec::u32);
        WasmBuilder tableSec = bytes().u32(1).raw(0x70, 0).u32(n);
        WasmBuilder memSec = bytes().u32(1).raw(0).u32(1);
        WasmBuilder globalSec = bytes().u32(2).raw(0x7F, 1, 0x41, 0, 0x0B).raw(0x7E, 1, 0x42, 0, 0x0B);
        WasmBuilder exportSec =
                bytes().u32(2).name("mem").raw(2).u32(0).name("f0").raw(0).u32(0);
        WasmBuilder elemSec = bytes().u32(1).u32(0).raw(0x41, 0, 0x0B).u32(n);
        for (int i = 0; i < n; i++) {
            elemSec.u32(i);
        }
        WasmBuilder codeSec = bytes().u32(n);
        for (byte[] b : bodies) {
            codeSec.u32(b.length).raw(b);
        }
        WasmBuilder dataSec = bytes().u32(1).u32(0).raw(0x41, 16, 0x0B).u32(64);
        for (int i = 0; i < 64; i++) {
            dataSec.raw(i);
        }
        return WasmBuilder.module()
                .section(1, typeSec)
                .section(3, funcSec)
                .section(4, tableSec)
                .section(5, memSec)
                .section(6, globalSec)
                .section(7, exportSec)
                .section(9, elemSec)
                .section(10, codeSec)
                .section(11, dataSec)
                .build();
    }

    /**
     * One body. Locals: the parameters, then i32 a, i32 b, i64 c, f64 d. Every chunk leaves the stack
     * empty, so chunks compose freely.
     */
    private static byte[] body(SplittableRandom rnd, int type, int funcIndex) {
        int params = type == T_II_I ? 2 : type == T_L_L ? 1 : 0;
        int a = params;
        int b = params + 1;
        int c = params + 2;
        int d = params + 3;
        WasmBuilder w = bytes().u32(3).u32(2).raw(0x7F).u32(1).raw(0x7E).u32(1).raw(0x7C);
        int chunks = 2 + rnd.nextInt(rnd.nextInt(10) == 0 ? 120 : 30);
        for (int k = 0; k < chunks; k++) {
            chunk(w, rnd, a, b, c, d, funcIndex, 0);
        }
        switch (type) {
            case T_II_I -> w.raw(0x20).u32(a);
            case T_L_L -> w.raw(0x20).u32(c);
            default -> {}
        }
        w.raw(0x0B);
        return w.build();
    }

    private static void chunk(WasmBuilder w, SplittableRandom rnd, int a, int b, int c, int d, int self, int depth) {
        switch (rnd.nextInt(depth < 2 ? 9 : 6)) {
            case 0 -> { // a = (a + k) * b ^ (a >>> 3)
                w.raw(0x20).u32(a).raw(0x41).s64(rnd.nextInt(-1000, 1000)).raw(0x6A);
                w.raw(0x20).u32(b).raw(0x6C);
                w.raw(0x20).u32(a).raw(0x41, 3, 0x76).raw(0x73).raw(0x21).u32(a);
            }
            case 1 -> { // memory: store (load a&1023) + b
                w.raw(0x20).u32(a).raw(0x41).s64(1020).raw(0x71);
                w.raw(0x20).u32(a).raw(0x41).s64(1020).raw(0x71).raw(0x28, 2).u32(rnd.nextInt(64));
                w.raw(0x20).u32(b).raw(0x6A).raw(0x36, 2).u32(rnd.nextInt(64));
            }
            case 2 -> { // i64: c = c * k + extend(a); global.set 1
                w.raw(0x20).u32(c).raw(0x42).s64(rnd.nextLong(1L << 40)).raw(0x7E);
                w.raw(0x20).u32(a).raw(0xAD).raw(0x7C).raw(0x22).u32(c).raw(0x24, 1);
            }
            case 3 -> { // f64: d = d * 1.5 + convert(b)
                w.raw(0x20).u32(d).raw(0x44).raw(0, 0, 0, 0, 0, 0, 0xF8, 0x3F).raw(0xA2);
                w.raw(0x20).u32(b).raw(0xB7).raw(0xA0).raw(0x21).u32(d);
            }
            case 4 -> { // b = b + a; global.get 0 drop; select
                w.raw(0x20).u32(b).raw(0x20).u32(a).raw(0x6A).raw(0x22).u32(b);
                w.raw(0x23, 0).raw(0x20).u32(a).raw(0x1B).raw(0x21).u32(a);
            }
            case 5 -> { // call an earlier (ii)->i function or self through the table
                if (rnd.nextBoolean()) {
                    w.raw(0x20)
                            .u32(a)
                            .raw(0x20)
                            .u32(b)
                            .raw(0x41)
                            .s64(0)
                            .raw(0x11)
                            .u32(T_II_I)
                            .u32(0);
                } else {
                    w.raw(0x20).u32(a).raw(0x20).u32(b).raw(0x10).u32(0);
                }
                w.raw(0x21).u32(b);
            }
            case 6 -> { // block with br_if
                w.raw(0x02, 0x40);
                chunk(w, rnd, a, b, c, d, self, depth + 1);
                w.raw(0x20).u32(a).raw(0x0D, 0);
                chunk(w, rnd, a, b, c, d, self, depth + 1);
                w.raw(0x0B);
            }
            case 7 -> { // counted loop
                w.raw(0x41).s64(rnd.nextInt(1, 100)).raw(0x21).u32(b);
                w.raw(0x03, 0x40);
                chunk(w, rnd, a, b, c, d, self, depth + 1);
                w.raw(0x20).u32(b).raw(0x41, 1, 0x6B).raw(0x22).u32(b).raw(0x0D, 0);
                w.raw(0x0B);
            }
            default -> { // if/else
                w.raw(0x20).u32(a).raw(0x41).s64(rnd.nextInt(100)).raw(0x48).raw(0x04, 0x40);
                chunk(w, rnd, a, b, c, d, self, depth + 1);
                w.raw(0x05);
                chunk(w, rnd, a, b, c, d, self, depth + 1);
                w.raw(0x0B);
            }
        }
    }
}
