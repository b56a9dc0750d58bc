package io.wasm4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.wasm4j.core.GlobalType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import org.junit.jupiter.api.Test;

final class WasmGlobalTest {
    @Test
    void setFloat_signallingNan_keepsBitPattern() {
        WasmGlobal g = new WasmGlobal(new GlobalType(ValType.F32, true));
        g.setFloat(Float.intBitsToFloat(0x7fa0_0001));
        assertEquals(0x7fa0_0001, Float.floatToRawIntBits(g.getFloat()));
        assertEquals(0x7fa0_0001, Float.floatToRawIntBits((Float) g.get()));
    }

    @Test
    void setDouble_nanPayload_keepsBitPattern() {
        WasmGlobal g =
                new WasmGlobal(new GlobalType(ValType.F64, true), Double.longBitsToDouble(0x7ff0_0000_0000_0123L));
        assertEquals(0x7ff0_0000_0000_0123L, Double.doubleToRawLongBits(g.getDouble()));
    }

    @Test
    void newGlobal_defaults_zeroNullAndZeroVector() {
        assertEquals(0, new WasmGlobal(new GlobalType(ValType.I32, false)).get());
        assertEquals(0L, new WasmGlobal(new GlobalType(ValType.I64, false)).get());
        assertNull(new WasmGlobal(new GlobalType(RefType.FUNCREF, false)).get());
        assertSame(V128.ZERO, new WasmGlobal(new GlobalType(ValType.V128, false)).get());
    }

    @Test
    void setUntyped_i64_readsTyped() {
        WasmGlobal g = new WasmGlobal(new GlobalType(ValType.I64, true));
        g.set(-5L);
        assertEquals(-5L, g.getLong());
    }
}
