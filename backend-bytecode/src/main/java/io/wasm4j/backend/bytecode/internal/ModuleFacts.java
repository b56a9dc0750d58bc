package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.ImmediateKind;

/**
 * What one pass over every function body tells the code generator about the whole module:
 *
 * <ul>
 *   <li>whether any function makes a tail call other than to itself (then calls check for pending ones);
 *   <li>per function, whether it accesses memory 0 through the hoisted segment (else it never loads it);
 *   <li>per function, whether it needs the interruption check at its entry: only if it has a call outside
 *       every loop. Any endless execution repeats a loop back-edge or a call cycle; a call inside a loop
 *       comes after that loop's header check in the same activation, so every call cycle still passes a
 *       check (see docs/adr/0026).
 * </ul>
 */
final class ModuleFacts {
    final boolean hasTailCalls;
    /** Whether the code polls the store's epoch deadline at its interruption checks. */
    final boolean pollEpoch;
    /** Whether the code consumes the store's fuel at its interruption checks. */
    final boolean consumeFuel;
    /**
     * The largest method, in bytes of bytecode, the compiler aims for: larger functions are split (see {@link
     * MethodSplitter}); 0 turns splitting off.
     */
    final int methodLimit;
    /** The frame limit counted at function entries, 0 when frames are not counted (see {@link CallDepth}). */
    final int depthLimit;

    private final boolean[] usesMemory0;
    private final boolean[] entryCheck;

    private ModuleFacts(
            boolean hasTailCalls,
            boolean[] usesMemory0,
            boolean[] entryCheck,
            boolean pollEpoch,
            boolean consumeFuel,
            int depthLimit,
            int methodLimit) {
        this.methodLimit = methodLimit;
        this.hasTailCalls = hasTailCalls;
        this.depthLimit = depthLimit;
        this.usesMemory0 = usesMemory0;
        this.entryCheck = entryCheck;
        this.pollEpoch = pollEpoch;
        this.consumeFuel = consumeFuel;
    }

    /**
     * Returns these facts for code that also polls the epoch and/or consumes fuel (CompileContext): then
     * every function checks at its entry, as the store contract asks; and that counts frames up to {@code
     * depthLimit} (0: not counted).
     */
    ModuleFacts withLimits(boolean epoch, boolean fuel, int depthLimit) {
        return new ModuleFacts(hasTailCalls, usesMemory0, entryCheck, epoch, fuel, depthLimit, methodLimit);
    }

    /** Returns these facts with method limit {@code limit} (0: never split functions). */
    ModuleFacts withMethodLimit(int limit) {
        return new ModuleFacts(hasTailCalls, usesMemory0, entryCheck, pollEpoch, consumeFuel, depthLimit, limit);
    }

    /** Whether function {@code f} (defined) checks for interruption at its entry. */
    boolean entryCheck(int f) {
        return entryCheck[f] || pollEpoch || consumeFuel;
    }

    /** Whether function {@code f} (defined) accesses memory 0 with a load, store or atomic. */
    boolean usesMemory0(int f) {
        return usesMemory0[f];
    }

    static ModuleFacts of(ValidatedModule validated) {
        WasmModule w = validated.module();
        int n = w.funcCount();
        int imported = w.importedFuncCount();
        boolean[] uses = new boolean[n];
        boolean[] entry = new boolean[n];
        boolean tail = false;
        for (int f = imported; f < n; f++) {
            var fc = validated.functionCode(f);
            var r = new CodeReader(w.bytes(), fc.bodyStart(), fc.bodyEnd());
            // bit i of nest: whether the i-th enclosing block is a loop; loops nested deeper than 64 blocks
            // are not counted, which can only add entry checks
            long nest = 0;
            int depth = 0;
            int loops = 0;
            while (r.position() < fc.bodyEnd()) {
                var op = r.readOpcode();
                switch (op) {
                    case BLOCK, IF, TRY, TRY_TABLE, LOOP -> {
                        boolean loop = op == io.wasm4j.core.code.Opcode.LOOP;
                        if (depth < 64 && loop) {
                            nest |= 1L << depth;
                        } else if (depth < 64) {
                            nest &= ~(1L << depth);
                        }
                        depth++;
                        if (loop && depth <= 64) {
                            loops++;
                        }
                        r.skipImmediates(op);
                    }
                    case END, DELEGATE -> {
                        if (depth > 0) {
                            depth--;
                            if (depth < 64 && (nest & (1L << depth)) != 0) {
                                loops--;
                            }
                        }
                        r.skipImmediates(op);
                    }
                    default -> {}
                }
                if (loops == 0 && isCall(op)) {
                    entry[f] = true;
                }
                switch (op) {
                    case BLOCK, IF, TRY, TRY_TABLE, LOOP, END, DELEGATE -> {}
                    case RETURN_CALL -> {
                        if (r.readU32() != f) {
                            tail = true;
                        }
                    }
                    case RETURN_CALL_INDIRECT, RETURN_CALL_REF -> {
                        tail = true;
                        r.skipImmediates(op);
                    }
                    default -> {
                        ImmediateKind k = op.immediates();
                        if (k == ImmediateKind.MEMARG || k == ImmediateKind.MEMARG_LANE) {
                            r.readMemarg();
                            if (r.memargMemory() == 0) {
                                uses[f] = true;
                            }
                            if (k == ImmediateKind.MEMARG_LANE) {
                                r.readByte();
                            }
                        } else {
                            r.skipImmediates(op);
                        }
                    }
                }
            }
        }
        return new ModuleFacts(tail, uses, entry, false, false, 0, MethodSplitter.defaultLimit());
    }

    private static boolean isCall(io.wasm4j.core.code.Opcode op) {
        return switch (op) {
            case CALL, CALL_INDIRECT, CALL_REF, RETURN_CALL, RETURN_CALL_INDIRECT, RETURN_CALL_REF -> true;
            default -> false;
        };
    }
}
