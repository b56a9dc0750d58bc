package io.wasm4j.wat.script;

import static io.wasm4j.wat.script.WastParser.error;
import static io.wasm4j.wat.script.WastParser.list;

import io.wasm4j.core.NumType;
import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.sexpr.SExpr.Atom;
import io.wasm4j.wat.internal.sexpr.SExpr.ListExpr;
import io.wasm4j.wat.internal.text.NumericLiterals;
import io.wasm4j.wat.internal.text.TokenKind;
import io.wasm4j.wat.script.ResultPattern.NanKind;
import io.wasm4j.wat.script.ResultPattern.RefKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses the constants of actions ({@link WastValue}) and the expected results of {@code assert_return}. */
final class WastValues {

    private WastValues() {}

    /** An argument: {@code (t.const c)} or a host/null reference. */
    static WastValue value(SExpr e) {
        ListExpr l = list(e, "a constant");
        String head = head(l);
        return switch (head) {
            case "i32.const" -> new WastValue.I32(number(l, NumberKind.I32));
            case "i64.const" -> new WastValue.I64(longNumber(l, NumberKind.I64));
            case "f32.const" -> new WastValue.F32(number(l, NumberKind.F32));
            case "f64.const" -> new WastValue.F64(longNumber(l, NumberKind.F64));
            case "v128.const" -> {
                if (v128(l, false) instanceof WastValue.V128 v) {
                    yield v;
                }
                throw error(l, "unexpected token: NaN pattern in an argument");
            }
            case "ref.null" -> {
                if (l.size() != 2) {
                    throw error(l, "unexpected token: ref.null needs a heap type");
                }
                yield new WastValue.RefNull(Optional.of(heapType(l.get(1))));
            }
            case "ref.extern" -> new WastValue.RefExtern(index(l));
            case "ref.host" -> new WastValue.RefHost(index(l));
            default -> throw error(l, "unexpected token: unknown constant " + head);
        };
    }

    /** An expected result: a constant, a NaN pattern, a lane-wise v128 pattern, a reference kind, or either. */
    static ResultPattern result(SExpr e) {
        ListExpr l = list(e, "a result");
        String head = head(l);
        switch (head) {
            case "f32.const", "f64.const" -> {
                NanKind nan = l.size() == 2 ? nanPattern(l.get(1)) : null;
                if (nan != null) {
                    return new ResultPattern.Nan(head.startsWith("f32") ? NumType.F32 : NumType.F64, nan);
                }
                return value(l);
            }
            case "v128.const" -> {
                return v128(l, true);
            }
            case "ref.null" -> {
                if (l.size() == 1) {
                    return new WastValue.RefNull(Optional.empty());
                }
                return value(l);
            }
            case "ref.extern" -> {
                return l.size() == 1 ? new ResultPattern.AnyRef(RefKind.EXTERN) : value(l);
            }
            case "ref.func", "ref.any", "ref.eq", "ref.i31", "ref.struct", "ref.array", "ref.exn" -> {
                if (l.size() != 1) {
                    throw error(l.get(1), "unexpected token after " + head);
                }
                return new ResultPattern.AnyRef(
                        RefKind.valueOf(head.substring(4).toUpperCase(java.util.Locale.ROOT)));
            }
            case "either" -> {
                List<ResultPattern> alternatives = new ArrayList<>();
                for (int i = 1; i < l.size(); i++) {
                    alternatives.add(result(l.get(i)));
                }
                return new ResultPattern.Either(alternatives);
            }
            default -> {
                return value(l);
            }
        }
    }

    private static String head(ListExpr l) {
        String head = l.head();
        if (head == null) {
            throw error(l, "unexpected token: expected a constant");
        }
        return head;
    }

