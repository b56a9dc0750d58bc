package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import java.util.Arrays;

/**
 * One function translated to pre-decoded code (see {@link Translator} for the format), with what the
 * interpreter needs to set up its frame and to map a code position back to a byte offset.
 */
final class FuncCode {
    /** Handler entry fields; entries are {@link #HANDLER_STRIDE} ints, innermost first. */
    static final int H_START = 0,
            H_END = 1,
            H_KIND = 2,
            H_TAG = 3,
            H_TARGET = 4,
            H_HEIGHT = 5,
            H_AUX = 6,
            H_OWNER = 7,
            HANDLER_STRIDE = 8;

    /** Handler kinds: try_table clauses (0..3, as encoded), then the legacy ones. */
    static final int K_CATCH = 0,
            K_CATCH_REF = 1,
            K_CATCH_ALL = 2,
            K_CATCH_ALL_REF = 3,
            K_LEGACY_CATCH = 4,
            K_LEGACY_CATCH_ALL = 5,
            K_DELEGATE = 6;

    final int funcIndex;
    final FuncType type;
    final int[] code;
    final int numParams;
    final int numLocals;
    final int numResults;
    final int frameSize;
    final ValType[] localTypes;
    final int[] handlers;
    final int[] pcs;
    final int[] offsets;
    final int[] blockOffset;
    final int[] blockEnd;

    FuncCode(
            int funcIndex,
            FuncType type,
            int[] code,
            int numLocals,
            int maxStack,
            ValType[] localTypes,
            int[] handlers,
            int[] pcs,
            int[] offsets,
            int[] blockOffset,
            int[] blockEnd) {
        this.funcIndex = funcIndex;
        this.type = type;
        this.code = code;
        this.numParams = type.params().size();
        this.numLocals = numLocals;
        this.numResults = type.results().size();
        this.frameSize = numLocals + maxStack + 2;
        this.localTypes = localTypes;
        this.handlers = handlers;
        this.pcs = pcs;
        this.offsets = offsets;
        this.blockOffset = blockOffset;
        this.blockEnd = blockEnd;
    }

    /** Returns the module byte offset of the instruction that covers code position {@code pc}, or -1. */
    long offsetAt(int pc) {
        int i = Arrays.binarySearch(pcs, pc);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            // before the first instruction: the entry check
            return offsets.length > 0 ? offsets[0] : -1;
        }
        // several instructions may start at one pc (those that emit nothing): take the last
        while (i + 1 < pcs.length && pcs[i + 1] == pcs[i] && pcs[i + 1] <= pc) {
            i++;
        }
        return i >= 0 ? offsets[i] : -1;
    }

    /** Returns whether block {@code inner} lies strictly inside block {@code outer} (byte offsets). */
    boolean nestedIn(int inner, int outer) {
        return blockOffset[inner] > blockOffset[outer] && blockEnd[inner] < blockEnd[outer];
    }
}
