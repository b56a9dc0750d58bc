package io.wasm4j.core.code;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;

/**
 * A cursor over WebAssembly code bytes that decodes opcodes and their immediates: the one decoder of
 * instruction encodings that the validator, the decoder and the backends share.
 *
 * <p>Protocol: {@link #readOpcode()}, then the immediates of that opcode as its {@link ImmediateKind}
 * describes them, using the typed {@code read*} methods (or {@link #skipImmediates(Opcode)} to step over
 * them), then the next opcode. Composite immediates that yield several values ({@link #readMemarg()},
 * {@link #readBlockType()}) store them in the reader, readable until the next such call. Nothing here
 * allocates except {@link #readValType()} and {@link #readHeapType()} for references to defined types.
 *
 * <p>Errors are {@link MalformedModuleException}s with the spec's texts: {@code "unexpected end"}
 * (reading past the limit), {@code "integer representation too long"}, {@code "integer too large"},
 * {@code "illegal opcode"}, {@code "malformed memop flags"}, {@code "malformed reference type"}, {@code
 * "zero byte expected"}.
 *
 * <p>Thread safety: not thread-safe; one reader per thread. The byte array is not copied and must not
 * change while read.
 */
public final class CodeReader {

    /** {@link #readBlockType()} result for the empty block type {@code 0x40}. */
    public static final int BLOCK_EMPTY = -1;

    /** {@link #readBlockType()} result for a single-result block type; the type is in {@link #blockValType()}. */
    public static final int BLOCK_VALUE = -2;

    private final byte[] bytes;
    private final int limit;
    private int pos;

    private int memargAlign;
    private int memargMemory;
    private long memargOffset;
    private ValType blockValType;

    /**
     * Creates a reader over {@code bytes[start, limit)}.
     *
     * @param bytes the module bytes (not copied)
     * @param start the first byte to read
     * @param limit the end of the readable region
     */
    public CodeReader(byte[] bytes, int start, int limit) {
        if (start < 0 || limit > bytes.length || start > limit) {
            throw new IndexOutOfBoundsException("region [" + start + ", " + limit + ") of " + bytes.length);
        }
        this.bytes = bytes;
        this.pos = start;
        this.limit = limit;
    }

    /** Returns the offset of the next byte to read. */
    public int position() {
        return pos;
    }

    /** Moves the cursor to {@code position}, which must lie within the region. */
    public void position(int position) {
        this.pos = position;
    }

    /** Returns the end of the readable region. */
    public int limit() {
        return limit;
    }

    /** Returns whether the cursor has reached the limit. */
    public boolean atEnd() {
        return pos >= limit;
    }

    /** Returns the underlying bytes. */
    public byte[] bytes() {
        return bytes;
    }

    private MalformedModuleException unexpectedEnd() {
        return new MalformedModuleException("unexpected end of section or function", pos);
    }

    /** Reads one byte, unsigned. */
    public int readByte() {
        if (pos >= limit) {
            throw unexpectedEnd();
        }
        return bytes[pos++] & 0xFF;
    }

    /** Reads an unsigned LEB128 of at most 32 bits. */
    public int readU32() {
        int b = readByte();
        if (b < 0x80) {
            return b;
        }
        int result = b & 0x7F;
        for (int shift = 7; ; shift += 7) {
            int start = pos;
            b = readByte();
            if (shift == 28) {
                if ((b & 0x80) != 0) {
                    throw new MalformedModuleException("integer representation too long", start);
                }
                if ((b & 0x70) != 0) {
                    throw new MalformedModuleException("integer too large", start);
                }
                return result | (b << 28);
            }
            result |= (b & 0x7F) << shift;
            if (b < 0x80) {
                return result;
            }
        }
    }

    /**
     * Reads the {@code u32} length of a vector whose elements take at least one byte each (br_table
     * labels, select types, catch clauses).
     *
     * @throws MalformedModuleException {@code "unexpected end"} if fewer bytes than that remain
     */
    public int readLength() {
        int start = pos;
        int n = readU32();
        if (n < 0 || n > limit - pos) {
            throw new MalformedModuleException(
                    "unexpected end of section or function: length " + Integer.toUnsignedString(n), start);
        }
        return n;
    }

