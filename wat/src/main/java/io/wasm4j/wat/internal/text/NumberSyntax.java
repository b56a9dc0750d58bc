package io.wasm4j.wat.internal.text;

/**
 * The parts of a numeric literal (spec "Integers" and "Floating-Point"), with underscores removed.
 *
 * @param negative whether a {@code -} sign is present
 * @param signed whether any sign is present
 * @param kind what the literal is
 * @param hex whether the digits are hexadecimal
 * @param intDigits the digits before the point (for {@link Kind#NAN_PAYLOAD} the payload's hex digits)
 * @param fracDigits the digits after the point ({@code ""} if none), or {@code null} without a point
 * @param expDigits the exponent's decimal digits, or {@code null} without an exponent
 * @param expNegative whether the exponent is negative
 */
record NumberSyntax(
        boolean negative,
        boolean signed,
        Kind kind,
        boolean hex,
        String intDigits,
        String fracDigits,
        String expDigits,
        boolean expNegative) {

    enum Kind {
        INT,
        FLOAT,
        INF,
        NAN,
        NAN_PAYLOAD
    }

    /** Splits a literal into its parts, or returns {@code null} if it is not a well-formed number. */
    static NumberSyntax split(String text) {
        int i = 0;
        int n = text.length();
        boolean negative = false;
        boolean signed = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            signed = true;
            i++;
        }
        String rest = text.substring(i);
        if (rest.equals("inf")) {
            return new NumberSyntax(negative, signed, Kind.INF, false, "", null, null, false);
        }
        if (rest.equals("nan")) {
            return new NumberSyntax(negative, signed, Kind.NAN, false, "", null, null, false);
        }
        if (rest.startsWith("nan:0x")) {
            String payload = digits(rest, 6, rest.length(), true);
            return payload == null
                    ? null
                    : new NumberSyntax(negative, signed, Kind.NAN_PAYLOAD, true, payload, null, null, false);
        }
        boolean hex = rest.startsWith("0x");
        int p = hex ? 2 : 0;
        int len = rest.length();
        int dot = -1;
        int exp = -1;
        for (int k = p; k < len; k++) {
            char c = rest.charAt(k);
            if (c == '.' && dot < 0 && exp < 0) {
                dot = k;
            } else if (exp < 0 && (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E'))) {
                exp = k;
            }
        }
        int intEnd = dot >= 0 ? dot : exp >= 0 ? exp : len;
        String intDigits = digits(rest, p, intEnd, hex);
        if (intDigits == null) {
            return null;
        }
        String frac = null;
        if (dot >= 0) {
            int fracEnd = exp >= 0 ? exp : len;
            frac = fracEnd == dot + 1 ? "" : digits(rest, dot + 1, fracEnd, hex);
            if (frac == null) {
                return null;
            }
        }
        String expDigits = null;
        boolean expNegative = false;
        if (exp >= 0) {
            int e = exp + 1;
            if (e < len && (rest.charAt(e) == '+' || rest.charAt(e) == '-')) {
                expNegative = rest.charAt(e) == '-';
                e++;
            }
            expDigits = digits(rest, e, len, false);
            if (expDigits == null) {
                return null;
            }
        }
        Kind kind = dot < 0 && exp < 0 ? Kind.INT : Kind.FLOAT;
        return new NumberSyntax(negative, signed, kind, hex, intDigits, frac, expDigits, expNegative);
    }

    /** Returns the digits of {@code s[from, to)} without underscores, or null if malformed. */
    private static String digits(String s, int from, int to, boolean hex) {
        if (from >= to) {
            return null;
        }
        StringBuilder sb = new StringBuilder(to - from);
        boolean lastDigit = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '_') {
                if (!lastDigit || k + 1 >= to) {
                    return null;
                }
                lastDigit = false;
                continue;
            }
            boolean ok = (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!ok) {
                return null;
            }
            sb.append(c);
            lastDigit = true;
        }
        return sb.toString();
    }
}
