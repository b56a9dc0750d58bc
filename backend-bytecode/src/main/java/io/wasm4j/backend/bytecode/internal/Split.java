package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.INST_DESC;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.ValType;
import io.wasm4j.core.code.FunctionCode;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * One function compiled as several methods, so that each stays below HotSpot's JIT limit (see
 * docs/adr/0029): its own method {@code f<i>} and region methods {@code f<i>$<k>(long[], Object[],
 * BcInstance) → int}, one per run of the {@link RegionPlan}.
 *
 * <p>The function's locals live in a {@link Frame} (two arrays allocated at entry) that every method of the
 * function reads and writes. A method reaching the start of a run stores the operand stack values above
 * the run's body base into the frame's transfer slots, calls the run's method and dispatches on the int it
 * returns: {@link #EXIT_FALL} (the run's end was reached; its stack values are in the transfer slots), {@link
 * #EXIT_RETURN} (the function returns; results in the transfer slots), {@link #EXIT_TAIL} (a tail call is
 * pending: return a dummy result), {@link #EXIT_RESTART} (a tail call of the function itself: the
 * arguments are in the frame's parameters) or {@link #EXIT_BRANCH}{@code + b} (a branch to block {@code
 * b}, its values in the transfer slots). A method that does not contain block {@code b} passes the exit on
 * to its own caller; the function's own method handles every exit.
 */
final class Split {
    static final int EXIT_FALL = 0;
    static final int EXIT_RETURN = 1;
    static final int EXIT_TAIL = 2;
    static final int EXIT_RESTART = 3;
    static final int EXIT_BRANCH = 4;

    /**
     * The descriptor of a region method: {@code (long[] frame, Object[] frame, BcInstance) → exit}, plus the
     * frame's {@code int depth} after the instance when frames are counted (see {@link CallDepth}).
     */
    static String regionDesc(boolean counted) {
        return "([J[Ljava/lang/Object;" + INST_DESC + (counted ? "I" : "") + ")I";
    }

    final ChunkCompiler chunk;
    final int funcIndex;
    final RegionPlan plan;
    /** Shared by all methods of the function (null when fuel is off). */
    final FuelCosts fuel;

    private final ClassVisitor cw;
    private final FunctionCode fc;
    private final int localCount;
    private final int frameSize;
    private int regions;

    Split(ChunkCompiler chunk, ClassVisitor cw, int funcIndex, RegionPlan plan) {
        this.chunk = chunk;
        this.cw = cw;
        this.funcIndex = funcIndex;
        this.plan = plan;
        this.fc = chunk.validated.functionCode(funcIndex);
        this.fuel = chunk.facts.consumeFuel ? FuelCosts.of(chunk.wasm.bytes(), fc) : null;
        this.localCount = fc.locals().size();
        int results = chunk.wasm.funcTypeOf(funcIndex).results().size();
        this.frameSize = localCount + Math.max(fc.maxStackHeight(), results) + 1;
    }

    /** Compiles the function's own method into {@code mv}; region methods are added to the class as met. */
    void compile(MethodVisitor mv) {
        new FuncCompiler(chunk, mv, funcIndex, this, -1, -1).compile();
    }

    /** The number of region methods emitted. */
    int regionCount() {
        return regions;
    }

    /** The frame slot of transfer value {@code i}. */
    int transfer(int i) {
        return localCount + i;
    }

    /** At the function's entry: allocates the frame and copies the parameters into it. */
    void enterFunction(FuncCompiler c) {
        c.iconst(frameSize);
        c.mv.visitIntInsn(NEWARRAY, T_LONG);
        c.mv.visitVarInsn(ASTORE, c.frameJ);
        c.iconst(frameSize);
        c.mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        c.mv.visitVarInsn(ASTORE, c.frameA);
        for (int i = 0; i < fc.paramCount(); i++) {
            int k = c.localKind(i);
            c.mv.visitVarInsn(Kinds.load(k), c.paramSlot(i));
            Frame.store(c, k, i);
        }
    }

