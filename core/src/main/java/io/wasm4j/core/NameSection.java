package io.wasm4j.core;

import java.util.HashMap;
import java.util.Map;

/**
 * The contents of the {@code name} custom section: debug names by index. Maps hold only the entries
 * present. A malformed name section is dropped, as custom sections are not validated.
 *
 * @param moduleName the module's name, or {@code null}
 * @param functionNames function names by function index
 * @param localNames local names by function index, then local index
 * @param labelNames label names by function index, then label index
 * @param typeNames type names by type index
 * @param tableNames table names by table index
 * @param memoryNames memory names by memory index
 * @param globalNames global names by global index
 * @param elemNames element segment names by segment index
 * @param dataNames data segment names by segment index
 * @param fieldNames struct field names by type index, then field index
 * @param tagNames tag names by tag index
 */
public record NameSection(
        String moduleName,
        Map<Integer, String> functionNames,
        Map<Integer, Map<Integer, String>> localNames,
        Map<Integer, Map<Integer, String>> labelNames,
        Map<Integer, String> typeNames,
        Map<Integer, String> tableNames,
        Map<Integer, String> memoryNames,
        Map<Integer, String> globalNames,
        Map<Integer, String> elemNames,
        Map<Integer, String> dataNames,
        Map<Integer, Map<Integer, String>> fieldNames,
        Map<Integer, String> tagNames) {

    /** A name section with no names. */
    public static final NameSection EMPTY = new NameSection(
            null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of());

    /** Creates a name section; the maps are copied. */
    public NameSection {
        functionNames = Map.copyOf(functionNames);
        localNames = copyIndirect(localNames);
        labelNames = copyIndirect(labelNames);
        typeNames = Map.copyOf(typeNames);
        tableNames = Map.copyOf(tableNames);
        memoryNames = Map.copyOf(memoryNames);
        globalNames = Map.copyOf(globalNames);
        elemNames = Map.copyOf(elemNames);
        dataNames = Map.copyOf(dataNames);
        fieldNames = copyIndirect(fieldNames);
        tagNames = Map.copyOf(tagNames);
    }

    /** Returns the name of function {@code funcIndex}, or {@code null}. */
    public String functionName(int funcIndex) {
        return functionNames.get(funcIndex);
    }

    /** Returns the name of local {@code localIndex} of function {@code funcIndex}, or {@code null}. */
    public String localName(int funcIndex, int localIndex) {
        Map<Integer, String> m = localNames.get(funcIndex);
        return m == null ? null : m.get(localIndex);
    }

    private static Map<Integer, Map<Integer, String>> copyIndirect(Map<Integer, Map<Integer, String>> m) {
        Map<Integer, Map<Integer, String>> copy = new HashMap<>();
        m.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return Map.copyOf(copy);
    }
}
