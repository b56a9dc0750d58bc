package io.wasm4j.wasi.internal;

import io.wasm4j.wasi.WasiExitException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** args, environ, clocks, random, proc and sched functions. */
final class ProcOps {
    private static final int RANDOM_CHUNK = 64 * 1024;

    private ProcOps() {}

    static int argsSizesGet(WasiState s, GuestMemory m, int countPtr, int sizePtr) {
        return sizesGet(s.config.args(), m, countPtr, sizePtr);
    }

    static int argsGet(WasiState s, GuestMemory m, int argv, int buf) {
        return stringsGet(s.config.args(), m, argv, buf);
    }

    static int environSizesGet(WasiState s, GuestMemory m, int countPtr, int sizePtr) {
        return sizesGet(s.config.env(), m, countPtr, sizePtr);
    }

    static int environGet(WasiState s, GuestMemory m, int environ, int buf) {
        return stringsGet(s.config.env(), m, environ, buf);
    }

    private static int sizesGet(List<String> strings, GuestMemory m, int countPtr, int sizePtr) {
        long size = 0;
        for (String a : strings) {
            size += a.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        m.setI32(countPtr, strings.size());
        m.setI32(sizePtr, (int) size);
        return Errno.SUCCESS;
    }

    private static int stringsGet(List<String> strings, GuestMemory m, int ptrs, int buf) {
        int p = buf;
        for (int i = 0; i < strings.size(); i++) {
            byte[] b = strings.get(i).getBytes(StandardCharsets.UTF_8);
            m.setI32(ptrs + 4 * i, p);
            m.write(p, b, 0, b.length);
            m.setU8(p + b.length, 0);
            p += b.length + 1;
        }
        return Errno.SUCCESS;
    }

    static int clockResGet(WasiState s, GuestMemory m, int id, int resultPtr) {
        long res = switch (id) {
            case Abi.CLOCK_REALTIME -> 1_000L;
            case Abi.CLOCK_MONOTONIC, Abi.CLOCK_PROCESS_CPUTIME, Abi.CLOCK_THREAD_CPUTIME -> 1L;
            default -> throw new WasiError(Errno.INVAL);
        };
        m.setI64(resultPtr, res);
        return Errno.SUCCESS;
    }

    static int clockTimeGet(WasiState s, GuestMemory m, int id, long precision, int resultPtr) {
        m.setI64(resultPtr, now(s, id));
        return Errno.SUCCESS;
    }

    /** Returns clock {@code id}'s time in nanoseconds (INVAL for an unknown clock). */
    static long now(WasiState s, int id) {
        return switch (id) {
            case Abi.CLOCK_REALTIME -> {
                Instant t = s.config.wallClock().instant();
                yield t.getEpochSecond() * 1_000_000_000L + t.getNano();
            }
            case Abi.CLOCK_MONOTONIC -> s.config.monotonicNanos().getAsLong();
            case Abi.CLOCK_PROCESS_CPUTIME ->
                ProcessHandle.current()
                        .info()
                        .totalCpuDuration()
                        .map(Duration::toNanos)
                        .orElseGet(() -> threadCpuTime());
            case Abi.CLOCK_THREAD_CPUTIME -> threadCpuTime();
            default -> throw new WasiError(Errno.INVAL);
        };
    }

    private static long threadCpuTime() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static int randomGet(WasiState s, GuestMemory m, int buf, int len) {
        long total = Integer.toUnsignedLong(len);
        m.check(buf, total);
        byte[] chunk = new byte[(int) Math.min(total, RANDOM_CHUNK)];
        for (long done = 0; done < total; ) {
            int n = (int) Math.min(chunk.length, total - done);
            byte[] b = n == chunk.length ? chunk : new byte[n];
            s.config.random().nextBytes(b);
            m.write(buf + (int) done, b, 0, n);
            done += n;
        }
        return Errno.SUCCESS;
    }

    static int procExit(WasiState s, int code) {
        s.flushStdio();
        throw new WasiExitException(code);
    }

    /** Raising a signal would end the JVM's process, so it is not supported. */
    static int procRaise(WasiState s, int signal) {
        return signal < 0 || signal > 30 ? Errno.INVAL : Errno.NOTSUP;
    }

    static int schedYield() {
        Thread.yield();
        return Errno.SUCCESS;
    }
}