    /** After the entry label (also reached by a tail call of the function itself): zeroes the declared locals. */
    void zeroLocals(FuncCompiler c) {
        int p = fc.paramCount();
        if (localCount == p) {
            return;
        }
        c.mv.visitVarInsn(ALOAD, c.frameJ);
        c.iconst(p);
        c.iconst(localCount);
        c.mv.visitInsn(LCONST_0);
        c.mv.visitMethodInsn(INVOKESTATIC, "java/util/Arrays", "fill", "([JIIJ)V", false);
        c.mv.visitVarInsn(ALOAD, c.frameA);
        c.iconst(p);
        c.iconst(localCount);
        c.mv.visitInsn(ACONST_NULL);
        c.mv.visitMethodInsn(
                INVOKESTATIC, "java/util/Arrays", "fill", "([Ljava/lang/Object;IILjava/lang/Object;)V", false);
        for (int i = p; i < localCount; i++) {
            if (c.localKind(i) == Kinds.V) {
                Kinds.zero(c.mv, Kinds.V);
                Frame.store(c, Kinds.V, i);
            }
        }
    }

    /**
     * Leaves region method {@code c} with exit {@code code}, passing the top {@code n} stack values (in their
     * homes) in the transfer slots.
     */
    void exit(FuncCompiler c, int n, int code) {
        for (int i = 0; i < n; i++) {
            int d = c.height - n + i;
            c.loadHome(d);
            Frame.store(c, c.kinds[d], transfer(i));
        }
        c.iconst(code);
        c.mv.visitInsn(IRETURN);
        if (code != EXIT_FALL) {
            c.exits.set(code);
        }
    }

    /** In region method {@code c}: a branch to target {@code t} outside it (the stack is spilled). */
    void exitBranch(FuncCompiler c, int t) {
        int b = fc.targetBlock(t);
        exit(c, fc.targetArity(t), b < 0 ? EXIT_RETURN : EXIT_BRANCH + b);
    }

