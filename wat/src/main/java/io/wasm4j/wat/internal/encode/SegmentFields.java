package io.wasm4j.wat.internal.encode;

import io.wasm4j.core.RefType;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.NumericLiterals;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Encodes tables, memories, element and data segments, with their inline abbreviations. */
final class SegmentFields {
    private static final int PAGE = 65536;

    private final Fields fields;
    private final ModuleState m;

    SegmentFields(Fields fields) {
        this.fields = fields;
        this.m = fields.m;
    }

    /**
     * Takes a table's or memory's inline exports ({@code kind} is its export and import kind byte); if an
     * inline import follows, writes it with {@code type} and returns true.
     */
    private boolean exportsOrImport(Cursor c, int kind, int index, BiConsumer<Cursor, Bytes> type) {
        fields.inlineExports(c, kind, index);
        if (!fields.inlineImport(c)) {
            return false;
        }
        m.imports.byte1(kind);
        type.accept(c, m.imports);
        c.expectEnd();
        return true;
    }

    /** Takes an optional address type keyword; returns whether it is {@code i64}. */
    private static boolean addressType64(Cursor c) {
        boolean is64 = c.takeKeyword("i64");
        if (!is64) {
            c.takeKeyword("i32");
        }
        return is64;
    }

    /** Writes the constant offset expression {@code (i32|i64.const 0)} of an abbreviated active segment. */
    private static void zeroOffset(Bytes out, boolean is64) {
        out.byte1(is64 ? 0x42 : 0x41).byte1(0).byte1(0x0B);
    }

    // ---- tables

    void table(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        c.takeId();
        int index = fields.nextTable++;
        if (exportsOrImport(c, 0x01, index, this::tableType)) {
            return;
        }
        int save = c.position();
        boolean is64 = addressType64(c);
        if (TypeParser.isValType(c.peek())) {
            // (table at? reftype (elem ...))
            RefType type = m.typeParser.refType(c.next());
            SExpr.ListExpr elem = c.takeForm("elem");
            if (elem == null) {
                throw c.atEnd() ? c.unexpectedEnd() : Cursor.unexpected(c.next());
            }
            c.expectEnd();
            Cursor ec = Cursor.body(elem);
            Bytes items = new Bytes();
            boolean exprs = !(ec.peek() instanceof SExpr.Atom) || !type.equals(RefType.FUNCREF);
            int n = ec.peek() instanceof SExpr.Atom
                    ? (exprs ? refFuncs(ec, items) : funcIndices(ec, items))
                    : elemExprs(ec, items);
            TypeEncoding.refType(m.tableSection, type);
            m.tableSection.byte1(is64 ? 0x05 : 0x01).u64(n).u64(n);
            m.tableCount++;
            // the implicit active segment
            int flags = (exprs ? 4 : 0) | 2;
            Bytes e = m.elemSection;
            e.u32(flags);
            if ((flags & 2) != 0) {
                e.u32(index);
            }
            zeroOffset(e, is64);
            if ((flags & 2) != 0) {
                if (exprs) {
                    TypeEncoding.refType(e, type);
                } else {
                    e.byte1(0x00);
                }
            }
            e.u32(n).append(items);
            m.elemCount++;
            return;
        }
        c.reset(save);
        Bytes type = new Bytes();
        tableType(c, type);
        if (c.atEnd()) {
            m.tableSection.append(type);
        } else {
            m.tableSection.byte1(0x40).byte1(0x00).append(type);
            fields.constExpr(c, m.tableSection);
        }
        m.tableCount++;
    }

    /** Parses {@code at? limits reftype} and writes the table type. */
    void tableType(Cursor c, Bytes out) {
        boolean is64 = addressType64(c);
        long[] limits = limits(c, is64);
        RefType type = m.typeParser.refType(c.next());
        TypeEncoding.refType(out, type);
        writeLimits(out, limits, is64 ? 0x04 : 0);
    }

    private long[] limits(Cursor c, boolean is64) {
        Token min = Immediates.number(c);
        long[] l = {bound(min, is64), -1, 0};
        if (c.peek() instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER) {
            l[1] = bound(Immediates.number(c), is64);
            l[2] = 1;
        }
        return l;
    }

    private static long bound(Token t, boolean is64) {
        if (!NumericLiterals.isNat(t.text())) {
            throw Cursor.unexpected(new SExpr.Atom(t));
        }
        try {
            return NumericLiterals.parseU64(t.text());
        } catch (io.wasm4j.wat.WatException e) {
            throw Cursor.error(t, "i64 constant out of range: " + t.text());
        }
    }

