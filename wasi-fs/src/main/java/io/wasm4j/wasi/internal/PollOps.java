package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code poll_oneoff}: waits for clock subscriptions and reports fd readiness.
 *
 * <p>Regular files and output streams are always ready. A captured input stream is ready when it has
 * bytes or is at its end; the inherited {@link System#in} only when it has bytes. When nothing is ready
 * the call sleeps until the earliest clock deadline (measured on the context's clocks when it starts,
 * then waited in real time), re-checking input streams every millisecond.
 */
final class PollOps {
    private static final int EVENT_SIZE = 32;

    private PollOps() {}

    static int pollOneoff(WasiState s, GuestMemory m, int in, int out, int nsubs, int retPtr, boolean legacy)
            throws IOException {
        if (nsubs <= 0) {
            return Errno.INVAL;
        }
        int subSize = legacy ? 56 : 48;
        m.check(in, (long) subSize * nsubs);
        m.check(out, (long) EVENT_SIZE * nsubs);
        m.check(retPtr, 4);
        long[] userdata = new long[nsubs];
        int[] type = new int[nsubs];
        long[] remaining = new long[nsubs];
        int[] error = new int[nsubs];
        long[] nbytes = new long[nsubs];
        boolean[] ready = new boolean[nsubs];
        Descriptor[] fds = new Descriptor[nsubs];
        long wait = Long.MAX_VALUE;
        boolean anyReady = false;
        for (int i = 0; i < nsubs; i++) {
            int sub = in + i * subSize;
            userdata[i] = m.i64(sub);
            type[i] = m.u8(sub + 8) & 0xff;
            switch (type[i]) {
                case Abi.EVENT_CLOCK -> {
                    int c = sub + (legacy ? 24 : 16);
                    int id = m.i32(c);
                    long timeout = m.i64(c + 8);
                    int flags = m.u16(c + 24);
                    try {
                        long now = ProcOps.now(s, id);
                        remaining[i] = (flags & 1) != 0 ? timeout - now : timeout;
                        wait = Math.min(wait, Math.max(0, remaining[i]));
                    } catch (WasiError e) {
                        error[i] = e.errno();
                        ready[i] = true;
                        anyReady = true;
                    }
                }
                case Abi.EVENT_FD_READ, Abi.EVENT_FD_WRITE -> {
                    int fd = m.i32(sub + 16);
                    try {
                        Descriptor d = s.get(fd);
                        d.require(Abi.POLL_FD_READWRITE);
                        if (d instanceof DirDesc) {
                            throw new WasiError(Errno.BADF);
                        }
                        fds[i] = d;
                    } catch (WasiError e) {
                        error[i] = e.errno();
                        ready[i] = true;
                        anyReady = true;
                    }
                }
                default -> {
                    error[i] = Errno.INVAL;
                    ready[i] = true;
                    anyReady = true;
                }
            }
        }
        long start = System.nanoTime();
        while (true) {
            for (int i = 0; i < nsubs; i++) {
                if (fds[i] != null && !ready[i] && readiness(fds[i], type[i] == Abi.EVENT_FD_READ, nbytes, i)) {
                    ready[i] = true;
                    anyReady = true;
                }
            }
            long waited = System.nanoTime() - start;
            for (int i = 0; i < nsubs; i++) {
                if (type[i] == Abi.EVENT_CLOCK && error[i] == 0 && remaining[i] <= waited) {
                    ready[i] = true;
                    anyReady = true;
                }
            }
            if (anyReady) {
                break;
            }
            long left = wait == Long.MAX_VALUE ? 1_000_000L : wait - waited;
            LockSupport.parkNanos(Math.min(Math.max(left, 1), 1_000_000L));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return Errno.INTR;
            }
        }
        int n = 0;
        for (int i = 0; i < nsubs; i++) {
            if (!ready[i]) {
                continue;
            }
            int ev = out + n * EVENT_SIZE;
            m.setI64(ev, userdata[i]);
            m.setU16(ev + 8, error[i]);
            m.setU8(ev + 10, type[i]);
            m.setU8(ev + 11, 0);
            m.setI32(ev + 12, 0);
            m.setI64(ev + 16, nbytes[i]);
            m.setI64(ev + 24, 0);
            n++;
        }
        m.setI32(retPtr, n);
        return Errno.SUCCESS;
    }

    private static boolean readiness(Descriptor d, boolean read, long[] nbytes, int i) throws IOException {
        return switch (d) {
            case FileDesc f -> {
                nbytes[i] = read ? Math.max(0, f.channel.size() - f.channel.position()) : 0;
                yield true;
            }
            case StreamDesc sd -> {
                if (!read || sd.in == null) {
                    yield sd.out != null;
                }
                int avail = sd.in.available();
                nbytes[i] = Math.max(avail, 0);
                yield avail > 0 || sd.in != System.in;
            }
            case SocketDesc sd -> SockOps.ready(sd, read, nbytes, i);
            case DirDesc dd -> false;
        };
    }
}
