package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles a contiguous range of a module's defined functions into one class: {@code static} methods
 * {@code f<index>(params..., BcInstance)}. Calls within the range are {@code invokestatic}; calls to other
 * ranges go through {@code invokedynamic} (see {@link Rt#linkCall}).
 */
final class ChunkCompiler {
    static final String CLASS_NAME = "io/wasm4j/backend/bytecode/internal/WasmCode";

    final ValidatedModule validated;
    final WasmModule wasm;
    final String className = CLASS_NAME;
    final int first;
    final int end;
    final boolean hasTailCalls;
    final ModuleFacts facts;

    ChunkCompiler(ValidatedModule validated, int first, int end, ModuleFacts facts) {
        this.facts = facts;
        this.hasTailCalls = facts.hasTailCalls;
        this.validated = validated;
        this.wasm = validated.module();
        this.first = first;
        this.end = end;
    }

    static String methodName(int funcIndex) {
        return "f" + funcIndex;
    }

    boolean contains(int funcIndex) {
        return funcIndex >= first && funcIndex < end;
    }

    /** A compiled class: its chunk, class file and the functions that run in the fallback. */
    record Result(ChunkCompiler chunk, byte[] classFile, Set<Integer> fallbacks) {}

    /**
     * Compiles this chunk; when the class is too large (its constant pool overflows), compiles the two
     * halves of the range as separate classes instead, recursively.
     */
    List<Result> compileSplitting() {
        Set<Integer> fallbacks = new HashSet<>();
        try {
            return List.of(new Result(this, compile(fallbacks), fallbacks));
        } catch (ClassTooLargeException e) {
            if (end - first < 2) {
                throw new UnsupportedOperationException(
                        "bytecode backend: function " + first + " needs more constants than one JVM class holds", e);
            }
            int mid = (first + end) >>> 1;
            List<Result> out = new ArrayList<>(new ChunkCompiler(validated, first, mid, facts).compileSplitting());
            out.addAll(new ChunkCompiler(validated, mid, end, facts).compileSplitting());
            return out;
        }
    }

    /**
     * Returns the class file. A function whose method exceeds the JVM's 64 KiB code limit is added to
     * {@code fallbacks} and compiled as a stub that calls its fallback (see {@link FallbackModule}).
     *
     * @param fallbacks the functions of this chunk that run in the fallback backend (filled in here)
     * @throws UnsupportedOperationException for an instruction not compiled yet
     */
    byte[] compile(Set<Integer> fallbacks) {
        while (true) {
            try {
                return compileOnce(fallbacks);
            } catch (MethodTooLargeException e) {
                String name = e.getMethodName();
                int f = Integer.parseInt(name.substring(1, name.indexOf('$') < 0 ? name.length() : name.indexOf('$')));
                if (!fallbacks.add(f)) {
                    throw new UnsupportedOperationException(
                            "bytecode backend: stub of function " + f + " is too large", e);
                }
            }
        }
    }

    /** A class writer that computes frames without loading classes (every merged reference type is Object). */
    static ClassWriter classWriter() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return "java/lang/Object";
            }
        };
    }

    private byte[] compileOnce(Set<Integer> fallbacks) {
        ClassWriter cw = classWriter();
        cw.visit(V25, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, className, null, "java/lang/Object", null);
        for (int f = first; f < end; f++) {
            MethodVisitor mv = cw.visitMethod(
                    ACC_STATIC | ACC_SYNTHETIC,
                    methodName(f),
                    Kinds.staticDesc(wasm.funcTypeOf(f), facts.depthLimit > 0),
                    null,
                    null);
            if (fallbacks.contains(f)) {
                emitFallbackStub(mv, f);
            } else {
                MethodSplitter.compile(this, cw, mv, f);
            }
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * {@code return inst.fallbackHandle(f).invokeExact((ModuleInstance) inst, params...)}; when frames are
     * counted (see {@link CallDepth}) the stub checks its depth parameter as any function does and writes its
     * frame's depth to the store, where calls from the fallback back into compiled code start counting.
     */
    private void emitFallbackStub(MethodVisitor mv, int f) {
        FuncType t = wasm.funcTypeOf(f);
        mv.visitCode();
        int instSlot = 0;
        for (ValType p : t.params()) {
            instSlot += Kinds.size(Kinds.of(p));
        }
        if (facts.depthLimit > 0) {
            CallDepth.check(mv, facts.depthLimit, instSlot + 1);
            CallDepth.publish(mv, instSlot, instSlot + 1, 1);
        }
        mv.visitVarInsn(ALOAD, instSlot);
        mv.visitLdcInsn(f);
        mv.visitMethodInsn(INVOKEVIRTUAL, Kinds.INST, "fallbackHandle", "(I)Ljava/lang/invoke/MethodHandle;", false);
        mv.visitVarInsn(ALOAD, instSlot);
        int slot = 0;
        for (ValType p : t.params()) {
            int k = Kinds.of(p);
            mv.visitVarInsn(Kinds.load(k), slot);
            slot += Kinds.size(k);
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact", Kinds.handleDesc(t), false);
        mv.visitInsn(
                t.results().isEmpty()
                        ? RETURN
                        : t.results().size() == 1
                                ? Kinds.returnOp(Kinds.of(t.results().getFirst()))
                                : ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
