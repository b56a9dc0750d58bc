package io.wasm4j.core.internal.validate;

import io.wasm4j.core.GlobalType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.TagType;
import io.wasm4j.core.ValType;

/**
 * What instruction validation needs to know about the module around a function body or constant
 * expression: the spec's validation context C, minus locals, labels and return type.
 *
 * <p>Index spaces include imports first, as in the spec. Callers check an index against the count
 * before asking for the entry.
 */
public interface ModuleEnv {

    /** Number of defined types (after flattening recursion groups). */
    int typeCount();

    /** The defined type at {@code typeIndex}, {@code 0 <= typeIndex < typeCount()}. */
    SubType type(int typeIndex);

    /** Whether {@code sub} matches {@code sup} (the spec's subtyping, with type equivalence by canonicalisation). */
    boolean isSubtype(ValType sub, ValType sup);

    /** Whether heap type {@code sub} matches heap type {@code sup}. */
    boolean isSubtype(HeapType sub, HeapType sup);

    /** Number of functions, imported ones first. */
    int funcCount();

    /** The type index of function {@code funcIndex}. */
    int funcTypeIndex(int funcIndex);

    /** Number of tables, imported ones first. */
    int tableCount();

    /** The type of table {@code tableIndex}. */
    TableType table(int tableIndex);

    /** Number of memories, imported ones first. */
    int memoryCount();

    /** The type of memory {@code memoryIndex}. */
    MemoryType memory(int memoryIndex);

    /** Number of globals, imported ones first. */
    int globalCount();

    /** The type of global {@code globalIndex}. */
    GlobalType global(int globalIndex);

    /** Number of tags, imported ones first. */
    int tagCount();

    /** The type of tag {@code tagIndex}. */
    TagType tag(int tagIndex);

    /** Number of element segments. */
    int elemCount();

    /** The element type of element segment {@code elemIndex}. */
    RefType elemType(int elemIndex);

    /** The data count section's value, or {@code -1} when the module has no data count section. */
    int dataCount();

    /**
     * Whether {@code ref.func funcIndex} may appear in a function body: the function is referenced
     * outside function bodies (exports, element segments, global initialisers), the spec's C.refs.
     */
    boolean isDeclaredFuncRef(int funcIndex);
}
