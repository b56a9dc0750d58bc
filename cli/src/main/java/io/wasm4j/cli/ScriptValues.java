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
import io.wasm4j.wat.script.ActionResult;
import io.wasm4j.wat.script.HostRef;
import io.wasm4j.wat.script.ResultMatcher;
import io.wasm4j.wat.script.ResultPattern.RefKind;
import io.wasm4j.wat.script.WastValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Script constants as {@link Val}s and {@link Val}s as the {@link ActionResult}s the shared {@link
 * ResultMatcher} compares.
 */
final class ScriptValues {

    private ScriptValues() {}

    /** Converts an argument to a value of the parameter type {@code type}. */
    static Val toVal(WastValue v, ValType type) {
        return switch (v) {
            case WastValue.I32(int bits) -> Val.i32(bits);
            case WastValue.I64(long bits) -> Val.i64(bits);
            case WastValue.F32(int bits) -> Val.f32(Float.intBitsToFloat(bits));
            case WastValue.F64(long bits) -> Val.f64(Double.longBitsToDouble(bits));
            case WastValue.V128 x -> {
                ByteBuffer b = ByteBuffer.wrap(x.bytes()).order(ByteOrder.LITTLE_ENDIAN);
                yield Val.v128(new V128(b.getLong(0), b.getLong(8)));
            }
            case WastValue.RefNull n -> Val.ref(refType(type), null);
            case WastValue.RefExtern(int n) -> Val.ref(refType(type), new HostRef(n));
            case WastValue.RefHost(int n) -> Val.ref(refType(type), new HostRef(n));
        };
    }

    private static RefType refType(ValType type) {
        return type instanceof RefType r ? r.withNullable(true) : RefType.EXTERNREF;
    }

    /** Returns {@code v} as the matcher sees it. */
    static ActionResult actual(Val v) {
        return switch (v.type()) {
            case NumType n -> ActionResult.number(v.boxed());
            case VecType x -> new ActionResult.Vec(v.v128().lo(), v.v128().hi());
            case RefType r -> new ActionResult.Ref(v.ref(), kind(v.ref()));
        };
    }

    private static RefKind kind(Object ref) {
        return switch (ref) {
            case Func f -> RefKind.FUNC;
            case Exn e -> RefKind.EXN;
            case I31Ref i -> RefKind.I31;
            case GcRef g -> g.definedType().isStruct() ? RefKind.STRUCT : RefKind.ARRAY;
            case null, default -> RefKind.EXTERN;
        };
    }
}
