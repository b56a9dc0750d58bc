package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.Export;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Import;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.GcRef;
import io.wasm4j.spi.HeapMemoryCreator;
import io.wasm4j.spi.I31Ref;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.V128;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import io.wasm4j.wat.script.ResultPattern;
import io.wasm4j.wat.script.WastCommand;
import io.wasm4j.wat.script.WastScript;
import io.wasm4j.wat.script.WastValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small spec-script runner for this module's own tests: runs the commands that execute code ({@code
 * module}, {@code register}, {@code invoke}, {@code assert_return}, {@code assert_trap}, {@code
 * assert_exhaustion}, {@code assert_exception}) straight on the bytecode backend, without the facade.
 * Validation-only assertions are left to the real harness in {@code it/}.
 */
final class SpecRunner {
    record Extern(int n) {}

    final List<String> failures = new ArrayList<>();
    int passed;

    private final Map<String, Map<String, Object>> registry = new HashMap<>();
    private final Map<String, Loaded> named = new HashMap<>();
    private Loaded current;

    private record Loaded(WasmModule module, ModuleInstance instance) {
        Object export(String name) {
            Export e = module.export(name);
            if (e == null) {
                throw new IllegalArgumentException("no export " + name);
            }
            return switch (e.kind()) {
                case FUNC -> instance.function(e.index());
                case TABLE -> instance.table(e.index());
                case MEMORY -> instance.memory(e.index());
                case GLOBAL -> instance.global(e.index());
                case TAG -> instance.tag(e.index());
            };
        }
    }

    SpecRunner() {
        registry.put("spectest", spectest());
    }

    private static final class HostFunc extends WasmFunction {
        HostFunc(FuncType t) {
            super(Wasm.TYPES.funcType(t));
        }

        @Override
        public Object[] invoke(ModuleInstance caller, Object... args) {
            return new Object[0];
        }
    }

    private static Map<String, Object> spectest() {
        Map<String, Object> m = new HashMap<>();
        m.put("print", new HostFunc(new FuncType(List.of(), List.of())));
        m.put("print_i32", new HostFunc(new FuncType(List.of(NumType.I32), List.of())));
        m.put("print_i64", new HostFunc(new FuncType(List.of(NumType.I64), List.of())));
        m.put("print_f32", new HostFunc(new FuncType(List.of(NumType.F32), List.of())));
        m.put("print_f64", new HostFunc(new FuncType(List.of(NumType.F64), List.of())));
        m.put("print_i32_f32", new HostFunc(new FuncType(List.of(NumType.I32, NumType.F32), List.of())));
        m.put("print_f64_f64", new HostFunc(new FuncType(List.of(NumType.F64, NumType.F64), List.of())));
        m.put("global_i32", new WasmGlobal(new GlobalType(NumType.I32, false), 666));
        m.put("global_i64", new WasmGlobal(new GlobalType(NumType.I64, false), 666L));
        m.put("global_f32", new WasmGlobal(new GlobalType(NumType.F32, false), 666.6f));
        m.put("global_f64", new WasmGlobal(new GlobalType(NumType.F64, false), 666.6));
        m.put(
                "table",
                new WasmTable(
                        new TableType(io.wasm4j.core.AddressType.I32, new Limits(10, 20), RefType.FUNCREF), null));
        m.put(
                "memory",
                new HeapMemoryCreator()
                        .create(new MemoryType(io.wasm4j.core.AddressType.I32, new Limits(1, 2), false, 16)));
        return m;
    }

    void run(Path file) throws Exception {
        List<WastCommand> commands = WastScript.parse(Files.readString(file));
        String name = file.getFileName().toString();
        for (WastCommand c : commands) {
            try {
                command(c);
            } catch (Throwable e) {
                if (Boolean.getBoolean("spec.trace")) {
                    e.printStackTrace();
                }
                failures.add(name + ":" + c.line() + " " + c.keyword() + ": " + e);
            }
        }
    }

