package io.wasm4j.core.code;

import java.util.EnumSet;
import java.util.Set;

/**
 * The instruction families an engine may switch off: validation records which of them each function body
 * and constant expression uses ({@link FunctionCode#features()}), so a facade can reject a module that uses
 * a disabled one without scanning the code again.
 */
public enum CodeFeature {
    /** Fixed-width SIMD: the {@code 0xFD} instructions other than the relaxed ones. */
    SIMD,
    /** Relaxed SIMD: {@code 0xFD 0x100} to {@code 0xFD 0x113}. */
    RELAXED_SIMD,
    /** Tail calls: {@code return_call}, {@code return_call_indirect}, {@code return_call_ref}. */
    TAIL_CALL,
    /** Exception handling: {@code try_table}, {@code throw}, {@code throw_ref} and the legacy {@code try}. */
    EXCEPTIONS,
    /** Garbage collection: the {@code 0xFB} instructions (structs, arrays, i31, casts, conversions). */
    GC,
    /** The threads proposal: the {@code 0xFE} atomic instructions. */
    THREADS;

    private static final CodeFeature[] BY_OPCODE = new CodeFeature[Opcode.values().length];
    private static final int[] BITS = new int[Opcode.values().length];
    private static final CodeFeature[] VALUES = values();

    static {
        for (Opcode op : Opcode.values()) {
            CodeFeature f = classify(op);
            BY_OPCODE[op.ordinal()] = f;
            BITS[op.ordinal()] = f == null ? 0 : 1 << f.ordinal();
        }
    }

    private static CodeFeature classify(Opcode op) {
        return switch (op.prefix()) {
            case 0xFD -> op.code() >= 0x100 && op.code() <= 0x113 ? RELAXED_SIMD : SIMD;
            case 0xFE -> THREADS;
            case 0xFB -> GC;
            default ->
                switch (op) {
                    case RETURN_CALL, RETURN_CALL_INDIRECT, RETURN_CALL_REF -> TAIL_CALL;
                    case TRY_TABLE, THROW, THROW_REF, TRY, CATCH, CATCH_ALL, RETHROW, DELEGATE -> EXCEPTIONS;
                    default -> null;
                };
        };
    }

    /** Returns the family {@code op} belongs to, or {@code null} for instructions no feature switches off. */
    public static CodeFeature of(Opcode op) {
        return BY_OPCODE[op.ordinal()];
    }

    /** Returns {@code op}'s family as a bit ({@code 1 << ordinal()}), or 0; for validators' hot loops. */
    public static int bit(Opcode op) {
        return BITS[op.ordinal()];
    }

    /** Returns the families whose bits are set in {@code mask}, as an unmodifiable set. */
    public static Set<CodeFeature> fromMask(int mask) {
        if (mask == 0) {
            return Set.of(); // most bodies: no allocation per function
        }
        Set<CodeFeature> set = EnumSet.noneOf(CodeFeature.class);
        for (CodeFeature f : VALUES) {
            if ((mask & (1 << f.ordinal())) != 0) {
                set.add(f);
            }
        }
        return Set.copyOf(set);
    }
}
