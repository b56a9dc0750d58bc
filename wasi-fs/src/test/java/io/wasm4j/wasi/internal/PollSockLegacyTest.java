package io.wasm4j.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** poll_oneoff, the sock_* functions, and the layouts that differ in {@code wasi_unstable}. */
final class PollSockLegacyTest {
    /** Writes a preview 1 clock subscription (48 bytes) and returns its address. */
    private static int clockSub(Guest g, long userdata, int clock, long timeout, int flags) {
        int s = g.alloc(48);
        g.setI64(s, userdata);
        g.setU8(s + 8, Abi.EVENT_CLOCK);
        g.setI32(s + 16, clock);
        g.setI64(s + 24, timeout);
        g.setI64(s + 32, 0);
        g.setU16(s + 40, flags);
        return s;
    }

    private static int fdSub(Guest g, long userdata, int type, int fd) {
        int s = g.alloc(48);
        g.setI64(s, userdata);
        g.setU8(s + 8, type);
        g.setI32(s + 16, fd);
        return s;
    }

    @Test
    void pollOneoff_relativeClock_sleepsThenReportsIt() {
        Guest g = Guest.builder().build();
        int sub = clockSub(g, 99, Abi.CLOCK_MONOTONIC, 20_000_000L, 0);
        int out = g.alloc(32);
        long start = System.nanoTime();
        assertEquals(0, g.call("poll_oneoff", sub, out, 1, Guest.RET));
        assertTrue(System.nanoTime() - start >= 19_000_000L);
        assertEquals(1, g.i32(Guest.RET));
        assertEquals(99, g.i64(out));
        assertEquals(0, g.u16(out + 8));
        assertEquals(Abi.EVENT_CLOCK, g.u8(out + 10));
    }

    @Test
    void pollOneoff_absoluteClockInPast_immediate() {
        Guest g = Guest.builder().build();
        g.monotonic.set(5_000_000_000L);
        int sub = clockSub(g, 1, Abi.CLOCK_MONOTONIC, 1_000, 1);
        int out = g.alloc(32);
        assertEquals(0, g.call("poll_oneoff", sub, out, 1, Guest.RET));
        assertEquals(1, g.i32(Guest.RET));
    }

    @Test
    void pollOneoff_fdsReady_reportedBeforeClock() {
        Guest g = Guest.builder().stdin("abc").build();
        int subs = clockSub(g, 1, Abi.CLOCK_MONOTONIC, 10_000_000_000L, 0);
        fdSub(g, 2, Abi.EVENT_FD_READ, 0);
        fdSub(g, 3, Abi.EVENT_FD_WRITE, 1);
        fdSub(g, 4, Abi.EVENT_FD_READ, 42);
        int out = g.alloc(4 * 32);
        assertEquals(0, g.call("poll_oneoff", subs, out, 4, Guest.RET));
        assertEquals(3, g.i32(Guest.RET));
        assertEquals(2, g.i64(out));
        assertEquals(3, g.i64(out + 16));
        assertEquals(3, g.i64(out + 32));
        assertEquals(4, g.i64(out + 64));
        assertEquals(Errno.BADF, g.u16(out + 64 + 8));
    }

    @Test
    void pollOneoff_noSubscriptions_inval() {
        Guest g = Guest.builder().build();
        assertEquals(Errno.INVAL, g.call("poll_oneoff", Guest.HEAP, Guest.HEAP, 0, Guest.RET));
        assertEquals(Errno.FAULT, g.call("poll_oneoff", 65500, Guest.HEAP, 10, Guest.RET));
    }

    @Test
    void sock_notSockets_notsockOrBadf() {
        Guest g = Guest.builder().build();
        assertEquals(Errno.NOTSOCK, g.call("sock_accept", 1, 0, Guest.RET));
        assertEquals(Errno.BADF, g.call("sock_accept", 9, 0, Guest.RET));
        assertEquals(Errno.NOTSOCK, g.call("sock_recv", 0, Guest.HEAP, 0, 0, Guest.RET, Guest.RET2));
        assertEquals(Errno.NOTSOCK, g.call("sock_send", 1, Guest.HEAP, 0, 0, Guest.RET));
        assertEquals(Errno.NOTSOCK, g.call("sock_shutdown", 2, Abi.SHUT_WR));
    }