    private void command(WastCommand c) {
        switch (c) {
            case WastCommand.ModuleCommand mc -> {
                if (mc.definition()) {
                    return;
                }
                current = instantiate(mc.binary());
                mc.id().ifPresent(id -> named.put(id, current));
                passed++;
            }
            case WastCommand.Register reg -> {
                Loaded l = reg.moduleId().map(named::get).orElse(current);
                Map<String, Object> exports = new HashMap<>();
                for (Export e : l.module.exports()) {
                    exports.put(e.name(), l.export(e.name()));
                }
                registry.put(reg.name(), exports);
            }
            case WastCommand.Invoke inv -> action(inv);
            case WastCommand.AssertReturn ar -> {
                Object[] results = action(ar.action());
                if (results.length != ar.expected().size()) {
                    throw new AssertionError("expected " + ar.expected().size() + " results, got " + results.length);
                }
                for (int i = 0; i < results.length; i++) {
                    if (!matches(ar.expected().get(i), results[i])) {
                        throw new AssertionError(
                                "result " + i + ": expected " + ar.expected().get(i) + ", got " + show(results[i]));
                    }
                }
                passed++;
            }
            case WastCommand.AssertTrap at -> {
                try {
                    if (at.operation() instanceof WastCommand.Action a) {
                        action(a);
                    } else {
                        instantiate(((WastCommand.ModuleCommand) at.operation()).binary());
                    }
                    throw new AssertionError("expected trap " + at.message());
                } catch (Trap t) {
                    if (!t.getMessage().contains(at.message())) {
                        throw new AssertionError("expected trap " + at.message() + ", got " + t.getMessage());
                    }
                    passed++;
                }
            }
            case WastCommand.AssertExhaustion ae -> {
                try {
                    action(ae.action());
                    throw new AssertionError("expected exhaustion");
                } catch (Trap t) {
                    if (!t.getMessage().contains(ae.message())) {
                        throw new AssertionError("expected " + ae.message() + ", got " + t.getMessage());
                    }
                    passed++;
                }
            }
            case WastCommand.AssertException ae -> {
                try {
                    action(ae.action());
                    throw new AssertionError("expected exception");
                } catch (ThrownException t) {
                    passed++;
                }
            }
            case WastCommand.AssertUninstantiable au -> {
                try {
                    instantiate(au.module().binary());
                    throw new AssertionError("expected uninstantiable");
                } catch (Trap t) {
                    passed++;
                }
            }
            default -> {}
        }
    }

    private Loaded instantiate(byte[] bytes) {
        ValidatedModule vm = ValidatedModule.of(bytes);
        BcModule m = BcModule.compile(vm, new CompileContext(Wasm.TYPES, 512 * 1024, Map.of(), false, false));
        WasmModule w = vm.module();
        List<WasmFunction> fs = new ArrayList<>();
        List<WasmTable> ts = new ArrayList<>();
        List<LinearMemory> ms = new ArrayList<>();
        List<WasmGlobal> gs = new ArrayList<>();
        List<WasmTag> tags = new ArrayList<>();
        for (Import imp : w.imports()) {
            Map<String, Object> mod = registry.get(imp.module());
            Object e = mod == null ? null : mod.get(imp.name());
            if (e == null) {
                throw new IllegalStateException("unknown import " + imp.module() + "." + imp.name());
            }
            switch (imp.kind()) {
                case FUNC -> fs.add((WasmFunction) e);
                case TABLE -> ts.add((WasmTable) e);
                case MEMORY -> ms.add((LinearMemory) e);
                case GLOBAL -> gs.add((WasmGlobal) e);
                case TAG -> tags.add((WasmTag) e);
            }
        }
        Imports imports = new Imports(
                fs.toArray(new WasmFunction[0]),
                ts.toArray(new WasmTable[0]),
                ms.toArray(new LinearMemory[0]),
                gs.toArray(new WasmGlobal[0]),
                tags.toArray(new WasmTag[0]));
        ModuleInstance inst = m.instantiate(
                imports,
                new InstanceContext(
                        new HeapMemoryCreator(),
                        new io.wasm4j.spi.StoreContext(new java.util.concurrent.atomic.AtomicLong())));
        inst.start();
        return new Loaded(w, inst);
    }

    private Object[] action(WastCommand.Action a) {
        Loaded l = a.moduleId().map(named::get).orElse(current);
        if (a instanceof WastCommand.Get g) {
            return new Object[] {((WasmGlobal) l.export(g.name())).get()};
        }
        WastCommand.Invoke inv = (WastCommand.Invoke) a;
        Object[] args = new Object[inv.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = value(inv.args().get(i));
        }
        return ((WasmFunction) l.export(inv.name())).invoke(null, args);
    }

