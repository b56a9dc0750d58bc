package io.wasm4j.it.diff;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Global;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Memory;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.it.diff.RandomModuleGenerator.Sig;
import io.wasm4j.spi.Trap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Runs one generated module on the interpreter and on the bytecode backend in lockstep and compares,
 * after every call of every export: the results (bit-exact, floats by raw bits — see {@link
 * RandomModuleGenerator} for why no NaN canonicalisation is assumed), the trap code, the memory size and
 * contents, and all globals.
 */
final class DiffRunner {
    /** Where failing modules are written, relative to the working directory (the module's basedir). */
    static final Path FAILURE_DIR = Path.of("target", "diff-failures");

    private static final int CALLS_PER_EXPORT = 4;

    private final java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();

    private final Engine interp =
            Engine.create(Config.builder().strategy(Strategy.INTERP).build());
    private final Engine bytecode =
            Engine.create(Config.builder().strategy(Strategy.BYTECODE).build());

    DiffRunner() {
        if (!interp.backend().equals(java.util.Optional.of("interp"))
                || !bytecode.backend().equals(java.util.Optional.of("bytecode"))) {
            throw new IllegalStateException(
                    "expected backends interp and bytecode, got " + interp.backend() + " and " + bytecode.backend());
        }
    }

    /** Returns {@code null} if both backends agree on {@code seed}, else a description of the first mismatch. */
    String run(long seed) {
        byte[] bytes = RandomModuleGenerator.generate(seed);
        String failure = compare(seed, bytes);
        if (failure != null) {
            write(seed, bytes);
        }
        return failure;
    }

