package io.wasm4j.wat.internal.encode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the binary format's LEB128 and vector encodings. */
final class Bytes {
    private byte[] buf;
    private int len;

    Bytes() {
        this(64);
    }

    Bytes(int capacity) {
        buf = new byte[Math.max(capacity, 16)];
    }

    int size() {
        return len;
    }

    Bytes byte1(int b) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = (byte) b;
        return this;
    }

    Bytes raw(byte[] b) {
        return raw(b, 0, b.length);
    }

    Bytes raw(byte[] b, int off, int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    Bytes append(Bytes other) {
        return raw(other.buf, 0, other.len);
    }

    /** Unsigned LEB128 of a value read as unsigned 64-bit. */
    Bytes u64(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            byte1(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    Bytes u32(long v) {
        return u64(v & 0xFFFF_FFFFL);
    }

    /** Signed LEB128. */
    Bytes s64(long v) {
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            if ((v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0)) {
                byte1(b);
                return this;
            }
            byte1(b | 0x80);
        }
    }

    Bytes s32(int v) {
        return s64(v);
    }

    Bytes i32le(int v) {
        return byte1(v).byte1(v >> 8).byte1(v >> 16).byte1(v >> 24);
    }

    Bytes i64le(long v) {
        return i32le((int) v).i32le((int) (v >>> 32));
    }

    /** A name: length-prefixed bytes. */
    Bytes name(byte[] utf8) {
        return u32(utf8.length).raw(utf8);
    }

    Bytes name(String s) {
        return name(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends {@code other} prefixed with its size. */
    Bytes sized(Bytes other) {
        return u32(other.len).append(other);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
