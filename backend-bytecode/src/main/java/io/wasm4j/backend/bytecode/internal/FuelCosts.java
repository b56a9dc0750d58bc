package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.FunctionCode;
import io.wasm4j.core.code.Opcode;
import java.util.Arrays;

/**
 * The fuel one function consumes at its fuel checks, when fuel is on: at its entry, one unit per
 * instruction outside every loop; at a loop's header, one per instruction directly in that loop (not in
 * loops nested in it). Branches make this an approximation per block, as the store contract allows; it
 * charges every straight-line instruction once per pass, so any endless execution runs out.
 */
final class FuelCosts {
    private final long entry;
    private final long[] loop;

    private FuelCosts(long entry, long[] loop) {
        this.entry = entry;
        this.loop = loop;
    }

    /** The units charged at the function's entry. */
    long entry() {
        return Math.max(1, entry);
    }

    /** The units charged at each iteration of loop block {@code b}. */
    long loop(int b) {
        return Math.max(1, loop[b]);
    }

    static FuelCosts of(byte[] bytes, FunctionCode fc) {
        long entry = 0;
        long[] loop = new long[fc.blockCount()];
        int depth = 0;
        // the innermost enclosing loop's block index per open block, -1 for none
        int[] owner = new int[16];
        CodeReader r = new CodeReader(bytes, fc.bodyStart(), fc.bodyEnd());
        while (r.position() < fc.bodyEnd()) {
            int pc = r.position();
            Opcode op = r.readOpcode();
            int current = depth == 0 ? -1 : owner[depth - 1];
            if (current < 0) {
                entry++;
            } else {
                loop[current]++;
            }
            switch (op) {
                case BLOCK, LOOP, IF, TRY_TABLE, TRY -> {
                    int b = fc.blockAt(pc);
                    if (depth == owner.length) {
                        owner = Arrays.copyOf(owner, depth * 2);
                    }
                    owner[depth] = op == Opcode.LOOP ? b : current;
                    depth++;
                }
                case END, DELEGATE -> {
                    if (depth > 0) {
                        depth--;
                    }
                }
                default -> {}
            }
            r.skipImmediates(op);
        }
        return new FuelCosts(entry, loop);
    }
}
