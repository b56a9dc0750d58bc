package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.code.Opcode;

/** The translator's peephole pass: fuses common instruction sequences into {@link Fused} opcodes. */
final class Fusion {
    private Fusion() {}

    /**
     * Fuses {@code op} (just read from {@code t}'s reader, at byte offset {@code off}) with the one or two
     * instructions emitted before it when no jump target lies between them, and returns whether it did
     * (then {@code op} and its immediates are consumed).
     */
    static boolean fuse(Translator t, Opcode op, int off) {
        if (t.lastStart < t.barrier || t.lastStart < 0) {
            return false;
        }
        int prev = t.code.get(t.lastStart);
        int load = Peephole.loadAfter(prev, op);
        if (load >= 0 && t.code.size == t.lastStart + (prev == Op.LOCAL_GET_I32_ADD_CONST ? 3 : 2)) {
            t.rd.readMemarg();
            int q = t.prevStart;
            // [LOCAL_SHL_C, x, k, I32_ADD_CONST, c] or [LOCAL_GET2, x, y, I32_ADD_CONST, c] or
            // [I32_ADD_L, x, LOCAL_TEE, y], then the load: all three become one instruction
            boolean folded = load == Fused.ADD_C_LOAD32
                            && foldLoad(t, q, 3, Fused.LOCAL_SHL_C, Fused.LOCAL_SHL_C_ADD_C_LOAD32, 2)
                    || load == Fused.ADD_C_LOAD64 && foldLoad(t, q, 3, Op.LOCAL_GET2, Fused.LOCAL_LOCAL_ADD_C_LOAD64, 2)
                    || load == Fused.TEE_LOAD64 && foldLoad(t, q, 2, Fused.I32_ADD_L, Fused.ADD_L_TEE_LOAD64, 1);
            if (!folded) {
                fuseMemAccess(t, op, load);
            }
            return true;
        }
        if ((op == Opcode.F64_LOAD || op == Opcode.I64_LOAD)
                && prev == Op.LOCAL_GET2
                && t.code.size == t.lastStart + 3) {
            t.rd.readMemarg();
            fuseMemAccess(t, op, Fused.LOCAL_LOCAL_LOAD64);
            return true;
        }
        if (op == Opcode.LOCAL_TEE && prev == Op.F64_SUB && t.code.size == t.lastStart + 1) {
            t.code.set(t.lastStart, Fused.F64_SUB_TEE);
            t.emit(t.rd.readU32());
            return true;
        }
        if ((op == Opcode.F64_STORE || op == Opcode.I64_STORE)
                && (prev == Op.F64_ADD || prev == Op.F64_SUB)
                && t.code.size == t.lastStart + 1) {
            t.rd.readMemarg();
            fuseMemAccess(t, op, prev == Op.F64_ADD ? Fused.F64_ADD_STORE : Fused.F64_SUB_STORE);
            return true;
        }
        if (op == Opcode.F64_ADD && prev == Fused.LOCAL_LOAD64 && mulAddStore(t)) {
            return true;
        }
        if (op == Opcode.I32_XOR && prev == Fused.LOCAL_ROTL_C && t.code.size == t.lastStart + 3) {
            int q = t.prevStart;
            if (q >= t.barrier && q == t.lastStart - 3 && t.code.get(q) == Fused.XOR_LOCAL_ROTL_C) {
                // [XOR_LOCAL_ROTL_C, x1, c1, LOCAL_ROTL_C, x2, c2] + xor
                t.code.set(q, Fused.XOR2_LOCAL_ROTL_C);
                t.code.set(q + 3, t.code.get(q + 4));
                t.code.set(q + 4, t.code.get(q + 5));
                t.code.size = q + 5;
                t.lastStart = q;
                t.prevStart = -1;
                return true;
            }
            t.code.set(t.lastStart, Fused.XOR_LOCAL_ROTL_C);
            return true;
        }
        if (op == Opcode.BR_IF && BranchFusion.fuse(t, prev, off)) {
            return true;
        }
        if (prev == Op.LOCAL_GET && t.code.size == t.lastStart + 2) {
            if (op == Opcode.F64_MUL
                    && t.prevStart >= t.barrier
                    && t.prevStart == t.lastStart - 3
                    && t.code.get(t.prevStart) == Fused.F64_MUL_LL) {
                // local.get x; local.get y; f64.mul; local.get z; f64.mul
                int z = t.code.get(t.lastStart + 1);
                t.code.set(t.prevStart, Fused.F64_MUL_LLL);
                t.code.set(t.lastStart, z);
                t.code.size = t.lastStart + 1;
                t.lastStart = t.prevStart;
                t.prevStart = -1;
                return true;
            }
            int fused = Peephole.withLocal(op);
            if (fused >= 0) {
                t.code.set(t.lastStart, fused);
                return true;
            }
            fused = Peephole.loadWithLocal(op);
            if (fused >= 0) {
                t.rd.readMemarg();
                fuseMemAccess(t, op, fused);
                return true;
            }
            if (op == Opcode.LOCAL_TEE) {
                int idx = t.rd.readU32();
                if (Translator.kind(t.locals.get(idx)) == 0) {
                    t.code.set(t.lastStart, Fused.LOCAL_GET_TEE);
                    t.emit(idx);
                    return true;
                }
                t.emit(Op.LOCAL_TEE_REF + (Translator.kind(t.locals.get(idx)) == 1 ? 0 : 3));
                t.emit(idx);
                t.prevStart = t.lastStart;
                t.lastStart = t.code.size - 2;
                return true;
            }
            if (op == Opcode.LOCAL_SET) {
                int idx = t.rd.readU32();
                if (Translator.kind(t.locals.get(idx)) == 0) {
                    int q = t.prevStart;
                    if (q >= t.barrier && q == t.lastStart - 5 && t.code.get(q) == Fused.LOCAL_COPY2) {
                        // a third copy in a row
                        int x = t.code.get(t.lastStart + 1);
                        int[] pairs = {t.code.get(q + 1), t.code.get(q + 2), t.code.get(q + 3), t.code.get(q + 4)};
                        t.code.size = q;
                        t.emit(Fused.LOCAL_COPYN);
                        t.emit(3);
                        for (int v : pairs) {
                            t.emit(v);
                        }
                        t.emit(x);
                        t.emit(idx);
                        t.lastStart = q;
                        t.prevStart = -1;
                        return true;
                    }
                    if (q >= t.barrier
                            && q >= 0
                            && t.code.get(q) == Fused.LOCAL_COPYN
                            && q + 2 + 2 * t.code.get(q + 1) == t.lastStart) {
                        // one more copy
                        int x = t.code.get(t.lastStart + 1);
                        t.code.set(q + 1, t.code.get(q + 1) + 1);
                        t.code.size = t.lastStart;
                        t.emit(x);
                        t.emit(idx);
                        t.lastStart = q;
                        t.prevStart = -1;
                        return true;
                    }
                    if (t.prevStart >= t.barrier
                            && t.prevStart == t.lastStart - 3
                            && t.code.get(t.prevStart) == Fused.LOCAL_COPY) {
                        // two copies in a row
                        int x = t.code.get(t.lastStart + 1);
                        t.code.size = t.lastStart;
                        t.code.set(t.prevStart, Fused.LOCAL_COPY2);
                        t.emit(x);
                        t.emit(idx);
                        t.lastStart = t.prevStart;
                        t.prevStart = -1;
                        return true;
                    }
                    t.code.set(t.lastStart, Fused.LOCAL_COPY);
                    t.emit(idx);
                    return true;
                }
                t.emit(Op.LOCAL_SET_REF + (Translator.kind(t.locals.get(idx)) == 1 ? 0 : 3));
                t.emit(idx);
                t.prevStart = t.lastStart;
                t.lastStart = t.code.size - 2;
                return true;
            }
        }
        if (prev == Op.I32_CONST
                && t.code.size == t.lastStart + 2
                && (op == Opcode.I32_STORE8 || op == Opcode.I32_STORE)) {
            t.rd.readMemarg();
            if (t.isFastMemarg()
                    && op == Opcode.I32_STORE8
                    && t.prevStart >= t.barrier
                    && t.prevStart == t.lastStart - 2
                    && t.code.get(t.prevStart) == Op.LOCAL_GET) {
                // local.get x; i32.const c; i32.store8: the store is recorded at the offset operand
                int c = t.code.get(t.lastStart + 1);
                t.code.set(t.prevStart, Fused.LOCAL_STORE8_C);
                t.code.size = t.lastStart;
                t.emit(c);
                t.emit((int) t.rd.memargOffset());
                t.movePc(0, t.code.size - 1);
                t.lastStart = t.prevStart;
                t.prevStart = -1;
            } else {
                fuseMemAccess(t, op, op == Opcode.I32_STORE8 ? Fused.STORE8_C : Fused.STORE32_C);
            }
            return true;
        }
        if (op == Opcode.LOCAL_SET && prev == Op.I32_CONST && t.code.size == t.lastStart + 2) {
            // the local holds an i32
            t.code.set(t.lastStart, Fused.LOCAL_SET_C);
            t.emit(t.rd.readU32());
            return true;
        }
        if (op == Opcode.LOCAL_TEE && prev == Op.I32_ADD_CONST && t.code.size == t.lastStart + 2) {
            t.code.set(t.lastStart, Fused.I32_ADD_C_TEE);
            t.emit(t.rd.readU32());
            return true;
        }
        if (prev == Op.I32_CONST && t.code.size == t.lastStart + 2) {
            int fused = Peephole.withConst(op);
            int withLocal = Peephole.withLocalAndConst(op);
            if (withLocal >= 0
                    && t.prevStart >= t.barrier
                    && t.prevStart == t.lastStart - 2
                    && t.code.get(t.prevStart) == Op.LOCAL_GET) {
                // local.get x; i32.const c; op
                int c = t.code.get(t.lastStart + 1);
                t.code.size = t.lastStart;
                t.code.set(t.prevStart, withLocal);
                t.emit(c);
                t.lastStart = t.prevStart;
                // the instruction before the local.get (emitted plainly, as the local.get and the constant were)
                t.prevStart = t.prev2Start;
                return true;
            }
            if (fused >= 0) {
                int c = t.code.get(t.lastStart + 1);
                t.code.size = t.lastStart;
                t.emit(fused);
                t.emit(c);
                return true;
            }
        }
        if (op == Opcode.LOCAL_GET && prev == Op.LOCAL_GET && t.code.size == t.lastStart + 2) {
            int idx = t.rd.readU32();
            if (Translator.kind(t.locals.get(idx)) != 0) {
                // not fusable: emit it plainly
                t.emit(Op.LOCAL_GET_REF + (Translator.kind(t.locals.get(idx)) == 1 ? 0 : 3));
                t.emit(idx);
                t.prevStart = t.lastStart;
                t.lastStart = t.code.size - 2;
                return true;
            }
            t.code.set(t.lastStart, Op.LOCAL_GET2);
            t.emit(idx);
            return true;
        }
        if ((op == Opcode.LOCAL_SET || op == Opcode.LOCAL_TEE)
                && prev == Op.LOCAL_GET_I32_ADD_CONST
                && t.code.size == t.lastStart + 3) {
            int idx = t.rd.readU32();
            if (idx == t.code.get(t.lastStart + 1)) {
                t.code.set(
                        t.lastStart, op == Opcode.LOCAL_SET ? Op.LOCAL_I32_ADD_CONST : Fused.LOCAL_I32_ADD_CONST_TEE);
                return true;
            }
            t.code.set(t.lastStart, op == Opcode.LOCAL_SET ? Fused.LOCAL_ADD_C_SET : Fused.LOCAL_ADD_C_TEE);
            t.emit(idx);
            return true;
        }
        if ((op == Opcode.LOCAL_SET || op == Opcode.LOCAL_TEE)
                && (prev == Fused.I32_ADD_LL || prev == Fused.I64_ADD_LL)
                && t.code.size == t.lastStart + 3) {
            // local.get x; local.get y; add; local.set/tee z (z holds the sum's number type)
            int fused = prev == Fused.I32_ADD_LL ? Fused.I32_ADD_LL_SET : Fused.I64_ADD_LL_SET;
            t.code.set(t.lastStart, fused + (op == Opcode.LOCAL_SET ? 0 : 1));
            t.emit(t.rd.readU32());
            return true;
        }
        if (prev == Op.LOCAL_GET2 && t.code.size == t.lastStart + 3) {
            int fused = Peephole.withTwoLocals(op);
            if (fused >= 0) {
                t.code.set(t.lastStart, fused);
                return true;
            }
        }
        if ((op == Opcode.I32_ADD || op == Opcode.I32_SUB) && prev == Op.I32_CONST && t.code.size == t.lastStart + 2) {
            int c = t.code.get(t.lastStart + 1);
            int k = op == Opcode.I32_ADD ? c : -c;
            if (t.prevStart >= t.barrier
                    && t.prevStart >= 0
                    && t.prevStart == t.lastStart - 2
                    && t.code.get(t.prevStart) == Op.LOCAL_GET) {
                // local.get x; i32.const c; i32.add
                t.code.size = t.lastStart;
                t.code.set(t.prevStart, Op.LOCAL_GET_I32_ADD_CONST);
                t.emit(k);
                t.lastStart = t.prevStart;
                t.prevStart = -1;
                return true;
            }
            t.code.size = t.lastStart;
            t.emit(Op.I32_ADD_CONST);
            t.emit(k);
            return true;
        }
        return false;
    }

