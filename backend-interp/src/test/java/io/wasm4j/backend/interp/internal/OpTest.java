package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.core.code.Opcode;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

final class OpTest {
    @Test
    void constants_matchOpcodeOrdinals() throws ReflectiveOperationException {
        for (Opcode o : Opcode.values()) {
            Field f = Op.class.getDeclaredField(o.name());
            assertEquals(o.ordinal(), f.getInt(null), o.name());
        }
        assertEquals(Opcode.values().length, Op.LOCAL_GET_REF);
    }
}
