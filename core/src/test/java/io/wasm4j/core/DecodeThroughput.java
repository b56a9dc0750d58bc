package io.wasm4j.core;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures decode and decode+validate throughput on a generated ~20 MB module, after warm-up, and the
 * peak heap use (sampled every millisecond). Not a unit test: run its {@code main} (argument: size in
 * MB, default 20).
 */
public final class DecodeThroughput {
    private DecodeThroughput() {}

    /** Entry point. */
    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long t0 = System.nanoTime();
        byte[] bytes = LargeModuleGenerator.generate(mb * 1_000_000, 42);
        System.out.printf("generated %.1f MB in %d ms%n", bytes.length / 1e6, (System.nanoTime() - t0) / 1_000_000);
        WasmModule m = WasmModule.decode(bytes);
        System.out.printf("%d functions, %d types%n", m.funcCount(), m.typeCount());
        for (int i = 0; i < 15; i++) {
            WasmModule.decode(bytes).validate();
        }
        System.gc();
        long heapBefore = usedHeap();
        AtomicLong peakHolder = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHolder.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        double[] decode = measure(bytes, false);
        double[] both = measure(bytes, true);
        sampler.interrupt();
        long peak = peakHolder.get();
        double mbs = bytes.length / 1e6;
        System.gc();
        long base = usedHeap();
        ValidatedModule kept = WasmModule.decode(bytes).validate();
        System.gc();
        long retained = usedHeap() - base;
        System.out.printf(
                "decode:            median %6.1f ms %6.1f MB/s, best %6.1f ms %6.1f MB/s%n",
                decode[0], mbs / (decode[0] / 1000), decode[1], mbs / (decode[1] / 1000));
        System.out.printf(
                "decode + validate: median %6.1f ms %6.1f MB/s, best %6.1f ms %6.1f MB/s%n",
                both[0], mbs / (both[0] / 1000), both[1], mbs / (both[1] / 1000));
        System.out.printf(
                "heap: %.1f MB in use before, peak %.1f MB during the runs (module %.1f MB)%n",
                heapBefore / 1e6, peak / 1e6, mbs);
        System.out.printf(
                "retained by one ValidatedModule: %.1f MB (%s)%n",
                retained / 1e6, kept.module().funcCount());
    }

    /** Returns the median and the best time in ms of 11 runs. */
    private static double[] measure(byte[] bytes, boolean validate) {
        double[] t = new double[11];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            WasmModule m = WasmModule.decode(bytes);
            if (validate) {
                m.validate();
            }
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        java.util.Arrays.sort(t);
        return new double[] {t[t.length / 2], t[0]};
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
