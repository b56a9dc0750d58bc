package io.wasm4j.it.spec;

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

/** Script constants as facade {@link Val}s, and facade results matched against result patterns. */
final class SpecValues {

    /** The host reference {@code (ref.extern n)} / {@code (ref.host n)} passed to and returned by Wasm. */
    record HostRef(int n) {
        @Override
        public String toString() {
            return "ref.host " + n;
        }
    }

    private SpecValues() {}

    /** Returns the argument {@code v} for a parameter of type {@code type}. */
    static Val argument(WastValue v, ValType type) {
        return switch (v) {
            case WastValue.I32(int bits) -> Val.i32(bits);
            case WastValue.I64(long bits) -> Val.i64(bits);
            case WastValue.F32(int bits) -> Val.f32(Float.intBitsToFloat(bits));
            case WastValue.F64(long bits) -> Val.f64(Double.longBitsToDouble(bits));
            case WastValue.V128 x -> Val.v128(v128(x.bytes()));
            case WastValue.RefNull n -> Val.ref(refType(type).withNullable(true), null);
            case WastValue.RefExtern(int n) -> Val.ref(refType(type), new HostRef(n));
            case WastValue.RefHost(int n) -> Val.ref(refType(type), new HostRef(n));
        };
    }

    private static RefType refType(ValType type) {
        if (type instanceof RefType r) {
            return r;
        }
        throw new IllegalArgumentException("a reference argument for a parameter of type " + type);
    }

    private static V128 v128(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new V128(b.getLong(0), b.getLong(8));
    }

    /** Whether result {@code actual} matches {@code p}. */
    static boolean matches(ResultPattern p, Val actual) {
        ValType t = actual.type();
        return switch (p) {
            case WastValue.I32(int bits) -> t == NumType.I32 && actual.i32() == bits;
            case WastValue.I64(long bits) -> t == NumType.I64 && actual.i64() == bits;
            case WastValue.F32(int bits) -> t == NumType.F32 && Float.floatToRawIntBits(actual.f32()) == bits;
            case WastValue.F64(long bits) -> t == NumType.F64 && Double.doubleToRawLongBits(actual.f64()) == bits;
            case WastValue.V128 x -> t instanceof VecType && actual.v128().equals(v128(x.bytes()));
            case WastValue.RefNull n -> t instanceof RefType && actual.ref() == null;
            case WastValue.RefExtern(int n) -> t instanceof RefType && new HostRef(n).equals(actual.ref());
            case WastValue.RefHost(int n) -> t instanceof RefType && new HostRef(n).equals(actual.ref());
            case ResultPattern.Nan nan ->
                switch (t) {
                    case NumType.F32 -> nan.type() == NumType.F32 && nan.matches(Float.floatToRawIntBits(actual.f32()));
                    case NumType.F64 ->
                        nan.type() == NumType.F64 && nan.matches(Double.doubleToRawLongBits(actual.f64()));
                    default -> false;
                };
            case ResultPattern.V128Lanes lanes -> t instanceof VecType && lanes(lanes, actual.v128());
            case ResultPattern.AnyRef ref -> t instanceof RefType && anyRef(ref.kind(), actual.ref());
            case ResultPattern.Either e -> e.alternatives().stream().anyMatch(a -> matches(a, actual));
        };
    }

    private static boolean anyRef(ResultPattern.RefKind kind, Object o) {
        if (o == null) {
            return false;
        }
        return switch (kind) {
            case FUNC -> o instanceof Func;
            case EXTERN -> true;
            case ANY -> !(o instanceof Func) && !(o instanceof Exn);
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
        int w = 16 / n;
        for (int i = 0; i < n; i++) {
            ResultPattern lane = p.lanes().get(i);
            boolean ok = switch (lane) {
                case WastValue.I32(int bits) when w == 1 -> b.get(i) == (byte) bits;
                case WastValue.I32(int bits) when w == 2 -> b.getShort(i * 2) == (short) bits;
                case WastValue.I32(int bits) -> b.getInt(i * 4) == bits;
                case WastValue.I64(long bits) -> b.getLong(i * 8) == bits;
                case WastValue.F32(int bits) -> b.getInt(i * 4) == bits;
                case WastValue.F64(long bits) -> b.getLong(i * 8) == bits;
                case ResultPattern.Nan nan -> nan.matches(w == 4 ? b.getInt(i * 4) : b.getLong(i * 8));
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A result for messages: floats with their bits, v128 in hex. */
    static String show(Val v) {
        return switch (v.type()) {
            case NumType.F32 -> v.f32() + " (0x" + Integer.toHexString(Float.floatToRawIntBits(v.f32())) + ")";
            case NumType.F64 -> v.f64() + " (0x" + Long.toHexString(Double.doubleToRawLongBits(v.f64())) + ")";
            case VecType x ->
                "v128 " + Long.toHexString(v.v128().hi()) + ":"
                        + Long.toHexString(v.v128().lo());
            default -> v.toString();
        };
    }
}
