package io.wasm4j.core.internal.validate;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.CodeReader;
import java.util.Arrays;

/**
 * The state of the spec's validation algorithm for one expression: the operand stack of packed types
 * ({@link Types}), the control stack, and local initialisation: the operations the instruction families
 * ({@link ControlRules}, {@link MemoryRules}, {@link RefRules}, {@link AggregateRules}) share. {@link
 * Dispatch} runs the loop.
 */
final class FuncValidator {

    static final int K_FUNC = 0;
    static final int K_BLOCK = 1;
    static final int K_LOOP = 2;
    static final int K_IF = 3;
    static final int K_ELSE = 4;
    static final int K_TRY_TABLE = 5;
    static final int K_TRY = 6;
    static final int K_CATCH = 7;
    static final int K_CATCH_ALL = 8;

    /** Block type encoding: no types. Single value types are {@code -(2 + packed)}; type indices are {@code >= 0}. */
    static final int SEQ_EMPTY = -1;

    final ModuleEnv env;
    final TypeEnv types;
    final CodeReader r;
    final SideTableBuilder side;
    final boolean constExpr;
    final int visibleGlobals;
    final int typeIndex;

    // locals
    final int[] locals;
    final boolean[] localInit;
    int[] initStack = new int[8];
    int initSize;

    // operand stack
    int[] vals = new int[32];
    int valsSize;
    int maxVals;

    // control stack
    int[] ctrlKind = new int[16];
    int[] ctrlIn = new int[16];
    int[] ctrlOut = new int[16];
    int[] ctrlHeight = new int[16];
    int[] ctrlInit = new int[16];
    int[] ctrlBlock = new int[16];
    boolean[] ctrlUnreachable = new boolean[16];
    int ctrlSize;

    int[] scratch = new int[16];

    /** The {@link io.wasm4j.core.code.CodeFeature} bits of the instructions seen so far. */
    int features;

    /** Offset of the instruction being validated, for error messages. */
    int at;

    FuncValidator(
            ModuleEnv env,
            CodeReader r,
            int typeIndex,
            int[] locals,
            int paramCount,
            boolean buildSide,
            boolean constExpr,
            int visibleGlobals) {
        this.env = env;
        this.types = new TypeEnv(env);
        this.r = r;
        this.typeIndex = typeIndex;
        this.locals = locals;
        this.localInit = new boolean[locals.length];
        for (int i = 0; i < locals.length; i++) {
            localInit[i] = i < paramCount || Types.isDefaultable(locals[i]);
        }
        this.side = buildSide ? new SideTableBuilder() : null;
        this.constExpr = constExpr;
        this.visibleGlobals = visibleGlobals;
    }

    // ---- errors

    InvalidModuleException invalid(String reason) {
        return new InvalidModuleException(reason, at);
    }

    InvalidModuleException mismatch(int expected, int actual, boolean empty) {
        return invalid("type mismatch: instruction requires [" + Types.name(expected) + "] but stack has ["
                + (empty ? "" : Types.name(actual)) + "]");
    }

    // ---- operand stack

    void push(int t) {
        if (valsSize == vals.length) {
            vals = Arrays.copyOf(vals, valsSize * 2);
        }
        vals[valsSize++] = t;
        if (valsSize > maxVals) {
            maxVals = valsSize;
        }
    }

    /** Pops any value; {@link Types#BOT} in unreachable code. */
    int pop() {
        int top = ctrlSize - 1;
        if (valsSize == ctrlHeight[top]) {
            if (ctrlUnreachable[top]) {
                return Types.BOT;
            }
            throw invalid("type mismatch: instruction requires a value but stack is empty");
        }
        return vals[--valsSize];
    }

    /** Pops a value that must match {@code expected}; returns the actual type. */
    int pop(int expected) {
        int top = ctrlSize - 1;
        if (valsSize == ctrlHeight[top]) {
            if (ctrlUnreachable[top]) {
                return Types.BOT;
            }
            throw mismatch(expected, 0, true);
        }
        int actual = vals[--valsSize];
        if (actual != expected && !types.isSub(actual, expected)) {
            throw mismatch(expected, actual, false);
        }
        return actual;
    }

    /** Pops a reference (or the unknown type); numbers and vectors are a type mismatch. */
    int popRef() {
        int t = pop();
        if (t != Types.BOT && !Types.isRef(t)) {
            throw invalid("type mismatch: instruction requires a reference but stack has [" + Types.name(t) + "]");
        }
        return t;
    }

    void unreachable() {
        int top = ctrlSize - 1;
        valsSize = ctrlHeight[top];
        ctrlUnreachable[top] = true;
    }

    // ---- type sequences (block types, function types)

    FuncType funcType(int typeIdx) {
        return (FuncType) types.composite(typeIdx);
    }

    int seqCount(int enc, boolean results) {
        if (enc == SEQ_EMPTY) {
            return 0;
        }
        if (enc < 0) {
            return results ? 1 : 0;
        }
        FuncType ft = funcType(enc);
        return (results ? ft.results() : ft.params()).size();
    }

    int seqType(int enc, boolean results, int i) {
        if (enc < SEQ_EMPTY) {
            return -(enc + 2);
        }
        FuncType ft = funcType(enc);
        return Types.of((results ? ft.results() : ft.params()).get(i));
    }

    void popSeq(int enc, boolean results) {
        for (int i = seqCount(enc, results) - 1; i >= 0; i--) {
            pop(seqType(enc, results, i));
        }
    }

