package io.wasm4j.core.code;

/**
 * The shape of an instruction's immediate operands, as they follow the opcode in the binary format.
 *
 * <p>Notation: {@code u32} is an unsigned LEB128 of at most 5 bytes, {@code s32}/{@code s64} signed
 * LEB128 of at most 5/10 bytes, {@code u64} unsigned LEB128 of at most 10 bytes, {@code byte} one raw
 * byte. A {@code heaptype} is encoded as a signed LEB128 {@code s33}: one of the abstract heap type
 * bytes {@code 0x69..0x74} (negative as s33), or a non-negative type index. A {@code valtype} is one
 * byte ({@code 0x7F i32, 0x7E i64, 0x7D f32, 0x7C f64, 0x7B v128}, or an abstract heap type byte as
 * shorthand for the nullable reference), or {@code 0x64 heaptype} ({@code (ref ht)}) / {@code 0x63
 * heaptype} ({@code (ref null ht)}).
 */
public enum ImmediateKind {
    /** No immediates. */
    NONE,
    /**
     * A block type: {@code 0x40} (no parameters or results), a single {@code valtype} (one result), or a
     * type index encoded as a non-negative {@code s33} (a function type). Used by block, loop, if, try.
     */
    BLOCK_TYPE,
    /** A label index: {@code u32} (br, br_if, br_on_null, br_on_non_null, rethrow, delegate). */
    LABEL,
    /** {@code br_table}: a vector of label indices ({@code u32} count, then {@code u32} each), then the default {@code u32} label. */
    BR_TABLE,
    /** A function index: {@code u32} (call, return_call, ref.func). */
    FUNC,
    /** {@code u32} type index, then {@code u32} table index (call_indirect, return_call_indirect). */
    CALL_INDIRECT,
    /**
     * A type index: {@code u32} (call_ref, return_call_ref, struct.new, struct.new_default, array.new,
     * array.new_default, array.get, array.get_s, array.get_u, array.set, array.fill).
     */
    TYPE,
    /** A local index: {@code u32}. */
    LOCAL,
    /** A global index: {@code u32}. */
    GLOBAL,
    /** A table index: {@code u32} (table.get, table.set, table.size, table.grow, table.fill). */
    TABLE,
    /**
     * A memory argument: {@code u32 flags}, then if bit 6 of {@code flags} is set a {@code u32} memory
     * index (multi-memory; memory 0 otherwise), then the offset as {@code u64} (must fit in 32 bits for a
     * 32-bit memory). The low bits of {@code flags} ({@code flags & ~0x40}) are log2 of the alignment and
     * must be below 64 (0 to 2^6 - 1); in the text format {@code align=} is {@code 1 << log2} and the
     * default is the natural alignment ({@link Opcode#naturalAlignment()}). Loads, stores, atomics.
     */
    MEMARG,
    /** A memory index: {@code u32} (memory.size, memory.grow, memory.fill). */
    MEMORY,
    /** An {@code s32} literal (i32.const). */
    I32,
    /** An {@code s64} literal (i64.const). */
    I64,
    /** Four bytes, the IEEE 754 bits of an f32 in little-endian order (f32.const). */
    F32,
    /** Eight bytes, the IEEE 754 bits of an f64 in little-endian order (f64.const). */
    F64,
    /** Sixteen raw bytes, the vector in little-endian order (v128.const). */
    V128,
    /** One {@code byte} lane index, below {@link Opcode#laneCount()} (extract_lane, replace_lane). */
    LANE,
    /** A {@link #MEMARG}, then one {@code byte} lane index (v128.loadN_lane, v128.storeN_lane). */
    MEMARG_LANE,
    /** Sixteen {@code byte} lane indices, each below 32 (i8x16.shuffle). */
    SHUFFLE,
    /** A vector of value types: {@code u32} count (must be 1 in WebAssembly 3.0), then that many {@code valtype}s (select with types, opcode 0x1C). */
    SELECT_TYPES,
    /** A {@code heaptype} (ref.null). */
    HEAP_TYPE,
    /**
     * A {@code heaptype} (ref.test, ref.cast): the target type; whether it is nullable is given by the
     * opcode ({@code 0xFB 20/22} non-null, {@code 0xFB 21/23} nullable). In the text format the operand is
     * a reference type, and a nullable one selects the {@code *_NULL} opcode.
     */
    CAST_HEAP_TYPE,
    /** {@code u32} destination table index, then {@code u32} source table index (table.copy). */
    TABLE_COPY,
    /** {@code u32} element segment index, then {@code u32} table index (table.init; the text format writes the table first). */
    TABLE_INIT,
    /** {@code u32} data segment index, then {@code u32} memory index (memory.init; the text format writes the memory first). */
    MEMORY_INIT,
    /** {@code u32} destination memory index, then {@code u32} source memory index (memory.copy). */
    MEMORY_COPY,
    /** A data segment index: {@code u32} (data.drop). */
    DATA,
    /** An element segment index: {@code u32} (elem.drop). */
    ELEM,
    /** A tag index: {@code u32} (throw, legacy catch). */
    TAG,
    /**
     * {@code try_table}: a block type (as {@link #BLOCK_TYPE}), then a vector of catch clauses ({@code u32}
     * count), each a {@code byte} kind followed by its operands: {@code 0x00 u32 tag u32 label} (catch),
     * {@code 0x01 u32 tag u32 label} (catch_ref), {@code 0x02 u32 label} (catch_all), {@code 0x03 u32
     * label} (catch_all_ref).
     */
    TRY_TABLE,
    /**
     * br_on_cast and br_on_cast_fail: a {@code byte} of flags (bit 0: the source type is nullable, bit 1:
     * the target type is nullable; other bits zero), a {@code u32} label, the source {@code heaptype},
     * then the target {@code heaptype}.
     */
    BR_ON_CAST,
    /** {@code u32} struct type index, then {@code u32} field index (struct.get, struct.get_s, struct.get_u, struct.set). */
    STRUCT_FIELD,
    /** {@code u32} destination array type index, then {@code u32} source array type index (array.copy). */
    ARRAY_COPY,
    /** {@code u32} array type index, then {@code u32} number of operands (array.new_fixed). */
    ARRAY_NEW_FIXED,
    /** {@code u32} array type index, then {@code u32} data segment index (array.new_data, array.init_data). */
    ARRAY_DATA,
    /** {@code u32} array type index, then {@code u32} element segment index (array.new_elem, array.init_elem). */
    ARRAY_ELEM,
    /** One reserved {@code byte} that must be {@code 0x00} (atomic.fence). */
    ATOMIC_FENCE
}
