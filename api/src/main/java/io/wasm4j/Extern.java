package io.wasm4j;

/** Something an instance exports or a linker defines: a function, table, memory, global or tag. */
public sealed interface Extern permits Func, Table, Memory, Global, Tag {
    /** Returns this entity's type. */
    ExternType externType();
}
