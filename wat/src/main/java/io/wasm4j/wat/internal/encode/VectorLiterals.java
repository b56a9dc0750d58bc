package io.wasm4j.wat.internal.encode;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.NumericLiterals;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;

/** The operand of {@code v128.const}: a shape ({@code i8x16} ... {@code f64x2}) and its lanes. */
final class VectorLiterals {
    private VectorLiterals() {}

    static void v128(Cursor c, Bytes out) {
        SExpr shapeExpr = c.next();
        if (!(shapeExpr instanceof SExpr.Atom shape) || shape.kind() != TokenKind.KEYWORD) {
            throw Cursor.unexpected(shapeExpr);
        }
        int lanes = switch (shape.text()) {
            case "i8x16" -> 16;
            case "i16x8" -> 8;
            case "i32x4", "f32x4" -> 4;
            case "i64x2", "f64x2" -> 2;
            default -> throw Cursor.unexpected(shape);
        };
        int n = 0;
        while (c.peek(n) instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER) {
            n++;
        }
        if (n != lanes) {
            throw Cursor.error(
                    shape, "wrong number of lane literals: " + shape.text() + " needs " + lanes + ", got " + n);
        }
        for (int i = 0; i < lanes; i++) {
            lane(shape.text(), ((SExpr.Atom) c.next()).token(), out);
        }
    }

    private static void lane(String shape, Token t, Bytes out) {
        try {
            switch (shape) {
                case "i8x16" -> out.byte1(NumericLiterals.parseI8(t.text()));
                case "i16x8" -> {
                    short v = NumericLiterals.parseI16(t.text());
                    out.byte1(v).byte1(v >> 8);
                }
                case "i32x4" -> out.i32le(NumericLiterals.parseI32(t.text()));
                case "i64x2" -> out.i64le(NumericLiterals.parseI64(t.text()));
                case "f32x4" -> out.i32le(NumericLiterals.parseF32Bits(t.text()));
                default -> out.i64le(NumericLiterals.parseF64Bits(t.text()));
            }
        } catch (WatException e) {
            throw Cursor.error(t, e.reason());
        }
    }
}