    /**
     * Folds a fast memory-0 load (its memarg just read) into the fused instruction {@code head} at {@code q},
     * which ends {@code gap} slots before the last instruction's immediate: {@code [head, .., op, imm]}
     * becomes {@code [fused, .., imm, offset]}, and the last {@code movedPcs} instruction positions move to
     * the offset, so a trap reports the load. Returns false, changing nothing, when the shape does not match.
     */
    private static boolean foldLoad(Translator t, int q, int gap, int head, int fused, int movedPcs) {
        if (!t.isFastMemarg() || q < t.barrier || q != t.lastStart - gap || t.code.get(q) != head) {
            return false;
        }
        t.code.set(q, fused);
        t.code.set(q + gap, t.code.get(q + gap + 1));
        t.code.set(q + gap + 1, (int) t.rd.memargOffset());
        for (int back = 0; back < movedPcs; back++) {
            t.movePc(back, q + gap + 1);
        }
        t.lastStart = q;
        t.prevStart = -1;
        return true;
    }

    /**
     * With the access's memarg just read: the previous instruction becomes {@code fused}, carrying the
     * offset, when the access is to memory 0 with a 32-bit offset; otherwise the access follows unfused.
     */
    private static void fuseMemAccess(Translator t, Opcode op, int fused) {
        if (t.isFastMemarg()) {
            t.code.set(t.lastStart, fused);
            t.emit((int) t.rd.memargOffset());
        } else {
            t.emit(Op.of(op));
            t.emit(t.memFlags(t.rd.memargMemory()));
            t.emitLong(t.rd.memargOffset());
            t.prevStart = t.lastStart;
            t.lastStart = t.code.size - 4;
        }
    }

