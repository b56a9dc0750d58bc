package io.wasm4j.backend.interp.internal;

/** Not a test: a quick speed probe ({@code java ... SpeedProbe}); JMH benchmarks live in {@code benchmarks/}. */
final class SpeedProbe {
    static final String KERNELS = """
            (module
              (memory 16)
              (func $fib (export "fib") (param i32) (result i32)
                (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))
                  (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                                 (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
              (func (export "sieve") (param $n i32) (result i32) (local $i i32) (local $j i32) (local $c i32)
                (memory.fill (i32.const 0) (i32.const 0) (local.get $n))
                (local.set $i (i32.const 2))
                (block $done (loop $outer
                  (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                  (if (i32.eqz (i32.load8_u (local.get $i))) (then
                    (local.set $c (i32.add (local.get $c) (i32.const 1)))
                    (local.set $j (i32.mul (local.get $i) (local.get $i)))
                    (block $b (loop $inner
                      (br_if $b (i32.ge_u (local.get $j) (local.get $n)))
                      (i32.store8 (local.get $j) (i32.const 1))
                      (local.set $j (i32.add (local.get $j) (local.get $i)))
                      (br $inner)))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $outer)))
                (local.get $c))
              (func (export "isum") (param $n i32) (result i32) (local $x i32) (local $i i32)
                (loop $l
                  (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 3)) (i32.const 5)))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_s (local.get $i) (local.get $n))))
                (local.get $x))
              (func (export "fmix") (param $n i32) (result f64) (local $x f64) (local $i i32)
                (local.set $x (f64.const 1))
                (loop $l
                  (local.set $x (f64.add (f64.mul (local.get $x) (f64.const 1.0000001)) (f64.const 0.5)))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                (local.get $x))
            )""";

    public static void main(String[] args) {
        Wasm w = Wasm.of(KERNELS);
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            Object fib = w.call1("fib", 30);
            long t1 = System.nanoTime();
            Object primes = w.call1("sieve", 1_000_000);
            long t2 = System.nanoTime();
            Object f = w.call1("fmix", 10_000_000);
            long t3 = System.nanoTime();
            Object is = w.call1("isum", 10_000_000);
            System.out.printf("isum(1e7) %s %d ms%n", is, (System.nanoTime() - t3) / 1_000_000);
            System.out.printf(
                    "fib(30)=%s %d ms, sieve(1e6)=%s %d ms, fmix(1e7)=%s %d ms%n",
                    fib, (t1 - t0) / 1_000_000, primes, (t2 - t1) / 1_000_000, f, (t3 - t2) / 1_000_000);
        }
    }
}
