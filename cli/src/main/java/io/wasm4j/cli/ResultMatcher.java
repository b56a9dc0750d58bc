package io.wasm4j.cli;

import io.wasm4j.Func;
import io.wasm4j.Val;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.GcRef;
import io.wasm4j.spi.I31Ref;
import io.wasm4j.spi.V128;
import io.wasm4j.wat.script.ResultPattern;
import io.wasm4j.wat.script.WastValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Converts script constants to {@link Val}s and matches results against script patterns, bit for bit. */
final class ResultMatcher {
    /** The host reference {@code (ref.extern n)} / {@code (ref.host n)} of a script. */
    record HostRef(int n) {}

    private ResultMatcher() {}

    /** Converts an argument to a value of the parameter type {@code type}. */
    static Val toVal(WastValue v, ValType type) {
        return switch (v) {
            case WastValue.I32(int bits) -> Val.i32(bits);
            case WastValue.I64(long bits) -> Val.i64(bits);
            case WastValue.F32(int bits) -> Val.f32(Float.intBitsToFloat(bits));
            case WastValue.F64(long bits) -> Val.f64(Double.longBitsToDouble(bits));
            case WastValue.V128 x -> Val.v128(v128(x.bytes()));
            case WastValue.RefNull n -> Val.ref(refType(type), null);
            case WastValue.RefExtern(int n) -> Val.ref(refType(type), new HostRef(n));
            case WastValue.RefHost(int n) -> Val.ref(refType(type), new HostRef(n));
        };
    }

    private static RefType refType(ValType type) {
        return type instanceof RefType r ? r.withNullable(true) : RefType.EXTERNREF;
    }

    private static V128 v128(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new V128(b.getLong(0), b.getLong(8));
    }

    /** Returns whether {@code actual} matches {@code pattern}. */
    static boolean matches(ResultPattern pattern, Val actual) {
        ValType t = actual.type();
        return switch (pattern) {
            case WastValue.I32(int bits) -> t == NumType.I32 && actual.i32() == bits;
            case WastValue.I64(long bits) -> t == NumType.I64 && actual.i64() == bits;
            case WastValue.F32(int bits) -> t == NumType.F32 && Float.floatToRawIntBits(actual.f32()) == bits;
            case WastValue.F64(long bits) -> t == NumType.F64 && Double.doubleToRawLongBits(actual.f64()) == bits;
            case WastValue.V128 x -> t == VecType.V128 && actual.v128().equals(v128(x.bytes()));
            case WastValue.RefNull n -> t instanceof RefType && actual.ref() == null;
            case WastValue.RefExtern(int n) -> t instanceof RefType && new HostRef(n).equals(actual.ref());
            case WastValue.RefHost(int n) -> t instanceof RefType && new HostRef(n).equals(actual.ref());
            case ResultPattern.Nan nan ->
                switch (nan.type()) {
                    case F32 -> t == NumType.F32 && nan.matches(Float.floatToRawIntBits(actual.f32()));
                    case F64 -> t == NumType.F64 && nan.matches(Double.doubleToRawLongBits(actual.f64()));
                    default -> false;
                };
            case ResultPattern.V128Lanes lanes -> t == VecType.V128 && lanes(lanes, actual.v128());
            case ResultPattern.AnyRef ref -> t instanceof RefType && anyRef(ref.kind(), actual.ref());
            case ResultPattern.Either e -> e.alternatives().stream().anyMatch(a -> matches(a, actual));
        };
    }

    private static boolean anyRef(ResultPattern.RefKind kind, Object o) {
        return switch (kind) {
            case FUNC -> o instanceof Func;
            case EXTERN, ANY -> o != null;
            case EQ -> o instanceof I31Ref || o instanceof GcRef;
            case I31 -> o instanceof I31Ref;
            case STRUCT -> o instanceof GcRef g && g.definedType().isStruct();
            case ARRAY -> o instanceof GcRef g && g.definedType().isArray();
            case EXN -> o instanceof Exn;
        };
    }

    private static boolean lanes(ResultPattern.V128Lanes p, V128 v) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, v.lo()).putLong(8, v.hi());
        int n = p.lanes().size();
        int width = 16 / n;
        for (int i = 0; i < n; i++) {
            ResultPattern lane = p.lanes().get(i);
            long bits = switch (width) {
                case 1 -> b.get(i);
                case 2 -> b.getShort(i * 2);
                case 4 -> b.getInt(i * 4);
                default -> b.getLong(i * 8);
            };
            boolean ok = switch (lane) {
                case WastValue.I32(int x) ->
                    width == 4 ? (int) bits == x : ((bits ^ x) & ((1L << (width * 8)) - 1)) == 0;
                case WastValue.I64(long x) -> bits == x;
                case WastValue.F32(int x) -> (int) bits == x;
                case WastValue.F64(long x) -> bits == x;
                case ResultPattern.Nan nan -> nan.matches(bits);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Shows a value with its raw bits, for failure messages. */
    static String show(Val v) {
        return switch (v.type()) {
            case NumType n ->
                switch (n) {
                    case F32 -> v.f32() + " (0x" + Integer.toHexString(Float.floatToRawIntBits(v.f32())) + ")";
                    case F64 -> v.f64() + " (0x" + Long.toHexString(Double.doubleToRawLongBits(v.f64())) + ")";
                    default -> v.toString();
                };
            default -> v.toString();
        };
    }
}
