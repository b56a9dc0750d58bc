package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Engine;
import io.wasm4j.Extern;
import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.InstancePre;
import io.wasm4j.LinkException;
import io.wasm4j.Linker;
import io.wasm4j.Memory;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;

/** {@link Linker} and {@link InstancePre}: shadowing, whole instances, resolution errors and reuse. */
final class LinkerApiTest {
    private static final String USES_ANSWER = """
            (module
              (import "env" "answer" (func $answer (result i32)))
              (func (export "run") (result i32) (call $answer)))
            """;

    private static final String PROVIDER = """
            (module $provider
              (memory (export "mem") 1)
              (table (export "tab") 1 funcref)
              (global (export "g") (mut i32) (i32.const 7))
              (func $f (export "f") (param i32) (result i32) (i32.add (local.get 0) (global.get 0)))
              (elem (i32.const 0) func $f))
            """;

    private static final String CONSUMER = """
            (module
              (type $ii (func (param i32) (result i32)))
              (import "prov" "mem" (memory 1))
              (import "prov" "tab" (table 1 funcref))
              (import "prov" "g" (global $g (mut i32)))
              (import "prov" "f" (func $f (type $ii)))
              (func (export "run") (result i32)
                (i32.store (i32.const 4) (i32.const 99))
                (global.set $g (i32.const 1))
                (i32.add (call $f (i32.const 10)) (call_indirect (type $ii) (i32.const 20) (i32.const 0)))))
            """;

    private static final FuncType TO_I32 = new FuncType(List.of(), List.of(ValType.I32));

    @OnEveryBackend
    void define_sameNameTwice_rejectedUnlessShadowingThenLaterWins(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Linker<Void> linker = new Linker<>(engine);
        linker.func("env", "answer", IntSupplier.class, (IntSupplier) () -> 1);
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> linker.func("env", "answer", IntSupplier.class, (IntSupplier) () -> 2));
        assertTrue(e.getMessage().contains("`env::answer` is already defined"), e.getMessage());
        Module module = Module.fromText(engine, USES_ANSWER);
        assertEquals(1, run(linker, module));

        linker.allowShadowing(true).func("env", "answer", IntSupplier.class, (IntSupplier) () -> 2);
        assertEquals(2, run(linker, module));