    /** Reads an unsigned LEB128 of at most 64 bits. */
    public long readU64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int start = pos;
            int b = readByte();
            if (shift == 63) {
                if ((b & 0x80) != 0) {
                    throw new MalformedModuleException("integer representation too long", start);
                }
                if ((b & 0x7E) != 0) {
                    throw new MalformedModuleException("integer too large", start);
                }
                return result | ((long) b << 63);
            }
            result |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return result;
            }
        }
    }

    /** Reads a signed LEB128 of at most 32 bits. */
    public int readS32() {
        return (int) readSigned(32);
    }

    /** Reads a signed LEB128 of at most 64 bits. */
    public long readS64() {
        return readSigned(64);
    }

    /** Reads a signed LEB128 of at most 33 bits (block types and heap types). */
    public long readS33() {
        return readSigned(33);
    }

    private long readSigned(int bits) {
        long result = 0;
        int shift = 0;
        int maxBytes = (bits + 6) / 7;
        for (int i = 1; ; i++) {
            int start = pos;
            int b = readByte();
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if (i == maxBytes) {
                if ((b & 0x80) != 0) {
                    throw new MalformedModuleException("integer representation too long", start);
                }
                // the unused bits of the last byte must all equal the sign bit
                int used = bits - (maxBytes - 1) * 7; // value bits in this byte, sign included
                int rest = (b & 0x7F) >> (used - 1); // sign bit and unused bits
                int all = (1 << (8 - used)) - 1;
                if (rest != 0 && rest != all) {
                    throw new MalformedModuleException("integer too large", start);
                }
                return shift < 64 ? (result << (64 - shift)) >> (64 - shift) : result;
            }
            if ((b & 0x80) == 0) {
                return shift < 64 ? (result << (64 - shift)) >> (64 - shift) : result;
            }
        }
    }

    /** Reads four bytes, little-endian (the bits of an {@code f32.const}). */
    public int readFixed32() {
        if (limit - pos < 4) {
            pos = limit;
            throw unexpectedEnd();
        }
        int v = (bytes[pos] & 0xFF)
                | (bytes[pos + 1] & 0xFF) << 8
                | (bytes[pos + 2] & 0xFF) << 16
                | (bytes[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    /** Reads eight bytes, little-endian (the bits of an {@code f64.const}, or half of a {@code v128}). */
    public long readFixed64() {
        long lo = readFixed32() & 0xFFFFFFFFL;
        long hi = readFixed32() & 0xFFFFFFFFL;
        return lo | hi << 32;
    }

    /** Skips {@code n} raw bytes (a {@code v128} literal, shuffle lanes). */
    public void skip(int n) {
        if (limit - pos < n) {
            pos = limit;
            throw unexpectedEnd();
        }
        pos += n;
    }

    /**
     * Reads an opcode (a byte, and for prefixed opcodes the {@code u32} sub-opcode).
     *
     * @throws MalformedModuleException {@code "illegal opcode"} for an unknown encoding
     */
    public Opcode readOpcode() {
        int start = pos;
        int b = readByte();
        Opcode op;
        if (b >= 0xFB && b <= 0xFE) {
            int sub = readU32();
            op = Opcode.decode(b, sub);
            if (op == null) {
                throw new MalformedModuleException(
                        "illegal opcode " + Integer.toHexString(b) + " " + Integer.toHexString(sub), start);
            }
        } else {
            op = Opcode.decode(0, b);
            if (op == null) {
                throw new MalformedModuleException("illegal opcode " + Integer.toHexString(b), start);
            }
        }
        return op;
    }

    /**
     * Reads a memory argument; its parts are then available from {@link #memargAlign()}, {@link
     * #memargMemory()} and {@link #memargOffset()}.
     *
     * @throws MalformedModuleException {@code "malformed memop flags"} if flags has bits above bit 6
     */
    public void readMemarg() {
        int start = pos;
        int flags = readU32();
        if ((flags & ~0x7F) != 0) {
            throw new MalformedModuleException("malformed memop flags", start);
        }
        memargAlign = flags & 0x3F;
        memargMemory = (flags & 0x40) != 0 ? readU32() : 0;
        memargOffset = readU64();
    }

    /** Returns log2 of the alignment of the last memory argument read. */
    public int memargAlign() {
        return memargAlign;
    }

    /** Returns the memory index of the last memory argument read (0 unless flag bit 6 was set). */
    public int memargMemory() {
        return memargMemory;
    }

    /** Returns the offset of the last memory argument read, an unsigned 64-bit value. */
    public long memargOffset() {
        return memargOffset;
    }

    /**
     * Reads a block type.
     *
     * @return {@link #BLOCK_EMPTY}, {@link #BLOCK_VALUE} (then see {@link #blockValType()}), or a type
     *     index {@code >= 0}
     */
    public int readBlockType() {
        if (pos < limit && bytes[pos] == 0x40) {
            pos++;
            return BLOCK_EMPTY;
        }
        if (pos < limit && (bytes[pos] & 0xC0) == 0x40) { // one-byte negative s33: a value type
            blockValType = readValType();
            return BLOCK_VALUE;
        }
        int start = pos;
        long index = readS33();
        if (index < 0 || index > Integer.MAX_VALUE) {
            throw new MalformedModuleException("malformed block type", start);
        }
        return (int) index;
    }

    /** Returns the value type of the last {@link #BLOCK_VALUE} block type read. */
    public ValType blockValType() {
        return blockValType;
    }

    /**
     * Reads a value type.
     *
     * @throws MalformedModuleException {@code "malformed value type"} or {@code "malformed reference type"}
     */
    public ValType readValType() {
        int start = pos;
        int b = readByte();
        switch (b) {
            case 0x7F:
                return ValType.I32;
            case 0x7E:
                return ValType.I64;
            case 0x7D:
                return ValType.F32;
            case 0x7C:
                return ValType.F64;
            case 0x7B:
                return ValType.V128;
            case 0x64:
            case 0x63: {
                HeapType ht = readHeapType();
                return new RefType(b == 0x63, ht);
            }
            default: {
                AbsHeapType abs = AbsHeapType.fromCode(b);
                if (abs == null) {
                    throw new MalformedModuleException("malformed value type " + Integer.toHexString(b), start);
                }
                return refOf(abs);
            }
        }
    }

    /** Returns the nullable reference type {@code (ref null abs)}, as an interned constant. */
    static RefType refOf(AbsHeapType abs) {
        return NULLABLE_ABS[abs.ordinal()];
    }

    private static final RefType[] NULLABLE_ABS = new RefType[AbsHeapType.values().length];

    static {
        for (AbsHeapType t : AbsHeapType.values()) {
            NULLABLE_ABS[t.ordinal()] = new RefType(true, t);
        }
    }

    /**
     * Reads a heap type.
     *
     * @throws MalformedModuleException {@code "malformed reference type"} for an unknown abstract type
     */
    public HeapType readHeapType() {
        int start = pos;
        long v = readS33();
        if (v >= 0) {
            if (v > Integer.MAX_VALUE) {
                throw new MalformedModuleException("malformed reference type", start);
            }
            return new TypeIndex((int) v);
        }
        AbsHeapType abs = v >= -64 ? AbsHeapType.fromCode((int) (v & 0x7F)) : null;
        if (abs == null) {
            throw new MalformedModuleException("malformed reference type", start);
        }
        return abs;
    }

    /**
     * Steps over the immediates of {@code op}, checking their encoding (LEB128 sizes, memarg flags,
     * value and heap type encodings, the zero byte of {@code atomic.fence}) but not their meaning.
     */
    public void skipImmediates(Opcode op) {
        switch (op.immediates()) {
            case NONE -> {}
            case BLOCK_TYPE -> readBlockType();
            case LABEL, FUNC, TYPE, LOCAL, GLOBAL, TABLE, MEMORY, DATA, ELEM, TAG -> readU32();
            case CALL_INDIRECT,
                    TABLE_COPY,
                    TABLE_INIT,
                    MEMORY_INIT,
                    MEMORY_COPY,
                    STRUCT_FIELD,
                    ARRAY_COPY,
                    ARRAY_NEW_FIXED,
                    ARRAY_DATA,
                    ARRAY_ELEM -> {
                readU32();
                readU32();
            }
            case BR_TABLE -> {
                int n = readLength();
                for (int i = 0; i <= n; i++) {
                    readU32();
                }
            }
            case MEMARG -> readMemarg();
            case MEMARG_LANE -> {
                readMemarg();
                readByte();
            }
            case I32 -> readS32();
            case I64 -> readS64();
            case F32 -> skip(4);
            case F64 -> skip(8);
            case V128, SHUFFLE -> skip(16);
            case LANE -> readByte();
            case SELECT_TYPES -> {
                int n = readLength();
                for (int i = 0; i < n; i++) {
                    readValType();
                }
            }
            case HEAP_TYPE, CAST_HEAP_TYPE -> readHeapType();
            case TRY_TABLE -> {
                readBlockType();
                int n = readLength();
                for (int i = 0; i < n; i++) {
                    int start = pos;
                    int kind = readByte();
                    if (kind > 3) {
                        throw new MalformedModuleException("malformed catch clause", start);
                    }
                    if (kind < 2) {
                        readU32();
                    }
                    readU32();
                }
            }
            case BR_ON_CAST -> {
                int start = pos;
                int flags = readByte();
                if (flags > 3) {
                    throw new MalformedModuleException("malformed br_on_cast flags", start);
                }
                readU32();
                readHeapType();
                readHeapType();
            }
            case ATOMIC_FENCE -> readZeroByte();
        }
    }

    /**
     * Reads a reserved byte that must be zero.
     *
     * @throws MalformedModuleException {@code "zero byte expected"} otherwise
     */
    public void readZeroByte() {
        int start = pos;
        if (readByte() != 0) {
            throw new MalformedModuleException("zero byte expected", start);
        }
    }
}
