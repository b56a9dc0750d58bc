package io.wasm4j.wat.internal.encode;

import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.Opcode;
import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.NumericLiterals;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Reads a plain instruction's immediates from the text and writes the opcode and its immediates. */
final class Immediates {
    private final CodeEncoder code;
    private final ModuleState m;

    Immediates(CodeEncoder code) {
        this.code = code;
        this.m = code.m;
    }

    void encode(Opcode op, SExpr.Atom at, Cursor c, Bytes out) {
        switch (op.immediates()) {
            case SELECT_TYPES, NONE -> {
                if (op == Opcode.SELECT) {
                    select(c, out);
                    return;
                }
                opcode(out, op);
            }
            case LABEL -> opcode(out, op).u32(code.label(c.next()));
            case BR_TABLE -> {
                List<Integer> targets = new ArrayList<>();
                while (isIndexAtom(c.peek())) {
                    targets.add(code.label(c.next()));
                }
                if (targets.isEmpty()) {
                    throw c.atEnd() ? c.unexpectedEnd() : Cursor.unexpected(c.next());
                }
                opcode(out, op).u32(targets.size() - 1);
                for (int t : targets) {
                    out.u32(t);
                }
            }
            case FUNC -> opcode(out, op).u32(m.funcs.resolve(c.next()));
            case CALL_INDIRECT -> {
                int table = isIndexAtom(c.peek()) ? m.tables.resolve(c.next()) : 0;
                TypeParser.TypeUse u = m.typeParser.typeUse(c, false);
                opcode(out, op).u32(m.typeParser.resolve(u)).u32(table);
            }
            case TYPE -> opcode(out, op).u32(m.types.space.resolve(c.next()));
            case LOCAL -> opcode(out, op).u32(code.local(c.next()));
            case GLOBAL -> opcode(out, op).u32(m.globals.resolve(c.next()));
            case TABLE -> opcode(out, op).u32(optionalIndex(c, m.tables));
            case MEMORY -> opcode(out, op).u32(optionalIndex(c, m.memories));
            case MEMARG -> {
                int mem = optionalIndex(c, m.memories);
                opcode(out, op);
                memarg(c, op, mem, out);
            }
            case MEMARG_LANE -> {
                int mem = 0;
                if (isIndexAtom(c.peek()) && laneFollows(c)) {
                    mem = m.memories.resolve(c.next());
                }
                opcode(out, op);
                memarg(c, op, mem, out);
                out.byte1(lane(c.next()));
            }
            case I32 -> opcode(out, op).s32(int32(number(c)));
            case I64 -> opcode(out, op).s64(int64(number(c)));
            case F32 -> opcode(out, op).i32le(floatBits32(number(c)));
            case F64 -> opcode(out, op).i64le(floatBits64(number(c)));
            case V128 -> {
                opcode(out, op);
                VectorLiterals.v128(c, out);
            }
            case LANE -> opcode(out, op).byte1(lane(c.next()));
            case SHUFFLE -> {
                opcode(out, op);
                int n = 0;
                while (c.peek() instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER) {
                    c.next();
                    if (!NumericLiterals.isNat(a.text()) || NumericLiterals.parseU64(a.text()) > 255) {
                        throw Cursor.error(a, "i8 constant out of range: " + a.text());
                    }
                    out.byte1((int) NumericLiterals.parseU64(a.text()));
                    n++;
                }
                if (n != 16) {
                    throw Cursor.error(at, "invalid lane length: i8x16.shuffle needs 16 lane indices, got " + n);
                }
            }
            case HEAP_TYPE -> {
                opcode(out, op);
                TypeEncoding.heapType(out, m.typeParser.heapType(c.next()));
            }
            case CAST_HEAP_TYPE -> {
                RefType r = m.typeParser.refType(c.next());
                Opcode actual = op;
                if (r.nullable()) {
                    actual = op == Opcode.REF_TEST ? Opcode.REF_TEST_NULL : Opcode.REF_CAST_NULL;
                }
                opcode(out, actual);
                TypeEncoding.heapType(out, r.heapType());
            }
            case TABLE_COPY -> {
                int dst = 0;
                int src = 0;
                if (isIndexAtom(c.peek())) {
                    dst = m.tables.resolve(c.next());
                    src = m.tables.resolve(c.next());
                }
                opcode(out, op).u32(dst).u32(src);
            }
            case TABLE_INIT -> {
                int table = 0;
                SExpr first = c.next();
                int elem;
                if (isIndexAtom(c.peek())) {
                    table = m.tables.resolve(first);
                    elem = m.elems.resolve(c.next());
                } else {
                    elem = m.elems.resolve(first);
                }
                opcode(out, op).u32(elem).u32(table);
            }
            case MEMORY_INIT -> {
                int mem = 0;
                SExpr first = c.next();
                int data;
                if (isIndexAtom(c.peek())) {
                    mem = m.memories.resolve(first);
                    data = m.datas.resolve(c.next());
                } else {
                    data = m.datas.resolve(first);
                }
                codeUsesData();
                opcode(out, op).u32(data).u32(mem);
            }
            case MEMORY_COPY -> {
                int dst = 0;
                int src = 0;
                if (isIndexAtom(c.peek())) {
                    dst = m.memories.resolve(c.next());
                    src = m.memories.resolve(c.next());
                }
                opcode(out, op).u32(dst).u32(src);
            }
            case DATA -> {
                codeUsesData();
                opcode(out, op).u32(m.datas.resolve(c.next()));
            }
            case ELEM -> opcode(out, op).u32(m.elems.resolve(c.next()));
            case TAG -> opcode(out, op).u32(m.tags.resolve(c.next()));
            case BR_ON_CAST -> {
                int label = code.label(c.next());
                RefType r1 = m.typeParser.refType(c.next());
                RefType r2 = m.typeParser.refType(c.next());
                opcode(out, op)
                        .byte1((r1.nullable() ? 1 : 0) | (r2.nullable() ? 2 : 0))
                        .u32(label);
                TypeEncoding.heapType(out, r1.heapType());
                TypeEncoding.heapType(out, r2.heapType());
            }
            case STRUCT_FIELD -> {
                int type = m.types.space.resolve(c.next());
                opcode(out, op).u32(type).u32(field(type, c.next()));
            }
            case ARRAY_COPY ->
                opcode(out, op).u32(m.types.space.resolve(c.next())).u32(m.types.space.resolve(c.next()));
            case ARRAY_NEW_FIXED ->
                opcode(out, op).u32(m.types.space.resolve(c.next())).u32(IndexSpace.parseIndex(number(c)));
            case ARRAY_DATA -> {
                codeUsesData();
                opcode(out, op).u32(m.types.space.resolve(c.next())).u32(m.datas.resolve(c.next()));
            }
            case ARRAY_ELEM ->
                opcode(out, op).u32(m.types.space.resolve(c.next())).u32(m.elems.resolve(c.next()));
            case ATOMIC_FENCE -> opcode(out, op).byte1(0);
            case BLOCK_TYPE, TRY_TABLE -> throw Cursor.error(at, "unknown operator " + at.text());
        }
    }