    private static void writeLimits(Bytes out, long[] limits, int flags) {
        boolean hasMax = limits[2] != 0;
        out.byte1(flags | (hasMax ? 1 : 0)).u64(limits[0]);
        if (hasMax) {
            out.u64(limits[1]);
        }
    }

    // ---- memories

    void memory(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        c.takeId();
        int index = fields.nextMemory++;
        if (exportsOrImport(c, 0x02, index, this::memoryType)) {
            return;
        }
        int save = c.position();
        boolean is64 = addressType64(c);
        int pageLog2 = -1;
        SExpr.ListExpr ps = c.peekForm("pagesize") && c.peek(1) instanceof SExpr.ListExpr next && next.isForm("data")
                ? c.takeForm("pagesize")
                : null;
        if (ps != null) {
            pageLog2 = pageSize(ps);
        }
        SExpr.ListExpr data = c.takeForm("data");
        if (data != null) {
            c.expectEnd();
            Bytes bytes = new Bytes();
            Cursor dc = Cursor.body(data);
            while (!dc.atEnd()) {
                bytes.raw(dc.string().bytes());
            }
            long page = pageLog2 >= 0 ? 1L << pageLog2 : PAGE;
            long pages = (bytes.size() + page - 1) / page;
            m.memorySection
                    .byte1((is64 ? 0x05 : 0x01) | (pageLog2 >= 0 ? 0x08 : 0))
                    .u64(pages)
                    .u64(pages);
            if (pageLog2 >= 0) {
                m.memorySection.u32(pageLog2);
            }
            m.memoryCount++;
            Bytes d = m.dataSection;
            if (index == 0) {
                d.byte1(0x00);
            } else {
                d.byte1(0x02).u32(index);
            }
            zeroOffset(d, is64);
            d.sized(bytes);
            m.dataCount++;
            return;
        }
        c.reset(save);
        memoryType(c, m.memorySection);
        c.expectEnd();
        m.memoryCount++;
    }

    /** Parses {@code at? limits shared? (pagesize n)?} and writes the memory type. */
    void memoryType(Cursor c, Bytes out) {
        boolean is64 = addressType64(c);
        long[] limits = limits(c, is64);
        boolean shared = c.takeKeyword("shared");
        if (!shared) {
            c.takeKeyword("unshared");
        }
        int pageLog2 = -1;
        SExpr.ListExpr ps = c.takeForm("pagesize");
        if (ps != null) {
            pageLog2 = pageSize(ps);
        }
        int flags = (shared ? 2 : 0) | (is64 ? 4 : 0) | (pageLog2 >= 0 ? 8 : 0);
        writeLimits(out, limits, flags);
        if (pageLog2 >= 0) {
            out.u32(pageLog2);
        }
    }

    private static int pageSize(SExpr.ListExpr ps) {
        Cursor pc = Cursor.body(ps);
        Token t = Immediates.number(pc);
        pc.expectEnd();
        long size = bound(t, false);
        if (size == 0 || Long.bitCount(size) != 1) {
            throw Cursor.error(t, "invalid custom page size");
        }
        return Long.numberOfTrailingZeros(size);
    }

    // ---- element segments