    void pushSeq(int enc, boolean results) {
        int n = seqCount(enc, results);
        for (int i = 0; i < n; i++) {
            push(seqType(enc, results, i));
        }
    }

    // ---- control stack

    void pushCtrl(int kind, int in, int out, int block) {
        if (ctrlSize == ctrlKind.length) {
            int n = ctrlSize * 2;
            ctrlKind = Arrays.copyOf(ctrlKind, n);
            ctrlIn = Arrays.copyOf(ctrlIn, n);
            ctrlOut = Arrays.copyOf(ctrlOut, n);
            ctrlHeight = Arrays.copyOf(ctrlHeight, n);
            ctrlInit = Arrays.copyOf(ctrlInit, n);
            ctrlBlock = Arrays.copyOf(ctrlBlock, n);
            ctrlUnreachable = Arrays.copyOf(ctrlUnreachable, n);
        }
        int i = ctrlSize++;
        ctrlKind[i] = kind;
        ctrlIn[i] = in;
        ctrlOut[i] = out;
        ctrlHeight[i] = valsSize;
        ctrlInit[i] = initSize;
        ctrlBlock[i] = block;
        ctrlUnreachable[i] = false;
        pushSeq(in, false);
    }

    /** Pops the innermost frame after checking that the stack holds exactly its results; returns its index. */
    int popCtrl() {
        int top = ctrlSize - 1;
        popSeq(ctrlOut[top], true);
        if (valsSize != ctrlHeight[top]) {
            StringBuilder sb = new StringBuilder("type mismatch: block requires [");
            int n = seqCount(ctrlOut[top], true);
            for (int i = 0; i < n; i++) {
                sb.append(i > 0 ? " " : "").append(Types.name(seqType(ctrlOut[top], true, i)));
            }
            sb.append("] but stack has [");
            for (int i = ctrlHeight[top]; i < valsSize; i++) {
                sb.append(i > ctrlHeight[top] ? " " : "").append(Types.name(vals[i]));
            }
            throw invalid(sb.append("]").toString());
        }
        while (initSize > ctrlInit[top]) {
            localInit[initStack[--initSize]] = false;
        }
        ctrlSize--;
        return top;
    }

    /** Returns the control frame index for relative label {@code label}. */
    int labelFrame(int label) {
        if (label < 0 || label >= ctrlSize) {
            throw invalid("unknown label " + Integer.toUnsignedString(label));
        }
        return ctrlSize - 1 - label;
    }

    int labelEnc(int frame) {
        return ctrlKind[frame] == K_LOOP ? ctrlIn[frame] : ctrlOut[frame];
    }

    boolean labelIsResults(int frame) {
        return ctrlKind[frame] != K_LOOP;
    }

    int labelCount(int frame) {
        return seqCount(labelEnc(frame), labelIsResults(frame));
    }

    int labelType(int frame, int i) {
        return seqType(labelEnc(frame), labelIsResults(frame), i);
    }

    void popLabel(int frame) {
        popSeq(labelEnc(frame), labelIsResults(frame));
    }

    void pushLabel(int frame) {
        pushSeq(labelEnc(frame), labelIsResults(frame));
    }

    /** Records a branch target in the side table for the branch instruction being validated. */
    void target(int frame) {
        if (side != null) {
            side.addTarget(ctrlBlock[frame], labelCount(frame), ctrlHeight[frame]);
        }
    }

    void beginBranch() {
        if (side != null) {
            side.beginBranch(at);
        }
    }

    // ---- locals

    void setLocalInit(int index) {
        if (!localInit[index]) {
            localInit[index] = true;
            if (initSize == initStack.length) {
                initStack = Arrays.copyOf(initStack, initSize * 2);
            }
            initStack[initSize++] = index;
        }
    }

    // ---- types from immediates

    /** Validates a value type read from the code and packs it. */
    int valType(ValType t) {
        if (t instanceof io.wasm4j.core.RefType rt) {
            return Types.ref(rt.nullable(), heap(rt.heapType()));
        }
        return Types.of(t);
    }

    /** Validates a heap type read from the code ({@code "unknown type"}) and packs it. */
    int heap(io.wasm4j.core.HeapType ht) {
        if (ht instanceof io.wasm4j.core.TypeIndex ti) {
            checkTypeIndex(ti.index());
        }
        return Types.heapOf(ht);
    }

    /** Reads and validates a heap type. */
    int readHeap() {
        return heap(r.readHeapType());
    }

    int checkTypeIndex(int typeIdx) {
        if (typeIdx < 0 || typeIdx >= env.typeCount()) {
            throw invalid("unknown type " + Integer.toUnsignedString(typeIdx));
        }
        return typeIdx;
    }

    int funcTypeIndex(int typeIdx) {
        checkTypeIndex(typeIdx);
        if (types.kind(typeIdx) != TypeEnv.KIND_FUNC) {
            throw invalid("type mismatch: type " + typeIdx + " is not a function type");
        }
        return typeIdx;
    }

    /** Reads and validates a block type, returning its sequence encoding. */
    int readBlockType() {
        int bt = r.readBlockType();
        if (bt == CodeReader.BLOCK_EMPTY) {
            return SEQ_EMPTY;
        }
        if (bt == CodeReader.BLOCK_VALUE) {
            return -(2 + valType(r.blockValType()));
        }
        return funcTypeIndex(bt);
    }

    static MalformedModuleException malformed(String reason, int offset) {
        return new MalformedModuleException(reason, offset);
    }
}
