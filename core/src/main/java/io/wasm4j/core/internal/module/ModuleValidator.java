package io.wasm4j.core.internal.module;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.DataSegment;
import io.wasm4j.core.ElementSegment;
import io.wasm4j.core.Export;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.Import;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.SegmentMode;
import io.wasm4j.core.TableType;
import io.wasm4j.core.TagType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.FunctionCode;
import io.wasm4j.core.internal.decode.ConstExprScanner;
import io.wasm4j.core.internal.decode.ModuleData;
import io.wasm4j.core.internal.validate.CodeValidator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Module-level validation (the spec's "Modules" rules), in the reference interpreter's order: types,
 * imports, tags, functions, memories, tables, globals, data, elements, function bodies, start, exports.
 * Function bodies and constant expressions are delegated to {@link CodeValidator}.
 */
public final class ModuleValidator {
    private final ModuleData d;
    private final TypeCanon canon;
    private ModuleEnvImpl env;
    private int constExprFeatures;

    private ModuleValidator(ModuleData d) {
        this.d = d;
        this.canon = new TypeCanon(d.types, d.groupStart, d.groupEnd);
    }

    /**
     * What validation produces.
     *
     * @param code the side table of every defined function, in order
     * @param canon the module's canonicalised types, for type equivalence and subtyping
     * @param constExprFeatures the {@link io.wasm4j.core.code.CodeFeature} bits of all constant expressions
     */
    public record Result(FunctionCode[] code, TypeCanon canon, int constExprFeatures) {}

    /**
     * Validates {@code d}.
     *
     * @return the side tables and canonical types
     * @throws InvalidModuleException when a rule is broken
     */
    public static Result validate(ModuleData d) {
        ModuleValidator v = new ModuleValidator(d);
        FunctionCode[] code = v.run();
        return new Result(code, v.canon, v.constExprFeatures);
    }

    static InvalidModuleException invalid(String reason) {
        return new InvalidModuleException(reason, -1);
    }

    private FunctionCode[] run() {
        env = new ModuleEnvImpl(d, canon, declaredFuncRefs(d));
        int typeCount = d.types.length;
        for (Import imp : d.imports) {
            int i = imp.index();
            switch (imp.kind()) {
                case FUNC -> funcType(d.funcTypes[i]);
                case TABLE -> checkTableType(d.tables[i]);
                case MEMORY -> checkMemoryType(d.memories[i]);
                case GLOBAL -> TypeCanon.checkValType(d.globals[i].valType(), typeCount);
                case TAG -> checkTag(d.tags[i]);
            }
        }
        for (int i = d.importedTags; i < d.tags.length; i++) {
            checkTag(d.tags[i]);
        }
        for (int f = d.importedFuncs; f < d.funcTypes.length; f++) {
            funcType(d.funcTypes[f]);
        }
        for (int i = d.importedMemories; i < d.memories.length; i++) {
            checkMemoryType(d.memories[i]);
        }
        for (int i = d.importedTables; i < d.tables.length; i++) {
            checkTableType(d.tables[i]);
            ConstExpr init = d.tableInits[i];
            if (init != null) {
                constExpr(init, d.tables[i].elementType(), d.importedGlobals);
            } else if (!d.tables[i].elementType().nullable()) {
                throw invalid("type mismatch: table " + i + " of non-nullable type " + d.tables[i].elementType()
                        + " needs an initialiser");
            }
        }
        for (int i = d.importedGlobals; i < d.globals.length; i++) {
            TypeCanon.checkValType(d.globals[i].valType(), typeCount);
            constExpr(d.globalInits[i], d.globals[i].valType(), i);
        }
        for (DataSegment s : d.datas) {
            if (s.mode() == SegmentMode.ACTIVE) {
                MemoryType mt = memory(s.memoryIndex());
                constExpr(s.offset(), mt.addressType().valType(), d.globals.length);
            }
        }
        for (ElementSegment s : d.elements) {
            checkElement(s);
        }
        FunctionCode[] code = functionBodies();
        checkStart();
        checkExports();
        return code;
    }

    private void constExpr(ConstExpr e, ValType expected, int visibleGlobals) {
        constExprFeatures |=
                CodeValidator.validateConstExpr(env, d.bytes, e.start(), e.end(), expected, visibleGlobals);
    }

    /**
     * Returns, per function index, whether the function is referenced outside function bodies (the
     * spec's C.refs): in global and table initialisers, element segments, segment offsets and exports.
     */
    public static boolean[] declaredFuncRefs(ModuleData d) {
        boolean[] refs = new boolean[d.funcTypes.length];
        ConstExprScanner.FuncRefSink sink = f -> {
            if (f >= 0 && f < refs.length) {
                refs[f] = true;
            }
        };
        for (ConstExpr e : d.globalInits) {
            scan(d, e, sink);
        }
        for (ConstExpr e : d.tableInits) {
            scan(d, e, sink);
        }
        for (ElementSegment s : d.elements) {
            scan(d, s.offset(), sink);
            if (s.hasFuncIndices()) {
                for (int i = 0; i < s.size(); i++) {
                    sink.funcRef(s.funcIndex(i));
                }
            } else {
                for (ConstExpr e : s.initExprs()) {
                    scan(d, e, sink);
                }
            }
        }
        for (DataSegment s : d.datas) {
            scan(d, s.offset(), sink);
        }
        for (Export e : d.exports) {
            if (e.kind() == io.wasm4j.core.ExternKind.FUNC) {
                sink.funcRef(e.index());
            }
        }
        return refs;
    }

    private static void scan(ModuleData d, ConstExpr e, ConstExprScanner.FuncRefSink sink) {
        if (e != null) {
            ConstExprScanner.scan(d.bytes, e.start(), e.end(), sink);
        }
    }

    // ---- types of entities

    private FuncType funcType(int typeIndex) {
        if (typeIndex < 0 || typeIndex >= d.types.length) {
            throw invalid("unknown type " + Integer.toUnsignedString(typeIndex));
        }
        if (!(d.types[typeIndex].composite() instanceof FuncType ft)) {
            throw invalid("type mismatch: non-function type " + typeIndex);
        }
        return ft;
    }

    private void checkTag(TagType t) {
        FuncType ft = funcType(t.typeIndex());
        if (!ft.results().isEmpty()) {
            throw invalid("non-empty tag result type");
        }
    }

    private void checkTableType(TableType t) {
        TypeCanon.checkValType(t.elementType(), d.types.length);
        long range = t.addressType() == AddressType.I32 ? 0xFFFF_FFFFL : -1L;
        checkLimits(
                t.limits(),
                range,
                "table size must be at most "
                        + (t.addressType() == AddressType.I32 ? "2^32-1 for i32" : "2^64-1 for i64"));
    }

    private void checkMemoryType(MemoryType t) {
        boolean i32 = t.addressType() == AddressType.I32;
        int log2 = t.pageSizeLog2();
        if (log2 != 16 && log2 != 0) {
            throw invalid("invalid custom page size");
        }
        if (log2 == 16) {
            checkLimits(
                    t.limits(),
                    i32 ? 0x1_0000L : 0x1_0000_0000_0000L,
                    i32
                            ? "memory size must be at most 65536 pages (4GiB)"
                            : "memory size must be at most 2^48 pages (256 TiB) for i64");
        } else {
            checkLimits(
                    t.limits(),
                    i32 ? 0xFFFF_FFFFL : -1L,
                    i32
                            ? "memory size must be at most 2^32-1 pages for i32 with 1-byte pages"
                            : "memory size must be at most 2^64-1 pages for i64 with 1-byte pages");
        }
        if (t.shared() && !t.limits().hasMax()) {
            throw invalid("shared memory must have maximum");
        }
    }

    private static void checkLimits(Limits l, long range, String message) {
        if (Long.compareUnsigned(l.min(), range) > 0) {
            throw invalid(message);
        }
        if (l.hasMax()) {
            if (Long.compareUnsigned(l.max(), range) > 0) {
                throw invalid(message);
            }
            if (Long.compareUnsigned(l.min(), l.max()) > 0) {
                throw invalid("size minimum must not be greater than maximum");
            }
        }
    }

    // ---- index lookups

    private MemoryType memory(int index) {
        if (index < 0 || index >= d.memories.length) {
            throw invalid("unknown memory " + Integer.toUnsignedString(index));
        }
        return d.memories[index];
    }

    private TableType table(int index) {
        if (index < 0 || index >= d.tables.length) {
            throw invalid("unknown table " + Integer.toUnsignedString(index));
        }
        return d.tables[index];
    }

    private void func(int index) {
        if (index < 0 || index >= d.funcTypes.length) {
            throw invalid("unknown function " + Integer.toUnsignedString(index));
        }
    }

    // ---- segments, bodies, start, exports

    private void checkElement(ElementSegment s) {
        TypeCanon.checkValType(s.type(), d.types.length);
        if (s.hasFuncIndices()) {
            for (int i = 0; i < s.size(); i++) {
                func(s.funcIndex(i));
            }
        } else {
            for (ConstExpr e : s.initExprs()) {
                constExpr(e, s.type(), d.globals.length);
            }
        }
        if (s.mode() == SegmentMode.ACTIVE) {
            TableType tt = table(s.tableIndex());
            if (!canon.isSubtype(s.type(), tt.elementType())) {
                throw invalid("type mismatch: element segment's type " + s.type()
                        + " does not match table's element type " + tt.elementType());
            }
            constExpr(s.offset(), tt.addressType().valType(), d.globals.length);
        }
    }

    private FunctionCode[] functionBodies() {
        int defined = d.definedFuncs();
        FunctionCode[] code = new FunctionCode[defined];
        for (int i = 0; i < defined; i++) {
            int funcIndex = d.importedFuncs + i;
            int typeIndex = d.funcTypes[funcIndex];
            ValType[] locals = locals(i, funcType(typeIndex).params());
            code[i] = CodeValidator.validateFunction(env, d.bytes, d.bodyStart[i], d.bodyEnd[i], typeIndex, locals);
        }
        return code;
    }

    private ValType[] locals(int defined, List<ValType> params) {
        int from = d.localGroupStart[defined];
        int to = d.localGroupStart[defined + 1];
        int n = params.size();
        for (int g = from; g < to; g++) {
            TypeCanon.checkValType(d.localTypes[g], d.types.length);
            n += d.localCounts[g];
        }
        ValType[] out = new ValType[n];
        int k = 0;
        for (ValType p : params) {
            out[k++] = p;
        }
        for (int g = from; g < to; g++) {
            Arrays.fill(out, k, k + d.localCounts[g], d.localTypes[g]);
            k += d.localCounts[g];
        }
        return out;
    }

    private void checkStart() {
        if (d.start < 0) {
            return;
        }
        func(d.start);
        FuncType ft = funcType(d.funcTypes[d.start]);
        if (!ft.params().isEmpty() || !ft.results().isEmpty()) {
            throw invalid("start function must not have parameters or results");
        }
    }

    private void checkExports() {
        Set<String> names = new HashSet<>();
        for (Export e : d.exports) {
            int i = e.index();
            switch (e.kind()) {
                case FUNC -> func(i);
                case TABLE -> table(i);
                case MEMORY -> memory(i);
                case GLOBAL -> {
                    if (i < 0 || i >= d.globals.length) {
                        throw invalid("unknown global " + Integer.toUnsignedString(i));
                    }
                }
                case TAG -> {
                    if (i < 0 || i >= d.tags.length) {
                        throw invalid("unknown tag " + Integer.toUnsignedString(i));
                    }
                }
            }
            if (!names.add(e.name())) {
                throw invalid("duplicate export name \"" + e.name() + "\"");
            }
        }
    }
}
