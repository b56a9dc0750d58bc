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
import io.wasm4j.wat.script.ActionResult;
import io.wasm4j.wat.script.HostRef;
import io.wasm4j.wat.script.ResultMatcher;
import io.wasm4j.wat.script.ResultPattern;
import io.wasm4j.wat.script.WastValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Script constants as facade {@link Val}s, and facade results as the {@link ActionResult}s the shared
 * {@link ResultMatcher} compares.
 */
final class SpecValues {

    private SpecValues() {}

    /** Returns the argument {@code v} for a parameter of type {@code type}. */
    static Val argument(WastValue v, ValType type) {
        return switch (v) {
            case WastValue.I32(int bits) -> Val.i32(bits);
            case WastValue.I64(long bits) -> Val.i64(bits);
            case WastValue.F32(int bits) -> Val.f32(Float.intBitsToFloat(bits));
            case WastValue.F64(long bits) -> Val.f64(Double.longBitsToDouble(bits));
            case WastValue.V128 x -> {
                ByteBuffer b = ByteBuffer.wrap(x.bytes()).order(ByteOrder.LITTLE_ENDIAN);
                yield Val.v128(new V128(b.getLong(0), b.getLong(8)));
            }
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

    /** Whether result {@code actual} matches {@code p}. */
    static boolean matches(ResultPattern p, Val actual) {
        return ResultMatcher.matches(p, result(actual));
    }

    /** Returns {@code v} as the matcher sees it (its {@code toString} shows floats with their bits). */
    static ActionResult result(Val v) {
        return switch (v.type()) {
            case NumType n -> ActionResult.number(v.boxed());
            case VecType x -> new ActionResult.Vec(v.v128().lo(), v.v128().hi());
            case RefType r -> new ActionResult.Ref(v.ref(), kind(v.ref()));
        };
    }

    private static ResultPattern.RefKind kind(Object ref) {
        return switch (ref) {
            case Func f -> ResultPattern.RefKind.FUNC;
            case Exn e -> ResultPattern.RefKind.EXN;
            case I31Ref i -> ResultPattern.RefKind.I31;
            case GcRef g -> g.definedType().isStruct() ? ResultPattern.RefKind.STRUCT : ResultPattern.RefKind.ARRAY;
            case null, default -> ResultPattern.RefKind.EXTERN;
        };
    }
}
