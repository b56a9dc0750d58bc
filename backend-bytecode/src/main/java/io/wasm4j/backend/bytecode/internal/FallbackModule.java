package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.AddressType;
import io.wasm4j.core.FunctionBody;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmFeature;
import io.wasm4j.core.WasmModule;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.CompilerProvider;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.ServiceLoader;

/**
 * A function too large for one JVM method, run by another backend (the interpreter, id {@code "interp"},
 * found with {@link ServiceLoader} through the spi only): a one-function module that imports every
 * function, table, memory, global and tag of the original module, so that compiled with the other
 * backend and instantiated over a {@link BcInstance}'s entities it shares all state with it. Function
 * {@code k} of the original module is import {@code k} of this one; the function itself is the last one.
 *
 * <p>Segment instructions ({@code memory.init}, {@code data.drop}, {@code table.init}, {@code elem.drop})
 * become calls of further imports that run them on the instance (see {@link FallbackSegments}).
 */
final class FallbackModule {
    /** The id of the backend that runs functions too large for one JVM method. */
    static final String FALLBACK_ID = "interp";

    private FallbackModule() {}

    /** Compiles function {@code funcIndex} of {@code validated} with the fallback backend. */
    static CompiledModule compile(ValidatedModule validated, int funcIndex, CompileContext context) {
        CompilerProvider provider = null;
        for (CompilerProvider p : ServiceLoader.load(CompilerProvider.class, FallbackModule.class.getClassLoader())) {
            if (p.id().equals(FALLBACK_ID) && p.isSupported()) {
                provider = p;
                break;
            }
        }
        if (provider == null) {
            throw new UnsupportedOperationException("bytecode backend: function " + funcIndex
                    + " is too large for one JVM method; add wasm4j-backend-interp to run it in the interpreter");
        }
        var ops = FallbackSegments.scan(validated.module(), funcIndex);
        byte[] bytes = build(validated.module(), funcIndex, ops);
        ValidatedModule derived =
                WasmModule.decode(bytes, EnumSet.allOf(WasmFeature.class)).validate();
        CompiledModule compiled = provider.compile(derived, context);
        return ops.isEmpty()
                ? compiled
                : new FallbackSegments.Compiled(
                        compiled, ops, context.types().register(derived.module().recGroups()));
    }

    /** Returns the binary one-function module for {@code funcIndex}, with imports for {@code ops}. */
    static byte[] build(WasmModule w, int funcIndex, java.util.List<FallbackSegments.Op> ops) {
        byte[] src = w.bytes();
        Out out = new Out();
        out.bytes(src, 0, 8);
        // type section: the original one, verbatim, so that type indices and canonical types agree (plus
        // the types of the segment instructions' imports, appended)
        if (ops.isEmpty()) {
            copySection(src, 1, out);
        } else {
            appendTypes(src, out);
        }
        Out imports = new Out();
        int count = 0;
        for (var imp : w.imports()) {
            imports.name(imp.module());
            imports.name(imp.name());
            count++;
            // re-encode from the model below
            encodeImportDesc(w, imp, imports);
        }
        for (int f = w.importedFuncCount(); f < w.funcCount(); f++, count++) {
            imports.name("").name("f");
            imports.b(0x00).u(w.funcTypeIndex(f));
        }
        for (var op : ops) {
            imports.name("").name("s");
            imports.b(0x00).u(FallbackSegments.typeIndex(w, op));
            count++;
        }
        for (int t = w.importedTableCount(); t < w.tableCount(); t++, count++) {
            imports.name("").name("t");
            imports.b(0x01);
            table(imports, w.tableType(t));
        }
        for (int m = w.importedMemoryCount(); m < w.memoryCount(); m++, count++) {
            imports.name("").name("m");
            imports.b(0x02);
            memory(imports, w.memoryType(m));
        }
        for (int g = w.importedGlobalCount(); g < w.globalCount(); g++, count++) {
            imports.name("").name("g");
            imports.b(0x03);
            global(imports, w.globalType(g));
        }
        for (int t = w.importedTagCount(); t < w.tagCount(); t++, count++) {
            imports.name("").name("e");
            imports.b(0x04).b(0x00).u(w.tagType(t).typeIndex());
        }
        Out sec = new Out().u(count);
        sec.bytes(imports.toByteArray());
        out.section(2, sec);
        out.section(3, new Out().u(1).u(w.funcTypeIndex(funcIndex)));
        if (w.funcCount() > 0) {
            // declare every function, so that ref.func in the body validates
            Out elem = new Out().u(1).b(3).b(0x00).u(w.funcCount());
            for (int f = 0; f < w.funcCount(); f++) {
                elem.u(f);
            }
            out.section(9, elem);
        }
        if (ops.isEmpty()) {
            FunctionBody body = w.body(funcIndex);
            Out code = new Out().u(1).u(body.end() - body.codeStart());
            code.bytes(src, body.codeStart(), body.end() - body.codeStart());
            out.section(10, code);
        } else {
            byte[] body = FallbackSegments.rewriteBody(w, funcIndex, ops);
            out.section(10, new Out().u(1).u(body.length).bytes(body));
        }
        return out.toByteArray();
    }

