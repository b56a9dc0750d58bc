package io.wasm4j;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.TableType;

/**
 * The type of an import or export. Type indices in it are in canonical encoding (engine-wide ids; see
 * {@code io.wasm4j.spi}).
 */
public sealed interface ExternType {
    /**
     * A function.
     *
     * @param type its signature
     */
    record Func(FuncType type) implements ExternType {}

    /**
     * A table.
     *
     * @param type its type
     */
    record Table(TableType type) implements ExternType {}

    /**
     * A memory.
     *
     * @param type its type
     */
    record Memory(MemoryType type) implements ExternType {}

    /**
     * A global.
     *
     * @param type its type
     */
    record Global(GlobalType type) implements ExternType {}

    /**
     * An exception tag.
     *
     * @param type the function type whose parameters are the payload
     */
    record Tag(FuncType type) implements ExternType {}
}
