package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/** {@code sock_*} on preopened listening sockets and the connections they accept. */
final class SockOps {
    private SockOps() {}

    static int accept(WasiState s, GuestMemory m, int fd, int flags, int retPtr) throws IOException {
        Descriptor d = s.get(fd);
        if (!(d instanceof SocketDesc sd)) {
            return Errno.NOTSOCK;
        }
        if (sd.server == null) {
            return Errno.INVAL;
        }
        sd.require(Abi.SOCK_ACCEPT);
        if ((flags & ~Abi.FDFLAGS_NONBLOCK) != 0) {
            return Errno.INVAL;
        }
        m.check(retPtr, 4);
        SocketChannel c = sd.server.accept();
        if (c == null) {
            return Errno.AGAIN;
        }
        c.configureBlocking((flags & Abi.FDFLAGS_NONBLOCK) == 0);
        SocketDesc conn = new SocketDesc(null, c);
        conn.fdflags = flags;
        int newFd;
        try {
            newFd = s.add(conn);
        } catch (WasiError e) {
            c.close();
            throw e;
        }
        m.setI32(retPtr, newFd);
        return Errno.SUCCESS;
    }

    static int recv(WasiState s, GuestMemory m, int fd, int iovs, int count, int flags, int retSize, int retFlags)
            throws IOException {
        SocketDesc sd = connection(s, fd);
        sd.require(Abi.FD_READ);
        if ((flags & Abi.RECV_PEEK) != 0) {
            return Errno.NOTSUP;
        }
        m.check(retSize, 4);
        m.check(retFlags, 2);
        ByteBuffer[] bufs = Io.buffers(m, iovs, count);
        long n = read(sd, bufs);
        if ((flags & Abi.RECV_WAITALL) != 0) {
            for (ByteBuffer b : bufs) {
                while (b.hasRemaining()) {
                    int k = sd.socket.read(b);
                    if (k <= 0) {
                        break;
                    }
                    n += k;
                }
            }
        }
        Io.commit(m, iovs, bufs);
        m.setI32(retSize, (int) n);
        m.setU16(retFlags, 0);
        return Errno.SUCCESS;
    }

    static int send(WasiState s, GuestMemory m, int fd, int iovs, int count, int flags, int retPtr) throws IOException {
        SocketDesc sd = connection(s, fd);
        sd.require(Abi.FD_WRITE);
        if (flags != 0) {
            return Errno.INVAL;
        }
        m.check(retPtr, 4);
        m.setI32(retPtr, (int) write(sd, Io.buffers(m, iovs, count)));
        return Errno.SUCCESS;
    }

    static int shutdown(WasiState s, int fd, int how) throws IOException {
        SocketDesc sd = connection(s, fd);
        sd.require(Abi.SOCK_SHUTDOWN);
        if (how == 0 || (how & ~(Abi.SHUT_RD | Abi.SHUT_WR)) != 0) {
            return Errno.INVAL;
        }
        if ((how & Abi.SHUT_RD) != 0) {
            sd.socket.shutdownInput();
        }
        if ((how & Abi.SHUT_WR) != 0) {
            sd.socket.shutdownOutput();
        }
        return Errno.SUCCESS;
    }

    private static SocketDesc connection(WasiState s, int fd) {
        Descriptor d = s.get(fd);
        if (!(d instanceof SocketDesc sd)) {
            throw new WasiError(Errno.NOTSOCK);
        }
        if (sd.socket == null) {
            throw new WasiError(Errno.NOTCONN);
        }
        return sd;
    }

    static long read(SocketDesc sd, ByteBuffer[] bufs) throws IOException {
        if (sd.socket == null) {
            throw new WasiError(Errno.NOTCONN);
        }
        long n = sd.socket.read(bufs);
        if (n == 0 && !sd.socket.isBlocking()) {
            throw new WasiError(Errno.AGAIN);
        }
        return Math.max(n, 0);
    }

    static long write(SocketDesc sd, ByteBuffer[] bufs) throws IOException {
        if (sd.socket == null) {
            throw new WasiError(Errno.NOTCONN);
        }
        long n = sd.socket.write(bufs);
        if (n == 0 && !sd.socket.isBlocking()) {
            throw new WasiError(Errno.AGAIN);
        }
        return n;
    }

    /** Checks readiness with a momentary selector on a non-blocking view of the channel. */
    static boolean ready(SocketDesc sd, boolean read, long[] nbytes, int i) throws IOException {
        var ch = sd.server != null ? sd.server : sd.socket;
        boolean blocking = ch.isBlocking();
        try (Selector sel = Selector.open()) {
            ch.configureBlocking(false);
            int ops = sd.server != null ? SelectionKey.OP_ACCEPT : read ? SelectionKey.OP_READ : SelectionKey.OP_WRITE;
            SelectionKey key = ch.register(sel, ops);
            boolean ok = sel.selectNow() > 0;
            key.cancel();
            sel.selectNow();
            nbytes[i] = 0;
            return ok;
        } finally {
            ch.configureBlocking(blocking);
        }
    }
}
