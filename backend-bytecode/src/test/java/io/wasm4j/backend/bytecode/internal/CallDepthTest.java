package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.StoreContext;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import io.wasm4j.wat.Wat;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CallDepth}: {@code maxWasmStack} below the default becomes a frame limit on a depth passed from call
 * to call and published to the store where a call leaves compiled code; the count a host function sees is
 * exact after returns, traps, caught exceptions, re-entry and tail calls, and the store is as the host left it
 * after every call. At the default nothing is compiled in.
 */
final class CallDepthTest {
    private static final long SMALL = 64 * 1024;
    /** {@code SMALL / 160}. */
    private static final int SMALL_FRAMES = 409;

    /**
     * {@code probe} returns the store's count (the calling frame's depth plus one); {@code rec(k)} calls itself down to 0 (k + 1 frames) and
     * returns the probe there; {@code down} recurses forever, counting its frames in {@code n}; {@code
     * viaHost(k)} calls {@code rec(k)} through the host; {@code thrower(k)} throws (or lets the host throw,
     * or traps) k + 1 frames down; {@code catcher}s catch that and return the probe.
     */
    private static final String GUEST = """
            (module
              (import "h" "probe" (func $probe (result i32)))
              (import "h" "reenter" (func $reenter (param i32) (result i32)))
              (import "h" "raise" (func $raise))
              (import "h" "tag" (tag $t))
              (global $n (export "n") (mut i32) (i32.const 0))
              (table $tab 2 funcref)
              (elem (table $tab) (i32.const 0) func $even $odd)
              (func $rec (export "rec") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (call $probe))
                  (else (call $rec (i32.sub (local.get 0) (i32.const 1))))))
              (func $down (export "down")
                (global.set $n (i32.add (global.get $n) (i32.const 1)))
                (call $down))
              (func $viaHost (export "viaHost") (param i32) (result i32) (call $reenter (local.get 0)))
              (func $thrower (export "thrower") (param i32 i32)
                (if (i32.eqz (local.get 0))
                  (then
                    (if (i32.eqz (local.get 1)) (then (throw $t)))
                    (if (i32.eq (local.get 1) (i32.const 1)) (then (call $raise)))
                    (unreachable)))
                (call $thrower (i32.sub (local.get 0) (i32.const 1)) (local.get 1)))
              (func (export "catcher") (param i32 i32) (result i32)
                (block $h (try_table (catch_all $h) (call $thrower (local.get 0) (local.get 1))))
                (call $probe))
              (func (export "legacyCatcher") (param i32 i32) (result i32)
                (try (result i32)
                  (do (call $thrower (local.get 0) (local.get 1)) (i32.const -1))
                  (catch_all (call $probe))))
              (func $even (export "even") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (call $probe))
                  (else (return_call $odd (i32.sub (local.get 0) (i32.const 1))))))
              (func $odd (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (call $probe))
                  (else (return_call_indirect $tab (param i32) (result i32)
                    (i32.sub (local.get 0) (i32.const 1)) (i32.const 0)))))
              (func $self (export "self") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (call $probe))
                  (else (return_call $self (i32.sub (local.get 0) (i32.const 1))))))
              (func (export "inFrame") (param i32) (result i32)
                (i32.add (i32.const 1000) (call $even (local.get 0))))
            )
            """;

    private static final FuncType RESULT_I32 = new FuncType(List.of(), List.of(NumType.I32));
    private static final FuncType I32_TO_I32 = new FuncType(List.of(NumType.I32), List.of(NumType.I32));
    private static final FuncType NONE = new FuncType(List.of(), List.of());

    /** A host function over boxed values. */
    private static final class Host extends WasmFunction {
        private final java.util.function.Function<Object[], Object[]> body;

        Host(FuncType type, java.util.function.Function<Object[], Object[]> body) {
            super(Wasm.TYPES.funcType(type));
            this.body = body;
        }

        @Override
        public Object[] invoke(ModuleInstance caller, Object... args) {
            return body.apply(args);
        }
    }

