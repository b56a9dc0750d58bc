package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.code.Opcode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class OpTest {
    @Test
    void everyOpcode_hasTheCodeOfItsNamesake() throws ReflectiveOperationException {
        for (Opcode o : Opcode.values()) {
            Field f = Op.class.getDeclaredField(o.name());
            assertEquals(f.getInt(null), Op.of(o), o.name());
        }
    }

    @Test
    void codes_areDistinctAndBelowCount() throws ReflectiveOperationException {
        Set<Integer> seen = new HashSet<>();
        for (Class<?> c : List.of(Op.class, Fused.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() != int.class || !Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (f.getName().equals("COUNT") || f.getName().equals("END")) {
                    continue;
                }
                int code = f.getInt(null);
                assertTrue(code >= 0 && code < Op.COUNT, f.getName());
                assertTrue(seen.add(code), "duplicate code " + code + ": " + f.getName());
            }
        }
        assertTrue(seen.size() >= Opcode.values().length);
    }
}
