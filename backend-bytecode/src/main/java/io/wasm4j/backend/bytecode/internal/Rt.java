package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.NameSection;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.FrameInfo;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmBacktrace;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmTable;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Runtime support that generated code calls with {@code invokestatic}: the operations that touch
 * tables, segments and memories as a whole, indirect calls, traps and the interruption hook. Per-access
 * memory loads and stores are emitted inline, never here (see ARCHITECTURE.md, "Linear memory").
 */
public final class Rt {
    private Rt() {}

    // ---- traps and interruption

    public static Trap trap(int code) {
        return new Trap(TrapCode.values()[code]);
    }

    /**
     * Called at an interruption check that found the instance's word set (see {@link Interrupts}): clears
     * it and traps (returns if another thread took the request first).
     */
    public static void interrupted(BcInstance inst) {
        if (inst.interrupt != 0 && inst.module.interrupts.take(inst)) {
            throw new Trap(TrapCode.INTERRUPT);
        }
    }

    /** Bootstrap of the interruption checks ({@code (BcInstance)Z}): the module's switch ({@link Interrupts}). */
    public static CallSite interruptSite(MethodHandles.Lookup caller, String name, MethodType type)
            throws IllegalAccessException {
        return MethodHandles.classData(caller, "_", BcModule.class).interrupts.site;
    }