    /** A data index in a function body requires the data count section (as wasm-tools emits it). */
    private void codeUsesData() {
        if (code.locals != null) {
            m.usesDataCount = true;
        }
    }

    private void select(Cursor c, Bytes out) {
        List<ValType> types = new ArrayList<>();
        boolean typed = false;
        SExpr.ListExpr r;
        while ((r = c.takeForm("result")) != null) {
            typed = true;
            Cursor rc = Cursor.body(r);
            while (!rc.atEnd()) {
                types.add(m.typeParser.valType(rc.next()));
            }
        }
        if (!typed) {
            opcode(out, Opcode.SELECT);
            return;
        }
        opcode(out, Opcode.SELECT_T);
        TypeEncoding.valTypes(out, types);
    }

    private int field(int type, SExpr e) {
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.ID) {
            IndexSpace fields = m.types.fieldsOrNull(type);
            if (fields == null) {
                throw Cursor.error(e, "unknown field $" + a.text());
            }
            return fields.resolve(e);
        }
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER) {
            return (int) IndexSpace.parseIndex(a.token());
        }
        throw Cursor.unexpected(e);
    }

    static Bytes opcode(Bytes out, Opcode op) {
        if (op.prefix() != 0) {
            out.byte1(op.prefix()).u32(op.code());
        } else {
            out.byte1(op.code());
        }
        return out;
    }

    private static boolean isIndexAtom(SExpr e) {
        return e instanceof SExpr.Atom a && (a.kind() == TokenKind.ID || a.kind() == TokenKind.NUMBER);
    }

    private static int optionalIndex(Cursor c, IndexSpace space) {
        return isIndexAtom(c.peek()) ? space.resolve(c.next()) : 0;
    }

    /** For v128.loadN_lane: whether a lane index follows the first index (which is then a memory). */
    private static boolean laneFollows(Cursor c) {
        int i = 1;
        while (c.peek(i) instanceof SExpr.Atom a
                && a.kind() == TokenKind.KEYWORD
                && (a.text().startsWith("offset=") || a.text().startsWith("align="))) {
            i++;
        }
        return isIndexAtom(c.peek(i));
    }

    private void memarg(Cursor c, Opcode op, int mem, Bytes out) {
        long offset = 0;
        int alignLog2 = op.naturalAlignment();
        if (c.peek() instanceof SExpr.Atom a
                && a.kind() == TokenKind.KEYWORD
                && a.text().startsWith("offset=")) {
            c.next();
            offset = parseMemargNumber(a.token(), a.text().substring(7), true);
        }
        if (c.peek() instanceof SExpr.Atom a
                && a.kind() == TokenKind.KEYWORD
                && a.text().startsWith("align=")) {
            c.next();
            long align = parseMemargNumber(a.token(), a.text().substring(6), true);
            if (align == 0 || Long.bitCount(align) != 1) {
                throw Cursor.error(a, "alignment must be a power of two");
            }
            alignLog2 = Long.numberOfTrailingZeros(align);
        }
        if (mem != 0) {
            out.u32(alignLog2 | 0x40).u32(mem);
        } else {
            out.u32(alignLog2);
        }
        out.u64(offset);
    }

    private static long parseMemargNumber(Token t, String digits, boolean u64) {
        if (!NumericLiterals.isNat(digits)) {
            throw Cursor.error(t, "unknown operator " + t.text());
        }
        try {
            return u64 ? NumericLiterals.parseU64(digits) : NumericLiterals.parseU32(digits);
        } catch (WatException e) {
            throw Cursor.error(t, e.reason());
        }
    }

    private static int lane(SExpr e) {
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER && NumericLiterals.isNat(a.text())) {
            long v;
            try {
                v = NumericLiterals.parseU32(a.text());
            } catch (WatException ex) {
                v = 256;
            }
            if (v > 255) {
                throw Cursor.error(a, "i8 constant out of range: lane index " + a.text());
            }
            return (int) v;
        }
        throw Cursor.unexpected(e);
    }

    static Token number(Cursor c) {
        SExpr e = c.next();
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER) {
            return a.token();
        }
        throw Cursor.unexpected(e);
    }

    static int int32(Token t) {
        try {
            return NumericLiterals.parseI32(t.text());
        } catch (WatException e) {
            throw Cursor.error(t, e.reason());
        }
    }

    static long int64(Token t) {
        try {
            return NumericLiterals.parseI64(t.text());
        } catch (WatException e) {
            throw Cursor.error(t, e.reason());
        }
    }

    static int floatBits32(Token t) {
        try {
            return NumericLiterals.parseF32Bits(t.text());
        } catch (WatException e) {
            throw Cursor.error(t, e.reason());
        }
    }

    static long floatBits64(Token t) {
        try {
            return NumericLiterals.parseF64Bits(t.text());
        } catch (WatException e) {
            throw Cursor.error(t, e.reason());
        }
    }
}
