package io.wasm4j.cli;

import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import io.wasm4j.spi.V128;
import java.util.List;
import java.util.Locale;

/** Converts {@code --invoke} arguments to wasm values by the function's parameter types, and results to text. */
final class InvokeValues {
    private InvokeValues() {}

    /**
     * Parses the arguments of a call to {@code name} of type {@code type}.
     *
     * @throws CliException if the count or a value does not fit the signature
     */
    static Val[] parse(String name, FuncType type, List<String> args) {
        List<ValType> params = type.params();
        if (args.size() != params.size()) {
            throw new CliException(
                    String.format(
                            "export '%s' %s takes %d argument%s, %d given",
                            name, signature(type), params.size(), params.size() == 1 ? "" : "s", args.size()),
                    ExitCodes.USAGE);
        }
        Val[] vals = new Val[args.size()];
        for (int i = 0; i < vals.length; i++) {
            String text = args.get(i);
            try {
                vals[i] = parse(params.get(i), text.trim());
            } catch (NumberFormatException e) {
                throw new CliException(
                        String.format("argument %d of '%s' must be %s, not '%s'", i + 1, name, params.get(i), text),
                        ExitCodes.USAGE);
            }
        }
        return vals;
    }

    private static Val parse(ValType type, String text) {
        return switch (type) {
            case NumType n ->
                switch (n) {
                    case I32 -> Val.i32((int) integer(text, 32));
                    case I64 -> Val.i64(integer(text, 64));
                    case F32 -> Val.f32((float) floating(text));
                    case F64 -> Val.f64(floating(text));
                };
            case VecType v -> Val.v128(v128(text));
            case RefType r -> {
                if (!text.equals("null") || !r.nullable()) {
                    throw new NumberFormatException("only null references can be passed");
                }
                yield Val.ref(r, null);
            }
        };
    }

    /** Parses a signed or unsigned decimal, or a {@code 0x} hexadecimal, integer of {@code bits} bits. */
    private static long integer(String text, int bits) {
        String s = text.replace("_", "");
        boolean negative = s.startsWith("-");
        String digits = negative || s.startsWith("+") ? s.substring(1) : s;
        long value;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            value = Long.parseUnsignedLong(digits.substring(2), 16);
        } else {
            value = Long.parseUnsignedLong(digits);
        }
        if (bits == 32) {
            long max = negative ? 1L << 31 : 0xFFFF_FFFFL;
            if (Long.compareUnsigned(value, max) > 0) {
                throw new NumberFormatException("out of range");
            }
        } else if (negative && Long.compareUnsigned(value, Long.MIN_VALUE) > 0) {
            throw new NumberFormatException("out of range");
        }
        return negative ? -value : value;
    }

    private static double floating(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan" -> Double.NaN;
            case "-nan" -> -Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /** Parses {@code 0x} and 32 hexadecimal digits, most significant first. */
    private static V128 v128(String text) {
        String s = text.replace("_", "");
        if (!(s.startsWith("0x") || s.startsWith("0X")) || s.length() != 34) {
            throw new NumberFormatException("a v128 is 0x and 32 hex digits");
        }
        long hi = Long.parseUnsignedLong(s.substring(2, 18), 16);
        long lo = Long.parseUnsignedLong(s.substring(18), 16);
        return new V128(lo, hi);
    }

    /** Formats a result as wasmtime prints it: integers signed in decimal, floats as Java prints them. */
    static String format(Val v) {
        return switch (v.type()) {
            case NumType n ->
                switch (n) {
                    case I32 -> Integer.toString(v.i32());
                    case I64 -> Long.toString(v.i64());
                    case F32 -> Float.toString(v.f32());
                    case F64 -> Double.toString(v.f64());
                };
            case VecType t ->
                String.format("0x%016x%016x", v.v128().hi(), v.v128().lo());
            case RefType r -> v.ref() == null ? "null" : "ref." + r.heapType();
        };
    }

    /** Returns a function type as {@code (i32, i64) -> (f32)}. */
    static String signature(FuncType type) {
        return "("
                + String.join(", ", type.params().stream().map(Object::toString).toList()) + ") -> ("
                + String.join(
                        ", ", type.results().stream().map(Object::toString).toList()) + ")";
    }
}