    /** Turns JVM exceptions raised inside generated code into the traps they stand for. */
    static Throwable translate(Throwable t) {
        if (t instanceof IndexOutOfBoundsException) {
            return new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS, t);
        }
        if (t instanceof StackOverflowError) {
            return new Trap(TrapCode.STACK_EXHAUSTED, t);
        }
        return t;
    }

    /**
     * The handler every compiled function has around its whole body: translates {@code t} (see {@link
     * #translate}), appends this function's frame with the module offset of the instruction that threw (see
     * {@link CodeSites}) to its wasm backtrace and returns it to be rethrown. Runs only while an exception
     * unwinds, so the normal path costs nothing.
     */
    public static Throwable unwound(Throwable t, long offset, int funcIndex, BcInstance inst) {
        Throwable x = translate(t);
        NameSection names = inst.module.wasm.names();
        WasmBacktrace.of(x).add(new FrameInfo(names.moduleName(), funcIndex, names.functionName(funcIndex), offset));
        return x;
    }

    // ---- linking of calls between classes of one module

    /** Bootstrap of {@code invokedynamic} calls to a function defined in another class of the module. */
    public static CallSite linkCall(MethodHandles.Lookup caller, String name, MethodType type, int funcIndex)
            throws IllegalAccessException {
        BcModule module = MethodHandles.classData(caller, "_", BcModule.class);
        return new ConstantCallSite(module.staticHandle(funcIndex).asType(type));
    }

    // ---- calls

    /** Looks up a {@code call_indirect} target and checks its type; returns its typed handle. */
    public static MethodHandle indirect(long index, int table, int typeIndex, BcInstance inst) {
        WasmTable t = inst.tables[table];
        if (index < 0 || index >= t.size()) {
            throw new Trap(TrapCode.UNDEFINED_ELEMENT);
        }
        Object f = t.elements()[(int) index];
        if (f == null) {
            throw Trap.atIndex(TrapCode.UNINITIALIZED_ELEMENT, index);
        }
        WasmFunction fn = (WasmFunction) f;
        var expected = inst.types[typeIndex];
        if (fn.type() != expected && !fn.type().isSubtypeOf(expected)) {
            throw new Trap(TrapCode.INDIRECT_CALL_TYPE_MISMATCH);
        }
        return fn.handle();
    }

    /** Returns the typed handle of a {@code call_ref} target. */
    public static MethodHandle callRef(Object f) {
        if (f == null) {
            throw new Trap(TrapCode.NULL_FUNCTION_REFERENCE);
        }
        return ((WasmFunction) f).handle();
    }

    // ---- memory (operands first, in wasm order, then immediates, then the instance)

    /** Adds a memory64 offset to an address; an unsigned overflow gives an out-of-bounds address. */
    public static long ea64(long addr, long offset) {
        long ea = addr + offset;
        return Long.compareUnsigned(ea, addr) < 0 ? -1 : ea;
    }

    public static MemorySegment segment(int memory, BcInstance inst) {
        return inst.memories[memory].segment();
    }

    public static long memSize(int memory, BcInstance inst) {
        return inst.memories[memory].pages();
    }

    public static long memGrow(long delta, int memory, BcInstance inst) {
        return inst.memories[memory].grow(delta);
    }

    public static void memFill(long dst, int value, long n, int memory, BcInstance inst) {
        LinearMemory m = inst.memories[memory];
        checkRange(dst, n, m.byteSize());
        m.segment().asSlice(dst, n).fill((byte) value);
    }

    public static void memCopy(long dst, long src, long n, int dstMem, int srcMem, BcInstance inst) {
        LinearMemory d = inst.memories[dstMem];
        LinearMemory s = inst.memories[srcMem];
        checkRange(dst, n, d.byteSize());
        checkRange(src, n, s.byteSize());
        MemorySegment.copy(s.segment(), src, d.segment(), dst, n);
    }

    public static void memInit(long dst, int src, int n, int memory, int data, BcInstance inst) {
        LinearMemory m = inst.memories[memory];
        byte[] bytes = inst.datas[data];
        checkRange(dst, n & 0xFFFF_FFFFL, m.byteSize());
        checkRange(src & 0xFFFF_FFFFL, n & 0xFFFF_FFFFL, bytes.length);
        MemorySegment.copy(bytes, src, m.segment(), ValueLayout.JAVA_BYTE, dst, n);
    }

    public static void dataDrop(int data, BcInstance inst) {
        inst.datas[data] = BcInstance.DROPPED_DATA;
    }

    private static void checkRange(long start, long n, long size) {
        if (start < 0 || n < 0 || start > size || n > size - start) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
    }

    // ---- tables

    public static Object tableGet(long index, int table, BcInstance inst) {
        return inst.tables[table].get(index);
    }

    public static void tableSet(long index, Object value, int table, BcInstance inst) {
        inst.tables[table].set(index, value);
    }

    public static long tableSize(int table, BcInstance inst) {
        return inst.tables[table].size();
    }

    public static long tableGrow(Object init, long delta, int table, BcInstance inst) {
        return inst.tables[table].grow(delta, init);
    }

    public static void tableFill(long index, Object value, long n, int table, BcInstance inst) {
        inst.tables[table].fill(index, value, n);
    }

    public static void tableCopy(long dst, long src, long n, int dstTable, int srcTable, BcInstance inst) {
        WasmTable.copy(inst.tables[dstTable], dst, inst.tables[srcTable], src, n);
    }

    public static void tableInit(long dst, int src, int n, int table, int elem, BcInstance inst) {
        inst.tables[table].init(dst, inst.elems[elem], src & 0xFFFF_FFFFL, n & 0xFFFF_FFFFL);
    }

    public static void elemDrop(int elem, BcInstance inst) {
        inst.elems[elem] = BcInstance.DROPPED_ELEM;
    }

    // ---- references

    public static int isNull(Object ref) {
        return ref == null ? 1 : 0;
    }

    public static Object nonNull(Object ref) {
        if (ref == null) {
            throw new Trap(TrapCode.NULL_REFERENCE);
        }
        return ref;
    }

    // ---- exceptions

    public static ThrownException throwTag(Object[] payload, int tag, BcInstance inst) {
        return new ThrownException(new Exn(inst.tags[tag], payload));
    }

    public static ThrownException throwRef(Object exn) {
        if (exn == null) {
            throw new Trap(TrapCode.NULL_EXCEPTION_REFERENCE);
        }
        return new ThrownException((Exn) exn);
    }

    // ---- tail calls (trampoline)

    /** Records a pending tail call; the caller of the current function runs it. */
    public static void tailCall(Object[] args, WasmFunction target, BcInstance inst) {
        inst.tailTarget = target;
        inst.tailArgs = args;
    }

    /** Returns the function of a {@code return_call_indirect}, after the same checks as {@link #indirect}. */
    public static WasmFunction indirectFunction(long index, int table, int typeIndex, BcInstance inst) {
        indirect(index, table, typeIndex, inst);
        return (WasmFunction) inst.tables[table].elements()[(int) index];
    }

    public static WasmFunction refFunction(Object f) {
        if (f == null) {
            throw new Trap(TrapCode.NULL_FUNCTION_REFERENCE);
        }
        return (WasmFunction) f;
    }

    /**
     * Runs the pending tail calls of {@code inst} in a loop, so that a chain of tail calls takes constant
     * JVM stack; returns the last one's results boxed (null, the single value, or an Object[]).
     */
    public static Object runTail(BcInstance inst) {
        Object result = null;
        while (inst.tailTarget != null) {
            WasmFunction fn = inst.tailTarget;
            Object[] args = inst.tailArgs;
            inst.tailTarget = null;
            inst.tailArgs = null;
            if (fn instanceof BcFunction bf && bf.instance() == inst) {
                result = bf.invokeDirect(args);
            } else {
                Object[] r = fn.invoke(inst, args);
                result = r.length == 0 ? null : fn.signature().results().size() == 1 ? r[0] : r;
            }
        }
        return result;
    }

    /** The typed boundary's check after a call: runs pending tail calls and returns their result. */
    public static Object afterCall(Object raw, BcInstance inst) {
        return inst.tailTarget == null ? raw : runTail(inst);
    }

    public static void afterVoidCall(BcInstance inst) {
        if (inst.tailTarget != null) {
            runTail(inst);
        }
    }
}
