package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.AddressType;
import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import io.wasm4j.core.WasmModule;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.FunctionCode;
import io.wasm4j.core.code.Opcode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Translates a validated function body (or constant expression) into pre-decoded code: an {@code int[]}
 * where each instruction is its {@link Op} code followed by its operands inline.
 *
 * <p>Operands: branch targets are code positions, with the operand stack height to unwind to and the
 * number of carried values ({@code pc, height, arity}); memory accesses carry {@code memidx << 1 |
 * is64} and the 64-bit offset as two ints (low first); 64-bit constants are two ints (low first); local
 * and global accesses are specialised by value kind (number, reference, v128). Blocks and loops emit
 * nothing; {@code if} is a conditional jump to its else branch, {@code else} a jump to the end; exception
 * handlers go to a side table of ranges ({@link FuncCode#handlers}).
 */
final class Translator {
    private static final int BLOCK = 0, LOOP = 1, IF = 2, TRY = 3, TRY_TABLE = 4;

    private static final class Ctl {
        int kind;
        int block;
        int ifSlot = -1;
        int startPc;
        int catchStartPc = -1;
        int exnSlot = -1;
        final List<int[]> handlers = new ArrayList<>();
    }

    private final InterpModule module;
    private final WasmModule wasm;
    final FunctionCode fc;
    final CodeReader rd;
    private final int base;
    private final int[] pcAt;
    final List<ValType> locals;
    final IntList code = new IntList();
    private final IntList fixups = new IntList();
    private final IntList pcs = new IntList();
    private final IntList offsets = new IntList();
    private final IntList handlers = new IntList();
    private final List<Ctl> ctl = new ArrayList<>();
    private int checkSlot = -1;
    private int loopCheckPc = -1;
    private int checkCount;
    int lastStart = -1;
    int prevStart = -1;
    /** The start of the instruction before {@link #prevStart}, or -1 (reset by every fusion). */
    int prev2Start = -1;

    int barrier;

    private Translator(InterpModule module, FunctionCode fc, int start, int end, List<ValType> locals) {
        this.module = module;
        this.wasm = module.wasm;
        this.fc = fc;
        this.rd = new CodeReader(wasm.bytes(), start, end);
        this.base = start;
        this.pcAt = new int[end - start + 1];
        this.locals = new ArrayList<>(locals);
    }

    static FuncCode translate(InterpModule module, int funcIndex, FunctionCode fc) {
        Translator t = new Translator(module, fc, fc.bodyStart(), fc.bodyEnd(), fc.locals());
        t.run();
        FuncType type = module.wasm.funcTypeOf(funcIndex);
        int blocks = fc.blockCount();
        int[] bo = new int[blocks];
        int[] be = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            bo[b] = fc.blockOffset(b);
            be[b] = fc.blockEnd(b);
        }
        return t.finish(funcIndex, type, fc.maxStackHeight(), bo, be);
    }

    static FuncCode translateConst(InterpModule module, ConstExpr e, ValType type) {
        Translator t = new Translator(module, null, e.start(), e.end(), List.of());
        t.run();
        return t.finish(-1, new FuncType(List.of(), List.of(type)), e.end() - e.start(), new int[0], new int[0]);
    }

    private FuncCode finish(int funcIndex, FuncType type, int maxStack, int[] blockOffset, int[] blockEnd) {
        int[] c = code.toArray();
        for (int i = 0; i < fixups.size; i++) {
            int slot = fixups.get(i);
            c[slot] = pcAt[c[slot] - base];
        }
        int[] hs = handlers.toArray();
        for (int i = 0; i < hs.length; i += FuncCode.HANDLER_STRIDE) {
            hs[i + FuncCode.H_TARGET] = pcAt[hs[i + FuncCode.H_TARGET] - base];
        }
        return new FuncCode(
                funcIndex,
                type,
                c,
                locals.size(),
                maxStack,
                locals.toArray(new ValType[0]),
                hs,
                pcs.toArray(),
                offsets.toArray(),
                blockOffset,
                blockEnd);
    }

    void emit(int v) {
        code.add(v);
    }

    void emitLong(long v) {
        code.add((int) v);
        code.add((int) (v >>> 32));
    }

    /** Emits a code position to be resolved from byte offset {@code target}. */
    private void emitTarget(int target) {
        fixups.add(code.size);
        code.add(target);
    }

    void emitBranchTarget(int t) {
        emitTarget(fc.targetPc(t));
        emit(fc.targetHeight(t));
        emit(fc.targetArity(t));
    }

    static int kind(ValType t) {
        return t instanceof RefType ? 1 : t == VecType.V128 ? 2 : 0;
    }

    private static int heapCode(HeapType ht) {
        return switch (ht) {
            case TypeIndex(int index) -> index;
            case AbsHeapType a -> -1 - a.ordinal();
        };
    }

    int memFlags(int mem) {
        return mem << 1 | (wasm.memoryType(mem).addressType() == AddressType.I64 ? 1 : 0);
    }

    private int tableFlags(int table) {
        return table << 1 | (wasm.tableType(table).addressType() == AddressType.I64 ? 1 : 0);
    }

    /** Emits an epoch/fuel check when the module asks for them; its fuel is the instructions until the next one. */
    private void check() {
        if (module.checks == 0 || fc == null) {
            return;
        }
        closeCheck();
        emit(Op.CHECK);
        emit(module.checks);
        checkSlot = code.size;
        emit(0);
        checkCount = 0;
        barrier = code.size;
    }

    private void closeCheck() {
        if (checkSlot >= 0) {
            code.set(checkSlot, Math.max(1, checkCount));
        }
    }

    private void run() {
        check();
        int end = rd.limit();
        while (rd.position() < end) {
            int off = rd.position();
            pcAt[off - base] = loopCheckPc >= 0 ? loopCheckPc : code.size;
            loopCheckPc = -1;
            // a fusion may have shrunk the code below positions recorded for the instructions it absorbed:
            // clamp them so that the table stays sorted (the last entry at a position wins)
            for (int i = pcs.size - 1; i >= 0 && pcs.get(i) > code.size; i--) {
                pcs.set(i, code.size);
            }
            pcs.add(code.size);
            offsets.add(off);
            Opcode op = rd.readOpcode();
            checkCount++;
            int before = code.size;
            if (!Fusion.fuse(this, op, off)) {
                instruction(op, off);
                if (code.size > before) {
                    prev2Start = prevStart;
                    prevStart = lastStart;
                    lastStart = before;
                }
            } else {
                prev2Start = -1;
            }
            switch (op) {
                case BLOCK, LOOP, IF, ELSE, END, TRY, CATCH, CATCH_ALL, DELEGATE, TRY_TABLE -> barrier = code.size;
                default -> {}
            }
        }
        closeCheck();
        pcAt[end - base] = code.size;
        // a branch to the function's label lands on the final return
        if (code.size > 0) {
            pcAt[end - base] = code.size - 1;
        }
    }

    private Ctl push(int kind, int off) {
        Ctl c = new Ctl();
        c.kind = kind;
        c.block = fc.blockAt(off);
        c.startPc = code.size;
        ctl.add(c);
        return c;
    }

    private void instruction(Opcode op, int off) {
        switch (op) {
            case BLOCK -> {
                rd.readBlockType();
                push(BLOCK, off);
            }
            case LOOP -> {
                rd.readBlockType();
                push(LOOP, off);
                if (module.checks != 0) {
                    // branches back to the loop land on its check
                    int at = code.size;
                    check();
                    loopCheckPc = at;
                }
            }
            case IF -> {
                rd.readBlockType();
                emit(Op.IF);
                Ctl c = push(IF, off);
                c.ifSlot = code.size;
                emit(0);
                c.startPc = code.size;
            }
            case ELSE -> {
                Ctl c = ctl.getLast();
                emit(Op.JUMP);
                emitTarget(fc.blockEnd(c.block) + 1);
                code.set(c.ifSlot, code.size);
                c.ifSlot = -1;
            }
            case END -> end();
            case TRY -> {
                rd.readBlockType();
                Ctl c = push(TRY, off);
                c.exnSlot = locals.size();
                locals.add(RefType.EXNREF);
            }
            case CATCH, CATCH_ALL -> {
                int tag = op == Opcode.CATCH ? rd.readU32() : -1;
                Ctl c = ctl.getLast();
                if (c.catchStartPc < 0) {
                    c.catchStartPc = code.size;
                }
                emit(Op.JUMP);
                emitTarget(fc.blockEnd(c.block) + 1);
                int kind = op == Opcode.CATCH ? FuncCode.K_LEGACY_CATCH : FuncCode.K_LEGACY_CATCH_ALL;
                c.handlers.add(new int[] {kind, tag, rd.position(), fc.blockHeight(c.block), c.exnSlot});
            }
            case DELEGATE -> {
                int label = rd.readU32();
                Ctl c = ctl.removeLast();
                int target = label < ctl.size() ? ctl.get(ctl.size() - 1 - label).block : -1;
                addHandler(c.startPc, code.size, FuncCode.K_DELEGATE, -1, rd.position(), 0, target, c.block);
            }
            case TRY_TABLE -> tryTable(off);
            case THROW -> {
                emit(Op.THROW);
                emit(rd.readU32());
            }
            case THROW_REF -> emit(Op.THROW_REF);
            case RETHROW -> {
                int label = rd.readU32();
                emit(Op.RETHROW);
                emit(ctl.get(ctl.size() - 1 - label).exnSlot);
            }
            case BR, BR_IF, BR_ON_NULL, BR_ON_NON_NULL -> {
                rd.readU32();
                int t = fc.branchFirstTarget(fc.branchAt(off));
                if (op == Opcode.BR && fc.targetBlock(t) == -1) {
                    emit(Op.RETURN);
                } else {
                    emit(Op.of(op));
                    emitBranchTarget(t);
                }
            }
            case BR_TABLE -> {
                int n = rd.readU32();
                for (int i = 0; i <= n; i++) {
                    rd.readU32();
                }
                int first = fc.branchFirstTarget(fc.branchAt(off));
                emit(Op.BR_TABLE);
                emit(n);
                for (int i = 0; i <= n; i++) {
                    emitBranchTarget(first + i);
                }
            }
            case BR_ON_CAST, BR_ON_CAST_FAIL -> {
                int flags = rd.readByte();
                rd.readU32();
                rd.readHeapType();
                HeapType target = rd.readHeapType();
                int t = fc.branchFirstTarget(fc.branchAt(off));
                emit(Op.of(op));
                emitBranchTarget(t);
                emit(heapCode(target));
                emit((flags >> 1) & 1);
            }
            case RETURN -> emit(Op.RETURN);
            case CALL_REF, RETURN_CALL_REF -> {
                rd.readU32();
                emit(Op.of(op));
            }
            case LOCAL_GET, LOCAL_SET, LOCAL_TEE -> {
                int idx = rd.readU32();
                int k = kind(locals.get(idx));
                int base = op == Opcode.LOCAL_GET ? 0 : op == Opcode.LOCAL_SET ? 1 : 2;
                emit(k == 0 ? Op.of(op) : (k == 1 ? Op.LOCAL_GET_REF : Op.LOCAL_GET_V) + base);
                emit(idx);
            }
            case GLOBAL_GET, GLOBAL_SET -> {
                int idx = rd.readU32();
                int k = kind(wasm.globalType(idx).valType());
                boolean get = op == Opcode.GLOBAL_GET;
                emit(
                        k == 0
                                ? Op.of(op)
                                : k == 1
                                        ? (get ? Op.GLOBAL_GET_REF : Op.GLOBAL_SET_REF)
                                        : (get ? Op.GLOBAL_GET_V : Op.GLOBAL_SET_V));
                emit(idx);
            }
            case SELECT_T -> {
                int n = rd.readU32();
                for (int i = 0; i < n; i++) {
                    rd.readValType();
                }
                emit(Op.SELECT);
            }
            case CALL_INDIRECT, RETURN_CALL_INDIRECT -> {
                int type = rd.readU32();
                int table = rd.readU32();
                emit(Op.of(op));
                emit(type);
                emit(tableFlags(table));
            }
            case TABLE_GET, TABLE_SET, TABLE_SIZE, TABLE_GROW, TABLE_FILL -> {
                emit(Op.of(op));
                emit(tableFlags(rd.readU32()));
            }
            case TABLE_COPY -> {
                emit(Op.of(op));
                emit(tableFlags(rd.readU32()));
                emit(tableFlags(rd.readU32()));
            }
            case TABLE_INIT -> {
                emit(Op.of(op));
                emit(rd.readU32());
                emit(tableFlags(rd.readU32()));
            }
            case MEMORY_SIZE, MEMORY_GROW, MEMORY_FILL -> {
                emit(Op.of(op));
                emit(memFlags(rd.readU32()));
            }
            case MEMORY_COPY -> {
                emit(Op.of(op));
                emit(memFlags(rd.readU32()));
                emit(memFlags(rd.readU32()));
            }
            case MEMORY_INIT -> {
                emit(Op.of(op));
                emit(rd.readU32());
                emit(memFlags(rd.readU32()));
            }
            case STRUCT_GET, STRUCT_GET_S, STRUCT_GET_U, STRUCT_SET -> {
                int type = rd.readU32();
                int field = rd.readU32();
                GcLayout layout = module.layouts[type];
                emit(Op.of(op));
                emit(layout.kinds()[field]);
                emit(layout.slots()[field]);
            }
            case I32_LOAD,
                    I64_LOAD,
                    F32_LOAD,
                    F64_LOAD,
                    I32_LOAD8_S,
                    I32_LOAD8_U,
                    I32_LOAD16_S,
                    I32_LOAD16_U,
                    I64_LOAD8_S,
                    I64_LOAD8_U,
                    I64_LOAD16_S,
                    I64_LOAD16_U,
                    I64_LOAD32_S,
                    I64_LOAD32_U,
                    I32_STORE,
                    I64_STORE,
                    F32_STORE,
                    F64_STORE,
                    I32_STORE8,
                    I32_STORE16,
                    I64_STORE8,
                    I64_STORE16,
                    I64_STORE32 -> {
                rd.readMemarg();
                if (isFastMemarg()) {
                    emit(Peephole.fastMemory(op));
                    emit((int) rd.memargOffset());
                } else {
                    emit(Op.of(op));
                    emit(memFlags(rd.memargMemory()));
                    emitLong(rd.memargOffset());
                }
            }
            case ATOMIC_FENCE -> {
                rd.readZeroByte();
                emit(Op.NOP);
            }
            default -> generic(op);
        }
    }

    private void generic(Opcode op) {
        emit(Op.of(op));
        switch (op.immediates()) {
            case NONE -> {}
            case FUNC, TYPE, TAG, DATA, ELEM, LABEL, LOCAL, GLOBAL, TABLE, MEMORY -> emit(rd.readU32());
            case ARRAY_COPY, ARRAY_NEW_FIXED, ARRAY_DATA, ARRAY_ELEM -> {
                emit(rd.readU32());
                emit(rd.readU32());
            }
            case MEMARG -> memarg();
            case MEMARG_LANE -> {
                memarg();
                emit(rd.readByte());
            }
            case I32 -> emit(rd.readS32());
            case I64 -> emitLong(rd.readS64());
            case F32 -> emit(rd.readFixed32());
            case F64 -> emitLong(rd.readFixed64());
            case V128, SHUFFLE -> {
                emitLong(rd.readFixed64());
                emitLong(rd.readFixed64());
            }
            case LANE -> emit(rd.readByte());
            case HEAP_TYPE, CAST_HEAP_TYPE -> emit(heapCode(rd.readHeapType()));
            default -> throw new IllegalStateException("unexpected immediates for " + op);
        }
    }

    /**
     * Records the instruction at byte offset {@code off}, which a fusion read ahead of the main loop, as
     * starting at {@code pc}.
     */
    void absorbed(int off, int pc) {
        pcAt[off - base] = pc;
        pcs.add(pc);
        offsets.add(off);
        checkCount++;
    }

    /** Moves the pc recorded for the instruction {@code back} instructions before the current one. */
    void movePc(int back, int pc) {
        pcs.set(pcs.size - 1 - back, pc);
    }

    /** Whether the memarg just read addresses memory 0 with 32-bit addresses (the fast loads and stores). */
    boolean isFastMemarg() {
        return rd.memargMemory() == 0
                && wasm.memoryType(0).addressType() == AddressType.I32
                && rd.memargOffset() >>> 32 == 0;
    }

    private void memarg() {
        rd.readMemarg();
        emit(memFlags(rd.memargMemory()));
        emitLong(rd.memargOffset());
    }

    private void tryTable(int off) {
        rd.readBlockType();
        int n = rd.readU32();
        int first = fc.branchFirstTarget(fc.branchAt(off));
        Ctl c = push(TRY_TABLE, off);
        for (int i = 0; i < n; i++) {
            int kind = rd.readByte();
            int tag = kind < 2 ? rd.readU32() : -1;
            rd.readU32();
            int t = first + i;
            c.handlers.add(new int[] {kind, tag, fc.targetPc(t), fc.targetHeight(t), fc.targetArity(t)});
        }
    }

    private void end() {
        if (ctl.isEmpty()) {
            emit(Op.RETURN);
            return;
        }
        Ctl c = ctl.removeLast();
        switch (c.kind) {
            case IF -> {
                if (c.ifSlot >= 0) {
                    code.set(c.ifSlot, code.size);
                }
            }
            case TRY_TABLE -> {
                for (int[] h : c.handlers) {
                    addHandler(c.startPc, code.size, h[0], h[1], h[2], h[3], h[4], c.block);
                }
            }
            case TRY -> {
                int rangeEnd = c.catchStartPc < 0 ? code.size : c.catchStartPc;
                for (int[] h : c.handlers) {
                    addHandler(c.startPc, rangeEnd, h[0], h[1], h[2], h[3], h[4], c.block);
                }
            }
            default -> {}
        }
    }

    private void addHandler(int start, int end, int kind, int tag, int target, int height, int aux, int owner) {
        handlers.add(start);
        handlers.add(end);
        handlers.add(kind);
        handlers.add(tag);
        handlers.add(target);
        handlers.add(height);
        handlers.add(aux);
        handlers.add(owner);
    }

    @Override
    public String toString() {
        return "Translator" + Arrays.toString(code.toArray());
    }
}