        Store<Void> store = Store.create(engine, null);
        Instance other = new Linker<Void>(engine).instantiate(store, Module.fromText(engine, """
                (module (func (export "answer") (result i32) (i32.const 3)))
                """));
        linker.instance("env", other);
        assertEquals(
                3,
                linker.instantiate(store, module)
                        .getFunc("run")
                        .orElseThrow()
                        .call()[0]
                        .i32());
        linker.allowShadowing(false);
        assertThrows(IllegalStateException.class, () -> linker.instance("env", other));
    }

    @OnEveryBackend
    void instance_definesEveryExport_consumerSharesTheProvidersEntities(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<Void> store = Store.create(engine, null);
        Linker<Void> linker = new Linker<>(engine);
        Instance provider = linker.instantiate(store, Module.fromText(engine, PROVIDER));
        linker.instance("prov", provider);
        for (String name : provider.exports().keySet()) {
            assertEquals(provider.getExport(name), linker.get(store, "prov", name), name);
        }
        Instance consumer = linker.instantiate(store, Module.fromText(engine, CONSUMER));
        // f(10) and f(20) through the table, each adding the global the consumer set to 1
        assertEquals(11 + 21, consumer.getFunc("run").orElseThrow().call()[0].i32());
        assertEquals(99, provider.getMemory("mem").orElseThrow().readInt(4));
        assertEquals(1, provider.getGlobal("g").orElseThrow().get().i32());
        assertEquals(2, store.instanceCount());
    }

    @OnEveryBackend
    void get_hostFunction_isOneFuncPerStore(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Linker<Void> linker = new Linker<Void>(engine).func("env", "answer", IntSupplier.class, (IntSupplier) () -> 42);
        Store<Void> a = Store.create(engine, null);
        Store<Void> b = Store.create(engine, null);
        Extern inA = linker.get(a, "env", "answer").orElseThrow();
        assertEquals(inA, linker.get(a, "env", "answer").orElseThrow());
        assertTrue(!inA.equals(linker.get(b, "env", "answer").orElseThrow()));
        assertEquals(42, ((Func) inA).call()[0].i32());
        assertTrue(linker.get(a, "env", "missing").isEmpty());
    }

    @OnEveryBackend
    void instantiatePre_reusedAcrossStores_eachWithItsOwnStateAndHostData(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Linker<AtomicInteger> linker = new Linker<>(engine);
        linker.func("env", "tick", TO_I32, (caller, args) ->
                new Val[] {Val.i32(caller.data().incrementAndGet())});
        Module module = Module.fromText(engine, """
                (module
                  (import "env" "tick" (func $tick (result i32)))
                  (memory (export "mem") 1)
                  (func (export "run") (result i32)
                    (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (call $tick)))
                    (i32.load (i32.const 0))))
                """);
        InstancePre<AtomicInteger> pre = linker.instantiatePre(module);
        assertSame(module, pre.module());
        Store<AtomicInteger> a = Store.create(engine, new AtomicInteger());
        Store<AtomicInteger> b = Store.create(engine, new AtomicInteger(100));
        Func runA = pre.instantiate(a).getFunc("run").orElseThrow();
        Func runB = pre.instantiate(b).getFunc("run").orElseThrow();
        assertEquals(1, runA.call()[0].i32());
        assertEquals(1 + 2, runA.call()[0].i32());
        assertEquals(101, runB.call()[0].i32());
        assertEquals(2, a.data().get());
        assertEquals(101, b.data().get());
        Instance second = pre.instantiate(a);
        assertEquals(3, second.getFunc("run").orElseThrow().call()[0].i32());
        assertEquals(2, a.instanceCount());

        Engine otherEngine = Guests.engine(backend);
        assertThrows(
                IllegalArgumentException.class, () -> pre.instantiate(Store.create(otherEngine, new AtomicInteger())));
        assertThrows(
                IllegalArgumentException.class, () -> new Linker<AtomicInteger>(otherEngine).instantiatePre(module));
    }

    @OnEveryBackend
    void instantiatePre_unresolvableImports_failWithTheSpecsReasons(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Module module = Module.fromText(engine, USES_ANSWER);
        LinkException unknown =
                assertThrows(LinkException.class, () -> new Linker<Void>(engine).instantiatePre(module));
        assertTrue(unknown.getMessage().startsWith("unknown import"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("env::answer"), unknown.getMessage());

        Linker<Void> wrongSignature =
                new Linker<Void>(engine).func("env", "answer", IntUnaryOperator.class, (IntUnaryOperator) x -> x);
        LinkException incompatible = assertThrows(LinkException.class, () -> wrongSignature.instantiatePre(module));
        assertTrue(incompatible.getMessage().startsWith("incompatible import type"), incompatible.getMessage());

        Store<Void> store = Store.create(engine, null);
        Linker<Void> wrongKind = new Linker<Void>(engine)
                .define(
                        "env",
                        "answer",
                        Memory.create(
                                store,
                                new io.wasm4j.core.MemoryType(
                                        io.wasm4j.core.AddressType.I32, new io.wasm4j.core.Limits(1, -1), false, 16)));
        assertThrows(LinkException.class, () -> wrongKind.instantiate(store, module));
    }

    @OnEveryBackend
    void instantiate_entityOfAnotherStore_rejected(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<Void> owner = Store.create(engine, null);
        Linker<Void> linker = new Linker<>(engine);
        linker.instance("prov", linker.instantiate(owner, Module.fromText(engine, PROVIDER)));
        InstancePre<Void> pre = linker.instantiatePre(Module.fromText(engine, CONSUMER));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> pre.instantiate(Store.create(engine, null)));
        assertTrue(e.getMessage().contains("belongs to another store"), e.getMessage());
        assertEquals(
                32,
                pre.instantiate(owner).getFunc("run").orElseThrow().call()[0].i32());
    }

    @OnEveryBackend
    void instantiate_startFunctionTraps_trapReachesTheCaller(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Module module = Module.fromText(engine, "(module (func $s unreachable) (start $s))");
        Trap trap = assertThrows(
                Trap.class, () -> new Linker<Void>(engine).instantiate(Store.create(engine, null), module));
        assertEquals(TrapCode.UNREACHABLE, trap.code());
    }

    private static int run(Linker<Void> linker, Module module) {
        Store<Void> store = Store.create(linker.engine(), null);
        return linker.instantiate(store, module)
                .getFunc("run")
                .orElseThrow()
                .call()[0]
                .i32();
    }
}
