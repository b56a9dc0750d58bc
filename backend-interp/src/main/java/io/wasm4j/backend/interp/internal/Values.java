package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import io.wasm4j.spi.V128;
import java.util.List;

/** Moves values between stack slots and their boxed form (see the spi package description). */
final class Values {
    private Values() {}

    /** Returns the boxed value of type {@code t} at slot {@code i}. */
    static Object box(ValType t, long[] s, long[] h, Object[] r, int i) {
        return switch (t) {
            case NumType n ->
                switch (n) {
                    case I32 -> (int) s[i];
                    case I64 -> s[i];
                    case F32 -> Float.intBitsToFloat((int) s[i]);
                    case F64 -> Double.longBitsToDouble(s[i]);
                };
            case VecType v -> new V128(s[i], h[i]);
            case RefType ref -> r[i];
        };
    }

    /** Stores boxed {@code v} of type {@code t} at slot {@code i}. */
    static void unbox(ValType t, Object v, long[] s, long[] h, Object[] r, int i) {
        switch (t) {
            case NumType n -> {
                switch (n) {
                    case I32 -> s[i] = (Integer) v;
                    case I64 -> s[i] = (Long) v;
                    case F32 -> s[i] = Float.floatToRawIntBits((Float) v);
                    case F64 -> s[i] = Double.doubleToRawLongBits((Double) v);
                }
            }
            case VecType vt -> {
                V128 x = (V128) v;
                s[i] = x.lo();
                h[i] = x.hi();
            }
            case RefType ref -> r[i] = v;
        }
    }

    /** Boxes {@code types.size()} values starting at slot {@code base}. */
    static Object[] boxAll(List<ValType> types, long[] s, long[] h, Object[] r, int base) {
        Object[] out = new Object[types.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = box(types.get(i), s, h, r, base + i);
        }
        return out;
    }

    /** Unboxes {@code values} into consecutive slots from {@code base}. */
    static void unboxAll(List<ValType> types, Object[] values, long[] s, long[] h, Object[] r, int base) {
        for (int i = 0; i < values.length; i++) {
            unbox(types.get(i), values[i], s, h, r, base + i);
        }
    }

    /** Copies {@code n} slots (all three arrays) from {@code from} to {@code to}; ranges may overlap. */
    static void move(long[] s, long[] h, Object[] r, int from, int to, int n) {
        System.arraycopy(s, from, s, to, n);
        System.arraycopy(h, from, h, to, n);
        System.arraycopy(r, from, r, to, n);
    }

    /** {@code local.get/set/tee} of a {@code v128} local in slot {@code l}; returns the new stack pointer. */
    static int vecLocal(int op, int l, long[] s, long[] h, int sp) {
        switch (op) {
            case Op.LOCAL_GET_V -> {
                s[sp] = s[l];
                h[sp] = h[l];
                return sp + 1;
            }
            case Op.LOCAL_SET_V -> {
                s[l] = s[sp - 1];
                h[l] = h[sp - 1];
                return sp - 1;
            }
            default -> {
                s[l] = s[sp - 1];
                h[l] = h[sp - 1];
                return sp;
            }
        }
    }
}
