package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.wat.Wat;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

/** The emitted classes pass ASM's verifier, and golden texts pin the shape of simple functions. */
final class EmittedClassTest {
    private static final String SAMPLE = """
            (module
              (memory 1)
              (global $g (mut i32) (i32.const 0))
              (func $add (export "add") (param i32 i32) (result i32)
                (i32.add (local.get 0) (local.get 1)))
              (func $load (export "load") (param i32) (result i32)
                (i32.load offset=4 (local.get 0)))
              (func $loop (export "loop") (param i32) (result i32) (local i32)
                (loop $l
                  (local.set 1 (i32.add (local.get 1) (local.get 0)))
                  (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
                (local.get 1))
              (func $pair (export "pair") (param i64) (result i64 i32)
                (local.get 0) (i32.wrap_i64 (local.get 0)))
              (func $tab (param i32) (result i32)
                (block $a (block $b (br_table $a $b $a (local.get 0))) (return (i32.const 1)))
                (global.set $g (i32.const 3))
                (call $add (i32.const 2) (global.get $g))))
            """;

    private static byte[] compileSample() {
        ValidatedModule vm = ValidatedModule.of(Wat.parse(SAMPLE));
        return new ChunkCompiler(vm, 0, vm.module().funcCount(), ModuleFacts.of(vm)).compile(new java.util.HashSet<>());
    }

    static String verify(byte[] classFile) {
        StringWriter out = new StringWriter();
        CheckClassAdapter.verify(
                new ClassReader(classFile), EmittedClassTest.class.getClassLoader(), false, new PrintWriter(out));
        return out.toString();
    }

    static String text(byte[] classFile, String method) {
        Textifier t = new Textifier();
        new ClassReader(classFile).accept(new TraceClassVisitor(null, t, null), ClassReader.SKIP_FRAMES);
        StringWriter sw = new StringWriter();
        t.print(new PrintWriter(sw));
        String all = sw.toString();
        int start = all.indexOf(" " + method + "(");
        int end = all.indexOf("\n\n", start);
        return all.substring(all.lastIndexOf('\n', start) + 1, end).strip();
    }

    @Test
    void compile_sampleModule_passesCheckClassAdapter() {
        assertEquals("", verify(compileSample()));
    }

    @Test
    void compile_add_isTwoLoadsAndIaddInOneSiteRange_withoutUnusedSegmentOrEntryCheck() {
        assertEquals("""
                static synthetic f0(IILio/wasm4j/backend/bytecode/internal/BcInstance;)I
                    TRYCATCHBLOCK L0 L1 L1 java/lang/Throwable
                   L0
                    ILOAD 0
                    ILOAD 1
                    IADD
                    IRETURN
                   L1
                    ICONST_0
                    I2L
                    LDC 84L
                    LADD
                    ICONST_0
                    ALOAD 2
                    INVOKESTATIC io/wasm4j/backend/bytecode/internal/Rt.unwound (Ljava/lang/Throwable;JILio/wasm4j/backend/bytecode/internal/BcInstance;)Ljava/lang/Throwable;
                    ATHROW
                    MAXSTACK = 5
                    MAXLOCALS = 3""".strip(), text(compileSample(), "f0"));
    }

    @Test
    void compile_load_isInlineSegmentAccessAtLongOffset_inItsOwnSiteRange() {
        assertEquals("""
                static synthetic f1(ILio/wasm4j/backend/bytecode/internal/BcInstance;)I
                    TRYCATCHBLOCK L0 L1 L2 java/lang/Throwable
                    TRYCATCHBLOCK L1 L2 L3 java/lang/Throwable
                   L0
                    ALOAD 1
                    GETFIELD io/wasm4j/backend/bytecode/internal/BcInstance.memory0 : Lio/wasm4j/spi/LinearMemory;
                    INVOKEINTERFACE io/wasm4j/spi/LinearMemory.segment ()Ljava/lang/foreign/MemorySegment; (itf)
                    ASTORE 2
                    ILOAD 0
                   L1
                    I2L
                    LDC 4294967295L
                    LAND
                    LDC 4L
                    LADD
                    LSTORE 11
                    ALOAD 2
                    GETSTATIC io/wasm4j/backend/bytecode/internal/Layouts.I32 : Ljava/lang/foreign/ValueLayout$OfInt;
                    LLOAD 11
                    INVOKEINTERFACE java/lang/foreign/MemorySegment.get (Ljava/lang/foreign/ValueLayout$OfInt;J)I (itf)
                    IRETURN
                   L2
                    ICONST_0
                    GOTO L4
                   L3
                    ICONST_2
                   L4
                    I2L
                    LDC 92L
                    LADD
                    ICONST_1
                    ALOAD 1
                    INVOKESTATIC io/wasm4j/backend/bytecode/internal/Rt.unwound (Ljava/lang/Throwable;JILio/wasm4j/backend/bytecode/internal/BcInstance;)Ljava/lang/Throwable;
                    ATHROW
                    MAXSTACK = 5
                    MAXLOCALS = 13""".strip(), text(compileSample(), "f1"));
    }

    @Test
    void compile_loopHeader_checksTheModuleSwitchThroughInvokedynamic_notTheInstanceWord() {
        String loop = text(compileSample(), "f2");
        int from = loop.lastIndexOf("ALOAD 1", loop.indexOf("INVOKEDYNAMIC"));
        String end = "Rt.interrupted (Lio/wasm4j/backend/bytecode/internal/BcInstance;)V";
        String check =
                loop.substring(from, loop.indexOf(end, from) + end.length()).replaceAll("(?m)^ +", "");
        assertEquals("""
                ALOAD 1
                INVOKEDYNAMIC interruptPending(Lio/wasm4j/backend/bytecode/internal/BcInstance;)Z [
                // handle kind 0x6 : INVOKESTATIC
                io/wasm4j/backend/bytecode/internal/Rt.interruptSite(Ljava/lang/invoke/MethodHandles$Lookup;\
                Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;
                // arguments: none
                ]
                IFEQ L4
                ALOAD 1
                INVOKESTATIC io/wasm4j/backend/bytecode/internal/Rt.interrupted \
                (Lio/wasm4j/backend/bytecode/internal/BcInstance;)V""", check);
        assertEquals(-1, loop.indexOf("BcInstance.interrupt "));
    }
}
