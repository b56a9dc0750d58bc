package io.wasm4j.it.diff;

import static io.wasm4j.it.diff.RandomModuleGenerator.F32;
import static io.wasm4j.it.diff.RandomModuleGenerator.F64;
import static io.wasm4j.it.diff.RandomModuleGenerator.I32;
import static io.wasm4j.it.diff.RandomModuleGenerator.I64;
import static io.wasm4j.it.diff.RandomModuleGenerator.NUM_TYPES;

import io.wasm4j.it.diff.RandomModuleGenerator.Sig;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one function body, type-directed so that it always validates: statements leave the operand
 * stack unchanged, {@link #expr} pushes exactly one value of the requested type, and branches push their
 * label's types. Numeric operators are in {@link NumericOps}.
 */
final class FuncGenerator {
    private static final int MAX_EXPR_DEPTH = 4;
    private static final int MAX_STMT_DEPTH = 3;

    final RandomModuleGenerator module;
    final SplittableRandom rnd;
    private final int funcIndex;
    final ByteSink out = new ByteSink();
    private final List<Integer> locals = new ArrayList<>();
    private int numGeneralLocals;
    private int scratchF32;
    private int scratchF64;
    private final List<int[]> labels = new ArrayList<>();
    private int budget;

    FuncGenerator(RandomModuleGenerator module, SplittableRandom rnd, int funcIndex) {
        this.module = module;
        this.rnd = rnd;
        this.funcIndex = funcIndex;
    }

    /** Returns the function's code entry (locals and body) without its size prefix. */
    ByteSink generate() {
        Sig sig = module.funcs.get(funcIndex);
        for (int p : sig.params()) {
            locals.add(p);
        }
        int extra = 1 + rnd.nextInt(5);
        for (int i = 0; i < extra; i++) {
            locals.add(NUM_TYPES[rnd.nextInt(4)]);
        }
        numGeneralLocals = locals.size();
        scratchF32 = newLocal(F32);
        scratchF64 = newLocal(F64);
        budget = 20 + rnd.nextInt(120);

        prologue();
        int[] results = sig.results();
        out.u8(0x02);
        blockType(results, 2 * funcIndex + 1);
        labels.add(results);
        stmts(1 + rnd.nextInt(6), MAX_STMT_DEPTH);
        for (int r : results) {
            expr(r, MAX_EXPR_DEPTH);
        }
        labels.removeLast();
        out.u8(0x0B);
        // depth--
        out.u8(0x23);
        out.u32(RandomModuleGenerator.DEPTH_GLOBAL);
        out.u8(0x41);
        out.s64(1);
        out.u8(0x6B);
        out.u8(0x24);
        out.u32(RandomModuleGenerator.DEPTH_GLOBAL);
        out.u8(0x0B);

        ByteSink code = new ByteSink();
        int nParams = sig.params().length;
        code.u32(locals.size() - (long) nParams);
        for (int i = nParams; i < locals.size(); i++) {
            code.u32(1);
            code.u8(locals.get(i));
        }
        code.bytes(out.toByteArray());
        return code;
    }

    private int newLocal(int type) {
        locals.add(type);
        return locals.size() - 1;
    }

    private void prologue() {
        // if (depth >= MAX_DEPTH) unreachable; depth++
        out.u8(0x23);
        out.u32(RandomModuleGenerator.DEPTH_GLOBAL);
        out.u8(0x41);
        out.s64(RandomModuleGenerator.MAX_DEPTH);
        out.u8(0x4F);
        out.u8(0x04);
        out.u8(0x40);
        out.u8(0x00);
        out.u8(0x0B);
        out.u8(0x23);
        out.u32(RandomModuleGenerator.DEPTH_GLOBAL);
        out.u8(0x41);
        out.s64(1);
        out.u8(0x6A);
        out.u8(0x24);
        out.u32(RandomModuleGenerator.DEPTH_GLOBAL);
        fuelCheck();
    }

    /** if (fuel == 0) unreachable; fuel-- */
    private void fuelCheck() {
        out.u8(0x23);
        out.u32(RandomModuleGenerator.FUEL_GLOBAL);
        out.u8(0x45);
        out.u8(0x04);
        out.u8(0x40);
        out.u8(0x00);
        out.u8(0x0B);
        out.u8(0x23);
        out.u32(RandomModuleGenerator.FUEL_GLOBAL);
        out.u8(0x41);
        out.s64(1);
        out.u8(0x6B);
        out.u8(0x24);
        out.u32(RandomModuleGenerator.FUEL_GLOBAL);
    }

    private void blockType(int[] results, int typeIndexIfMulti) {
        if (results.length == 0) {
            out.u8(0x40);
        } else if (results.length == 1) {
            out.u8(results[0]);
        } else {
            out.s64(typeIndexIfMulti);
        }
    }

    private void stmts(int n, int depth) {
        for (int i = 0; i < n; i++) {
            stmt(depth);
        }
    }

    private void stmt(int depth) {
        budget--;
        int r = rnd.nextInt(100);
        boolean nest = depth > 0 && budget > 0;
        if (r < 15) {
            int l = rnd.nextInt(numGeneralLocals);
            expr(locals.get(l), MAX_EXPR_DEPTH);
            out.u8(0x21);
            out.u32(l);
        } else if (r < 22) {
            int g = 2 + rnd.nextInt(module.globals.size() - 2);
            expr(module.globals.get(g), MAX_EXPR_DEPTH);
            out.u8(0x24);
            out.u32(g);
        } else if (r < 37) {
            MemoryOps.store(this);
        } else if (r < 45) {
            expr(NUM_TYPES[rnd.nextInt(4)], MAX_EXPR_DEPTH);
            out.u8(0x1A);
        } else if (r < 52 && nest) {
            out.u8(0x02);
            out.u8(0x40);
            labels.add(new int[0]);
            stmts(1 + rnd.nextInt(4), depth - 1);
            labels.removeLast();
            out.u8(0x0B);
        } else if (r < 59 && nest) {
            loop(depth);
        } else if (r < 66 && nest) {
            expr(I32, 2);
            out.u8(0x04);
            out.u8(0x40);
            labels.add(new int[0]);
            stmts(1 + rnd.nextInt(3), depth - 1);
            if (rnd.nextBoolean()) {
                out.u8(0x05);
                stmts(1 + rnd.nextInt(3), depth - 1);
            }
            labels.removeLast();
            out.u8(0x0B);
        } else if (r < 69) {
            br();
        } else if (r < 75) {
            brIf();
        } else if (r < 79) {
            brTable();
        } else if (r < 88) {
            int n = module.funcs.size();
            int callee = funcIndex < n - 1 && rnd.nextInt(4) != 0
                    ? funcIndex + 1 + rnd.nextInt(n - funcIndex - 1)
                    : rnd.nextInt(n);
            if (rnd.nextInt(3) == 0) {
                callIndirect(callee);
            } else {
                call(callee);
            }
            for (int i = 0; i < module.funcs.get(callee).results().length; i++) {
                out.u8(0x1A);
            }
        } else if (r < 92) {
            MemoryOps.grow(this);
            out.u8(0x1A);
        } else if (r < 95) {
            MemoryOps.bulk(this);
        } else if (r < 97 && rnd.nextInt(3) == 0) {
            returnOrTailCall();
        } else {
            out.u8(0x01);
        }
    }

    /**
     * {@code return} or {@code return_call} to a function with the same results. Both skip the depth
     * decrement at the end of the body; that leak is deterministic (the embedder resets the depth before
     * each call), it only makes later calls reach the depth limit sooner.
     */
    private void returnOrTailCall() {
        int[] results = module.funcs.get(funcIndex).results();
        if (rnd.nextBoolean()) {
            for (int j = 0; j < module.funcs.size(); j++) {
                int callee = (funcIndex + 1 + j) % module.funcs.size();
                if (java.util.Arrays.equals(module.funcs.get(callee).results(), results)) {
                    pushArgs(callee);
                    out.u8(0x12);
                    out.u32(callee);
                    return;
                }
            }
        }
        pushAll(results);
        out.u8(0x0F);
    }

    /**
     * A {@code block} or {@code loop} typed by function {@code sig}'s type index (multi-value: it takes
     * the parameters from the stack). The body stores or drops them, so branches to a loop pass them.
     */
    private void typedBlock(int sig, int depth) {
        Sig type = module.funcs.get(sig);
        pushArgs(sig);
        boolean loop = rnd.nextInt(3) == 0;
        out.u8(loop ? 0x03 : 0x02);
        out.s64(2L * sig);
        if (loop) {
            fuelCheck();
        }
        int[] params = type.params();
        for (int i = params.length - 1; i >= 0; i--) {
            int l = localOfType(params[i]);
            if (l >= 0 && rnd.nextBoolean()) {
                out.u8(0x21);
                out.u32(l);
            } else {
                out.u8(0x1A);
            }
        }
        labels.add(loop ? params : type.results());
        stmts(rnd.nextInt(3), 1);
        for (int t : type.results()) {
            expr(t, depth - 1);
        }
        labels.removeLast();
        out.u8(0x0B);
    }

    /** A loop with its own counter local (1..8 iterations) and the global fuel check at the top. */
    private void loop(int depth) {
        int counter = newLocal(I32);
        out.u8(0x41);
        out.s64(1 + rnd.nextInt(8));
        out.u8(0x21);
        out.u32(counter);
        out.u8(0x03);
        out.u8(0x40);
        labels.add(new int[0]);
        fuelCheck();
        stmts(1 + rnd.nextInt(4), depth - 1);
        out.u8(0x20);
        out.u32(counter);
        out.u8(0x41);
        out.s64(1);
        out.u8(0x6B);
        out.u8(0x22);
        out.u32(counter);
        out.u8(0x0D);
        out.u32(0);
        labels.removeLast();
        out.u8(0x0B);
    }

    private int pickLabel() {
        return rnd.nextInt(labels.size());
    }

    private int[] labelTypes(int relDepth) {
        return labels.get(labels.size() - 1 - relDepth);
    }

    private void pushAll(int[] types) {
        for (int t : types) {
            expr(t, 2);
        }
    }

    private void br() {
        if (rnd.nextInt(3) != 0) {
            return; // keep unconditional branches rare: the rest of the block becomes dead
        }
        int l = pickLabel();
        pushAll(labelTypes(l));
        out.u8(0x0C);
        out.u32(l);
    }

    private void brIf() {
        int l = pickLabel();
        int[] types = labelTypes(l);
        pushAll(types);
        expr(I32, 2);
        out.u8(0x0D);
        out.u32(l);
        for (int i = 0; i < types.length; i++) {
            out.u8(0x1A);
        }
    }

    private void brTable() {
        int l = pickLabel();
        int[] types = labelTypes(l);
        List<Integer> same = new ArrayList<>();
        for (int d = 0; d < labels.size(); d++) {
            if (java.util.Arrays.equals(labelTypes(d), types)) {
                same.add(d);
            }
        }
        pushAll(types);
        expr(I32, 2);
        out.u8(0x0E);
        int n = rnd.nextInt(5);
        out.u32(n);
        for (int i = 0; i < n; i++) {
            out.u32(same.get(rnd.nextInt(same.size())));
        }
        out.u32(l);
    }

    private void call(int callee) {
        pushArgs(callee);
        out.u8(0x10);
        out.u32(callee);
    }

    private void callIndirect(int typeOf) {
        pushArgs(typeOf);
        int r = rnd.nextInt(4);
        if (r < 2) {
            out.u8(0x41);
            out.s64(typeOf); // slot i mostly holds function i
        } else if (r < 3) {
            out.u8(0x41);
            out.s64(rnd.nextInt(module.tableSize + 2));
        } else {
            expr(I32, 1);
        }
        out.u8(0x11);
        out.u32(2L * typeOf);
        out.u8(0x00);
    }

    /**
     * Mostly replaces a call to an earlier function (or itself) by one to a later function of the same
     * signature, so that call graphs are mostly acyclic and fewer calls end at the depth limit.
     */
    private int preferLater(int callee) {
        if (callee > funcIndex || rnd.nextInt(4) == 0) {
            return callee;
        }
        Sig sig = module.funcs.get(callee);
        for (int j = funcIndex + 1; j < module.funcs.size(); j++) {
            Sig other = module.funcs.get(j);
            if (java.util.Arrays.equals(other.params(), sig.params())
                    && java.util.Arrays.equals(other.results(), sig.results())) {
                return j;
            }
        }
        return callee;
    }

    private void pushArgs(int callee) {
        for (int p : module.funcs.get(callee).params()) {
            expr(p, 2);
        }
    }

    /** Pushes one value of type {@code t}. */
    void expr(int t, int depth) {
        budget--;
        if (depth <= 0 || budget <= 0) {
            leaf(t);
            return;
        }
        int r = rnd.nextInt(100);
        if (r < 15) {
            leaf(t);
        } else if (r < 50) {
            NumericOps.emit(this, t, depth);
        } else if (r < 58) {
            MemoryOps.load(this, t);
        } else if (r < 63) {
            expr(t, depth - 1);
            expr(t, depth - 1);
            expr(I32, depth - 1);
            out.u8(0x1B);
        } else if (r < 68) {
            out.u8(0x02);
            out.u8(t);
            labels.add(new int[] {t});
            stmts(1 + rnd.nextInt(3), 1);
            expr(t, depth - 1);
            labels.removeLast();
            out.u8(0x0B);
        } else if (r < 73) {
            expr(I32, depth - 1);
            out.u8(0x04);
            out.u8(t);
            labels.add(new int[] {t});
            stmts(rnd.nextInt(2), 1);
            expr(t, depth - 1);
            out.u8(0x05);
            stmts(rnd.nextInt(2), 1);
            expr(t, depth - 1);
            labels.removeLast();
            out.u8(0x0B);
        } else if (r < 78) {
            int l = localOfType(t);
            if (l < 0) {
                leaf(t);
                return;
            }
            expr(t, depth - 1);
            out.u8(0x22);
            out.u32(l);
        } else if (r < 90) {
            List<Integer> callees = new ArrayList<>();
            for (int i = 0; i < module.funcs.size(); i++) {
                int[] res = module.funcs.get(i).results();
                if (res.length == 1 && res[0] == t) {
                    callees.add(i);
                }
            }
            if (callees.isEmpty()) {
                NumericOps.emit(this, t, depth);
            } else if (r < 83) {
                call(preferLater(callees.get(rnd.nextInt(callees.size()))));
            } else if (r < 86) {
                typedBlock(callees.get(rnd.nextInt(callees.size())), depth);
            } else {
                callIndirect(callees.get(rnd.nextInt(callees.size())));
            }
        } else if (r < 94 && t == I32) {
            if (rnd.nextBoolean()) {
                out.u8(0x3F);
                out.u8(0x00);
            } else {
                MemoryOps.grow(this);
            }
        } else {
            NumericOps.emit(this, t, depth);
        }
    }

    private int localOfType(int t) {
        int start = rnd.nextInt(numGeneralLocals);
        for (int i = 0; i < numGeneralLocals; i++) {
            int l = (start + i) % numGeneralLocals;
            if (locals.get(l) == t) {
                return l;
            }
        }
        return -1;
    }

    private void leaf(int t) {
        int r = rnd.nextInt(10);
        if (r < 4) {
            int l = localOfType(t);
            if (l >= 0) {
                out.u8(0x20);
                out.u32(l);
                return;
            }
        } else if (r < 6) {
            int start = 2 + rnd.nextInt(module.globals.size() - 2);
            for (int i = start; i < module.globals.size(); i++) {
                if (module.globals.get(i) == t) {
                    out.u8(0x23);
                    out.u32(i);
                    return;
                }
            }
        }
        Values.constant(out, t, rnd);
    }

    /** Replaces a NaN on top of the stack (type f32/f64) by the positive canonical NaN. */
    void canonicalize(int t) {
        int s = t == F32 ? scratchF32 : scratchF64;
        out.u8(0x21);
        out.u32(s);
        out.u8(0x20);
        out.u32(s);
        if (t == F32) {
            out.u8(0x43);
            out.f32(0x7FC0_0000);
        } else {
            out.u8(0x44);
            out.f64(0x7FF8_0000_0000_0000L);
        }
        out.u8(0x20);
        out.u32(s);
        out.u8(0x20);
        out.u32(s);
        out.u8(t == F32 ? 0x5B : 0x61);
        out.u8(0x1B);
    }

    static boolean isFloat(int t) {
        return t == F32 || t == F64;
    }

    static int otherInt(int t) {
        return t == I32 ? I64 : I32;
    }
}