    private static Object value(WastValue v) {
        return switch (v) {
            case WastValue.I32(int bits) -> bits;
            case WastValue.I64(long bits) -> bits;
            case WastValue.F32(int bits) -> Float.intBitsToFloat(bits);
            case WastValue.F64(long bits) -> Double.longBitsToDouble(bits);
            case WastValue.V128 x -> {
                ByteBuffer b = ByteBuffer.wrap(x.bytes()).order(ByteOrder.LITTLE_ENDIAN);
                yield new V128(b.getLong(0), b.getLong(8));
            }
            case WastValue.RefNull n -> null;
            case WastValue.RefExtern(int n) -> new Extern(n);
            case WastValue.RefHost(int n) -> new Extern(n);
        };
    }

    private static String show(Object o) {
        return switch (o) {
            case Float f -> f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
            case Double d -> d + " (0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
            case null -> "null";
            default -> o.toString();
        };
    }

    static boolean matches(ResultPattern p, Object actual) {
        return switch (p) {
            case WastValue.I32(int bits) -> actual instanceof Integer i && i == bits;
            case WastValue.I64(long bits) -> actual instanceof Long l && l == bits;
            case WastValue.F32(int bits) -> actual instanceof Float f && Float.floatToRawIntBits(f) == bits;
            case WastValue.F64(long bits) -> actual instanceof Double d && Double.doubleToRawLongBits(d) == bits;
            case WastValue.V128 x -> actual instanceof V128 v && v.equals(value(x));
            case WastValue.RefNull n -> actual == null;
            case WastValue.RefExtern(int n) -> new Extern(n).equals(actual);
            case WastValue.RefHost(int n) -> new Extern(n).equals(actual);
            case ResultPattern.Nan nan -> nan(nan, actual);
            case ResultPattern.V128Lanes lanes -> actual instanceof V128 v && lanes(lanes, v);
            case ResultPattern.AnyRef ref ->
                switch (ref.kind()) {
                    case FUNC -> actual instanceof WasmFunction;
                    case EXTERN, ANY -> actual != null;
                    case EQ -> actual instanceof I31Ref || actual instanceof GcRef;
                    case I31 -> actual instanceof I31Ref;
                    case STRUCT -> actual instanceof GcRef g && g.definedType().isStruct();
                    case ARRAY -> actual instanceof GcRef g && g.definedType().isArray();
                    case EXN -> actual instanceof Exn;
                };
            case ResultPattern.Either e -> e.alternatives().stream().anyMatch(a -> matches(a, actual));
        };
    }

    private static boolean nan(ResultPattern.Nan nan, Object actual) {
        boolean canonical = nan.kind() == ResultPattern.NanKind.CANONICAL;
        if (actual instanceof Float f) {
            int b = Float.floatToRawIntBits(f) & 0x7FFF_FFFF;
            return canonical ? b == 0x7FC0_0000 : (b & 0x7FC0_0000) == 0x7FC0_0000;
        }
        if (actual instanceof Double d) {
            long b = Double.doubleToRawLongBits(d) & Long.MAX_VALUE;
            return canonical ? b == 0x7FF8_0000_0000_0000L : (b & 0x7FF8_0000_0000_0000L) == 0x7FF8_0000_0000_0000L;
        }
        return false;
    }

    private static boolean lanes(ResultPattern.V128Lanes p, V128 v) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, v.lo()).putLong(8, v.hi());
        int n = p.lanes().size();
        int w = 16 / n;
        for (int i = 0; i < n; i++) {
            ResultPattern lane = p.lanes().get(i);
            Object actual = switch (lane) {
                case WastValue.I32 x -> w == 1 ? (int) b.get(i) : w == 2 ? (int) b.getShort(i * 2) : b.getInt(i * 4);
                case WastValue.I64 x -> b.getLong(i * 8);
                case WastValue.F32 x -> Float.intBitsToFloat(b.getInt(i * 4));
                case WastValue.F64 x -> Double.longBitsToDouble(b.getLong(i * 8));
                case ResultPattern.Nan x ->
                    w == 4 ? (Object) Float.intBitsToFloat(b.getInt(i * 4)) : Double.longBitsToDouble(b.getLong(i * 8));
                default -> null;
            };
            if (lane instanceof WastValue.I32(int bits) && w < 4) {
                int mask = w == 1 ? 0xFF : 0xFFFF;
                if ((((Integer) actual) & mask) != (bits & mask)) {
                    return false;
                }
            } else if (!matches(lane, actual)) {
                return false;
            }
        }
        return true;
    }
}
