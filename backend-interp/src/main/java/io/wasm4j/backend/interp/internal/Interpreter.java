package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.Exn;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmBacktrace;
import io.wasm4j.spi.WasmFunction;
import java.lang.foreign.MemorySegment;

/**
 * The interpreter loop. {@link #execute} runs a function: control flow, calls, numeric locals and
 * globals, the hottest integer, {@code f64} and memory instructions and the translator's fused
 * instructions ({@link Fused}) are handled in its switch; every other family is a static handler that
 * returns the new {@code pc} and {@code sp} packed in a long ({@link Dispatch}). The method must stay
 * below HotSpot's 8000-byte limit for JIT compilation (see ADR 0020).
 *
 * <p>Calls to interpreted functions do not recurse in Java: the caller is saved on the {@link Machine}'s
 * frame stack (counted against the depth limit) and the callee runs in the same activation; tail calls
 * replace the frame in place.
 */
final class Interpreter {
    private Interpreter() {}

    static final long MASK32 = 0xFFFF_FFFFL;

    /** Code that returns the values on top of the stack: where a tail call to a host function continues. */
    private static final int[] RETURN_ONLY = {Op.RETURN};

    /** Evaluates a translated constant expression and returns its boxed value. */
    static Object evalConst(Instance inst, FuncCode fc) {
        Machine m = Machine.current();
        int base = m.top;
        int savedDepth = m.depth;
        int savedFrames = m.frames;
        try {
            m.ensure(base + fc.frameSize);
            execute(m, inst, fc, base);
            return Values.box(fc.type.results().getFirst(), m.s, m.h, m.r, base);
        } finally {
            m.top = base;
            m.depth = savedDepth;
            m.frames = savedFrames;
        }
    }

