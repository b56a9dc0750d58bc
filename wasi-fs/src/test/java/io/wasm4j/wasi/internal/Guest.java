package io.wasm4j.wasi.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A WASI context over a 64 KiB byte-array guest memory, for calling the host functions directly: strings
 * and buffers are placed from {@link #HEAP} upwards, results read back with {@link #i32} and {@link #i64}.
 */
final class Guest {
    static final int HEAP = 1024;
    static final int RET = 16;
    static final int RET2 = 24;
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    final MemorySegment memory = MemorySegment.ofArray(new byte[65536]);
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    final AtomicLong monotonic = new AtomicLong(1_000);
    final WasiState state;
    final String module;
    private int next = HEAP;

    Guest(Builder b) {
        this.module = b.legacy ? WasiFunctions.UNSTABLE : WasiFunctions.PREVIEW1;
        this.state = new WasiState(new WasiConfig(
                b.args,
                b.env,
                new ByteArrayInputStream(b.stdin.getBytes(StandardCharsets.UTF_8)),
                stdout,
                stderr,
                b.preopens,
                b.sockets,
                InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L, 123_000)),
                monotonic::get,
                new Random(42)));
    }

    static Builder builder() {
        return new Builder();
    }

    /** Calls {@code name} and returns its errno. */
    int call(String name, long... args) {
        return WasiFunctions.find(module, name).call(state, memory, args);
    }

    /** Places {@code s} (UTF-8, no terminator) in guest memory and returns its address. */
    int str(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    int bytes(byte[] b) {
        int at = alloc(b.length);
        MemorySegment.copy(b, 0, memory, ValueLayout.JAVA_BYTE, at, b.length);
        return at;
    }

    int alloc(int size) {
        int at = next;
        next += (size + 7) & ~7;
        return at;
    }

    /** Places one iovec for {@code len} bytes at {@code buf} and returns the iovec's address. */
    int iovec(int buf, int len) {
        int at = alloc(8);
        memory.set(I32, at, buf);
        memory.set(I32, at + 4, len);
        return at;
    }

    int i32(long at) {
        return memory.get(I32, at);
    }

    long i64(long at) {
        return memory.get(I64, at);
    }

    int u16(long at) {
        return Short.toUnsignedInt(memory.get(I16, at));
    }

    int u8(long at) {
        return Byte.toUnsignedInt(memory.get(ValueLayout.JAVA_BYTE, at));
    }

    void setI32(long at, int v) {
        memory.set(I32, at, v);
    }

    void setI64(long at, long v) {
        memory.set(I64, at, v);
    }

    void setU16(long at, int v) {
        memory.set(I16, at, (short) v);
    }

    void setU8(long at, int v) {
        memory.set(ValueLayout.JAVA_BYTE, at, (byte) v);
    }

    String string(long at, int len) {
        byte[] b = new byte[len];
        MemorySegment.copy(memory, ValueLayout.JAVA_BYTE, at, b, 0, len);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Opens {@code path} below {@code dirFd} with every right and returns the errno; the fd is at RET. */
    int open(int dirFd, String path, int oflags, long rights, int fdflags) {
        int p = str(path);
        return call(
                "path_open",
                dirFd,
                Abi.LOOKUP_SYMLINK_FOLLOW,
                p,
                path.getBytes(StandardCharsets.UTF_8).length,
                oflags,
                rights,
                rights,
                fdflags,
                RET);
    }

    /** Like {@link #open} without following a final symbolic link. */
    int openNoFollow(int dirFd, String path, int oflags, long rights) {
        int p = str(path);
        return call(
                "path_open", dirFd, 0, p, path.getBytes(StandardCharsets.UTF_8).length, oflags, rights, rights, 0, RET);
    }

    /** Calls a {@code (fd, path, len)} function such as {@code path_create_directory}. */
    int pathCall(String name, int dirFd, String path) {
        int p = str(path);
        return call(name, dirFd, p, path.getBytes(StandardCharsets.UTF_8).length);
    }

    /** Writes {@code text} to {@code fd}; returns the errno (bytes written at RET). */
    int write(int fd, String text) {
        int buf = str(text);
        return call("fd_write", fd, iovec(buf, text.getBytes(StandardCharsets.UTF_8).length), 1, RET);
    }

    /** Reads up to {@code max} bytes from {@code fd} and returns them as text (asserting success). */
    String read(int fd, int max) {
        int buf = alloc(max);
        int errno = call("fd_read", fd, iovec(buf, max), 1, RET);
        if (errno != 0) {
            throw new AssertionError("fd_read failed: " + Errno.name(errno));
        }
        return string(buf, i32(RET));
    }

    static final class Builder {
        final List<String> args = new ArrayList<>();
        final List<String> env = new ArrayList<>();
        final List<Preopen> preopens = new ArrayList<>();
        final List<ServerSocketChannel> sockets = new ArrayList<>();
        String stdin = "";
        boolean legacy;

        Builder args(String... a) {
            args.addAll(List.of(a));
            return this;
        }

        Builder env(String... e) {
            env.addAll(List.of(e));
            return this;
        }

        Builder stdin(String s) {
            stdin = s;
            return this;
        }

        Builder legacy() {
            legacy = true;
            return this;
        }

        Builder preopen(Path dir, String guest, boolean readOnly) {
            preopens.add(FsWasiProvider.preopen(dir, guest, readOnly));
            return this;
        }

        Builder socket(ServerSocketChannel s) {
            sockets.add(s);
            return this;
        }

        Guest build() {
            return new Guest(this);
        }
    }
}
