package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs two small kernels and prints their times (a smoke test of generated-code speed; no thresholds). */
final class KernelTimingTest {
    private static final String KERNELS = """
            (module
              (memory 1)
              (func $fib (export "fib") (param i32) (result i32)
                (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))
                  (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                                 (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
              (func (export "sieve") (param $n i32) (result i32) (local $i i32) (local $j i32) (local $c i32)
                (local.set $i (i32.const 2))
                (block $done (loop $outer
                  (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                  (if (i32.eqz (i32.load8_u (local.get $i)))
                    (then
                      (local.set $c (i32.add (local.get $c) (i32.const 1)))
                      (local.set $j (i32.mul (local.get $i) (local.get $i)))
                      (block $b (loop $inner
                        (br_if $b (i32.ge_u (local.get $j) (local.get $n)))
                        (i32.store8 (local.get $j) (i32.const 1))
                        (local.set $j (i32.add (local.get $j) (local.get $i)))
                        (br $inner)))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $outer)))
                (local.get $c)))
            """;

    @Test
    void kernels_runAndPrintTimes() {
        Wasm w = Wasm.of(KERNELS);
        for (int round = 0; round < Integer.getInteger("rounds", 3); round++) {
            long t0 = System.nanoTime();
            Object fib = w.call1("fib", 27);
            long t1 = System.nanoTime();
            Object primes = w.call1("sieve", 65536);
            long t2 = System.nanoTime();
            assertEquals(196418, fib);
            assertEquals(6542, primes);
            System.out.printf("fib(27) %.1f ms, sieve(65536) %.2f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }
}
