package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.I;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST_DESC;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.code.Opcode;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;

/**
 * Calls: direct calls ({@code invokestatic} within a class, {@code invokedynamic} bound once to a
 * constant call site across classes, the typed {@code MethodHandle} of imports), {@code call_indirect} and
 * {@code call_ref} (a type check on canonical types, then the target's typed handle). Tail calls are
 * compiled as a call followed by a return (see ADR 0005).
 */
final class Calls {
    private static final String MH = "java/lang/invoke/MethodHandle";
    private static final Handle LINK = new Handle(
            H_INVOKESTATIC,
            "io/wasm4j/backend/bytecode/internal/Rt",
            "linkCall",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;I)"
                    + "Ljava/lang/invoke/CallSite;",
            false);

    private Calls() {}

    static boolean emit(FuncCompiler c, Opcode op, int pc) {
        switch (op) {
            case CALL -> call(c, c.r.readU32());
            case RETURN_CALL -> {
                int f = c.r.readU32();
                if (f == c.funcIndex) {
                    Exits.selfTailCall(c);
                    return true;
                }
                c.spillAll();
                c.loadInst();
                c.mv.visitFieldInsn(GETFIELD, INST, "functions", "[Lio/wasm4j/spi/WasmFunction;");
                c.iconst(f);
                c.mv.visitInsn(AALOAD);
                tailCall(c, c.w.funcTypeOf(f));
            }
            case CALL_INDIRECT -> callIndirect(c);
            case RETURN_CALL_INDIRECT -> {
                int typeIndex = c.r.readU32();
                int table = c.r.readU32();
                c.spillAll();
                c.loadHome(c.height - 1);
                if (c.kinds[c.height - 1] == I) {
                    c.u32ToLong();
                }
                c.pop(1);
                c.iconst(table);
                c.iconst(typeIndex);
                c.loadInst();
                c.rt("indirectFunction", "(JII" + INST_DESC + ")Lio/wasm4j/spi/WasmFunction;");
                tailCall(c, c.w.funcType(typeIndex));
            }
            case CALL_REF -> callRef(c);
            case RETURN_CALL_REF -> {
                int typeIndex = c.r.readU32();
                c.spillAll();
                c.loadHome(c.height - 1);
                c.pop(1);
                c.rt("refFunction", "(Ljava/lang/Object;)Lio/wasm4j/spi/WasmFunction;");
                tailCall(c, c.w.funcType(typeIndex));
            }
            case REF_FUNC -> {
                int f = c.r.readU32();
                c.loadInst();
                c.mv.visitFieldInsn(GETFIELD, INST, "functions", "[Lio/wasm4j/spi/WasmFunction;");
                c.iconst(f);
                c.mv.visitInsn(AALOAD);
                c.push(Kinds.A);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A tail call to another function: with the target {@code WasmFunction} on the JVM stack and the
     * arguments in their homes, records the call as pending and returns a dummy result; the caller's call
     * site (or the function boundary) runs it, so chains of tail calls take constant stack (ADR 0021).
     */
    private static void tailCall(FuncCompiler c, FuncType t) {
        int fn = c.temp(Kinds.A);
        c.mv.visitVarInsn(ASTORE, fn);
        GcEmitter.boxArray(c, t.params().size());
        c.mv.visitVarInsn(ALOAD, fn);
        c.loadInst();
        c.rt("tailCall", "([Ljava/lang/Object;Lio/wasm4j/spi/WasmFunction;" + INST_DESC + ")V");
        // the callee runs after this frame has returned, in its place
        CallDepth.publishDepth(c, 0);
        Exits.returnAfterTailCall(c);
    }

    /** After a direct call in a module with tail calls: runs a tail call the callee left pending. */
    private static void runPending(FuncCompiler c, FuncType t) {
        Label done = new Label();
        c.loadInst();
        c.mv.visitFieldInsn(GETFIELD, INST, "tailTarget", "Lio/wasm4j/spi/WasmFunction;");
        c.mv.visitJumpInsn(IFNULL, done);
        int n = t.results().size();
        if (n == 1) {
            c.mv.visitInsn(Kinds.size(Kinds.of(t.results().getFirst())) == 2 ? POP2 : POP);
        } else if (n > 1) {
            c.mv.visitInsn(POP);
        }
        c.loadInst();
        c.rt("runTail", "(" + INST_DESC + ")Ljava/lang/Object;");
        if (n == 0) {
            c.mv.visitInsn(POP);
        } else if (n == 1) {
            Kinds.unbox(c.mv, Kinds.of(t.results().getFirst()));
        } else {
            c.mv.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
        }
        c.mv.visitLabel(done);
    }

    private static void call(FuncCompiler c, int f) {
        FuncType t = c.w.funcTypeOf(f);
        int n = t.params().size();
        if (f < c.w.importedFuncCount()) {
            c.spillAll();
            c.loadInst();
            c.mv.visitFieldInsn(GETFIELD, INST, "importHandles", "[Ljava/lang/invoke/MethodHandle;");
            c.iconst(f);
            c.mv.visitInsn(AALOAD);
            invokeHandle(c, t);
            return;
        }
        c.need(n);
        c.loadInst();
        CallDepth.pushCalleeDepth(c);
        String desc = Kinds.staticDesc(t, c.depthSlot >= 0);
        if (c.chunk.contains(f)) {
            c.mv.visitMethodInsn(INVOKESTATIC, c.chunk.className, ChunkCompiler.methodName(f), desc, false);
        } else {
            c.mv.visitInvokeDynamicInsn(ChunkCompiler.methodName(f), desc, LINK, f);
        }
        if (c.chunk.hasTailCalls) {
            runPending(c, t);
        }
        c.pop(n);
        Exits.pushResults(c, t.results());
        // re-read even after callees that cannot grow memory: measured faster on matmul (docs/adr/0026)
        c.reloadSegment();
    }

    /** With the handle on the JVM stack and the arguments in their homes, calls it and pushes the results. */
    private static void invokeHandle(FuncCompiler c, FuncType t) {
        int n = t.params().size();
        CallDepth.publishDepth(c, 1);
        c.loadInst();
        for (int i = 0; i < n; i++) {
            c.loadHome(c.height - n + i);
        }
        c.mv.visitMethodInsn(INVOKEVIRTUAL, MH, "invokeExact", Kinds.handleDesc(t), false);
        c.pop(n);
        Exits.pushResults(c, t.results());
        c.reloadSegment();
    }

    private static void callIndirect(FuncCompiler c) {
        int typeIndex = c.r.readU32();
        int table = c.r.readU32();
        FuncType t = c.w.funcType(typeIndex);
        c.spillAll();
        c.loadHome(c.height - 1);
        if (c.kinds[c.height - 1] == I) {
            c.u32ToLong();
        }
        c.pop(1);
        c.iconst(table);
        c.iconst(typeIndex);
        c.loadInst();
        c.rt("indirect", "(JII" + INST_DESC + ")Ljava/lang/invoke/MethodHandle;");
        invokeHandle(c, t);
    }

    private static void callRef(FuncCompiler c) {
        int typeIndex = c.r.readU32();
        FuncType t = c.w.funcType(typeIndex);
        c.spillAll();
        c.loadHome(c.height - 1);
        c.pop(1);
        c.rt("callRef", "(Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;");
        invokeHandle(c, t);
    }

    static boolean isTable64(FuncCompiler c, int table) {
        return c.w.tableType(table).addressType() == AddressType.I64;
    }
}
