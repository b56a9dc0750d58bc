package io.wasm4j;

import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.internal.engine.BuiltInTextFormat;
import io.wasm4j.internal.engine.PluginSource;
import io.wasm4j.spi.ArrayModuleInstance;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.CompilerProvider;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.WasmFunction;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Set;

/**
 * A test backend for modules without function bodies: it follows the SPI contract for imports, tables,
 * memories, globals (simple constant initialisers), tags and segments.
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

    private static final class Inst extends ArrayModuleInstance {
        Inst(WasmModule m, DefinedType[] types, Imports imports, InstanceContext ctx) {
            super(m, types);
            initialize(imports, ctx);
        }

        @Override
        protected WasmFunction defineFunction(int funcIndex) {
            throw new AssertionError("compile rejects modules with function bodies");
        }

        @Override
        protected Object evalConstant(ConstSite site, int index, int item) {
            return eval(wasm, constExpr(site, index, item));
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
    }
}
