package io.wasm4j.it.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a random, valid WebAssembly module (binary format) from a seed: several functions of random
 * signatures over {@code i32/i64/f32/f64}, one memory with data, one funcref table with an element
 * segment, mutable globals; everything exported ({@code f<i>}, {@code g<i>}, {@code mem}).
 *
 * <p>Termination: global 0 is a fuel counter that every function entry and every loop back-edge
 * decrements, trapping with {@code unreachable} at zero; global 1 is the call depth, trapping with {@code
 * unreachable} beyond {@link #MAX_DEPTH}, so the implementation-defined stack limit is never reached. The
 * embedder resets both before each call ({@link #FUEL}).
 *
 * <p>NaN bits: the spec lets arithmetic float operators return any NaN (canonical or arithmetic), so
 * backends may legitimately differ in the payload. The generator therefore canonicalises the result of
 * every such operator in the generated code (a NaN becomes {@code +nan:canonical}), which keeps later
 * reinterpretations, stores and results deterministic. The bit-exact operators ({@code const}, {@code
 * abs}, {@code neg}, {@code copysign}, reinterpretations, loads, stores, locals, globals, {@code select},
 * calls) are not canonicalised: their NaN bits must be preserved exactly, and the comparison is bit-exact.
 */
final class RandomModuleGenerator {
    static final int I32 = 0x7F;
    static final int I64 = 0x7E;
    static final int F32 = 0x7D;
    static final int F64 = 0x7C;
    static final int[] NUM_TYPES = {I32, I64, F32, F64};

    /** The fuel the embedder gives each call (global 0). */
    static final int FUEL = 3000;

    /** The maximum call depth (global 1). */
    static final int MAX_DEPTH = 24;

    /** Index of the fuel global. */
    static final int FUEL_GLOBAL = 0;

    /** Index of the depth global. */
    static final int DEPTH_GLOBAL = 1;

    /** A function signature. */
    record Sig(int[] params, int[] results) {}

    private final SplittableRandom rnd;
    final List<Sig> funcs = new ArrayList<>();
    final List<Integer> globals = new ArrayList<>();
    int tableSize;

    private RandomModuleGenerator(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** Returns a module for {@code seed}; the same seed always gives the same bytes. */
    static byte[] generate(long seed) {
        return new RandomModuleGenerator(seed).build();
    }

    private byte[] build() {
        int nFuncs = 2 + rnd.nextInt(5);
        for (int i = 0; i < nFuncs; i++) {
            funcs.add(new Sig(randomTypes(rnd.nextInt(5)), randomTypes(pickResultCount())));
        }
        globals.add(I32);
        globals.add(I32);
        int nGlobals = 2 + rnd.nextInt(5);
        for (int i = 0; i < nGlobals; i++) {
            globals.add(NUM_TYPES[rnd.nextInt(4)]);
        }
        tableSize = nFuncs + 2;

        ByteSink out = new ByteSink();
        out.bytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        out.section(1, typeSection());
        out.section(3, functionSection());
        out.section(4, tableSection());
        out.section(5, memorySection());
        out.section(6, globalSection());
        out.section(7, exportSection());
        out.section(9, elemSection());
        out.section(10, codeSection());
        out.section(11, dataSection());
        return out.toByteArray();
    }

    private int pickResultCount() {
        int r = rnd.nextInt(10);
        return r < 2 ? 0 : r < 8 ? 1 : 2;
    }

    private int[] randomTypes(int n) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = NUM_TYPES[rnd.nextInt(4)];
        }
        return t;
    }

    /** Type 2i is function i's type; type 2i+1 is {@code [] -> results} for its body block. */
    private ByteSink typeSection() {
        ByteSink s = new ByteSink();
        s.u32(funcs.size() * 2L);
        for (Sig sig : funcs) {
            funcType(s, sig.params(), sig.results());
            funcType(s, new int[0], sig.results());
        }
        return s;
    }

    private static void funcType(ByteSink s, int[] params, int[] results) {
        s.u8(0x60);
        s.u32(params.length);
        for (int p : params) {
            s.u8(p);
        }
        s.u32(results.length);
        for (int r : results) {
            s.u8(r);
        }
    }

    private ByteSink functionSection() {
        ByteSink s = new ByteSink();
        s.u32(funcs.size());
        for (int i = 0; i < funcs.size(); i++) {
            s.u32(2L * i);
        }
        return s;
    }

    private ByteSink tableSection() {
        ByteSink s = new ByteSink();
        s.u32(1);
        s.u8(0x70);
        s.u8(0x00);
        s.u32(tableSize);
        return s;
    }

    private ByteSink memorySection() {
        ByteSink s = new ByteSink();
        s.u32(1);
        s.u8(0x01);
        s.u32(1);
        s.u32(3);
        return s;
    }

    private ByteSink globalSection() {
        ByteSink s = new ByteSink();
        s.u32(globals.size());
        for (int i = 0; i < globals.size(); i++) {
            int t = globals.get(i);
            s.u8(t);
            s.u8(0x01);
            if (i == FUEL_GLOBAL) {
                s.u8(0x41);
                s.s64(FUEL);
            } else if (i == DEPTH_GLOBAL) {
                s.u8(0x41);
                s.s64(0);
            } else {
                Values.constant(s, t, rnd);
            }
            s.u8(0x0B);
        }
        return s;
    }

    private ByteSink exportSection() {
        ByteSink s = new ByteSink();
        s.u32(funcs.size() + globals.size() + 1L);
        for (int i = 0; i < funcs.size(); i++) {
            s.name("f" + i);
            s.u8(0x00);
            s.u32(i);
        }
        for (int i = 0; i < globals.size(); i++) {
            s.name("g" + i);
            s.u8(0x03);
            s.u32(i);
        }
        s.name("mem");
        s.u8(0x02);
        s.u32(0);
        return s;
    }

    /** Fills slots 0..n-1 with random functions (types may not match); the last two stay null. */
    private ByteSink elemSection() {
        ByteSink s = new ByteSink();
        s.u32(1);
        s.u32(0);
        s.u8(0x41);
        s.s64(0);
        s.u8(0x0B);
        s.u32(funcs.size());
        for (int i = 0; i < funcs.size(); i++) {
            s.u32(rnd.nextInt(10) < 6 ? i : rnd.nextInt(funcs.size()));
        }
        return s;
    }

    private ByteSink codeSection() {
        ByteSink s = new ByteSink();
        s.u32(funcs.size());
        for (int i = 0; i < funcs.size(); i++) {
            s.sized(new FuncGenerator(this, rnd.split(), i).generate());
        }
        return s;
    }

    private ByteSink dataSection() {
        ByteSink s = new ByteSink();
        int n = 1 + rnd.nextInt(3);
        s.u32(n);
        for (int i = 0; i < n; i++) {
            int len = 1 + rnd.nextInt(64);
            int offset = rnd.nextBoolean() ? rnd.nextInt(256) : 65536 - len - rnd.nextInt(64);
            s.u32(0);
            s.u8(0x41);
            s.s64(offset);
            s.u8(0x0B);
            s.u32(len);
            for (int k = 0; k < len; k++) {
                s.u8(rnd.nextInt(256));
            }
        }
        return s;
    }
}