    /** The guest in a fresh store with the given limit, and that store. */
    private record Guest(Wasm wasm, StoreContext store) {
        int call(String name, Object... args) {
            return (Integer) wasm.call1(name, args);
        }

        int n() {
            return wasm.instance
                    .global(wasm.module.module().module().export("n").index())
                    .getInt();
        }
    }

    private static Guest guest(long maxWasmStack) {
        StoreContext store = new StoreContext(new AtomicLong());
        WasmTag tag = new WasmTag(Wasm.TYPES.funcType(NONE));
        Wasm[] self = new Wasm[1];
        IntUnaryOperator reenter = k -> (Integer) self[0].call1("rec", k);
        WasmFunction[] functions = {
            new Host(RESULT_I32, a -> new Object[] {store.callDepth}),
            new Host(I32_TO_I32, a -> new Object[] {reenter.applyAsInt((Integer) a[0])}),
            new Host(NONE, a -> {
                throw new ThrownException(new Exn(tag, new Object[0]));
            })
        };
        Imports imports =
                new Imports(functions, new WasmTable[0], new LinearMemory[0], new WasmGlobal[0], new WasmTag[] {tag});
        self[0] = Wasm.instantiate(Wasm.compile(GUEST, maxWasmStack), imports, store);
        return new Guest(self[0], store);
    }

    @ParameterizedTest
    @CsvSource({"4096, 256", "65536, 409", "262144, 1638", "524287, 3276", "524288, 0", "1073741824, 0"})
    void limit_belowTheDefault_bytesOver160AtLeast256_fromTheDefaultUpNotCounted(long bytes, int frames) {
        assertEquals(frames, CallDepth.limit(bytes));
    }

    @Test
    void call_eachFrameCountsOne_andReturnsRestoreTheCount() {
        Guest g = guest(SMALL);
        assertEquals(1, g.call("rec", 0));
        assertEquals(11, g.call("rec", 10));
        assertEquals(0, g.store().callDepth);
    }

    @Test
    void call_runawayRecursion_trapsAtTheLimit_andTheStoreRecursesAsDeepAgain() {
        Guest g = guest(SMALL);
        for (int round = 0; round < 3; round++) {
            int before = g.n();
            Trap trap = assertThrows(Trap.class, () -> g.call("down"));
            assertEquals(TrapCode.STACK_EXHAUSTED, trap.code());
            assertEquals(SMALL_FRAMES, g.n() - before, "round " + round);
            assertEquals(0, g.store().callDepth);
        }
        assertEquals(SMALL_FRAMES, g.call("rec", SMALL_FRAMES - 1));
        assertEquals(
                TrapCode.STACK_EXHAUSTED,
                assertThrows(Trap.class, () -> g.call("rec", SMALL_FRAMES)).code());
        assertEquals(SMALL_FRAMES, g.call("rec", SMALL_FRAMES - 1));
    }

    @ParameterizedTest
    @CsvSource({"catcher, 0", "catcher, 1", "legacyCatcher, 0", "legacyCatcher, 1"})
    void catch_exceptionThrownDeepInside_handlerSeesOnlyItsOwnFrame(String catcher, int how) {
        Guest g = guest(SMALL);
        for (int i = 0; i < 3; i++) {
            assertEquals(1, g.call(catcher, 300, how), "a wasm throw (0) or a host throw (1), try " + i);
        }
        assertEquals(0, g.store().callDepth);
        assertEquals(SMALL_FRAMES, g.call("rec", SMALL_FRAMES - 1));
    }

    @Test
    void trap_deepInsideAndNotCatchable_leavesTheCountAsTheHostSawIt() {
        Guest g = guest(SMALL);
        assertEquals(
                TrapCode.UNREACHABLE,
                assertThrows(Trap.class, () -> g.call("catcher", 300, 2)).code());
        assertEquals(0, g.store().callDepth);
        assertEquals(SMALL_FRAMES, g.call("rec", SMALL_FRAMES - 1));
    }