    /** In method {@code p}, at the start of run {@code [start, end)}: compiles the run's method and calls it. */
    void callRegion(FuncCompiler p, int start, int end) {
        p.spillAll();
        int base = p.ctlTop > 0 ? fc.blockHeight(p.ctl[p.ctlTop - 1]) : p.regionBase;
        int[] entry = Arrays.copyOfRange(p.kinds, base, p.height);
        // the region method adds this function's frame to the backtrace of what it throws
        p.sites.gap();
        for (int i = 0; i < entry.length; i++) {
            p.loadHome(base + i);
            Frame.store(p, entry[i], transfer(i));
        }
        p.height = base;
        p.jvmBase = base;
        String name = ChunkCompiler.methodName(funcIndex) + "$" + regions++;
        String desc = regionDesc(p.depthSlot >= 0);
        MethodVisitor rmv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, name, desc, null, null);
        FuncCompiler rc = new FuncCompiler(chunk, rmv, funcIndex, this, start, end);
        compileRegion(rc, base, entry);
        p.mv.visitVarInsn(ALOAD, p.frameJ);
        p.mv.visitVarInsn(ALOAD, p.frameA);
        p.loadInst();
        if (p.depthSlot >= 0) {
            // the same wasm frame: the same depth
            p.mv.visitVarInsn(ILOAD, p.depthSlot);
        }
        p.mv.visitMethodInsn(INVOKESTATIC, chunk.className, name, desc, false);
        dispatch(p, rc.exits.stream().toArray(), rc.fallKinds);
    }

    /**
     * Compiles region method {@code rc}: the run of instructions from {@code rc.regionStart} to {@code
     * rc.regionEnd}, starting with the values {@code entry} (kinds) above stack height {@code base}, which
     * the caller passed in the transfer slots.
     */
    private void compileRegion(FuncCompiler rc, int base, int[] entry) {
        rc.mv.visitCode();
        rc.r.position(rc.regionStart);
        rc.sites.site(rc.regionStart);
        rc.reloadSegment();
        rc.regionBase = base;
        rc.height = base;
        rc.jvmBase = base;
        for (int i = 0; i < entry.length; i++) {
            Frame.load(rc, entry[i], transfer(i));
            rc.push(entry[i]);
        }
        rc.body(rc.regionEnd);
        if (!rc.dead) {
            rc.spillAll();
            rc.fallKinds = Arrays.copyOfRange(rc.kinds, base, rc.height);
            exit(rc, rc.height - base, EXIT_FALL);
        }
        rc.finishMethod();
    }

    private void dispatch(FuncCompiler p, int[] codes, int[] fall) {
        Label fallLabel = new Label();
        if (codes.length == 0) {
            p.mv.visitInsn(POP);
            if (fall == null) {
                p.mv.visitInsn(ACONST_NULL);
                p.mv.visitInsn(ATHROW);
            }
        } else {
            Label[] labels = new Label[codes.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = new Label();
            }
            if (fall != null) {
                p.mv.visitLookupSwitchInsn(fallLabel, codes, labels);
            } else if (codes.length == 1) {
                p.mv.visitInsn(POP);
            } else {
                int last = codes.length - 1;
                p.mv.visitLookupSwitchInsn(labels[last], Arrays.copyOf(codes, last), Arrays.copyOf(labels, last));
            }
            for (int i = 0; i < codes.length; i++) {
                p.mv.visitLabel(labels[i]);
                onExit(p, codes[i]);
            }
        }
        if (fall == null) {
            p.dead = true;
            return;
        }
        p.mv.visitLabel(fallLabel);
        p.reloadSegment();
        for (int i = 0; i < fall.length; i++) {
            Frame.load(p, fall[i], transfer(i));
            p.push(fall[i]);
        }
        p.dead = false;
    }

    /** In method {@code p}, after a region call returned exit {@code code} (not {@link #EXIT_FALL}). */
    private void onExit(FuncCompiler p, int code) {
        boolean region = p.regionStart >= 0;
        if (code >= EXIT_BRANCH && p.blockLabel[code - EXIT_BRANCH] != null) {
            int b = code - EXIT_BRANCH;
            boolean loop = chunk.wasm.bytes()[fc.blockOffset(b)] == 0x03;
            List<ValType> types =
                    loop ? fc.blockType(b).params() : fc.blockType(b).results();
            int th = fc.blockHeight(b);
            p.reloadSegment();
            for (int i = 0; i < types.size(); i++) {
                int k = Kinds.of(types.get(i));
                Frame.load(p, k, transfer(i));
                p.mv.visitVarInsn(Kinds.store(k), p.slot(th + i, k));
            }
            p.mv.visitJumpInsn(GOTO, p.blockLabel[b]);
        } else if (region) {
            // not ours: the values stay in the transfer slots for the method that handles it
            p.iconst(code);
            p.mv.visitInsn(IRETURN);
            p.exits.set(code);
        } else if (code == EXIT_RETURN) {
            returnFromTransfer(p);
        } else if (code == EXIT_TAIL) {
            Exits.returnAfterTailCall(p);
        } else if (code == EXIT_RESTART) {
            p.mv.visitJumpInsn(GOTO, p.entry);
        } else {
            throw new IllegalStateException("exit to block " + (code - EXIT_BRANCH) + " outside function " + funcIndex);
        }
    }

    /** In the function's own method: returns the results a region left in the transfer slots. */
    private void returnFromTransfer(FuncCompiler p) {
        List<ValType> results = p.type.results();
        int n = results.size();
        if (n == 0) {
            p.mv.visitInsn(RETURN);
        } else if (n == 1) {
            int k = Kinds.of(results.getFirst());
            Frame.load(p, k, transfer(0));
            p.mv.visitInsn(Kinds.returnOp(k));
        } else {
            p.iconst(n);
            p.mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
            for (int i = 0; i < n; i++) {
                int k = Kinds.of(results.get(i));
                p.mv.visitInsn(DUP);
                p.iconst(i);
                Frame.load(p, k, transfer(i));
                Kinds.box(p.mv, k);
                p.mv.visitInsn(AASTORE);
            }
            p.mv.visitInsn(ARETURN);
        }
    }
}
