package io.wasm4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WasmBacktraceTest {
    @Test
    void trap_framesAddedWhileUnwinding_innermostFirst() {
        Trap t = new Trap(TrapCode.UNREACHABLE);
        t.backtrace().add(new FrameInfo("m", 3, "inner", 0x2a));
        t.backtrace().addAll(List.of(new FrameInfo("m", 1, null, -1)));
        assertSame(t.backtrace(), WasmBacktrace.of(t));
        assertEquals(2, t.backtrace().frames().size());
        assertEquals("m!inner @ 0x2a", t.backtrace().frames().get(0).toString());
        assertEquals("m!<wasm function 1>", t.backtrace().frames().get(1).toString());
    }

    @Test
    void hostException_keepsTypeAndCarriesFramesAsSuppressed() {
        IllegalStateException e = new IllegalStateException("host");
        assertNull(WasmBacktrace.find(e));
        WasmBacktrace.of(e).add(new FrameInfo(null, 7, "caller", 16));
        assertSame(WasmBacktrace.of(e), WasmBacktrace.find(e));
        assertEquals(1, e.getSuppressed().length);
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        assertTrue(out.toString().contains("<module>!caller @ 0x10"), out.toString());
    }

    @Test
    void thrownException_noJavaStackTrace() {
        WasmTag tag = new WasmTag(new TypeRegistry().funcType(new io.wasm4j.core.FuncType(List.of(), List.of())));
        ThrownException t = new ThrownException(new Exn(tag, new Object[0]));
        assertEquals(0, t.getStackTrace().length);
        assertSame(tag, t.exn().tag());
    }
}