    /**
     * Runs {@code fc} with its frame at {@code fp}: the arguments are in slots {@code fp ..}, and the
     * results are left there.
     */
    @SuppressWarnings("fallthrough")
    static void execute(Machine m, Instance inst, FuncCode fc, int fp) {
        if (++m.depth > inst.module.maxDepth) {
            m.depth--;
            throw new Trap(TrapCode.STACK_EXHAUSTED);
        }
        m.ensure(fp + fc.frameSize);
        long[] s = m.s;
        long[] h = m.h;
        Object[] r = m.r;
        Frames.clearLocals(s, h, r, fp + fc.numParams, fp + fc.numLocals);
        int[] code = fc.code;
        int ob = fp + fc.numLocals;
        int sp = ob;
        int pc = 0;
        MemorySegment mem = inst.mem0();
        int entryFrames = m.frames;
        for (; ; ) {
            try {
                for (; ; ) {
                    int op = code[pc++];
                    switch (op) {
                        case Op.UNREACHABLE -> throw new Trap(TrapCode.UNREACHABLE);
                        case Op.NOP -> {}
                        case Op.IF -> pc = (int) s[--sp] == 0 ? code[pc] : pc + 1;
                        case Op.JUMP -> pc = code[pc];
                        case Op.BR -> {
                            int n = code[pc + 2];
                            sp = n == 0 ? ob + code[pc + 1] : Frames.unwind(s, h, r, sp, ob + code[pc + 1], n);
                            pc = code[pc];
                        }
                        case Op.BR_IF -> {
                            if ((int) s[--sp] != 0) {
                                int n = code[pc + 2];
                                sp = n == 0 ? ob + code[pc + 1] : Frames.unwind(s, h, r, sp, ob + code[pc + 1], n);
                                pc = code[pc];
                            } else {
                                pc += 3;
                            }
                        }
                        // fused compare + br_if: the translator emits them only for branches that carry no values
                        case Op.BR_IF_I32_EQZ -> {
                            if ((int) s[--sp] == 0) {
                                sp = ob + code[pc + 1];
                                pc = code[pc];
                            } else {
                                pc += 3;
                            }
                        }
                        case Op.BR_IF_I32_NE -> {
                            if ((int) s[sp - 2] != (int) s[sp - 1]) {
                                sp = ob + code[pc + 1];
                                pc = code[pc];
                            } else {
                                sp -= 2;
                                pc += 3;
                            }
                        }
                        case Op.BR_IF_I32_GT_S -> {
                            if ((int) s[sp - 2] > (int) s[sp - 1]) {
                                sp = ob + code[pc + 1];
                                pc = code[pc];
                            } else {
                                sp -= 2;
                                pc += 3;
                            }
                        }
                        case Op.BR_IF_I32_GE_S -> {
                            if ((int) s[sp - 2] >= (int) s[sp - 1]) {
                                sp = ob + code[pc + 1];
                                pc = code[pc];
                            } else {
                                sp -= 2;
                                pc += 3;
                            }
                        }
                        // the rarer compares (clang prefers lt/gt with an adjusted constant)
                        case Op.BR_IF_I32_EQ,
                                Op.BR_IF_I32_LT_S,
                                Op.BR_IF_I32_LT_U,
                                Op.BR_IF_I32_GT_U,
                                Op.BR_IF_I32_LE_S,
                                Op.BR_IF_I32_LE_U,
                                Op.BR_IF_I32_GE_U -> {
                            sp -= 2;
                            if (Branches.i32(op - Op.BR_IF_I32_EQ + Op.I32_EQ, (int) s[sp], (int) s[sp + 1])) {
                                sp = ob + code[pc + 1];
                                pc = code[pc];
                            } else {
                                pc += 3;
                            }
                        }
                        // compares with a constant: the value lies in the interval [lo, lo + span] (see Branches)
                        case Fused.BR_IF_I32_IN -> {
                            if ((int) s[--sp] - code[pc] + Integer.MIN_VALUE <= code[pc + 1] + Integer.MIN_VALUE) {
                                sp = ob + code[pc + 3];
                                pc = code[pc + 2];
                            } else {
                                pc += 5;
                            }
                        }
                        case Fused.BR_IF_I64_IN -> {
                            long d = s[--sp] - ((code[pc] & MASK32) | ((long) code[pc + 1] << 32));
                            if (d + Long.MIN_VALUE
                                    <= ((code[pc + 2] & MASK32) | ((long) code[pc + 3] << 32)) + Long.MIN_VALUE) {
                                sp = ob + code[pc + 5];
                                pc = code[pc + 4];
                            } else {
                                pc += 7;
                            }
                        }
                        // a local incremented, then compared: the sum is written first
                        case Fused.LOCAL_ADD_C_BR_IF_IN -> {
                            int l = fp + code[pc];
                            int v = (int) s[l] + code[pc + 1];
                            s[l] = v;
                            if (v - code[pc + 2] + Integer.MIN_VALUE <= code[pc + 3] + Integer.MIN_VALUE) {
                                sp = ob + code[pc + 5];
                                pc = code[pc + 4];
                            } else {
                                pc += 7;
                            }
                        }
                        case Fused.I64_ADD_LL_BR_IF_IN -> {
                            long d = (s[fp + code[pc + 2]] = s[fp + code[pc]] + s[fp + code[pc + 1]])
                                    - ((code[pc + 3] & MASK32) | ((long) code[pc + 4] << 32));
                            if (d + Long.MIN_VALUE
                                    <= ((code[pc + 5] & MASK32) | ((long) code[pc + 6] << 32)) + Long.MIN_VALUE) {
                                sp = ob + code[pc + 8];
                                pc = code[pc + 7];
                            } else {
                                pc += 10;
                            }
                        }
                        case Fused.BR_IF_I32_LL -> {
                            if (Branches.i32(code[pc], (int) s[fp + code[pc + 1]], (int) s[fp + code[pc + 2]])) {
                                sp = ob + code[pc + 4];
                                pc = code[pc + 3];
                            } else {
                                pc += 6;
                            }
                        }
                        case Fused.BR_IF_I32_L -> {
                            if (Branches.i32(code[pc], (int) s[--sp], (int) s[fp + code[pc + 1]])) {
                                sp = ob + code[pc + 3];
                                pc = code[pc + 2];
                            } else {
                                pc += 5;
                            }
                        }
                        case Op.CHECK -> {
                            if ((code[pc] & 1) != 0) {
                                inst.store.checkEpoch();
                            }
                            if ((code[pc] & 2) != 0) {
                                inst.store.consumeFuel(code[pc + 1]);
                            }
                            pc += 2;
                        }
                        case Op.BR_TABLE -> {
                            int n = code[pc];
                            int i = (int) s[--sp];
                            int at = pc + 1 + 3 * (i < 0 || i >= n ? n : i);
                            sp = Frames.unwind(s, h, r, sp, ob + code[at + 1], code[at + 2]);
                            pc = code[at];
                        }
                        case Op.BR_ON_NULL, Op.BR_ON_NON_NULL, Op.BR_ON_CAST, Op.BR_ON_CAST_FAIL -> {
                            long ps = RefOps.branch(op, code, pc, s, h, r, sp, ob, inst);
                            pc = (int) (ps >>> 32);
                            sp = (int) ps;
                        }
                        case Op.RETURN -> {
                            int n = fc.numResults;
                            Frames.returnValues(s, h, r, sp, fp, n);
                            m.depth--;
                            if (m.frames == entryFrames) {
                                return;
                            }
                            int i = --m.frames;
                            sp = fp + n;
                            pc = m.framePc[i];
                            fp = m.frameFp[i];
                            fc = m.frameCode[i];
                            inst = m.frameInst[i];
                            m.frameCode[i] = null;
                            m.frameInst[i] = null;
                            code = fc.code;
                            ob = fp + fc.numLocals;
                            mem = inst.mem0();
                        }
                        case Op.CALL,
                                Op.CALL_INDIRECT,
                                Op.CALL_REF,
                                Op.RETURN_CALL,
                                Op.RETURN_CALL_INDIRECT,
                                Op.RETURN_CALL_REF -> {
                            WasmFunction f;
                            if (op == Op.CALL || op == Op.RETURN_CALL) {
                                f = inst.functions[code[pc++]];
                            } else if (op == Op.CALL_INDIRECT || op == Op.RETURN_CALL_INDIRECT) {
                                int type = code[pc++];
                                int tf = code[pc++];
                                f = Calls.indirect(inst, tf, (tf & 1) == 0 ? s[--sp] & MASK32 : s[--sp], type);
                            } else {
                                f = Calls.nonNull(r[--sp]);
                            }
                            boolean tail =
                                    op == Op.RETURN_CALL || op == Op.RETURN_CALL_INDIRECT || op == Op.RETURN_CALL_REF;
                            if (f instanceof InterpFunction callee) {
                                FuncCode cc = callee.code();
                                if (tail) {
                                    Values.move(s, h, r, sp - cc.numParams, fp, cc.numParams);
                                } else {
                                    if (++m.depth > inst.module.maxDepth) {
                                        m.depth--;
                                        throw new Trap(TrapCode.STACK_EXHAUSTED);
                                    }
                                    m.push(pc, fp, fc, inst);
                                    fp = sp - cc.numParams;
                                }
                                fc = cc;
                                inst = callee.instance;
                                code = cc.code;
                                m.ensure(fp + cc.frameSize);
                                s = m.s;
                                h = m.h;
                                r = m.r;
                                Frames.clearLocals(s, h, r, fp + cc.numParams, fp + cc.numLocals);
                                ob = fp + cc.numLocals;
                                sp = ob;
                                pc = 0;
                            } else {
                                sp = Calls.host(m, inst, f, sp);
                                s = m.s;
                                h = m.h;
                                r = m.r;
                                if (tail) {
                                    // continue as the return of this frame
                                    code = RETURN_ONLY;
                                    pc = 0;
                                }
                            }
                            mem = inst.mem0();
                        }
                        case Op.DROP -> sp--;
                        case Op.SELECT -> {
                            sp -= 2;
                            if ((int) s[sp + 1] == 0) {
                                s[sp - 1] = s[sp];
                                h[sp - 1] = h[sp];
                                r[sp - 1] = r[sp];
                            }
                        }
                        case Op.LOCAL_GET -> s[sp++] = s[fp + code[pc++]];
                        case Op.LOCAL_SET -> s[fp + code[pc++]] = s[--sp];
                        case Op.LOCAL_TEE -> s[fp + code[pc++]] = s[sp - 1];
                        case Op.LOCAL_GET_REF -> r[sp++] = r[fp + code[pc++]];
                        case Op.LOCAL_SET_REF -> r[fp + code[pc++]] = r[--sp];
                        case Op.LOCAL_TEE_REF -> r[fp + code[pc++]] = r[sp - 1];
                        case Op.LOCAL_GET_V, Op.LOCAL_SET_V, Op.LOCAL_TEE_V ->
                            sp = Values.vecLocal(op, fp + code[pc++], s, h, sp);
                        case Op.LOCAL_GET2 -> {
                            s[sp] = s[fp + code[pc]];
                            s[sp + 1] = s[fp + code[pc + 1]];
                            sp += 2;
                            pc += 2;
                        }
                        case Fused.LOCAL_COPY -> {
                            s[fp + code[pc + 1]] = s[fp + code[pc]];
                            pc += 2;
                        }
                        case Fused.LOCAL_COPY2 -> {
                            s[fp + code[pc + 1]] = s[fp + code[pc]];
                            s[fp + code[pc + 3]] = s[fp + code[pc + 2]];
                            pc += 4;
                        }
                        case Fused.LOCAL_COPYN -> {
                            int e = pc + 1 + 2 * code[pc];
                            for (pc++; pc < e; pc += 2) {
                                s[fp + code[pc + 1]] = s[fp + code[pc]];
                            }
                        }
                        case Fused.LOCAL_GET_TEE -> {
                            s[sp++] = s[fp + code[pc + 1]] = s[fp + code[pc]];
                            pc += 2;
                        }
                        case Fused.LOCAL_SET_C -> {
                            s[fp + code[pc + 1]] = code[pc];
                            pc += 2;
                        }
                        case Fused.XOR2_LOCAL_ROTL_C -> {
                            s[sp - 1] = (int) s[sp - 1]
                                    ^ Integer.rotateLeft((int) s[fp + code[pc]], code[pc + 1])
                                    ^ Integer.rotateLeft((int) s[fp + code[pc + 2]], code[pc + 3]);
                            pc += 4;
                        }
                        case Fused.XOR_LOCAL_ROTL_C -> {
                            s[sp - 1] = (int) s[sp - 1] ^ Integer.rotateLeft((int) s[fp + code[pc]], code[pc + 1]);
                            pc += 2;
                        }
                        case Op.LOCAL_GET_I32_ADD_CONST -> {
                            s[sp++] = (int) s[fp + code[pc]] + code[pc + 1];
                            pc += 2;
                        }
                        case Op.LOCAL_I32_ADD_CONST -> {
                            int l = fp + code[pc];
                            s[l] = (int) s[l] + code[pc + 1];
                            pc += 2;
                        }
                        case Fused.LOCAL_I32_ADD_CONST_TEE -> {
                            int l = fp + code[pc];
                            s[sp++] = s[l] = (int) s[l] + code[pc + 1];
                            pc += 2;
                        }
                        case Fused.LOCAL_ROTL_C -> {
                            s[sp++] = Integer.rotateLeft((int) s[fp + code[pc]], code[pc + 1]);
                            pc += 2;
                        }
                        case Fused.LOCAL_SHR_U_C -> {
                            s[sp++] = (int) s[fp + code[pc]] >>> code[pc + 1];
                            pc += 2;
                        }
                        case Fused.LOCAL_SHL_C -> {
                            s[sp++] = (int) s[fp + code[pc]] << code[pc + 1];
                            pc += 2;
                        }
                        case Fused.LOCAL_AND_C -> {
                            s[sp++] = (int) s[fp + code[pc]] & code[pc + 1];
                            pc += 2;
                        }
                        case Fused.LOCAL_ADD_C_SET -> {
                            s[fp + code[pc + 2]] = (int) s[fp + code[pc]] + code[pc + 1];
                            pc += 3;
                        }
                        case Fused.LOCAL_ADD_C_TEE -> {
                            s[sp++] = s[fp + code[pc + 2]] = (int) s[fp + code[pc]] + code[pc + 1];
                            pc += 3;
                        }
                        case Fused.I32_ADD_LL -> {
                            s[sp++] = (int) s[fp + code[pc]] + (int) s[fp + code[pc + 1]];
                            pc += 2;
                        }
                        case Fused.I32_SUB_LL -> {
                            s[sp++] = (int) s[fp + code[pc]] - (int) s[fp + code[pc + 1]];
                            pc += 2;
                        }
                        case Fused.I32_AND_LL -> {
                            s[sp++] = (int) s[fp + code[pc]] & (int) s[fp + code[pc + 1]];
                            pc += 2;
                        }
                        case Fused.I32_OR_LL -> {
                            s[sp++] = (int) s[fp + code[pc]] | (int) s[fp + code[pc + 1]];
                            pc += 2;
                        }
                        case Fused.I32_XOR_LL -> {
                            s[sp++] = (int) s[fp + code[pc]] ^ (int) s[fp + code[pc + 1]];
                            pc += 2;
                        }
                        case Fused.I32_MUL_LL -> {
                            s[sp++] = (int) s[fp + code[pc]] * (int) s[fp + code[pc + 1]];
                            pc += 2;
                        }
                        case Fused.I64_ADD_LL -> {
                            s[sp++] = s[fp + code[pc]] + s[fp + code[pc + 1]];
                            pc += 2;
                        }
                        case Fused.I32_ADD_LL_SET -> {
                            s[fp + code[pc + 2]] = (int) s[fp + code[pc]] + (int) s[fp + code[pc + 1]];
                            pc += 3;
                        }
                        case Fused.I32_ADD_LL_TEE -> {
                            s[sp++] = s[fp + code[pc + 2]] = (int) s[fp + code[pc]] + (int) s[fp + code[pc + 1]];
                            pc += 3;
                        }
                        case Fused.I64_ADD_LL_SET -> {
                            s[fp + code[pc + 2]] = s[fp + code[pc]] + s[fp + code[pc + 1]];
                            pc += 3;
                        }
                        case Fused.I64_ADD_LL_TEE -> {
                            s[sp++] = s[fp + code[pc + 2]] = s[fp + code[pc]] + s[fp + code[pc + 1]];
                            pc += 3;
                        }
                        case Fused.F64_MUL_LLL -> {
                            s[sp++] =
                                    f64(f64(s[fp + code[pc]]) * f64(s[fp + code[pc + 1]]) * f64(s[fp + code[pc + 2]]));
                            pc += 3;
                        }
                        case Fused.F64_ADD_LL -> {
                            s[sp++] = f64(f64(s[fp + code[pc]]) + f64(s[fp + code[pc + 1]]));
                            pc += 2;
                        }
                        case Fused.F64_SUB_LL -> {
                            s[sp++] = f64(f64(s[fp + code[pc]]) - f64(s[fp + code[pc + 1]]));
                            pc += 2;
                        }
                        case Fused.F64_MUL_LL -> {
                            s[sp++] = f64(f64(s[fp + code[pc]]) * f64(s[fp + code[pc + 1]]));
                            pc += 2;
                        }
                        case Op.GLOBAL_GET -> s[sp++] = inst.globals[code[pc++]].getLong();
                        case Op.GLOBAL_SET -> inst.globals[code[pc++]].setLong(s[--sp]);
                        case Op.I32_CONST, Op.F32_CONST -> s[sp++] = code[pc++];
                        case Op.I64_CONST, Op.F64_CONST -> {
                            s[sp++] = (code[pc] & MASK32) | ((long) code[pc + 1] << 32);
                            pc += 2;
                        }
                        // memory 0 with 32-bit addresses; the segment's bounds check traps
                        case Fused.LOAD32 -> s[sp - 1] = mem.get(Mem.I32, (s[sp - 1] & MASK32) + (code[pc++] & MASK32));
                        case Fused.LOAD64 -> s[sp - 1] = mem.get(Mem.I64, (s[sp - 1] & MASK32) + (code[pc++] & MASK32));
                        case Fused.LOAD8_U ->
                            s[sp - 1] = mem.get(Mem.I8, (s[sp - 1] & MASK32) + (code[pc++] & MASK32)) & 0xFF;
                        case Fused.STORE32 -> {
                            sp -= 2;
                            mem.set(Mem.I32, (s[sp] & MASK32) + (code[pc++] & MASK32), (int) s[sp + 1]);
                        }
                        case Fused.STORE64 -> {
                            sp -= 2;
                            mem.set(Mem.I64, (s[sp] & MASK32) + (code[pc++] & MASK32), s[sp + 1]);
                        }
                        case Fused.STORE8 -> {
                            sp -= 2;
                            mem.set(Mem.I8, (s[sp] & MASK32) + (code[pc++] & MASK32), (byte) s[sp + 1]);
                        }
                        // f64 add/sub + store; pc moves past the offset first so that a trap reports the store
                        case Fused.F64_ADD_STORE -> {
                            sp -= 3;
                            long v = f64(f64(s[sp + 1]) + f64(s[sp + 2]));
                            mem.set(Mem.I64, (s[sp] & MASK32) + (code[pc++] & MASK32), v);
                        }
                        case Fused.F64_SUB_STORE -> {
                            sp -= 3;
                            long v = f64(f64(s[sp + 1]) - f64(s[sp + 2]));
                            mem.set(Mem.I64, (s[sp] & MASK32) + (code[pc++] & MASK32), v);
                        }
                        // pc moves past each access's operands first so that a trap reports that access
                        case Fused.F64_MUL_ADD_STORE -> {
                            pc += 2;
                            long c = mem.get(Mem.I64, (s[fp + code[pc - 2]] & MASK32) + (code[pc - 1] & MASK32));
                            sp -= 3;
                            long v = f64(f64(s[sp + 1]) * f64(s[sp + 2]) + f64(c));
                            mem.set(Mem.I64, (s[sp] & MASK32) + (code[pc++] & MASK32), v);
                        }
                        case Fused.LOCAL_SHL_C_ADD_C_LOAD32 -> {
                            pc += 4;
                            long a = ((int) s[fp + code[pc - 4]] << code[pc - 3]) + code[pc - 2] & MASK32;
                            s[sp++] = mem.get(Mem.I32, a + (code[pc - 1] & MASK32));
                        }
                        case Fused.LOCAL_STORE8_C -> {
                            pc += 3;
                            mem.set(Mem.I8, (s[fp + code[pc - 3]] & MASK32) + (code[pc - 1] & MASK32), (byte)
                                    code[pc - 2]);
                        }
                        // i32.const c + store: pc moves first so that a trap reports the store
                        case Fused.STORE8_C -> {
                            pc += 2;
                            mem.set(Mem.I8, (s[--sp] & MASK32) + (code[pc - 1] & MASK32), (byte) code[pc - 2]);
                        }
                        case Fused.STORE32_C -> {
                            pc += 2;
                            mem.set(Mem.I32, (s[--sp] & MASK32) + (code[pc - 1] & MASK32), code[pc - 2]);
                        }
                        // add-const or local.tee + load: pc moves first so that a trap reports the load
                        case Fused.ADD_C_LOAD32 -> {
                            pc += 2;
                            s[sp - 1] = mem.get(
                                    Mem.I32, ((int) s[sp - 1] + code[pc - 2] & MASK32) + (code[pc - 1] & MASK32));
                        }
                        case Fused.ADD_C_LOAD64 -> {
                            pc += 2;
                            s[sp - 1] = mem.get(
                                    Mem.I64, ((int) s[sp - 1] + code[pc - 2] & MASK32) + (code[pc - 1] & MASK32));
                        }
                        case Fused.LOCAL_ADD_C_LOAD32 -> {
                            pc += 3;
                            long a = (int) s[fp + code[pc - 3]] + code[pc - 2] & MASK32;
                            s[sp++] = mem.get(Mem.I32, a + (code[pc - 1] & MASK32));
                        }
                        case Fused.LOCAL_ADD_C_LOAD64 -> {
                            pc += 3;
                            long a = (int) s[fp + code[pc - 3]] + code[pc - 2] & MASK32;
                            s[sp++] = mem.get(Mem.I64, a + (code[pc - 1] & MASK32));
                        }
                        case Fused.TEE_LOAD32 -> {
                            pc += 2;
                            long a = s[fp + code[pc - 2]] = s[sp - 1];
                            s[sp - 1] = mem.get(Mem.I32, (a & MASK32) + (code[pc - 1] & MASK32));
                        }
                        case Fused.TEE_LOAD64 -> {
                            pc += 2;
                            long a = s[fp + code[pc - 2]] = s[sp - 1];
                            s[sp - 1] = mem.get(Mem.I64, (a & MASK32) + (code[pc - 1] & MASK32));
                        }
                        // local.get x + load: pc moves first so that a trap reports the load
                        case Fused.LOCAL_LOAD32 -> {
                            pc += 2;
                            s[sp++] = mem.get(Mem.I32, (s[fp + code[pc - 2]] & MASK32) + (code[pc - 1] & MASK32));
                        }
                        case Fused.LOCAL_LOAD64 -> {
                            pc += 2;
                            s[sp++] = mem.get(Mem.I64, (s[fp + code[pc - 2]] & MASK32) + (code[pc - 1] & MASK32));
                        }
                        case Fused.LOCAL_LOCAL_LOAD64 -> {
                            pc += 3;
                            s[sp] = s[fp + code[pc - 3]];
                            s[sp + 1] = mem.get(Mem.I64, (s[fp + code[pc - 2]] & MASK32) + (code[pc - 1] & MASK32));
                            sp += 2;
                        }
                        case Fused.LOCAL_LOCAL_ADD_C_LOAD64 -> {
                            pc += 4;
                            s[sp] = s[fp + code[pc - 4]];
                            long a = (int) s[fp + code[pc - 3]] + code[pc - 2] & MASK32;
                            s[sp + 1] = mem.get(Mem.I64, a + (code[pc - 1] & MASK32));
                            sp += 2;
                        }
                        case Fused.ADD_L_TEE_LOAD64 -> {
                            pc += 3;
                            long a = s[fp + code[pc - 2]] = (int) s[sp - 1] + (int) s[fp + code[pc - 3]];
                            s[sp - 1] = mem.get(Mem.I64, (a & MASK32) + (code[pc - 1] & MASK32));
                        }
                        case Fused.LOCAL_LOAD8_U -> {
                            pc += 2;
                            s[sp++] = mem.get(Mem.I8, (s[fp + code[pc - 2]] & MASK32) + (code[pc - 1] & MASK32)) & 0xFF;
                        }
                        case Op.MEMORY_GROW -> {
                            sp = Mem.grow(inst, code[pc++], s, sp);
                            mem = inst.mem0();
                        }
                        case Op.I32_EQZ -> s[sp - 1] = (int) s[sp - 1] == 0 ? 1 : 0;
                        case Op.I32_ADD -> s[sp - 2] = (int) s[--sp - 1] + (int) s[sp];
                        case Op.I32_SUB -> s[sp - 2] = (int) s[--sp - 1] - (int) s[sp];
                        case Op.I32_MUL -> s[sp - 2] = (int) s[--sp - 1] * (int) s[sp];
                        case Op.I32_AND -> s[sp - 2] = (int) s[--sp - 1] & (int) s[sp];
                        case Op.I32_OR -> s[sp - 2] = (int) s[--sp - 1] | (int) s[sp];
                        case Op.I32_XOR -> s[sp - 2] = (int) s[--sp - 1] ^ (int) s[sp];
                        case Op.I32_SHL -> s[sp - 2] = (int) s[--sp - 1] << (int) s[sp];
                        case Op.I32_SHR_S -> s[sp - 2] = (int) s[--sp - 1] >> (int) s[sp];
                        case Op.I32_SHR_U -> s[sp - 2] = (int) s[--sp - 1] >>> (int) s[sp];
                        case Op.I32_ADD_CONST -> s[sp - 1] = (int) s[sp - 1] + code[pc++];
                        case Fused.I32_ADD_C_TEE -> {
                            s[fp + code[pc + 1]] = s[sp - 1] = (int) s[sp - 1] + code[pc];
                            pc += 2;
                        }
                        case Fused.I32_AND_C -> s[sp - 1] = (int) s[sp - 1] & code[pc++];
                        case Fused.I32_OR_C -> s[sp - 1] = (int) s[sp - 1] | code[pc++];
                        case Fused.I32_XOR_C -> s[sp - 1] = (int) s[sp - 1] ^ code[pc++];
                        case Fused.I32_SHL_C -> s[sp - 1] = (int) s[sp - 1] << code[pc++];
                        case Fused.I32_SHR_S_C -> s[sp - 1] = (int) s[sp - 1] >> code[pc++];
                        case Fused.I32_SHR_U_C -> s[sp - 1] = (int) s[sp - 1] >>> code[pc++];
                        case Fused.I32_ROTL_C -> s[sp - 1] = Integer.rotateLeft((int) s[sp - 1], code[pc++]);
                        case Fused.I32_MUL_C -> s[sp - 1] = (int) s[sp - 1] * code[pc++];
                        case Fused.I32_ADD_L -> s[sp - 1] = (int) s[sp - 1] + (int) s[fp + code[pc++]];
                        case Fused.I32_SUB_L -> s[sp - 1] = (int) s[sp - 1] - (int) s[fp + code[pc++]];
                        case Fused.I32_AND_L -> s[sp - 1] = (int) s[sp - 1] & (int) s[fp + code[pc++]];
                        case Fused.I32_OR_L -> s[sp - 1] = (int) s[sp - 1] | (int) s[fp + code[pc++]];
                        case Fused.I32_XOR_L -> s[sp - 1] = (int) s[sp - 1] ^ (int) s[fp + code[pc++]];
                        case Fused.F64_ADD_L -> s[sp - 1] = f64(f64(s[sp - 1]) + f64(s[fp + code[pc++]]));
                        case Fused.F64_SUB_L -> s[sp - 1] = f64(f64(s[sp - 1]) - f64(s[fp + code[pc++]]));
                        case Fused.F64_MUL_L -> s[sp - 1] = f64(f64(s[sp - 1]) * f64(s[fp + code[pc++]]));
                        case Op.I64_ADD -> s[sp - 2] = s[--sp - 1] + s[sp];
                        case Op.I64_SUB -> s[sp - 2] = s[--sp - 1] - s[sp];
                        case Op.I64_MUL -> s[sp - 2] = s[--sp - 1] * s[sp];
                        case Op.I64_AND -> s[sp - 2] = s[--sp - 1] & s[sp];
                        case Op.I64_OR -> s[sp - 2] = s[--sp - 1] | s[sp];
                        case Op.I64_XOR -> s[sp - 2] = s[--sp - 1] ^ s[sp];
                        case Op.I64_SHL -> s[sp - 2] = s[--sp - 1] << s[sp];
                        case Op.I64_SHR_S -> s[sp - 2] = s[--sp - 1] >> s[sp];
                        case Op.I64_SHR_U -> s[sp - 2] = s[--sp - 1] >>> s[sp];
                        case Op.I32_WRAP_I64 -> s[sp - 1] = (int) s[sp - 1];
                        case Op.I64_EXTEND_I32_S -> s[sp - 1] = (int) s[sp - 1];
                        case Op.I64_EXTEND_I32_U -> s[sp - 1] = s[sp - 1] & MASK32;
                        case Op.F64_ADD -> s[sp - 2] = f64(f64(s[--sp - 1]) + f64(s[sp]));
                        case Op.F64_SUB -> s[sp - 2] = f64(f64(s[--sp - 1]) - f64(s[sp]));
                        case Fused.F64_SUB_TEE -> s[fp + code[pc++]] = s[sp - 2] = f64(f64(s[--sp - 1]) - f64(s[sp]));
                        case Op.F64_MUL -> s[sp - 2] = f64(f64(s[--sp - 1]) * f64(s[sp]));
                        case Op.F64_DIV -> s[sp - 2] = f64(f64(s[--sp - 1]) / f64(s[sp]));
                        case Op.THROW -> throw Exceptions.newThrow(inst, code[pc++], s, h, r, sp);
                        case Op.THROW_REF -> throw Exceptions.throwRef(r[sp - 1]);
                        case Op.RETHROW -> throw new ThrownException((Exn) r[fp + code[pc++]]);
                        default -> {
                            long ps = Dispatch.exec(op, code, pc, s, h, r, sp, inst, mem);
                            pc = (int) (ps >>> 32);
                            sp = (int) ps;
                        }
                    }
                }
            } catch (ThrownException e) {
                Exn exn = e.exn();
                int hi;
                while ((hi = Exceptions.findHandler(fc, inst, pc - 1, exn)) < 0) {
                    WasmBacktrace.of(e).add(Frames.frame(inst, fc, pc));
                    m.depth--;
                    if (m.frames == entryFrames) {
                        throw e;
                    }
                    int i = --m.frames;
                    pc = m.framePc[i];
                    fp = m.frameFp[i];
                    fc = m.frameCode[i];
                    inst = m.frameInst[i];
                }
                code = fc.code;
                ob = fp + fc.numLocals;
                s = m.s;
                h = m.h;
                r = m.r;
                mem = inst.mem0();
                sp = Exceptions.enterHandler(fc, hi, exn, s, h, r, fp, ob);
                pc = fc.handlers[hi + FuncCode.H_TARGET];
            } catch (RuntimeException | StackOverflowError e) {
                throw Frames.fail(m, entryFrames, e, inst, fc, pc);
            }
        }
    }

    private static float f32(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    private static long f32(float v) {
        return Float.floatToRawIntBits(v);
    }

    private static double f64(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long f64(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
