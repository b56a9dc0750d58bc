package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.NumType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.WasmBacktrace;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

final class HostCallTest {
    private static final class Host extends WasmFunction {
        private final IntUnaryOperator op;
        ModuleInstance lastCaller;

        Host(IntUnaryOperator op) {
            super(Wasm.TYPES.funcType(new FuncType(List.of(NumType.I32), List.of(NumType.I32))));
            this.op = op;
        }

        @Override
        public Object[] invoke(ModuleInstance caller, Object... args) {
            lastCaller = caller;
            return new Object[] {op.applyAsInt((Integer) args[0])};
        }
    }

    private static final String MODULE = """
            (module
              (import "env" "f" (func $f (param i32) (result i32)))
              (func (export "call") (param i32) (result i32) (i32.add (i32.const 1) (call $f (local.get 0))))
              (func (export "tail") (param i32) (result i32) (return_call $f (local.get 0)))
              (func $self (export "self") (param i32) (result i32) (local.get 0)))""";

    private static Wasm with(WasmFunction f) {
        return Wasm.of(
                MODULE,
                new Imports(
                        new WasmFunction[] {f},
                        new WasmTable[0],
                        new LinearMemory[0],
                        new WasmGlobal[0],
                        new WasmTag[0]));
    }

    @Test
    void hostFunctions_callTailCallAndCaller() {
        Host host = new Host(x -> x * 10);
        Wasm w = with(host);
        assertEquals(31, w.call1("call", 3));
        assertSame(w.instance, host.lastCaller);
        assertEquals(40, w.call1("tail", 4));
    }

    @Test
    void hostExceptions_passThroughWithFrames() {
        Wasm w = with(new Host(x -> {
            throw new IllegalStateException("boom " + x);
        }));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.call("call", 7));
        assertEquals("boom 7", e.getMessage());
        assertEquals(1, WasmBacktrace.find(e).frames().size());
    }

    @Test
    void reentrantCalls_hostCallsBackIntoWasm() {
        Wasm[] holder = new Wasm[1];
        Host host = new Host(x -> (Integer) holder[0].call1("self", x + 100));
        holder[0] = with(host);
        assertEquals(106, holder[0].call1("call", 5));
    }
}
