package io.wasm4j;

import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.DataSegment;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.SegmentMode;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.internal.engine.BuiltInTextFormat;
import io.wasm4j.internal.engine.PluginSource;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.CompilerProvider;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.TypeRegistry;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Set;

/**
 * A test backend for modules without function bodies: it follows the SPI contract for imports, tables,
 * memories, globals (simple constant initialisers), tags and active data segments.
 */
final class HostOnlyBackend implements CompilerProvider {
    private final String id;
    private final int priority;
    private final boolean supported;

    HostOnlyBackend(String id, int priority, boolean supported) {
        this.id = id;
        this.priority = priority;
        this.supported = supported;
    }

    HostOnlyBackend() {
        this("interp", 10, true);
    }

    /** An engine whose only backend is this one. */
    static Engine engine() {
        return engine(Config.defaults());
    }

    static Engine engine(Config config) {
        return Engine.create(config, plugins(new HostOnlyBackend()));
    }

    static PluginSource plugins(CompilerProvider... compilers) {
        return new PluginSource(List.of(compilers), List.of(), List.of(new BuiltInTextFormat()), List.of());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public boolean isSupported() {
        return supported;
    }

    @Override
    public Set<String> settingNames() {
        return Set.of("test.flag");
    }

    @Override
    public CompiledModule compile(ValidatedModule module, CompileContext context) {
        WasmModule m = module.module();
        if (m.funcCount() > m.importedFuncCount()) {
            throw new UnsupportedOperationException("the host-only test backend runs no function bodies");
        }
        DefinedType[] types = context.types().register(m.recGroups());
        return new CompiledModule() {
            @Override
            public ValidatedModule module() {
                return module;
            }

            @Override
            public ModuleInstance instantiate(Imports imports, InstanceContext ctx) {
                return new Inst(m, types, imports, ctx);
            }
        };
    }

    private static final class Inst extends ModuleInstance {
        private final WasmFunction[] functions;
        private final WasmTable[] tables;
        private final LinearMemory[] memories;
        private final WasmGlobal[] globals;
        private final WasmTag[] tags;

        Inst(WasmModule m, DefinedType[] types, Imports imports, InstanceContext ctx) {
            functions = imports.functions().clone();
            tables = new WasmTable[m.tableCount()];
            System.arraycopy(imports.tables(), 0, tables, 0, imports.tables().length);
            for (int i = m.importedTableCount(); i < tables.length; i++) {
                TableType t = m.tableType(i);
                tables[i] = new WasmTable(
                        new TableType(t.addressType(), t.limits(), TypeRegistry.canonicalize(t.elementType(), types)),
                        null);
            }
            memories = new LinearMemory[m.memoryCount()];
            System.arraycopy(imports.memories(), 0, memories, 0, imports.memories().length);
            for (int i = m.importedMemoryCount(); i < memories.length; i++) {
                memories[i] = ctx.memoryCreator().create(m.memoryType(i));
            }
            globals = new WasmGlobal[m.globalCount()];
            System.arraycopy(imports.globals(), 0, globals, 0, imports.globals().length);
            for (int i = m.importedGlobalCount(); i < globals.length; i++) {
                GlobalType g = m.globalType(i);
                GlobalType canonical = new GlobalType(TypeRegistry.canonicalize(g.valType(), types), g.mutable());
                globals[i] = new WasmGlobal(canonical, eval(m, m.globalInit(i)));
            }
            tags = new WasmTag[m.tagCount()];
            System.arraycopy(imports.tags(), 0, tags, 0, imports.tags().length);
            for (int i = m.importedTagCount(); i < tags.length; i++) {
                tags[i] = new WasmTag(types[m.tagType(i).typeIndex()]);
            }
            for (int d = 0; d < m.datas().size(); d++) {
                DataSegment s = m.datas().get(d);
                if (s.mode() == SegmentMode.ACTIVE) {
                    long offset = Integer.toUnsignedLong((Integer) eval(m, s.offset()));
                    MemorySegment seg = memories[s.memoryIndex()].segment();
                    if (offset + s.dataLength() > seg.byteSize()) {
                        throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
                    }
                    MemorySegment.copy(m.bytes(), s.dataStart(), seg, ValueLayout.JAVA_BYTE, offset, s.dataLength());
                }
            }
        }

        private Object eval(WasmModule m, ConstExpr e) {
            byte[] b = m.bytes();
            int[] pos = {e.start() + 1};
            return switch (b[e.start()] & 0xFF) {
                case 0x41 -> (int) sleb(b, pos);
                case 0x42 -> sleb(b, pos);
                case 0x44 ->
                    Double.longBitsToDouble(MemorySegment.ofArray(b)
                            .get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN), pos[0]));
                case 0x23 -> globals[(int) sleb(b, pos)].get();
                case 0xD2 -> functions[(int) sleb(b, pos)];
                case 0xD0 -> null;
                default -> throw new UnsupportedOperationException("constant expression opcode " + b[e.start()]);
            };
        }

        private static long sleb(byte[] b, int[] pos) {
            long result = 0;
            int shift = 0;
            int x;
            do {
                x = b[pos[0]++];
                result |= (long) (x & 0x7F) << shift;
                shift += 7;
            } while ((x & 0x80) != 0);
            if (shift < 64 && (x & 0x40) != 0) {
                result |= -1L << shift;
            }
            return result;
        }

        @Override
        public WasmFunction function(int funcIndex) {
            return functions[funcIndex];
        }

        @Override
        public WasmTable table(int tableIndex) {
            return tables[tableIndex];
        }

        @Override
        public LinearMemory memory(int memoryIndex) {
            return memories[memoryIndex];
        }

        @Override
        public WasmGlobal global(int globalIndex) {
            return globals[globalIndex];
        }

        @Override
        public WasmTag tag(int tagIndex) {
            return tags[tagIndex];
        }

        @Override
        public void start() {}
    }
}
