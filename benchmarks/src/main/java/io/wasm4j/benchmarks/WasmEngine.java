package io.wasm4j.benchmarks;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** The engines measured side by side, each instantiating a module whose only import may be {@code env.host}. */
public enum WasmEngine {
    /** wasm4j's portable interpreter. */
    WASM4J_INTERP("wasm4j-interp"),
    /** wasm4j's bytecode backend. */
    WASM4J_BYTECODE("wasm4j-bytecode"),
    /** wasm4j's portable interpreter on mmap memories ({@code io.wasm4j:wasm4j-memory-mmap}). */
    WASM4J_INTERP_MMAP("wasm4j-interp-mmap"),
    /** wasm4j's bytecode backend on mmap memories ({@code io.wasm4j:wasm4j-memory-mmap}). */
    WASM4J_BYTECODE_MMAP("wasm4j-bytecode-mmap"),
    /** Chicory 1.6.1's interpreter. */
    CHICORY_INTERP("chicory-interp"),
    /** Chicory 1.6.1's runtime compiler (bytecode generation with ASM). */
    CHICORY_COMPILER("chicory-compiler");

    private final String id;

    WasmEngine(String id) {
        this.id = id;
    }

    /** Returns the id used in JMH parameters and reports. */
    public String id() {
        return id;
    }

    /** Returns the engine with id {@code id}. */
    public static WasmEngine of(String id) {
        for (WasmEngine e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine " + id);
    }

    /**
     * Instantiates {@code wasm}, defining {@code env.host} as {@code host} if the module imports it, and calls
     * {@code _initialize} if the module exports it.
     */
    public Loaded load(byte[] wasm, IntUnaryOperator host) {
        return switch (this) {
            case WASM4J_INTERP -> wasm4j(Strategy.INTERP, "heap", wasm, host);
            case WASM4J_BYTECODE -> wasm4j(Strategy.BYTECODE, "heap", wasm, host);
            case WASM4J_INTERP_MMAP -> wasm4j(Strategy.INTERP, "mmap", wasm, host);
            case WASM4J_BYTECODE_MMAP -> wasm4j(Strategy.BYTECODE, "mmap", wasm, host);
            case CHICORY_INTERP -> chicory(false, wasm, host);
            case CHICORY_COMPILER -> chicory(true, wasm, host);
        };
    }

    private static Loaded wasm4j(Strategy strategy, String memory, byte[] wasm, IntUnaryOperator host) {
        Engine engine = Engine.create(
                Config.builder().strategy(strategy).memoryCreator(memory).build());
        Module module = Module.fromBinary(engine, wasm);
        Linker<Object> linker = new Linker<>(engine);
        if (module.imports().stream().anyMatch(i -> i.name().equals("host"))) {
            linker.func("env", "host", IntUnaryOperator.class, host);
        }
        Instance instance = linker.instantiate(Store.create(engine, null), module);
        instance.getFunc("_initialize").ifPresent(f -> f.call());
        return name -> {
            MethodHandle h = instance.getTypedFunc(name, int.class, int.class).handle();
            return n -> {
                try {
                    return (int) h.invokeExact(n);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            };
        };
    }

    private static Loaded chicory(boolean compile, byte[] wasm, IntUnaryOperator host) {
        WasmModule module = Parser.parse(wasm);
        var builder = com.dylibso.chicory.runtime.Instance.builder(module);
        if (compile) {
            builder.withMachineFactory(MachineFactoryCompiler.compile(module));
        }
        var hostType = FunctionType.of(
                List.of(com.dylibso.chicory.wasm.types.ValType.I32),
                List.of(com.dylibso.chicory.wasm.types.ValType.I32));
        builder.withImportValues(ImportValues.builder()
                .addFunction(new HostFunction(
                        "env", "host", hostType, (inst, args) -> new long[] {host.applyAsInt((int) args[0])}))
                .build());
        var instance = builder.build();
        var exports = module.exportSection();
        boolean hasInitialize = false;
        for (int i = 0; i < exports.exportCount(); i++) {
            hasInitialize |= exports.getExport(i).name().equals("_initialize");
        }
        if (hasInitialize) {
            instance.export("_initialize").apply();
        }
        return name -> {
            ExportFunction f = instance.export(name);
            return n -> (int) f.apply(n)[0];
        };
    }

    /** An instantiated module. */
    @FunctionalInterface
    public interface Loaded {
        /** Returns the export {@code name} of type {@code (i32) -> i32}. */
        IntUnaryOperator func(String name);
    }
}