    private static void encodeImportDesc(WasmModule w, io.wasm4j.core.Import imp, Out out) {
        switch (imp.kind()) {
            case FUNC -> out.b(0x00).u(w.funcTypeIndex(imp.index()));
            case TABLE -> table(out.b(0x01), w.tableType(imp.index()));
            case MEMORY -> memory(out.b(0x02), w.memoryType(imp.index()));
            case GLOBAL -> global(out.b(0x03), w.globalType(imp.index()));
            case TAG -> out.b(0x04).b(0x00).u(w.tagType(imp.index()).typeIndex());
        }
    }

    private static void table(Out out, TableType t) {
        valType(out, t.elementType());
        limits(out, t.limits(), t.addressType() == AddressType.I64 ? 4 : 0);
    }

    private static void memory(Out out, MemoryType m) {
        int flags =
                (m.shared() ? 2 : 0) | (m.addressType() == AddressType.I64 ? 4 : 0) | (m.pageSizeLog2() != 16 ? 8 : 0);
        limits(out, m.limits(), flags);
        if (m.pageSizeLog2() != 16) {
            out.u(m.pageSizeLog2());
        }
    }

    private static void limits(Out out, Limits l, int flags) {
        out.b(flags | (l.hasMax() ? 1 : 0)).u(l.min());
        if (l.hasMax()) {
            out.u(l.max());
        }
    }

    private static void global(Out out, GlobalType g) {
        valType(out, g.valType());
        out.b(g.mutable() ? 1 : 0);
    }

    private static void valType(Out out, ValType t) {
        switch (t) {
            case NumType n ->
                out.b(
                        switch (n) {
                            case I32 -> 0x7F;
                            case I64 -> 0x7E;
                            case F32 -> 0x7D;
                            case F64 -> 0x7C;
                        });
            case RefType rt -> {
                out.b(rt.nullable() ? 0x63 : 0x64);
                switch (rt.heapType()) {
                    case AbsHeapType a -> out.b(a.code());
                    case TypeIndex ti -> out.s(ti.index());
                    default -> throw new IllegalStateException("heap type " + rt.heapType());
                }
            }
            default -> out.b(0x7B);
        }
    }

    /** Writes the type section with {@link FallbackSegments#appendedTypes()} after the original entries. */
    private static void appendTypes(byte[] src, Out out) {
        int[] range = section(src, 1);
        Out payload = new Out();
        if (range == null) {
            payload.u(3);
        } else {
            CodeReader r = new CodeReader(src, range[1], range[2]);
            payload.u(r.readU32() + 3L);
            payload.bytes(src, r.position(), range[2] - r.position());
        }
        payload.bytes(FallbackSegments.appendedTypes());
        out.section(1, payload);
    }

    /**
     * Where section {@code id} stands: {@code {headerStart, payloadStart, end}}, or null if the module has
     * none.
     */
    private static int[] section(byte[] src, int id) {
        int p = 8;
        while (p < src.length) {
            int start = p;
            int secId = src[p++] & 0xFF;
            long size = 0;
            int shift = 0;
            int b;
            do {
                b = src[p++] & 0xFF;
                size |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            int end = p + (int) size;
            if (secId == id) {
                return new int[] {start, p, end};
            }
            p = end;
        }
        return null;
    }

    /** Copies section {@code id} (header and payload) if the module has one. */
    private static void copySection(byte[] src, int id, Out out) {
        int[] range = section(src, id);
        if (range != null) {
            out.bytes(src, range[0], range[2] - range[0]);
        }
    }

    /** A growable byte buffer with LEB128 writers. */
    private static final class Out extends ByteArrayOutputStream {
        Out b(int v) {
            write(v);
            return this;
        }

        /** Writes a signed LEB128 (heap type indices are s33). */
        Out s(long v) {
            while (true) {
                int b = (int) (v & 0x7F);
                v >>= 7;
                if ((v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0)) {
                    write(b);
                    return this;
                }
                write(b | 0x80);
            }
        }

        /** Writes an unsigned LEB128. */
        Out u(long v) {
            do {
                int b = (int) (v & 0x7F);
                v >>>= 7;
                write(v != 0 ? b | 0x80 : b);
            } while (v != 0);
            return this;
        }

        Out name(String s) {
            byte[] n = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            u(n.length);
            write(n, 0, n.length);
            return this;
        }

        Out bytes(byte[] src, int off, int len) {
            write(src, off, len);
            return this;
        }

        Out bytes(byte[] src) {
            return bytes(src, 0, src.length);
        }

        void section(int id, Out payload) {
            b(id).u(payload.size());
            bytes(payload.toByteArray());
        }
    }
}
