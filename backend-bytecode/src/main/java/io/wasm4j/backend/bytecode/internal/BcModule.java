package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.DataSegment;
import io.wasm4j.core.ElementSegment;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.SegmentMode;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.TypeRegistry;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * A module compiled to JVM classes: its defined functions in groups, one hidden class per group (see
 * {@link CodeClasses}: all compiled at once in parallel, or each on first use), each carrying this module
 * as class data for cross-class call linking. A group whose constant pool overflows is split into halves; a
 * function too large for one JVM method runs in the interpreter through a stub (see {@link FallbackModule}
 * and docs/adr/0022).
 */
public final class BcModule implements CompiledModule {
    /** Test hook: receives every generated class file before it is defined (null in production). */
    static volatile java.util.function.Consumer<byte[]> classListener;

    final ValidatedModule validated;
    final WasmModule wasm;
    final DefinedType[] types;
    /** Whether any function makes a tail call other than to itself: then calls check for pending ones. */
    final boolean hasTailCalls;

    private final MethodHandle[] handles;
    private final CodeClasses classes;
    /** Per function index: the fallback module of a function too large for one JVM method, else null. */
    final CompiledModule[] fallbacks;
    /** Generated so far: classes, the largest method's bytecode size, methods over HotSpot's JIT limit. */
    private int classCount;

    private int maxMethodSize;
    private int hugeMethodCount;

    private BcModule(ValidatedModule validated, CompileContext context, boolean lazy) {
        this.validated = validated;
        this.wasm = validated.module();
        this.types = context.types().register(wasm.recGroups());
        this.handles = new MethodHandle[wasm.funcCount()];
        this.fallbacks = new CompiledModule[wasm.funcCount()];
        this.hasTailCalls = scanTailCalls(validated);
        this.classes = new CodeClasses(this, context, lazy);
    }

    /** Counts a generated class before it is defined, and passes it to the test hook. */
    synchronized void noteClass(byte[] classFile) {
        classCount++;
        for (int size : MethodSizes.of(classFile)) {
            maxMethodSize = Math.max(maxMethodSize, size);
            if (size > MethodSizes.JIT_LIMIT) {
                hugeMethodCount++;
            }
        }
        var listener = classListener;
        if (listener != null) {
            listener.accept(classFile);
        }
    }

    private static boolean scanTailCalls(ValidatedModule validated) {
        WasmModule w = validated.module();
        for (int f = w.importedFuncCount(); f < w.funcCount(); f++) {
            var fc = validated.functionCode(f);
            var r = new io.wasm4j.core.code.CodeReader(w.bytes(), fc.bodyStart(), fc.bodyEnd());
            while (r.position() < fc.bodyEnd()) {
                var op = r.readOpcode();
                switch (op) {
                    case RETURN_CALL_INDIRECT, RETURN_CALL_REF -> {
                        return true;
                    }
                    case RETURN_CALL -> {
                        if (r.readU32() != f) {
                            return true;
                        }
                    }
                    default -> r.skipImmediates(op);
                }
            }
        }
        return false;
    }

    /** Compiles every function of {@code module} now. */
    public static BcModule compile(ValidatedModule module, CompileContext context) {
        return new BcModule(module, context, false);
    }

    /**
     * Compiles the functions of {@code module} now ({@code lazy} false) or each group of them when one is first
     * linked ({@code lazy} true; see {@link CodeClasses}).
     */
    public static BcModule compile(ValidatedModule module, CompileContext context, boolean lazy) {
        return new BcModule(module, context, lazy);
    }

    /** Returns whether functions are compiled on first use. */
    public boolean isLazy() {
        return classes.lazy();
    }

    /** Returns the number of classes generated so far. */
    public synchronized int classCount() {
        return classCount;
    }

    /**
     * Returns whether function {@code funcIndex} runs in the fallback backend (too large for one method);
     * compiles it if it was not yet.
     */
    public boolean isFallback(int funcIndex) {
        return classes.isFallback(funcIndex);
    }

    /** Returns the bytecode size of the largest method generated so far. */
    public synchronized int maxMethodSize() {
        return maxMethodSize;
    }

    /**
     * Returns how many methods generated so far exceed HotSpot's 8,000-byte JIT limit ({@link
     * MethodSizes#JIT_LIMIT}).
     */
    public synchronized int hugeMethodCount() {
        return hugeMethodCount;
    }

