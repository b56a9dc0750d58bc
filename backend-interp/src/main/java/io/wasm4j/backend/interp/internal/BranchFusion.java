package io.wasm4j.backend.interp.internal;

/**
 * The translator's compare-and-branch fusions ({@link Fusion} hands it each {@code br_if}): a compare
 * followed by {@code br_if} becomes one instruction, with a constant operand as an interval
 * ({@link Branches}), with local operands, or closing a loop together with the increment or add before it.
 * Only branches that carry no values are fused.
 */
final class BranchFusion {
    private BranchFusion() {}

    /**
     * Fuses the {@code br_if} at byte offset {@code off} (its opcode just read) with the compare
     * {@code prev} and what precedes it, and returns whether it did (then the {@code br_if} is consumed).
     */
    static boolean fuse(Translator t, int prev, int off) {
        if (prev >= Op.I32_EQZ
                && prev <= Op.I32_GE_U
                && t.code.size == t.lastStart + 1
                && t.fc.targetArity(t.fc.branchFirstTarget(t.fc.branchAt(off))) == 0) {
            t.rd.readU32();
            t.code.size = t.lastStart;
            int p2 = t.prev2Start;
            int[] in = prev != Op.I32_EQZ
                            && t.prevStart >= t.barrier
                            && t.prevStart == t.lastStart - 2
                            && t.code.get(t.prevStart) == Op.I32_CONST
                    ? Branches.i32Interval(prev, t.code.get(t.prevStart + 1))
                    : null;
            if (in != null
                    && p2 >= t.barrier
                    && p2 == t.prevStart - 3
                    && t.code.get(p2) == Fused.LOCAL_I32_ADD_CONST_TEE) {
                // local.get x; i32.const c; i32.add; local.tee x; i32.const k; compare; br_if
                int x = t.code.get(p2 + 1);
                int c = t.code.get(p2 + 2);
                t.code.size = p2;
                t.emit(Fused.LOCAL_ADD_C_BR_IF_IN);
                t.emit(x);
                t.emit(c);
                t.emit(in[0]);
                t.emit(in[1]);
                t.lastStart = p2;
                t.prevStart = -1;
            } else if (in != null) {
                // i32.const k; compare; br_if
                t.code.size = t.prevStart;
                t.emit(Fused.BR_IF_I32_IN);
                t.emit(in[0]);
                t.emit(in[1]);
                t.lastStart = t.prevStart;
                t.prevStart = -1;
            } else if (prev != Op.I32_EQZ
                    && t.prevStart >= t.barrier
                    && t.prevStart == t.lastStart - 3
                    && t.code.get(t.prevStart) == Op.LOCAL_GET2) {
                // local.get x; local.get y; compare; br_if
                t.code.set(t.prevStart, Fused.BR_IF_I32_LL);
                int x = t.code.get(t.prevStart + 1);
                int y = t.code.get(t.prevStart + 2);
                t.code.size = t.prevStart + 1;
                t.emit(prev);
                t.emit(x);
                t.emit(y);
                t.lastStart = t.prevStart;
                t.prevStart = -1;
            } else if (prev != Op.I32_EQZ
                    && t.prevStart >= t.barrier
                    && t.prevStart == t.lastStart - 2
                    && t.code.get(t.prevStart) == Op.LOCAL_GET) {
                // local.get y; compare; br_if (the left operand on the stack)
                int y = t.code.get(t.prevStart + 1);
                t.code.size = t.prevStart;
                t.emit(Fused.BR_IF_I32_L);
                t.emit(prev);
                t.emit(y);
                t.lastStart = t.prevStart;
                t.prevStart = -1;
            } else {
                t.emit(Op.BR_IF_I32_EQZ + (prev - Op.I32_EQZ));
            }
            t.emitBranchTarget(t.fc.branchFirstTarget(t.fc.branchAt(off)));
            return true;
        }
        long[] in64 = prev >= Op.I64_EQ
                        && prev <= Op.I64_GE_U
                        && t.code.size == t.lastStart + 1
                        && t.prevStart >= t.barrier
                        && t.prevStart == t.lastStart - 3
                        && t.code.get(t.prevStart) == Op.I64_CONST
                        && t.fc.targetArity(t.fc.branchFirstTarget(t.fc.branchAt(off))) == 0
                ? Branches.i64Interval(
                        prev, (t.code.get(t.prevStart + 1) & 0xFFFF_FFFFL) | (long) t.code.get(t.prevStart + 2) << 32)
                : null;
        if (in64 != null) {
            // i64.const k; compare; br_if
            t.rd.readU32();
            int p2 = t.prev2Start;
            int start = t.prevStart;
            if (p2 >= t.barrier && p2 == t.prevStart - 4 && t.code.get(p2) == Fused.I64_ADD_LL_TEE) {
                // local.get x; local.get y; i64.add; local.tee z; i64.const k; compare; br_if
                int x = t.code.get(p2 + 1);
                int y = t.code.get(p2 + 2);
                int z = t.code.get(p2 + 3);
                t.code.size = p2;
                t.emit(Fused.I64_ADD_LL_BR_IF_IN);
                t.emit(x);
                t.emit(y);
                t.emit(z);
                start = p2;
            } else {
                t.code.size = t.prevStart;
                t.emit(Fused.BR_IF_I64_IN);
            }
            t.emitLong(in64[0]);
            t.emitLong(in64[1]);
            t.emitBranchTarget(t.fc.branchFirstTarget(t.fc.branchAt(off)));
            t.lastStart = start;
            t.prevStart = -1;
            return true;
        }
        return false;
    }
}