    @Test
    void sock_preopenedListener_acceptRecvSendShutdown() throws IOException {
        try (ServerSocketChannel server =
                ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            Guest g = Guest.builder().socket(server).build();
            int listener = 3;
            assertEquals(0, g.call("fd_fdstat_get", listener, Guest.HEAP));
            assertEquals(Abi.FILETYPE_SOCKET_STREAM, g.u8(Guest.HEAP));
            assertEquals(0, g.call("fd_fdstat_set_flags", listener, Abi.FDFLAGS_NONBLOCK));
            assertEquals(Errno.AGAIN, g.call("sock_accept", listener, 0, Guest.RET));
            assertEquals(0, g.call("fd_fdstat_set_flags", listener, 0));
            try (SocketChannel client = SocketChannel.open(server.getLocalAddress())) {
                assertEquals(0, g.call("sock_accept", listener, 0, Guest.RET));
                int conn = g.i32(Guest.RET);
                client.write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.UTF_8)));
                int buf = g.alloc(16);
                assertEquals(0, g.call("sock_recv", conn, g.iovec(buf, 16), 1, 0, Guest.RET, Guest.RET2));
                assertEquals(4, g.i32(Guest.RET));
                assertEquals("ping", g.string(buf, 4));
                int data = g.str("pong");
                assertEquals(0, g.call("sock_send", conn, g.iovec(data, 4), 1, 0, Guest.RET));
                assertEquals(4, g.i32(Guest.RET));
                ByteBuffer in = ByteBuffer.allocate(4);
                while (in.hasRemaining()) {
                    client.read(in);
                }
                assertEquals("pong", new String(in.array(), StandardCharsets.UTF_8));
                assertEquals(0, g.call("sock_shutdown", conn, Abi.SHUT_WR));
                assertEquals(-1, client.read(ByteBuffer.allocate(1)));
                assertEquals(Errno.INVAL, g.call("sock_shutdown", conn, 0));
                assertEquals(Errno.NOTCONN, g.call("sock_send", listener, g.iovec(data, 4), 1, 0, Guest.RET));
                assertEquals(0, g.call("fd_close", conn));
            }
        }
    }

    @Test
    void legacy_filestatLayout_linkCount32Bit() throws IOException {
        try (FileSystems fs = FileSystems.create("jimfs")) {
            Files.writeString(fs.sandbox().resolve("f"), "12345");
            Guest g = Guest.builder().legacy().preopen(fs.sandbox(), ".", false).build();
            int st = g.alloc(64);
            g.setI64(st + 56, 0x5555);
            assertEquals(0, g.call("path_filestat_get", 3, 0, g.str("f"), 1, st));
            assertEquals(Abi.FILETYPE_REGULAR_FILE, g.u8(st + 16));
            assertEquals(1, g.i32(st + 20));
            assertEquals(5, g.i64(st + 24));
            assertEquals(0x5555, g.i64(st + 56));
        }
    }

    @Test
    void legacy_seekWhence_curEndSet() throws IOException {
        try (FileSystems fs = FileSystems.create("jimfs")) {
            Files.writeString(fs.sandbox().resolve("f"), "0123456789");
            Guest g = Guest.builder().legacy().preopen(fs.sandbox(), ".", false).build();
            assertEquals(0, g.open(3, "f", 0, -1L, 0));
            int fd = g.i32(Guest.RET);
            assertEquals(0, g.call("fd_seek", fd, 4, 2, Guest.RET));
            assertEquals(4, g.i64(Guest.RET));
            assertEquals(0, g.call("fd_seek", fd, 1, 0, Guest.RET));
            assertEquals(5, g.i64(Guest.RET));
            assertEquals(0, g.call("fd_seek", fd, -1, 1, Guest.RET));
            assertEquals(9, g.i64(Guest.RET));
        }
    }

    @Test
    void legacy_pollClockSubscription_hasIdentifier() {
        Guest g = Guest.builder().legacy().build();
        int s = g.alloc(56);
        g.setI64(s, 7);
        g.setU8(s + 8, Abi.EVENT_CLOCK);
        g.setI64(s + 16, 1234);
        g.setI32(s + 24, Abi.CLOCK_MONOTONIC);
        g.setI64(s + 32, 1_000_000L);
        g.setU16(s + 48, 0);
        int out = g.alloc(32);
        assertEquals(0, g.call("poll_oneoff", s, out, 1, Guest.RET));
        assertEquals(1, g.i32(Guest.RET));
        assertEquals(7, g.i64(out));
        assertEquals(0, g.u16(out + 8));
    }
}
