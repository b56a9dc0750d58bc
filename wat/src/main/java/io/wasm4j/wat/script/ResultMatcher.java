package io.wasm4j.wat.script;

import io.wasm4j.core.NumType;

/**
 * Matches action results against the expected results of {@code assert_return}, as the spec's script
 * semantics say: numbers bit for bit, NaN patterns by their class, {@code v128} lane by lane, references by
 * kind, {@code either} by any alternative.
 */
public final class ResultMatcher {

    private ResultMatcher() {}

    /** Returns whether {@code actual} matches the expected result {@code expected}. */
    public static boolean matches(ResultPattern expected, ActionResult actual) {
        return switch (expected) {
            case WastValue.I32(int bits) -> isNum(actual, NumType.I32, bits & 0xFFFF_FFFFL);
            case WastValue.I64(long bits) -> isNum(actual, NumType.I64, bits);
            case WastValue.F32(int bits) -> isNum(actual, NumType.F32, bits & 0xFFFF_FFFFL);
            case WastValue.F64(long bits) -> isNum(actual, NumType.F64, bits);
            case WastValue.V128 v -> actual instanceof ActionResult.Vec(long lo, long hi) && vec(v, lo, hi);
            case WastValue.RefNull n -> actual instanceof ActionResult.Ref r && r.value() == null;
            case WastValue.RefExtern(int n) -> isHost(actual, n);
            case WastValue.RefHost(int n) -> isHost(actual, n);
            case ResultPattern.Nan nan ->
                actual instanceof ActionResult.Num(NumType t, long bits) && t == nan.type() && nan.matches(bits);
            case ResultPattern.V128Lanes p -> actual instanceof ActionResult.Vec(long lo, long hi) && lanes(p, lo, hi);
            case ResultPattern.AnyRef(ResultPattern.RefKind kind) ->
                actual instanceof ActionResult.Ref r && r.value() != null && isOf(r.kind(), kind);
            case ResultPattern.Either e -> e.alternatives().stream().anyMatch(a -> matches(a, actual));
        };
    }

    private static boolean isNum(ActionResult actual, NumType type, long bits) {
        return actual instanceof ActionResult.Num(NumType t, long b) && t == type && b == bits;
    }

    private static boolean isHost(ActionResult actual, int n) {
        return actual instanceof ActionResult.Ref r && new HostRef(n).equals(r.value());
    }

    /** Whether a reference whose most specific kind is {@code actual} is also of kind {@code expected}. */
    private static boolean isOf(ResultPattern.RefKind actual, ResultPattern.RefKind expected) {
        return switch (expected) {
            case EXTERN -> true;
            case ANY -> actual != ResultPattern.RefKind.FUNC && actual != ResultPattern.RefKind.EXN;
            case EQ ->
                actual == ResultPattern.RefKind.I31
                        || actual == ResultPattern.RefKind.STRUCT
                        || actual == ResultPattern.RefKind.ARRAY;
            case FUNC, I31, STRUCT, ARRAY, EXN -> actual == expected;
        };
    }

    private static boolean vec(WastValue.V128 v, long lo, long hi) {
        byte[] b = v.bytes();
        for (int i = 0; i < 16; i++) {
            if (b[i] != lane(lo, hi, 8, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lanes(ResultPattern.V128Lanes p, long lo, long hi) {
        int width = p.shape().laneBits();
        for (int i = 0; i < p.lanes().size(); i++) {
            long bits = lane(lo, hi, width, i);
            boolean ok = switch (p.lanes().get(i)) {
                case WastValue.I32(int x) -> bits == signExtend(x, width);
                case WastValue.I64(long x) -> width == 64 && bits == x;
                case WastValue.F32(int x) -> width == 32 && bits == x;
                case WastValue.F64(long x) -> width == 64 && bits == x;
                case ResultPattern.Nan nan -> width == (nan.type() == NumType.F32 ? 32 : 64) && nan.matches(bits);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Lane {@code i} of width {@code width} bits, sign-extended to 64 bits. */
    private static long lane(long lo, long hi, int width, int i) {
        int bit = i * width;
        long half = bit < 64 ? lo : hi;
        return signExtend(half >>> (bit % 64), width);
    }

    private static long signExtend(long bits, int width) {
        return width == 64 ? bits : (bits << (64 - width)) >> (64 - width);
    }
}
