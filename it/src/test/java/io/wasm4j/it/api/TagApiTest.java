package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Engine;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Tag;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.ThrownException;
import java.util.List;

/** {@link Tag}: WebAssembly exceptions crossing between guest and host in both directions. */
final class TagApiTest {
    private static final String GUEST = """
            (module
              (import "host" "tag" (tag $t (param i32 f64)))
              (import "host" "raise" (func $raise (param i32)))
              (tag $own (export "own") (param i64))
              (func (export "throw") (param i32) (throw $t (local.get 0) (f64.const 0.5)))
              (func (export "throwOwn") (throw $own (i64.const -1)))
              (func (export "catch") (param i32) (result i32)
                (block $h (result i32 f64)
                  (try_table (catch $t $h) (call $raise (local.get 0)))
                  (return (i32.const -1)))
                (drop)))
            """;

    @OnEveryBackend
    void exceptions_crossBetweenHostAndGuest_withTheirPayload(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<Void> store = Store.create(engine, null);
        Tag tag = Tag.create(store, new FuncType(List.of(ValType.I32, ValType.F64), List.of()));
        Linker<Void> linker = new Linker<Void>(engine).define("host", "tag", tag);
        linker.func("host", "raise", new FuncType(List.of(ValType.I32), List.of()), (caller, args) -> {
            throw tag.newException(Val.i32(args[0].i32() * 10), Val.f64(1));
        });
        Instance instance = linker.instantiate(store, Module.fromText(engine, GUEST));

        ThrownException e = assertThrows(
                ThrownException.class,
                () -> instance.getFunc("throw").orElseThrow().call(Val.i32(7)));
        assertTrue(tag.isTagOf(e));
        assertArrayEquals(new Val[] {Val.i32(7), Val.f64(0.5)}, tag.payload(e));

        assertEquals(
                40, instance.getFunc("catch").orElseThrow().call(Val.i32(4))[0].i32());

        Tag own = instance.getTag("own").orElseThrow();
        ThrownException ownException = assertThrows(
                ThrownException.class,
                () -> instance.getFunc("throwOwn").orElseThrow().call());
        assertFalse(tag.isTagOf(ownException));
        assertThrows(IllegalArgumentException.class, () -> tag.payload(ownException));
        assertArrayEquals(new Val[] {Val.i64(-1)}, own.payload(ownException));
        assertThrows(IllegalArgumentException.class, () -> tag.newException(Val.i32(1)));
        assertThrows(IllegalArgumentException.class, () -> tag.newException(Val.i64(1), Val.f64(1)));
    }
}
