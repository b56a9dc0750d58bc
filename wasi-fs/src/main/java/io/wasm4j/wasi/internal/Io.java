package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

/** Scatter/gather I/O between guest {@code iovec} arrays and host channels and streams. */
final class Io {
    private Io() {}

    /**
     * Returns the buffers described by {@code count} iovecs at {@code iovs}, each checked for bounds. They
     * view guest memory directly when its segment can be seen as a {@link ByteBuffer} (native or {@code
     * byte[]}-backed); otherwise they are copies, and {@link #commit} copies what was read back.
     */
    static ByteBuffer[] buffers(GuestMemory m, int iovs, int count) {
        m.check(iovs, 8L * Integer.toUnsignedLong(count));
        ByteBuffer[] out = new ByteBuffer[count];
        for (int i = 0; i < count; i++) {
            int buf = m.i32(iovs + 8 * i);
            int len = m.i32(iovs + 8 * i + 4);
            out[i] = m.buffer(buf, len);
        }
        return out;
    }

    /** Copies the bytes read into copied buffers (see {@link #buffers}) back to guest memory. */
    static void commit(GuestMemory m, int iovs, ByteBuffer[] bufs) {
        for (int i = 0; i < bufs.length; i++) {
            ByteBuffer b = bufs[i];
            if (b.hasArray() && b.position() > 0) {
                m.write(m.i32(iovs + 8 * i), b.array(), b.arrayOffset(), b.position());
            }
        }
    }

    /** Reads into {@code bufs} at the channel's position (or at {@code offset} if it is not negative). */
    static long read(SeekableByteChannel ch, ByteBuffer[] bufs, long offset) throws IOException {
        long saved = -1;
        if (offset >= 0 && !(ch instanceof FileChannel)) {
            saved = ch.position();
            ch.position(offset);
        }
        long total = 0;
        try {
            for (ByteBuffer b : bufs) {
                while (b.hasRemaining()) {
                    int n = offset >= 0 && ch instanceof FileChannel fc ? fc.read(b, offset + total) : ch.read(b);
                    if (n <= 0) {
                        return total;
                    }
                    total += n;
                }
            }
            return total;
        } finally {
            if (saved >= 0) {
                ch.position(saved);
            }
        }
    }

    /** Writes all of {@code bufs} at the channel's position (or at {@code offset} if not negative). */
    static long write(SeekableByteChannel ch, ByteBuffer[] bufs, long offset) throws IOException {
        long saved = -1;
        if (offset >= 0 && !(ch instanceof FileChannel)) {
            saved = ch.position();
            ch.position(offset);
        }
        long total = 0;
        try {
            for (ByteBuffer b : bufs) {
                while (b.hasRemaining()) {
                    int n = offset >= 0 && ch instanceof FileChannel fc ? fc.write(b, offset + total) : ch.write(b);
                    total += n;
                }
            }
            return total;
        } finally {
            if (saved >= 0) {
                ch.position(saved);
            }
        }
    }

    /** Grows the file to at least {@code size} bytes with zeros, keeping the position. */
    static void extend(SeekableByteChannel ch, long size) throws IOException {
        if (ch.size() < size) {
            long saved = ch.position();
            ch.position(size - 1);
            ch.write(ByteBuffer.wrap(new byte[1]));
            ch.position(saved);
        }
    }
}
