package io.wasm4j.wat.internal.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything the encoder knows about the module being encoded: index spaces and section contents. */
final class ModuleState {
    final TypeTable types = new TypeTable();
    final TypeParser typeParser = new TypeParser(types);
    final IndexSpace funcs = new IndexSpace("function", "func");
    final IndexSpace tables = new IndexSpace("table", "table");
    final IndexSpace memories = new IndexSpace("memory", "memory");
    final IndexSpace globals = new IndexSpace("global", "global");
    final IndexSpace tags = new IndexSpace("tag", "tag");
    final IndexSpace elems = new IndexSpace("elem segment", "elem");
    final IndexSpace datas = new IndexSpace("data segment", "data");

    /** Whether each memory (by index) has a 64-bit address type. */
    final List<Boolean> memory64 = new ArrayList<>();
    /** Whether each table (by index) has a 64-bit address type. */
    final List<Boolean> table64 = new ArrayList<>();

    String moduleName;
    /** Local names by function index (only for functions with named locals). */
    final Map<Integer, IndexSpace> localNames = new TreeMap<>();
    /** Branch hints ((offset, hint) pairs) by function index. */
    final Map<Integer, List<int[]>> branchHints = new TreeMap<>();
    /** Label names by function index (only for functions with named labels). */
    final Map<Integer, IndexSpace> labelNames = new TreeMap<>();
    /** Whether an instruction uses a data segment index (the data count section is then needed). */
    boolean usesDataCount;

    int importCount;
    final Bytes imports = new Bytes();
    int funcCount;
    final Bytes funcSection = new Bytes();
    int tableCount;
    final Bytes tableSection = new Bytes();
    int memoryCount;
    final Bytes memorySection = new Bytes();
    int tagCount;
    final Bytes tagSection = new Bytes();
    int globalCount;
    final Bytes globalSection = new Bytes();
    int exportCount;
    final Bytes exports = new Bytes();
    Long start;
    int elemCount;
    final Bytes elemSection = new Bytes();
    final Bytes codeSection = new Bytes();
    int dataCount;
    final Bytes dataSection = new Bytes();

    boolean isMemory64(int index) {
        return index >= 0 && index < memory64.size() && memory64.get(index);
    }

    boolean isTable64(int index) {
        return index >= 0 && index < table64.size() && table64.get(index);
    }
}