    void elem(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        c.takeId();
        int mode; // 0 active, 1 passive, 3 declarative
        int table = 0;
        boolean explicitTable = false;
        Bytes offset = null;
        if (c.takeKeyword("declare")) {
            mode = 3;
        } else {
            SExpr.ListExpr t = c.takeForm("table");
            if (t != null) {
                Cursor tc = Cursor.body(t);
                table = m.tables.resolve(tc.next());
                tc.expectEnd();
                explicitTable = true;
            } else if (c.peek() instanceof SExpr.Atom a
                    && (a.kind() == TokenKind.NUMBER || a.kind() == TokenKind.ID)
                    && c.peek(1) instanceof SExpr.ListExpr) {
                table = m.tables.resolve(c.next()); // legacy: (elem 0 (offset ...) ...)
                explicitTable = true;
            }
            if (c.peek() instanceof SExpr.ListExpr l && !l.isForm("ref") && !l.isForm("item")) {
                mode = 0;
                offset = offsetExpr(c);
            } else if (explicitTable) {
                throw c.atEnd() ? c.unexpectedEnd() : Cursor.unexpected(c.next());
            } else {
                mode = 1;
            }
        }
        Bytes items = new Bytes();
        boolean exprs;
        RefType type = RefType.FUNCREF;
        int n;
        if (c.takeKeyword("func")) {
            exprs = false;
            n = funcIndices(c, items);
        } else if (TypeParser.isValType(c.peek())) {
            exprs = true;
            type = m.typeParser.refType(c.next());
            n = elemExprs(c, items);
        } else if (mode == 0) {
            exprs = false; // (elem (table x)? offset funcidx*)
            n = funcIndices(c, items);
        } else if (c.atEnd() && mode != 0) {
            exprs = false;
            n = 0;
        } else {
            throw c.atEnd() ? c.unexpectedEnd() : Cursor.unexpected(c.next());
        }
        c.expectEnd();
        Bytes e = m.elemSection;
        boolean plainActive = mode == 0 && table == 0 && !explicitTable && (!exprs || type.equals(RefType.FUNCREF));
        if (mode == 0 && !plainActive) {
            e.u32(exprs ? 6 : 2).u32(table).append(offset);
        } else if (mode == 0) {
            e.u32(exprs ? 4 : 0).append(offset);
        } else {
            e.u32((exprs ? 4 : 0) | mode);
        }
        if (!plainActive) {
            if (exprs) {
                TypeEncoding.refType(e, type);
            } else {
                e.byte1(0x00);
            }
        }
        e.u32(n).append(items);
        m.elemCount++;
    }

    /** Parses {@code (offset instr*)} or a single folded instruction; returns the encoded expression. */
    private Bytes offsetExpr(Cursor c) {
        Bytes out = new Bytes();
        SExpr.ListExpr o = c.takeForm("offset");
        if (o != null) {
            fields.constExpr(Cursor.body(o), out);
        } else {
            SExpr.ListExpr single = c.list();
            fields.constExpr(new Cursor(List.of(single), single, 0), out);
        }
        return out;
    }

    /** Reads function indices up to the end; writes them (without count) and returns how many. */
    private int funcIndices(Cursor c, Bytes out) {
        List<Integer> indices = new ArrayList<>();
        while (!c.atEnd()) {
            indices.add(m.funcs.resolve(c.next()));
        }
        for (int i : indices) {
            out.u32(i);
        }
        return indices.size();
    }

    /** Reads function indices up to the end; writes them as {@code ref.func} expressions. */
    private int refFuncs(Cursor c, Bytes out) {
        int n = 0;
        while (!c.atEnd()) {
            out.byte1(0xD2).u32(m.funcs.resolve(c.next())).byte1(0x0B);
            n++;
        }
        return n;
    }

    /** Reads {@code (item instr*)} or single folded instructions; writes the expressions and returns how many. */
    private int elemExprs(Cursor c, Bytes out) {
        int n = 0;
        while (!c.atEnd()) {
            SExpr.ListExpr l = c.list();
            if (l.isForm("item")) {
                fields.constExpr(Cursor.body(l), out);
            } else {
                fields.constExpr(new Cursor(List.of(l), l, 0), out);
            }
            n++;
        }
        return n;
    }

    // ---- data segments

    void data(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        c.takeId();
        int memory = 0;
        boolean explicitMemory = false;
        SExpr.ListExpr mu = c.takeForm("memory");
        if (mu != null) {
            Cursor mc = Cursor.body(mu);
            memory = m.memories.resolve(mc.next());
            mc.expectEnd();
            explicitMemory = true;
        } else if (c.peek() instanceof SExpr.Atom a && (a.kind() == TokenKind.NUMBER || a.kind() == TokenKind.ID)) {
            memory = m.memories.resolve(c.next());
            explicitMemory = true;
        }
        Bytes d = m.dataSection;
        if (c.peek() instanceof SExpr.ListExpr) {
            Bytes offset = offsetExpr(c);
            if (memory == 0) {
                d.byte1(0x00);
            } else {
                d.byte1(0x02).u32(memory);
            }
            d.append(offset);
        } else if (explicitMemory) {
            throw c.atEnd() ? c.unexpectedEnd() : Cursor.unexpected(c.next());
        } else {
            d.byte1(0x01);
        }
        Bytes bytes = new Bytes();
        while (!c.atEnd()) {
            bytes.raw(c.string().bytes());
        }
        d.sized(bytes);
        m.dataCount++;
    }
}
