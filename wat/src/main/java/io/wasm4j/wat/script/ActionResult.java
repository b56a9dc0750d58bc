package io.wasm4j.wat.script;

import io.wasm4j.core.NumType;

/**
 * A value returned by a script action, in the terms {@link ResultMatcher} compares: numbers and vectors as
 * raw bits, references as the object and the most specific kind it belongs to. The embedder converts its
 * own values into these (the text format does not know the runtime's reference classes).
 */
public sealed interface ActionResult {

    /**
     * Returns the number {@code boxed} ({@link Integer}, {@link Long}, {@link Float} or {@link Double}) as an
     * action result, keeping the raw bits of floats (NaN payloads and signed zeros).
     *
     * @throws IllegalArgumentException if {@code boxed} is not one of the four
     */
    static Num number(Object boxed) {
        return switch (boxed) {
            case Integer i -> new Num(NumType.I32, i);
            case Long l -> new Num(NumType.I64, l);
            case Float f -> new Num(NumType.F32, Float.floatToRawIntBits(f));
            case Double d -> new Num(NumType.F64, Double.doubleToRawLongBits(d));
            default -> throw new IllegalArgumentException("not a number: " + boxed);
        };
    }

    /**
     * A number of type {@code type}.
     *
     * @param bits the raw bits; for {@code i32} and {@code f32} the low 32 bits (the rest are ignored)
     */
    record Num(NumType type, long bits) implements ActionResult {
        /** Creates the result, keeping only the low 32 bits of a 32-bit type. */
        public Num {
            if (type == NumType.I32 || type == NumType.F32) {
                bits &= 0xFFFF_FFFFL;
            }
        }

        @Override
        public String toString() {
            return switch (type) {
                case I32 -> "i32 " + (int) bits;
                case I64 -> "i64 " + bits;
                case F32 -> "f32 " + Float.intBitsToFloat((int) bits) + " (0x" + Long.toHexString(bits) + ")";
                case F64 -> "f64 " + Double.longBitsToDouble(bits) + " (0x" + Long.toHexString(bits) + ")";
            };
        }
    }

    /**
     * A {@code v128}, lane 0 in the low bits of {@code lo}.
     *
     * @param lo bytes 0 to 7, little-endian
     * @param hi bytes 8 to 15, little-endian
     */
    record Vec(long lo, long hi) implements ActionResult {
        @Override
        public String toString() {
            return "v128 0x%016x:%016x".formatted(hi, lo);
        }
    }

    /**
     * A reference.
     *
     * @param value the referenced object; {@code null} for a null reference, a {@link HostRef} for the
     *     script's {@code (ref.extern n)} / {@code (ref.host n)}
     * @param kind the most specific kind {@code value} belongs to: {@link ResultPattern.RefKind#FUNC
     *     FUNC}, {@link ResultPattern.RefKind#EXN EXN}, {@link ResultPattern.RefKind#I31 I31}, {@link
     *     ResultPattern.RefKind#STRUCT STRUCT}, {@link ResultPattern.RefKind#ARRAY ARRAY}, or {@link
     *     ResultPattern.RefKind#EXTERN EXTERN} for a host object (and for null, where it is not read)
     */
    record Ref(Object value, ResultPattern.RefKind kind) implements ActionResult {
        /**
         * Creates the result.
         *
         * @throws IllegalArgumentException if {@code kind} is {@code ANY} or {@code EQ}, which are never the
         *     most specific kind
         */
        public Ref {
            if (kind == ResultPattern.RefKind.ANY || kind == ResultPattern.RefKind.EQ) {
                throw new IllegalArgumentException(kind + " is not the most specific kind of a reference");
            }
        }

        @Override
        public String toString() {
            return value == null ? "ref.null" : "ref " + value;
        }
    }
}