    /** {@code (v128.const shape lane*)}: an exact value, or (for results) a lane-wise pattern with NaN lanes. */
    private static ResultPattern v128(ListExpr l, boolean allowNan) {
        if (l.size() < 2 || !(l.get(1) instanceof Atom shapeAtom) || shapeAtom.kind() != TokenKind.KEYWORD) {
            throw error(l, "unexpected token: expected a lane shape");
        }
        LaneShape shape = shape(shapeAtom);
        if (l.size() != 2 + shape.lanes()) {
            throw error(l, "wrong number of lane literals: " + shape + " needs " + shape.lanes());
        }
        byte[] bytes = new byte[16];
        List<ResultPattern> lanes = new ArrayList<>(shape.lanes());
        boolean hasNan = false;
        int laneBytes = shape.laneBits() / 8;
        for (int i = 0; i < shape.lanes(); i++) {
            SExpr lane = l.get(2 + i);
            NanKind nan = allowNan && shape.isFloat() ? nanPattern(lane) : null;
            long bits;
            ResultPattern pattern;
            if (nan != null) {
                hasNan = true;
                bits = 0;
                pattern = new ResultPattern.Nan(shape == LaneShape.F32X4 ? NumType.F32 : NumType.F64, nan);
            } else {
                String text = atomText(lane);
                bits = switch (shape) {
                    case I8X16 -> parse(lane, NumberKind.I8, text);
                    case I16X8 -> parse(lane, NumberKind.I16, text);
                    case I32X4 -> parse(lane, NumberKind.I32, text);
                    case I64X2 -> parse(lane, NumberKind.I64, text);
                    case F32X4 -> parse(lane, NumberKind.F32, text);
                    case F64X2 -> parse(lane, NumberKind.F64, text);
                };
                pattern = switch (shape) {
                    case I8X16, I16X8, I32X4 -> new WastValue.I32((int) bits);
                    case I64X2 -> new WastValue.I64(bits);
                    case F32X4 -> new WastValue.F32((int) bits);
                    case F64X2 -> new WastValue.F64(bits);
                };
            }
            for (int b = 0; b < laneBytes; b++) {
                bytes[i * laneBytes + b] = (byte) (bits >>> (8 * b));
            }
            lanes.add(pattern);
        }
        return hasNan ? new ResultPattern.V128Lanes(shape, lanes) : new WastValue.V128(shape, bytes);
    }

    private static LaneShape shape(Atom a) {
        for (LaneShape s : LaneShape.values()) {
            if (a.isKeyword(s.toString())) {
                return s;
            }
        }
        throw error(a, "unexpected token: unknown lane shape " + a.text());
    }

    private static NanKind nanPattern(SExpr e) {
        if (e instanceof Atom a) {
            return switch (a.text()) {
                case "nan:canonical" -> NanKind.CANONICAL;
                case "nan:arithmetic" -> NanKind.ARITHMETIC;
                default -> null;
            };
        }
        return null;
    }

    private enum NumberKind {
        I8,
        I16,
        I32,
        I64,
        F32,
        F64
    }

    private static int number(ListExpr l, NumberKind kind) {
        return (int) longNumber(l, kind);
    }

    private static long longNumber(ListExpr l, NumberKind kind) {
        if (l.size() != 2) {
            throw error(l, "unexpected token: " + l.head() + " needs one literal");
        }
        return parse(l.get(1), kind, atomText(l.get(1)));
    }

    private static long parse(SExpr at, NumberKind kind, String text) {
        try {
            return switch (kind) {
                case I8 -> NumericLiterals.parseI8(text) & 0xFFL;
                case I16 -> NumericLiterals.parseI16(text) & 0xFFFFL;
                case I32 -> NumericLiterals.parseI32(text) & 0xFFFF_FFFFL;
                case I64 -> NumericLiterals.parseI64(text);
                case F32 -> NumericLiterals.parseF32Bits(text) & 0xFFFF_FFFFL;
                case F64 -> NumericLiterals.parseF64Bits(text);
            };
        } catch (WatException e) {
            throw new WatException(e.reason(), at.line(), at.column());
        }
    }

    private static String atomText(SExpr e) {
        if (e instanceof Atom a && (a.kind() == TokenKind.NUMBER || a.kind() == TokenKind.KEYWORD)) {
            return a.text();
        }
        throw error(e, "unexpected token: expected a number");
    }

    private static int index(ListExpr l) {
        if (l.size() != 2) {
            throw error(l, "unexpected token: " + l.head() + " needs a number");
        }
        SExpr e = l.get(1);
        if (e instanceof Atom a && a.kind() == TokenKind.NUMBER && NumericLiterals.isNat(a.text())) {
            try {
                return (int) NumericLiterals.parseU32(a.text());
            } catch (WatException ex) {
                throw new WatException(ex.reason(), a.line(), a.column());
            }
        }
        throw error(e, "unexpected token: expected a natural number");
    }

    /** A heap type as written: an abstract type keyword, or a {@code $id} or index. */
    private static String heapType(SExpr e) {
        if (e instanceof Atom a) {
            return switch (a.kind()) {
                case KEYWORD, NUMBER -> a.text();
                case ID -> "$" + a.text();
                default -> throw error(e, "unexpected token: expected a heap type");
            };
        }
        throw error(e, "unexpected token: expected a heap type");
    }
}