    @Test
    void reentry_throughTheHost_countsTheFramesOnBothSides() {
        Guest g = guest(SMALL);
        assertEquals(7, g.call("viaHost", 5));
        assertEquals(SMALL_FRAMES, g.call("viaHost", SMALL_FRAMES - 2));
        assertEquals(
                TrapCode.STACK_EXHAUSTED,
                assertThrows(Trap.class, () -> g.call("viaHost", SMALL_FRAMES - 1))
                        .code());
        assertEquals(0, g.store().callDepth);
    }

    @Test
    void tailCalls_returnCallChains_doNotGrowTheCount() {
        Guest g = guest(4096);
        assertEquals(1, g.call("self", 100_000));
        assertEquals(1, g.call("even", 100_000));
        assertEquals(1002, g.call("inFrame", 100_001));
        assertEquals(0, g.store().callDepth);
    }

    /** With {@code methodLimit} 0 the function runs in the fallback; by default it is split (docs/adr/0029). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "6000"})
    void fallback_functionTooLargeForAMethod_countsThroughItsStub(String methodLimit) throws Throwable {
        // 254 nested interpreter activations need more than the default thread stack while the
        // interpreter is not JIT-compiled yet (its interpreted frames are large): run on a big stack
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        fallbackCountsThroughItsStub(methodLimit);
                    } catch (Throwable e) {
                        failure[0] = e;
                    }
                },
                "big-stack",
                256L << 20);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void fallbackCountsThroughItsStub(String methodLimit) {
        StringBuilder sb = new StringBuilder("""
                (module
                  (import "h" "probe" (func $probe (result i32)))
                  (func $huge (export "huge") (param i32) (result i32)
                    local.get 0
                """);
        sb.append("i32.const 1 i32.add\n".repeat(40_000));
        sb.append("""
                    drop
                    (if (result i32) (i32.eqz (local.get 0)) (then (call $probe))
                      (else (call $huge (i32.sub (local.get 0) (i32.const 1))))))
                  (func (export "caller") (param i32) (result i32) (call $huge (local.get 0))))
                """);
        StoreContext store = new StoreContext(new AtomicLong());
        WasmFunction probe = new Host(RESULT_I32, a -> new Object[] {store.callDepth});
        Imports imports = new Imports(
                new WasmFunction[] {probe}, new WasmTable[0], new LinearMemory[0], new WasmGlobal[0], new WasmTag[0]);
        BcModule m = BcModule.compile(
                ValidatedModule.of(Wat.parse(sb.toString())),
                new io.wasm4j.spi.CompileContext(
                        Wasm.TYPES, 4096, java.util.Map.of("methodLimit", methodLimit), false, false));
        assertEquals(methodLimit.equals("0"), m.isFallback(1));
        Wasm w = Wasm.instantiate(m, imports, store);
        assertEquals(2, w.call1("caller", 0));
        assertEquals(7, w.call1("caller", 5));
        assertEquals(
                TrapCode.STACK_EXHAUSTED,
                assertThrows(Trap.class, () -> w.call1("caller", 300)).code());
        assertEquals(0, store.callDepth);
        assertEquals(256, w.call1("caller", 254));
    }

    @Test
    void lazy_mutualRecursionAcrossClasses_trapsAtTheSameDepth() {
        String wat = """
                (module
                  (global $n (export "n") (mut i32) (i32.const 0))
                  (func $ping (export "ping")
                    (global.set $n (i32.add (global.get $n) (i32.const 1))) (call $pong))
                  (func $pong
                    (global.set $n (i32.add (global.get $n) (i32.const 1))) (call $ping)))
                """;
        ValidatedModule vm = ValidatedModule.of(Wat.parse(wat));
        BcModule m = BcModule.compile(
                vm, new io.wasm4j.spi.CompileContext(Wasm.TYPES, SMALL, java.util.Map.of(), false, false), true);
        assertTrue(m.isLazy());
        StoreContext store = new StoreContext(new AtomicLong());
        Wasm w = Wasm.instantiate(m, Imports.NONE, store);
        for (int round = 1; round <= 2; round++) {
            assertEquals(
                    TrapCode.STACK_EXHAUSTED,
                    assertThrows(Trap.class, () -> w.call("ping")).code());
            assertEquals(round * SMALL_FRAMES, w.instance.global(0).getInt());
            assertEquals(0, store.callDepth);
        }
    }

    @Test
    void defaultLimit_nothingCounted() {
        Guest g = guest(512 * 1024);
        assertEquals(0, g.call("rec", 10));
        assertEquals(
                TrapCode.UNREACHABLE,
                assertThrows(Trap.class, () -> g.call("catcher", 3, 2)).code());
    }

    @Test
    void compile_countedFrames_passCheckClassAdapter_andTheDefaultEmitsNoCount() {
        ValidatedModule vm = ValidatedModule.of(Wat.parse(GUEST));
        int n = vm.module().funcCount();
        ModuleFacts facts = ModuleFacts.of(vm);
        byte[] counted =
                new ChunkCompiler(vm, 3, n, facts.withLimits(false, false, SMALL_FRAMES)).compile(new HashSet<>());
        byte[] plain = new ChunkCompiler(vm, 3, n, facts.withLimits(false, false, 0)).compile(new HashSet<>());
        assertEquals("", EmittedClassTest.verify(counted));
        assertTrue(contains(counted, "callDepth"));
        assertFalse(contains(plain, "callDepth"));
    }

    @Test
    void compile_countedCall_checksTheDepthParameterAndPassesItPlusOne() {
        ValidatedModule vm = ValidatedModule.of(
                Wat.parse("(module (func $f (param i32) (result i32) (call $f (local.get 0))) (func))"));
        byte[] counted =
                new ChunkCompiler(vm, 0, 2, ModuleFacts.of(vm).withLimits(false, false, 300)).compile(new HashSet<>());
        assertEquals("", EmittedClassTest.verify(counted));
        String text = EmittedClassTest.text(counted, "f0");
        assertEquals(
                """
                static synthetic f0(ILio/wasm4j/backend/bytecode/internal/BcInstance;I)I
                    TRYCATCHBLOCK L0 L1 L2 java/lang/Throwable
                    TRYCATCHBLOCK L1 L2 L3 java/lang/Throwable
                    ILOAD 2
                    LDC 300
                    IF_ICMPLT L0
                    LDC %d
                    INVOKESTATIC io/wasm4j/backend/bytecode/internal/Rt.trap (I)Lio/wasm4j/spi/Trap;
                    ATHROW
                   L0
                    ALOAD 1
                    INVOKEDYNAMIC interruptPending(Lio/wasm4j/backend/bytecode/internal/BcInstance;)Z [
                      // handle kind 0x6 : INVOKESTATIC
                      io/wasm4j/backend/bytecode/internal/Rt.interruptSite(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;
                      // arguments: none
                    ]
                    IFEQ L4
                    ALOAD 1
                    INVOKESTATIC io/wasm4j/backend/bytecode/internal/Rt.interrupted (Lio/wasm4j/backend/bytecode/internal/BcInstance;)V
                   L4
                    ILOAD 0
                   L1
                    ALOAD 1
                    ILOAD 2
                    ICONST_1
                    IADD
                    INVOKESTATIC io/wasm4j/backend/bytecode/internal/WasmCode.f0 (ILio/wasm4j/backend/bytecode/internal/BcInstance;I)I
                    IRETURN
                   L2
                    ICONST_0
                    GOTO L5
                   L3
                    ICONST_2
                   L5
                    I2L
                    LDC 29L
                    LADD
                    ICONST_0
                    ALOAD 1
                    INVOKESTATIC io/wasm4j/backend/bytecode/internal/Rt.unwound (Ljava/lang/Throwable;JILio/wasm4j/backend/bytecode/internal/BcInstance;)Ljava/lang/Throwable;
                    ATHROW
                    MAXSTACK = 5
                    MAXLOCALS = 3""".formatted(io.wasm4j.spi.TrapCode.STACK_EXHAUSTED.ordinal()).strip(), text);
    }

    private static boolean contains(byte[] classFile, String s) {
        return new String(classFile, StandardCharsets.ISO_8859_1).contains(s);
    }
}