    /** Returns the static method of defined function {@code funcIndex} (looked up on first use). */
    MethodHandle staticHandle(int funcIndex) {
        MethodHandle h = handles[funcIndex];
        if (h == null) {
            MethodHandles.Lookup chunk = classes.lookupOf(funcIndex);
            try {
                h = chunk.findStatic(
                        chunk.lookupClass(),
                        ChunkCompiler.methodName(funcIndex),
                        MethodType.fromMethodDescriptorString(
                                Kinds.staticDesc(wasm.funcTypeOf(funcIndex)), BcModule.class.getClassLoader()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("generated method missing: " + funcIndex, e);
            }
            handles[funcIndex] = h;
        }
        return h;
    }

    @Override
    public ValidatedModule module() {
        return validated;
    }

    @Override
    public ModuleInstance instantiate(Imports imports, InstanceContext context) {
        WasmModule w = wasm;
        BcInstance inst = new BcInstance(this, context);
        System.arraycopy(imports.functions(), 0, inst.functions, 0, w.importedFuncCount());
        System.arraycopy(imports.tables(), 0, inst.tables, 0, w.importedTableCount());
        System.arraycopy(imports.memories(), 0, inst.memories, 0, w.importedMemoryCount());
        System.arraycopy(imports.globals(), 0, inst.globals, 0, w.importedGlobalCount());
        System.arraycopy(imports.tags(), 0, inst.tags, 0, w.importedTagCount());
        for (int f = 0; f < w.importedFuncCount(); f++) {
            inst.importHandles[f] = inst.functions[f].handle();
        }
        for (int f = w.importedFuncCount(); f < w.funcCount(); f++) {
            inst.functions[f] = new BcFunction(inst, f, types[w.funcTypeIndex(f)]);
        }
        for (int t = w.importedTagCount(); t < w.tagCount(); t++) {
            inst.tags[t] = new WasmTag(types[w.tagType(t).typeIndex()]);
        }
        for (int m = w.importedMemoryCount(); m < w.memoryCount(); m++) {
            inst.memories[m] = context.memoryCreator().create(w.memoryType(m));
        }
        inst.memory0 = inst.memories.length > 0 ? inst.memories[0] : null;
        for (int g = w.importedGlobalCount(); g < w.globalCount(); g++) {
            GlobalType gt = w.globalType(g);
            GlobalType canonical = new GlobalType(TypeRegistry.canonicalize(gt.valType(), types), gt.mutable());
            inst.globals[g] = new WasmGlobal(canonical, ConstEval.eval(inst, w.globalInit(g)));
        }
        for (int t = w.importedTableCount(); t < w.tableCount(); t++) {
            TableType tt = w.tableType(t);
            TableType canonical =
                    new TableType(tt.addressType(), tt.limits(), TypeRegistry.canonicalize(tt.elementType(), types));
            Object init = w.tableInit(t) == null ? null : ConstEval.eval(inst, w.tableInit(t));
            inst.tables[t] = new WasmTable(canonical, init);
        }
        List<ElementSegment> elems = w.elements();
        for (int i = 0; i < elems.size(); i++) {
            ElementSegment e = elems.get(i);
            Object[] items = new Object[e.size()];
            for (int k = 0; k < items.length; k++) {
                items[k] = e.hasFuncIndices()
                        ? inst.functions[e.funcIndex(k)]
                        : ConstEval.eval(inst, e.initExprs().get(k));
            }
            inst.elems[i] = items;
        }
        for (int i = 0; i < inst.datas.length; i++) {
            inst.datas[i] = w.dataBytes(i);
        }
        for (int i = 0; i < elems.size(); i++) {
            ElementSegment e = elems.get(i);
            if (e.mode() == SegmentMode.ACTIVE) {
                long offset = toLong(ConstEval.eval(inst, e.offset()));
                inst.tables[e.tableIndex()].init(offset, inst.elems[i], 0, inst.elems[i].length);
            }
            if (e.mode() != SegmentMode.PASSIVE) {
                inst.elems[i] = BcInstance.DROPPED_ELEM;
            }
        }
        List<DataSegment> datas = w.datas();
        for (int i = 0; i < datas.size(); i++) {
            DataSegment d = datas.get(i);
            if (d.mode() == SegmentMode.ACTIVE) {
                long offset = toLong(ConstEval.eval(inst, d.offset()));
                if (w.memoryType(d.memoryIndex()).addressType() == AddressType.I32) {
                    offset &= 0xFFFF_FFFFL;
                }
                copyData(inst.memories[d.memoryIndex()], offset, inst.datas[i]);
                inst.datas[i] = BcInstance.DROPPED_DATA;
            }
        }
        return inst;
    }

    private static void copyData(LinearMemory memory, long offset, byte[] data) {
        long size = memory.byteSize();
        if (offset < 0 || offset > size || data.length > size - offset) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
        MemorySegment.copy(data, 0, memory.segment(), ValueLayout.JAVA_BYTE, offset, data.length);
    }

    private static long toLong(Object v) {
        return v instanceof Integer i ? i & 0xFFFF_FFFFL : (Long) v;
    }
}