    /**
     * Fuses {@code f64.mul; local.get x; f64.load; f64.add} (the add just read) with a following fast
     * {@code f64.store}, read ahead; returns whether it did.
     */
    private static boolean mulAddStore(Translator t) {
        int p = t.prevStart;
        int at = t.rd.position();
        if (p < t.barrier
                || p != t.lastStart - 1
                || t.code.size != t.lastStart + 3
                || t.code.get(p) != Op.F64_MUL
                || at >= t.rd.limit()
                || t.rd.bytes()[at] != 0x39) { // f64.store
            return false;
        }
        t.rd.readOpcode();
        t.rd.readMemarg();
        if (!t.isFastMemarg()) {
            t.rd.position(at);
            return false;
        }
        // [f64.mul, LOCAL_LOAD64, x, off] becomes [F64_MUL_ADD_STORE, x, off, store off]: the load is
        // recorded at its offset operand, the add and the store at the store's
        t.code.set(p, Fused.F64_MUL_ADD_STORE);
        t.code.set(p + 1, t.code.get(p + 2));
        t.code.set(p + 2, t.code.get(p + 3));
        t.code.set(p + 3, (int) t.rd.memargOffset());
        t.movePc(1, p + 2);
        t.movePc(0, p + 3);
        t.absorbed(at, p + 3);
        t.lastStart = p;
        t.prevStart = -1;
        return true;
    }
}
