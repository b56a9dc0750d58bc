package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.A;
import static io.wasm4j.backend.bytecode.internal.Kinds.I;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST;
import static io.wasm4j.backend.bytecode.internal.Kinds.J;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.WasmModule;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.FunctionCode;
import io.wasm4j.core.code.Opcode;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles one function body into one static method.
 *
 * <h2>Operand stack model</h2>
 * Every WebAssembly operand stack entry at depth {@code d} with kind {@code k} has a home JVM local,
 * {@link #slot(int, int)}. Entries below {@link #jvmBase} live in their homes; entries from {@code jvmBase}
 * up to {@link #height} are on the JVM operand stack, in order. Instructions ask for their operands on the
 * JVM stack with {@link #need(int)}; control instructions first {@link #spillAll()}, so the JVM operand
 * stack is empty at every branch target, loop header and exception handler (which C2's OSR and the
 * verifier's frames like), and a branch is moves between homes and a {@code goto}.
 */
final class FuncCompiler {
    private static final String STORE = "io/wasm4j/spi/StoreContext";
    private static final Handle INTERRUPT_SITE = new Handle(
            H_INVOKESTATIC,
            "io/wasm4j/backend/bytecode/internal/Rt",
            "interruptSite",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;",
            false);

    final ChunkCompiler chunk;
    final WasmModule w;
    final MethodVisitor mv;
    final FunctionCode fc;
    final int funcIndex;
    final FuncType type;
    final CodeReader r;

    private final int[] localSlot;
    private final int[] localKind;
    final int instSlot;
    int segSlot = -1;
    /** The {@code int depth} parameter when frames are counted (see {@link CallDepth}), else -1. */
    final int depthSlot;

    final CodeSites sites;
    /** The split function this method belongs to, or null when the function is one method (see {@link Split}). */
    final Split split;
    /** In a region method: its first instruction and the end of its run; {@code -1} in the function's own method. */
    final int regionStart;

    final int regionEnd;
    /** In split mode: the JVM locals holding the frame's numeric and reference arrays. */
    int frameJ = -1;

    int frameA = -1;
    /** In a region method: the operand stack height its run starts from (values above it are passed in). */
    int regionBase;
    /** In a region method: the exit codes it returns besides falling through (see {@link Split}). */
    final java.util.BitSet exits = new java.util.BitSet();
    /** In a region method: the kinds of the values it passes on when it falls through, or null if it never does. */
    int[] fallKinds;
    /** The fuel charged at each check, or null when fuel is off. */
    private final FuelCosts fuel;

    private int nextLocal;
    private final int[] temps = new int[Kinds.COUNT + 1];

    /** The instruction being compiled (for emitters that pass it to runtime helpers). */
    Opcode currentOp;

    int[] kinds;
    int height;
    int jvmBase;
    private int[] slots;

    final Label[] blockLabel;
    private final Label[] elseLabel;
    private final boolean[] elseSeen;
    final Label[] tryStart;
    final Label[] tryHandler;
    final Label[] dispatch;
    final Label[] nextCatch;
    final int[] caught;
    final boolean[] dispatchUsed;
    Label outerRethrow;
    final Label entry = new Label();
    int[] ctl = new int[16];
    int ctlTop;
    boolean dead;
    private int deadDepth;

    FuncCompiler(ChunkCompiler chunk, MethodVisitor mv, int funcIndex) {
        this(chunk, mv, funcIndex, null, -1, -1);
    }

    /**
     * A compiler of the function's own method ({@code regionStart} -1) or of one region method of a split
     * function ({@code split} non-null).
     */
    FuncCompiler(ChunkCompiler chunk, MethodVisitor mv, int funcIndex, Split split, int regionStart, int regionEnd) {
        this.chunk = chunk;
        this.split = split;
        this.regionStart = regionStart;
        this.regionEnd = regionEnd;
        this.w = chunk.wasm;
        this.mv = mv;
        this.funcIndex = funcIndex;
        this.fc = chunk.validated.functionCode(funcIndex);
        this.type = w.funcTypeOf(funcIndex);
        byte[] bytes = w.bytes();
        this.r = new CodeReader(bytes, fc.bodyStart(), fc.bodyEnd());
        this.fuel = split != null ? split.fuel : chunk.facts.consumeFuel ? FuelCosts.of(bytes, fc) : null;
        List<ValType> locals = fc.locals();
        localSlot = new int[locals.size()];
        localKind = new int[locals.size()];
        int next = 0;
        if (regionStart >= 0) {
            frameJ = next++;
            frameA = next++;
        }
        for (int i = 0; i < fc.paramCount(); i++) {
            localKind[i] = Kinds.of(locals.get(i));
            localSlot[i] = next;
            if (regionStart < 0) {
                next += Kinds.size(localKind[i]);
            }
        }
        instSlot = next++;
        // a region method gets the depth of its function's frame as a parameter too (see Split)
        depthSlot = chunk.facts.depthLimit > 0 ? next++ : -1;
        if (split != null && regionStart < 0) {
            frameJ = next++;
            frameA = next++;
        }
        // the segment and the scratch locals come before the declared locals, so that they stay within
        // the one-byte local indices even in functions with hundreds of locals
        if (w.memoryCount() > 0 && chunk.facts.usesMemory0(funcIndex)) {
            segSlot = next++;
        }
        sites = new CodeSites(mv);
        for (int k = 0; k <= Kinds.COUNT; k++) {
            temps[k] = next;
            next += k == Kinds.J || k == Kinds.D || k == Kinds.COUNT ? 2 : 1;
        }
        for (int i = fc.paramCount(); i < locals.size(); i++) {
            localKind[i] = Kinds.of(locals.get(i));
            localSlot[i] = next;
            if (split == null) {
                next += Kinds.size(localKind[i]);
            }
        }
        nextLocal = next;
        kinds = new int[fc.maxStackHeight() + 4];
        slots = new int[(fc.maxStackHeight() + 4) * Kinds.COUNT];
        Arrays.fill(slots, -1);
        blockLabel = new Label[fc.blockCount()];
        elseLabel = new Label[fc.blockCount()];
        elseSeen = new boolean[fc.blockCount()];
        tryStart = new Label[fc.blockCount()];
        tryHandler = new Label[fc.blockCount()];
        dispatch = new Label[fc.blockCount()];
        nextCatch = new Label[fc.blockCount()];
        caught = new int[fc.blockCount()];
        dispatchUsed = new boolean[fc.blockCount()];
    }

    // ---- locals

    int newLocal(int kind) {
        int s = nextLocal;
        nextLocal += Kinds.size(kind);
        return s;
    }

    /** A scratch local of {@code kind} (kind {@code COUNT} is a second long), valid within one instruction. */
    int temp(int kind) {
        if (temps[kind] < 0) {
            temps[kind] = newLocal(kind == Kinds.COUNT ? J : kind);
        }
        return temps[kind];
    }

    int slot(int depth, int kind) {
        int key = depth * Kinds.COUNT + kind;
        if (key >= slots.length) {
            int old = slots.length;
            slots = Arrays.copyOf(slots, Math.max(key + 1, old * 2));
            Arrays.fill(slots, old, slots.length, -1);
        }
        if (slots[key] < 0) {
            slots[key] = newLocal(kind);
        }
        return slots[key];
    }

    // ---- operand stack

    void push(int kind) {
        if (height == kinds.length) {
            kinds = Arrays.copyOf(kinds, height * 2 + 4);
        }
        kinds[height++] = kind;
    }

    void pop(int n) {
        height -= n;
        if (jvmBase > height) {
            jvmBase = height;
        }
    }

    int topKind() {
        return kinds[height - 1];
    }

    private void storeHome(int d) {
        mv.visitVarInsn(Kinds.store(kinds[d]), slot(d, kinds[d]));
    }

    void loadHome(int d) {
        mv.visitVarInsn(Kinds.load(kinds[d]), slot(d, kinds[d]));
    }

    /** Makes the top {@code k} entries be on the JVM stack. */
    void need(int k) {
        if (jvmBase > height - k) {
            for (int d = height - 1; d >= jvmBase; d--) {
                storeHome(d);
            }
            for (int d = height - k; d < height; d++) {
                loadHome(d);
            }
            jvmBase = height - k;
        }
    }

    /** Moves every entry to its home, leaving the JVM stack empty. */
    void spillAll() {
        for (int d = height - 1; d >= jvmBase; d--) {
            storeHome(d);
        }
        jvmBase = height;
    }

    void loadInst() {
        mv.visitVarInsn(ALOAD, instSlot);
    }

    void iconst(int v) {
        iconst(mv, v);
    }

    /** Pushes the int constant {@code v} with the shortest instruction. */
    static void iconst(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    void lconst(long v) {
        if (v == 0 || v == 1) {
            mv.visitInsn(LCONST_0 + (int) v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Converts the i32 on top of the JVM stack to an unsigned long. */
    void u32ToLong() {
        mv.visitInsn(I2L);
        mv.visitLdcInsn(0xFFFF_FFFFL);
        mv.visitInsn(LAND);
    }

    void rt(String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, "io/wasm4j/backend/bytecode/internal/Rt", name, desc, false);
    }

    void num(String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, "io/wasm4j/backend/bytecode/internal/Num", name, desc, false);
    }

    /**
     * Spills, then loads the top {@code n} entries from their homes, converting i32 entries whose bit is
     * set in {@code widen} (bit 0 = deepest) to unsigned longs, and pops them from the model.
     */
    void loadOperands(int n, int widen) {
        spillAll();
        for (int i = 0; i < n; i++) {
            int d = height - n + i;
            loadHome(d);
            if ((widen & (1 << i)) != 0 && kinds[d] == I) {
                u32ToLong();
            }
        }
        pop(n);
    }

    // ---- method structure

    void compile() {
        mv.visitCode();
        if (depthSlot >= 0 && regionStart < 0) {
            // before the entry label, which self tail calls jump to with the same depth
            CallDepth.check(mv, chunk.facts.depthLimit, depthSlot);
        }
        if (split != null) {
            split.enterFunction(this);
        }
        mv.visitLabel(entry);
        sites.site(r.position());
        if (split != null) {
            split.zeroLocals(this);
        } else {
            for (int i = fc.paramCount(); i < localSlot.length; i++) {
                Kinds.zero(mv, localKind[i]);
                mv.visitVarInsn(Kinds.store(localKind[i]), localSlot[i]);
            }
        }
        reloadSegment();
        if (chunk.facts.entryCheck(funcIndex)) {
            interruptCheck(fuel == null ? 0 : fuel.entry());
        }
        body(fc.bodyEnd());
        finishMethod();
    }

    /** Compiles the instructions from the reader's position up to {@code end}. */
    void body(int end) {
        while (r.position() < end) {
            int pc = r.position();
            if (split != null && !dead) {
                int runEnd = split.plan.runAt(pc, regionStart, regionEnd);
                if (runEnd >= 0) {
                    split.callRegion(this, pc, runEnd);
                    r.position(runEnd);
                    continue;
                }
            }
            Opcode op = r.readOpcode();
            if (dead) {
                skipDead(op, pc);
            } else {
                if (CodeSites.mayThrow(op)) {
                    sites.site(pc);
                }
                instruction(op, pc);
            }
        }
    }

    /** Emits what follows the body: the rethrow of delegates to the caller, the code sites, the end. */
    void finishMethod() {
        if (outerRethrow != null) {
            mv.visitLabel(outerRethrow);
            mv.visitInsn(ATHROW);
        }
        // Visited last, so every handler of the body comes first in the exception table.
        Label bodyEnd = new Label();
        mv.visitLabel(bodyEnd);
        sites.finish(bodyEnd, funcIndex, instSlot);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    void reloadSegment() {
        if (segSlot >= 0) {
            loadInst();
            mv.visitFieldInsn(GETFIELD, INST, "memory0", "Lio/wasm4j/spi/LinearMemory;");
            mv.visitMethodInsn(
                    INVOKEINTERFACE,
                    "io/wasm4j/spi/LinearMemory",
                    "segment",
                    "()Ljava/lang/foreign/MemorySegment;",
                    true);
            mv.visitVarInsn(ASTORE, segSlot);
        }
    }

    /**
     * The interruption hook at a function entry or loop header: the store's epoch deadline and fuel when
     * they are on (compiled in only then), and the module's interruption switch: an {@code invokedynamic}
     * that returns a constant false until an instance is asked to stop, then reads the instance's word (see
     * {@link Interrupts}).
     */
    private void interruptCheck(long fuelUnits) {
        if (chunk.facts.pollEpoch) {
            loadStore();
            mv.visitMethodInsn(INVOKEVIRTUAL, STORE, "checkEpoch", "()V", false);
        }
        if (fuel != null) {
            loadStore();
            mv.visitLdcInsn(fuelUnits);
            mv.visitMethodInsn(INVOKEVIRTUAL, STORE, "consumeFuel", "(J)V", false);
        }
        Label ok = new Label();
        loadInst();
        mv.visitInvokeDynamicInsn("interruptPending", "(" + Kinds.INST_DESC + ")Z", INTERRUPT_SITE);
        mv.visitJumpInsn(IFEQ, ok);
        loadInst();
        rt("interrupted", "(" + Kinds.INST_DESC + ")V");
        mv.visitLabel(ok);
    }

    private void loadStore() {
        loadInst();
        mv.visitFieldInsn(GETFIELD, INST, "store", "L" + STORE + ";");
    }

    private void skipDead(Opcode op, int pc) {
        switch (op) {
            case BLOCK, LOOP, IF, TRY_TABLE, TRY -> {
                deadDepth++;
                r.position(fc.blockBodyStart(fc.blockAt(pc)));
            }
            case END -> {
                if (deadDepth > 0) {
                    deadDepth--;
                } else {
                    end();
                }
            }
            case ELSE -> {
                if (deadDepth == 0) {
                    elseClause();
                }
            }
            case CATCH, CATCH_ALL -> {
                int tag = op == Opcode.CATCH ? r.readU32() : -1;
                if (deadDepth == 0) {
                    LegacyTry.catchClause(this, tag);
                }
            }
            case DELEGATE -> {
                r.readU32();
                if (deadDepth > 0) {
                    deadDepth--;
                } else {
                    LegacyTry.delegate(this, pc);
                }
            }
            default -> r.skipImmediates(op);
        }
    }

    private void instruction(Opcode op, int pc) {
        switch (op) {
            case UNREACHABLE -> {
                iconst(io.wasm4j.spi.TrapCode.UNREACHABLE.ordinal());
                rt("trap", "(I)Lio/wasm4j/spi/Trap;");
                mv.visitInsn(ATHROW);
                dead = true;
            }
            case NOP -> {}
            case BLOCK, LOOP, IF, TRY_TABLE, TRY -> enter(op, fc.blockAt(pc));
            case CATCH -> LegacyTry.catchClause(this, r.readU32());
            case CATCH_ALL -> LegacyTry.catchClause(this, -1);
            case DELEGATE -> {
                r.readU32();
                LegacyTry.delegate(this, pc);
            }
            case RETHROW -> {
                r.readU32();
                int d = fc.targetBlock(fc.branchFirstTarget(fc.branchAt(pc)));
                mv.visitVarInsn(ALOAD, caught[d]);
                mv.visitInsn(ATHROW);
                dead = true;
            }
            case THROW -> {
                Exceptions.throwTag(this, r.readU32());
                dead = true;
            }
            case THROW_REF -> {
                Exceptions.throwRef(this);
                dead = true;
            }
            case ELSE -> elseClause();
            case END -> end();
            case BR -> {
                r.readU32();
                spillAll();
                branch(fc.branchFirstTarget(fc.branchAt(pc)));
                dead = true;
            }
            case BR_IF -> {
                r.readU32();
                spillAll();
                loadHome(height - 1);
                pop(1);
                conditionalBranch(IFEQ, fc.branchFirstTarget(fc.branchAt(pc)));
            }
            case BR_TABLE -> {
                r.skipImmediates(op);
                brTable(fc.branchAt(pc));
                dead = true;
            }
            case RETURN -> {
                Exits.doReturn(this);
                dead = true;
            }
            case DROP -> {
                if (jvmBase < height) {
                    mv.visitInsn(Kinds.size(topKind()) == 2 ? POP2 : POP);
                }
                pop(1);
            }
            case SELECT, SELECT_T -> {
                r.skipImmediates(op);
                select();
            }
            case LOCAL_GET -> {
                int i = r.readU32();
                loadLocal(i);
                push(localKind[i]);
            }
            case LOCAL_SET -> {
                int i = r.readU32();
                need(1);
                storeLocal(i);
                pop(1);
            }
            case LOCAL_TEE -> {
                int i = r.readU32();
                need(1);
                mv.visitInsn(Kinds.size(localKind[i]) == 2 ? DUP2 : DUP);
                storeLocal(i);
            }
            default -> {
                if (!Calls.emit(this, op, pc)
                        && !NumericEmitter.emit(this, op)
                        && !MemoryEmitter.emit(this, op)
                        && !TableEmitter.emit(this, op, pc)
                        && !SimdEmitter.emit(this, op)
                        && !GcEmitter.emit(this, op, pc)
                        && !WideEmitter.emit(this, op)) {
                    throw new UnsupportedOperationException("bytecode backend: " + op.mnemonic() + " not supported");
                }
            }
        }
    }

    /** Pushes local {@code i} on the JVM stack (from the frame when the function is split). */
    void loadLocal(int i) {
        if (split == null) {
            mv.visitVarInsn(Kinds.load(localKind[i]), localSlot[i]);
        } else {
            Frame.load(this, localKind[i], i);
        }
    }

    /** Stores the value on top of the JVM stack into local {@code i}. */
    void storeLocal(int i) {
        if (split == null) {
            mv.visitVarInsn(Kinds.store(localKind[i]), localSlot[i]);
        } else {
            Frame.store(this, localKind[i], i);
        }
    }

    int localKind(int i) {
        return localKind[i];
    }

    /** The JVM slot of parameter {@code i} in the function's own method. */
    int paramSlot(int i) {
        return localSlot[i];
    }

    // ---- control

    private void pushCtl(int b) {
        if (ctlTop == ctl.length) {
            ctl = Arrays.copyOf(ctl, ctlTop * 2);
        }
        ctl[ctlTop++] = b;
    }

    private void enter(Opcode op, int b) {
        spillAll();
        r.position(fc.blockBodyStart(b));
        blockLabel[b] = new Label();
        if (op == Opcode.IF) {
            elseLabel[b] = new Label();
            loadHome(height - 1);
            pop(1);
            mv.visitJumpInsn(IFEQ, elseLabel[b]);
        }
        pushCtl(b);
        if (op == Opcode.TRY_TABLE || op == Opcode.TRY) {
            tryStart[b] = new Label();
            tryHandler[b] = new Label();
            mv.visitLabel(tryStart[b]);
            mv.visitInsn(NOP);
        }
        if (op == Opcode.TRY) {
            dispatch[b] = new Label();
            caught[b] = newLocal(A);
        }
        if (op == Opcode.LOOP) {
            mv.visitLabel(blockLabel[b]);
            interruptCheck(fuel == null ? 0 : fuel.loop(b));
        }
    }

    private void elseClause() {
        int b = ctl[ctlTop - 1];
        if (!dead) {
            spillAll();
            mv.visitJumpInsn(GOTO, blockLabel[b]);
        }
        mv.visitLabel(elseLabel[b]);
        elseSeen[b] = true;
        resetTo(fc.blockHeight(b), fc.blockType(b).params());
        dead = false;
    }

    void resetTo(int base, List<ValType> types) {
        height = base;
        for (ValType t : types) {
            push(Kinds.of(t));
        }
        jvmBase = height;
    }

    private void end() {
        if (ctlTop == 0) {
            if (!dead) {
                Exits.doReturn(this);
            }
            dead = true;
            return;
        }
        int b = ctl[--ctlTop];
        boolean loop = fc.blockOffset(b) >= 0 && w.bytes()[fc.blockOffset(b)] == 0x03;
        if (!dead) {
            spillAll();
        }
        if (loop) {
            // a loop's label is its start: the code after it is reached only by falling through
            if (!dead) {
                resetTo(fc.blockHeight(b), fc.blockType(b).results());
            }
            return;
        }
        if (dispatch[b] != null) {
            if (!dead) {
                mv.visitJumpInsn(GOTO, blockLabel[b]);
            }
            if (nextCatch[b] != null) {
                mv.visitLabel(nextCatch[b]);
                mv.visitVarInsn(ALOAD, caught[b]);
                mv.visitInsn(ATHROW);
            } else if (dispatchUsed[b]) {
                mv.visitLabel(dispatch[b]);
                mv.visitVarInsn(ALOAD, caught[b]);
                mv.visitInsn(ATHROW);
            }
        } else if (tryStart[b] != null) {
            if (!dead) {
                mv.visitJumpInsn(GOTO, blockLabel[b]);
            }
            Exceptions.handler(this, b, tryStart[b], tryHandler[b]);
        }
        if (elseLabel[b] != null && !elseSeen[b]) {
            mv.visitLabel(elseLabel[b]);
        }
        mv.visitLabel(blockLabel[b]);
        resetTo(fc.blockHeight(b), fc.blockType(b).results());
        dead = false;
    }

    /** Branches to target {@code t}; the stack is spilled. */
    void branch(int t) {
        int b = fc.targetBlock(t);
        if (regionStart >= 0 && (b < 0 || blockLabel[b] == null)) {
            split.exitBranch(this, t);
            return;
        }
        if (b < 0) {
            int saved = jvmBase;
            Exits.doReturn(this);
            jvmBase = saved;
            return;
        }
        int n = fc.targetArity(t);
        int th = fc.targetHeight(t);
        for (int i = 0; i < n; i++) {
            int src = height - n + i;
            int dst = th + i;
            if (src != dst) {
                mv.visitVarInsn(Kinds.load(kinds[src]), slot(src, kinds[src]));
                mv.visitVarInsn(Kinds.store(kinds[src]), slot(dst, kinds[src]));
            }
        }
        mv.visitJumpInsn(GOTO, blockLabel[b]);
    }

    /** Emits {@code ifNot skip; branch(t); skip:}, with the condition on the JVM stack and the rest spilled. */
    void conditionalBranch(int ifNot, int t) {
        int b = fc.targetBlock(t);
        int n = fc.targetArity(t);
        if (b >= 0 && blockLabel[b] != null && (n == 0 || fc.targetHeight(t) == height - n)) {
            mv.visitJumpInsn(invert(ifNot), blockLabel[b]);
            return;
        }
        Label skip = new Label();
        mv.visitJumpInsn(ifNot, skip);
        branch(t);
        mv.visitLabel(skip);
    }

    private static int invert(int jump) {
        return switch (jump) {
            case IFEQ -> IFNE;
            case IFNE -> IFEQ;
            case IFNULL -> IFNONNULL;
            case IFNONNULL -> IFNULL;
            default -> throw new IllegalArgumentException("jump " + jump);
        };
    }

    private void brTable(int branch) {
        spillAll();
        loadHome(height - 1);
        pop(1);
        int first = fc.branchFirstTarget(branch);
        int count = fc.branchTargetCount(branch);
        Label[] stubs = new Label[count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < i && stubs[i] == null; j++) {
                if (sameTarget(first + i, first + j)) {
                    stubs[i] = stubs[j];
                }
            }
            if (stubs[i] == null) {
                stubs[i] = new Label();
            }
        }
        Label[] cases = Arrays.copyOf(stubs, count - 1);
        if (cases.length == 0) {
            mv.visitInsn(POP);
            mv.visitJumpInsn(GOTO, stubs[0]);
        } else {
            mv.visitTableSwitchInsn(0, cases.length - 1, stubs[count - 1], cases);
        }
        boolean[] done = new boolean[count];
        for (int i = 0; i < count; i++) {
            boolean seen = false;
            for (int j = 0; j < i; j++) {
                seen |= stubs[j] == stubs[i];
            }
            if (!seen && !done[i]) {
                done[i] = true;
                mv.visitLabel(stubs[i]);
                branch(first + i);
            }
        }
    }

    private boolean sameTarget(int a, int b) {
        return fc.targetBlock(a) == fc.targetBlock(b)
                && fc.targetArity(a) == fc.targetArity(b)
                && fc.targetHeight(a) == fc.targetHeight(b);
    }

    private void select() {
        spillAll();
        loadHome(height - 1);
        pop(1);
        Label keep = new Label();
        mv.visitJumpInsn(IFNE, keep);
        int k = kinds[height - 1];
        mv.visitVarInsn(Kinds.load(k), slot(height - 1, k));
        mv.visitVarInsn(Kinds.store(k), slot(height - 2, k));
        mv.visitLabel(keep);
        pop(1);
    }
}
