package io.wasm4j.wat.script;

import io.wasm4j.core.NumType;
import java.util.List;

/**
 * An expected result of {@code assert_return}: an exact {@link WastValue}, a NaN pattern, a {@code v128}
 * with per-lane patterns, a reference of some kind, or a choice of alternatives.
 */
public sealed interface ResultPattern
        permits WastValue, ResultPattern.Nan, ResultPattern.V128Lanes, ResultPattern.AnyRef, ResultPattern.Either {

    /** The two NaN patterns of the spec. */
    enum NanKind {
        /** {@code nan:canonical}: a NaN with only the top payload bit set, either sign. */
        CANONICAL,
        /** {@code nan:arithmetic}: a NaN with the top payload bit set, any other payload bits, either sign. */
        ARITHMETIC
    }

    /**
     * {@code (f32.const nan:canonical)} and the like.
     *
     * @param type {@link NumType#F32} or {@link NumType#F64}
     */
    record Nan(NumType type, NanKind kind) implements ResultPattern {

        /**
         * Returns whether raw bits of this pattern's type match it: canonical means exponent all ones and
         * only the top payload bit set; arithmetic means exponent all ones and the top payload bit set;
         * either sign. For {@code f32}, only the low 32 bits are used.
         */
        public boolean matches(long bits) {
            int mantissaBits = type == NumType.F32 ? 23 : 52;
            int width = type == NumType.F32 ? 32 : 64;
            long magnitude = width == 64 ? bits & Long.MAX_VALUE : bits & 0x7FFF_FFFFL;
            long exponent = magnitude >>> mantissaBits;
            long allOnes = (1L << (width - 1 - mantissaBits)) - 1;
            long payload = magnitude & ((1L << mantissaBits) - 1);
            long quiet = 1L << (mantissaBits - 1);
            return exponent == allOnes
                    && switch (kind) {
                        case CANONICAL -> payload == quiet;
                        case ARITHMETIC -> (payload & quiet) != 0;
                    };
        }
    }

    /**
     * A {@code v128} result in which at least one lane is a NaN pattern. Each lane is a {@link WastValue.I32}
     * (for i8, i16 and i32 lanes, in the low bits), {@link WastValue.I64}, {@link WastValue.F32}, {@link
     * WastValue.F64} or {@link Nan}.
     */
    record V128Lanes(LaneShape shape, List<ResultPattern> lanes) implements ResultPattern {
        /** Creates the pattern, copying the lanes. */
        public V128Lanes {
            lanes = List.copyOf(lanes);
            if (lanes.size() != shape.lanes()) {
                throw new IllegalArgumentException(shape + " has " + shape.lanes() + " lanes, not " + lanes.size());
            }
        }
    }

    /** The kinds of non-specific reference results. */
    enum RefKind {
        /** {@code (ref.func)}: any function reference. */
        FUNC,
        /** {@code (ref.extern)}: any external reference. */
        EXTERN,
        /** {@code (ref.any)}: any non-null internal reference. */
        ANY,
        /** {@code (ref.eq)}: any non-null reference to an eq value. */
        EQ,
        /** {@code (ref.i31)}: any i31 reference. */
        I31,
        /** {@code (ref.struct)}: any struct reference. */
        STRUCT,
        /** {@code (ref.array)}: any array reference. */
        ARRAY,
        /** {@code (ref.exn)}: any exception reference. */
        EXN
    }

    /** {@code (ref.func)}, {@code (ref.struct)} and the like: any non-null reference of the kind. */
    record AnyRef(RefKind kind) implements ResultPattern {}

    /** {@code (either result*)}: any one of the alternatives. */
    record Either(List<ResultPattern> alternatives) implements ResultPattern {
        /** Creates the pattern, copying the alternatives. */
        public Either {
            alternatives = List.copyOf(alternatives);
        }
    }
}