    private String compare(long seed, byte[] bytes) {
        try {
            ValidatedModule.of(bytes);
        } catch (RuntimeException e) {
            return "seed " + seed + ": generator produced an invalid module: " + e;
        }
        Side a;
        Side b;
        try {
            a = new Side(interp, bytes);
        } catch (RuntimeException e) {
            return "seed " + seed + ": interp failed to instantiate: " + e;
        }
        try {
            b = new Side(bytecode, bytes);
        } catch (RuntimeException | LinkageError e) {
            return "seed " + seed + ": bytecode failed to compile/instantiate: " + e;
        }
        String init = a.state();
        if (!init.equals(b.state())) {
            return "seed " + seed + ": state after instantiation differs\n  interp:   " + init + "\n  bytecode: "
                    + b.state();
        }
        SplittableRandom argRnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int f = 0; f < a.sigs.size(); f++) {
            Sig sig = a.sigs.get(f);
            for (int c = 0; c < CALLS_PER_EXPORT; c++) {
                long[] args = new long[sig.params().length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = Values.bits(sig.params()[i], argRnd);
                }
                String ra = a.call(f, sig, args);
                String rb = b.call(f, sig, args);
                outcomes.merge(ra.startsWith("ok") ? "ok" : ra, 1, Integer::sum);
                String sa = a.state();
                String sb = b.state();
                // A non-trap exception (e.g. an internal error) is a bug even when both backends agree.
                if (!ra.equals(rb) || !sa.equals(sb) || ra.startsWith("error")) {
                    return "seed " + seed + ": f" + f + Arrays.toString(describe(sig.params(), args)) + "\n  interp:   "
                            + ra + " | " + sa + "\n  bytecode: " + rb + " | " + sb;
                }
            }
        }
        return null;
    }

    /** Returns how often each outcome (ok, trap code, error) occurred on the interpreter so far. */
    java.util.Map<String, Integer> outcomes() {
        return outcomes;
    }

    private static void write(long seed, byte[] bytes) {
        try {
            Files.createDirectories(FAILURE_DIR);
            Files.write(FAILURE_DIR.resolve("seed-" + seed + ".wasm"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[] describe(int[] types, long[] bits) {
        String[] s = new String[bits.length];
        for (int i = 0; i < bits.length; i++) {
            s[i] = format(types[i], bits[i]);
        }
        return s;
    }

    static String format(int type, long bits) {
        return switch (type) {
            case RandomModuleGenerator.I32 -> "i32:" + (int) bits;
            case RandomModuleGenerator.I64 -> "i64:" + bits;
            case RandomModuleGenerator.F32 ->
                "f32:" + Float.intBitsToFloat((int) bits) + "/0x" + Integer.toHexString((int) bits);
            default -> "f64:" + Double.longBitsToDouble(bits) + "/0x" + Long.toHexString(bits);
        };
    }

    static Val toVal(int type, long bits) {
        return switch (type) {
            case RandomModuleGenerator.I32 -> Val.i32((int) bits);
            case RandomModuleGenerator.I64 -> Val.i64(bits);
            case RandomModuleGenerator.F32 -> Val.f32(Float.intBitsToFloat((int) bits));
            default -> Val.f64(Double.longBitsToDouble(bits));
        };
    }

    static String fromVal(Val v) {
        return switch (v.type().toString()) {
            case "i32" -> format(RandomModuleGenerator.I32, v.i32());
            case "i64" -> format(RandomModuleGenerator.I64, v.i64());
            case "f32" -> format(RandomModuleGenerator.F32, Float.floatToRawIntBits(v.f32()));
            case "f64" -> format(RandomModuleGenerator.F64, Double.doubleToRawLongBits(v.f64()));
            default -> v.toString();
        };
    }

    /** One backend's instance of the module. */
    private static final class Side {
        final List<Sig> sigs = new ArrayList<>();
        private final Func[] funcs;
        private final List<Global> globals = new ArrayList<>();
        private final Memory memory;

        Side(Engine engine, byte[] bytes) {
            Module module = Module.fromBinary(engine, bytes);
            Store<Void> store = Store.create(engine, null);
            Instance instance = new Linker<Void>(engine).instantiate(store, module);
            List<Func> fs = new ArrayList<>();
            for (int i = 0; instance.getFunc("f" + i).isPresent(); i++) {
                Func fn = instance.getFunc("f" + i).orElseThrow();
                fs.add(fn);
                sigs.add(new Sig(codes(fn.type().params()), codes(fn.type().results())));
            }
            funcs = fs.toArray(Func[]::new);
            for (int i = 0; instance.getGlobal("g" + i).isPresent(); i++) {
                globals.add(instance.getGlobal("g" + i).orElseThrow());
            }
            memory = instance.getMemory("mem").orElseThrow();
        }

        private static int[] codes(List<io.wasm4j.core.ValType> types) {
            int[] c = new int[types.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = switch (types.get(i).toString()) {
                    case "i32" -> RandomModuleGenerator.I32;
                    case "i64" -> RandomModuleGenerator.I64;
                    case "f32" -> RandomModuleGenerator.F32;
                    case "f64" -> RandomModuleGenerator.F64;
                    default -> throw new IllegalStateException("unexpected type " + types.get(i));
                };
            }
            return c;
        }

        String call(int f, Sig sig, long[] args) {
            globals.get(RandomModuleGenerator.FUEL_GLOBAL).set(Val.i32(RandomModuleGenerator.FUEL));
            globals.get(RandomModuleGenerator.DEPTH_GLOBAL).set(Val.i32(0));
            Val[] vals = new Val[args.length];
            for (int i = 0; i < args.length; i++) {
                vals[i] = toVal(sig.params()[i], args[i]);
            }
            try {
                Val[] res = funcs[f].call(vals);
                StringBuilder sb = new StringBuilder("ok [");
                for (Val v : res) {
                    sb.append(fromVal(v)).append(' ');
                }
                return sb.append(']').toString();
            } catch (Trap t) {
                return "trap " + t.code();
            } catch (RuntimeException | StackOverflowError e) {
                return "error " + e;
            }
        }

        String state() {
            StringBuilder sb = new StringBuilder("globals [");
            for (Global g : globals) {
                sb.append(fromVal(g.get())).append(' ');
            }
            byte[] mem = new byte[(int) memory.dataSize()];
            memory.read(0, mem);
            CRC32 crc = new CRC32();
            crc.update(mem);
            return sb.append("] memory ")
                    .append(mem.length)
                    .append(" bytes crc ")
                    .append(Long.toHexString(crc.getValue()))
                    .toString();
        }
    }
}
