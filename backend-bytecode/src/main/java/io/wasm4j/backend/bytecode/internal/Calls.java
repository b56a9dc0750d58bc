package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.I;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST_DESC;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.code.Opcode;
import org.objectweb.asm.Handle;

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
                    c.selfTailCall();
                    return true;
                }
                c.tailCallGap(true);
                call(c, f);
                c.doReturn();
                c.tailCallGap(false);
                c.setDead();
            }
            case CALL_INDIRECT -> callIndirect(c);
            case RETURN_CALL_INDIRECT -> {
                c.tailCallGap(true);
                callIndirect(c);
                c.doReturn();
                c.tailCallGap(false);
                c.setDead();
            }
            case CALL_REF -> callRef(c);
            case RETURN_CALL_REF -> {
                c.tailCallGap(true);
                callRef(c);
                c.doReturn();
                c.tailCallGap(false);
                c.setDead();
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
        String desc = Kinds.staticDesc(t);
        if (c.chunk.contains(f)) {
            c.mv.visitMethodInsn(INVOKESTATIC, c.chunk.className, ChunkCompiler.methodName(f), desc, false);
        } else {
            c.mv.visitInvokeDynamicInsn(ChunkCompiler.methodName(f), desc, LINK, f);
        }
        c.pop(n);
        c.pushResults(t.results());
        c.reloadSegment();
    }

    /** With the handle on the JVM stack and the arguments in their homes, calls it and pushes the results. */
    private static void invokeHandle(FuncCompiler c, FuncType t) {
        int n = t.params().size();
        c.loadInst();
        for (int i = 0; i < n; i++) {
            c.loadHome(c.height - n + i);
        }
        c.mv.visitMethodInsn(INVOKEVIRTUAL, MH, "invokeExact", Kinds.handleDesc(t), false);
        c.pop(n);
        c.pushResults(t.results());
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
