package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.HeapMemoryCreator;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.wat.Wat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compiles a generated module of many functions that call across generated classes, checks that it
 * runs, and prints the compile throughput (no timing assertion). {@link #main} runs a larger module:
 * {@code java ... CompileThroughputTest [functions]}.
 */
final class CompileThroughputTest {
    /** A module of {@code n} functions; function i loops, touches memory and calls function i+1. */
    static byte[] module(int n) {
        StringBuilder sb = new StringBuilder("(module (memory 1)\n");
        for (int i = 0; i < n; i++) {
            sb.append("(func $f")
                    .append(i)
                    .append(" (export \"f")
                    .append(i)
                    .append("\") (param i32) (result i32)")
                    .append(" (local i32 i64 f64)\n")
                    .append("  (block $out (loop $l\n")
                    .append("    (br_if $out (i32.ge_u (local.get 1) (local.get 0)))\n")
                    .append("    (i32.store offset=8 (i32.and (local.get 1) (i32.const 1023))\n")
                    .append("      (i32.add (i32.load (i32.const 16)) (i32.mul (local.get 1) (i32.const 3))))\n")
                    .append("    (local.set 2 (i64.add (local.get 2) (i64.extend_i32_u (local.get 1))))\n")
                    .append("    (local.set 3 (f64.add (local.get 3) (f64.convert_i64_s (local.get 2))))\n")
                    .append("    (local.set 1 (i32.add (local.get 1) (i32.const 1)))\n")
                    .append("    (br $l)))\n");
            if (i + 1 < n) {
                sb.append("  (if (i32.gt_u (local.get 0) (i32.const 0))\n")
                        .append("    (then (local.set 1 (call $f")
                        .append(i + 1)
                        .append(" (i32.sub (local.get 0) (i32.const 1))))))\n");
            }
            sb.append("  (i32.add (local.get 1) (i32.wrap_i64 (i64.trunc_f64_s (local.get 3)))))\n");
        }
        return Wat.parse(sb.append(")").toString());
    }

    static double measure(byte[] bytes, int rounds) {
        ValidatedModule vm = ValidatedModule.of(bytes);
        CompileContext ctx = new CompileContext(Wasm.TYPES, 512 * 1024, Map.of(), false, false);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            BcModule.compile(vm, ctx);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return bytes.length / (best / 1e9) / (1 << 20);
    }

    @Test
    void compile_thousandsOfFunctionsAcrossClasses_runsAndReportsThroughput() {
        byte[] bytes = module(1000);
        ValidatedModule vm = ValidatedModule.of(bytes);
        BcModule m = BcModule.compile(vm, new CompileContext(Wasm.TYPES, 512 * 1024, Map.of(), false, false));
        ModuleInstance inst = m.instantiate(
                Imports.NONE,
                new InstanceContext(
                        new HeapMemoryCreator(),
                        new io.wasm4j.spi.StoreContext(new java.util.concurrent.atomic.AtomicLong())));
        int f0 = vm.module().export("f0").index();
        Object[] r = inst.function(f0).invoke(null, 450);
        Object[] again = inst.function(f0).invoke(null, 450);
        assertEquals(r[0], again[0]);
        System.out.printf(
                "compiled %d bytes (%d functions, %d classes) at %.1f MB/s%n",
                bytes.length,
                1000,
                (1000 + CodeClasses.CHUNK - 1) / CodeClasses.CHUNK,
                measure(bytes, Integer.getInteger("rounds", 3)));
        System.out.printf(
                "class generation alone, one thread: %.1f MB/s%n",
                measureGeneration(bytes, Integer.getInteger("rounds", 3)));
    }

    /** Throughput of class-file generation alone (no class definition), single-threaded. */
    static double measureGeneration(byte[] bytes, int rounds) {
        ValidatedModule vm = ValidatedModule.of(bytes);
        int n = vm.module().funcCount();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            new ChunkCompiler(vm, 0, n, ModuleFacts.of(vm)).compile(new java.util.HashSet<>());
            best = Math.min(best, System.nanoTime() - t0);
        }
        return bytes.length / (best / 1e9) / (1 << 20);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        byte[] bytes = module(n);
        System.out.printf(
                "%d functions, %d bytes: %.1f MB/s (best of 5, %d cores)%n",
                n, bytes.length, measure(bytes, 5), Runtime.getRuntime().availableProcessors());
    }
}
