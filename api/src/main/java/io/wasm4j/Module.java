package io.wasm4j;

import io.wasm4j.core.Export;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Import;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.ModuleFormatException;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.TextFormat;
import io.wasm4j.spi.TypeRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled WebAssembly module, ready to be instantiated in any store of its engine. Immutable and
 * thread-safe.
 *
 * <p>Text modules need the {@code io.wasm4j:wasm4j-wat} artifact; binary modules do not.
 */
public final class Module {
    private final Engine engine;
    private final ValidatedModule validated;
    private final DefinedType[] types;
    private final CompiledModule compiled;
    private final List<ImportType> imports;
    private final List<ExportType> exports;

    private Module(Engine engine, ValidatedModule validated, DefinedType[] types, CompiledModule compiled) {
        this.engine = engine;
        this.validated = validated;
        this.types = types;
        this.compiled = compiled;
        WasmModule m = validated.module();
        List<ImportType> im = new ArrayList<>(m.imports().size());
        for (Import i : m.imports()) {
            im.add(new ImportType(i.module(), i.name(), externType(m, types, i.kind(), i.index())));
        }
        List<ExportType> ex = new ArrayList<>(m.exports().size());
        for (Export e : m.exports()) {
            ex.add(new ExportType(e.name(), externType(m, types, e.kind(), e.index())));
        }
        this.imports = List.copyOf(im);
        this.exports = List.copyOf(ex);
    }

    /**
     * Decodes, validates and compiles a binary module.
     *
     * @throws MalformedModuleException if the bytes are not a well-formed module
     * @throws InvalidModuleException if the module is invalid or uses a disabled feature
     * @throws IllegalStateException if the engine has no backend (the message names the artifact to add)
     */
    public static Module fromBinary(Engine engine, byte[] bytes) {
        ValidatedModule vm = validateModule(engine, bytes);
        TypeRegistry registry = engine.core().types();
        DefinedType[] types = registry.register(vm.module().recGroups());
        var backend = engine.core().backend().require();
        CompiledModule cm = backend.compile(
                vm,
                new CompileContext(
                        registry,
                        engine.config().maxWasmStack(),
                        engine.config().backendSettings(),
                        engine.config().epochInterruption(),
                        engine.config().consumeFuel()));
        return new Module(engine, vm, types, cm);
    }

    /**
     * Translates a module in text format to binary, then as {@link #fromBinary}.
     *
     * @throws IllegalStateException if no text-format plugin ({@code io.wasm4j:wasm4j-wat}) is present
     * @throws RuntimeException the text parser's exception for malformed text
     */
    public static Module fromText(Engine engine, String text) {
        return fromBinary(engine, toBinary(engine, text));
    }

    /**
     * Reads a module from a file: binary if it starts with the wasm magic number, else text.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Module fromFile(Engine engine, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        boolean binary = bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 'a' && bytes[2] == 's' && bytes[3] == 'm';
        return binary ? fromBinary(engine, bytes) : fromText(engine, new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Decodes and validates a binary module without compiling it (no backend needed).
     *
     * @throws ModuleFormatException if the module is malformed or invalid
     */
    public static void validate(Engine engine, byte[] bytes) {
        validateModule(engine, bytes);
    }

    private static ValidatedModule validateModule(Engine engine, byte[] bytes) {
        Objects.requireNonNull(engine, "engine");
        Set<io.wasm4j.core.WasmFeature> decoderFeatures = engine.config().isEnabled(Feature.CUSTOM_PAGE_SIZES)
                ? Set.of(io.wasm4j.core.WasmFeature.CUSTOM_PAGE_SIZES)
                : Set.of();
        ValidatedModule vm = WasmModule.decode(bytes, decoderFeatures).validate();
        FeatureCheck.check(vm.module(), engine.config());
        CodeFeatureCheck.check(vm, engine.config());
        return vm;
    }

    private static byte[] toBinary(Engine engine, String text) {
        TextFormat tf = engine.core().textFormat();
        if (tf == null) {
            throw new IllegalStateException(
                    "WebAssembly text needs the text format: add the artifact io.wasm4j:wasm4j-wat"
                            + " (on the module path, also resolve it, e.g. --add-modules io.wasm4j.wat)");
        }
        return tf.toBinary(text);
    }

    /** Returns the engine this module was compiled for. */
    public Engine engine() {
        return engine;
    }

    /** Returns the module's name from its name section, if it has one. */
    public Optional<String> name() {
        return Optional.ofNullable(validated.module().names().moduleName());
    }

    /** Returns the imports, in order. */
    public List<ImportType> imports() {
        return imports;
    }

    /** Returns the exports, in order. */
    public List<ExportType> exports() {
        return exports;
    }

    /** Returns the export named {@code name}, if there is one. */
    public Optional<ExportType> export(String name) {
        return exports.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    WasmModule wasm() {
        return validated.module();
    }

    DefinedType[] types() {
        return types;
    }

    CompiledModule compiled() {
        return compiled;
    }

    private static ExternType externType(WasmModule m, DefinedType[] types, io.wasm4j.core.ExternKind kind, int index) {
        return switch (kind) {
            case FUNC -> new ExternType.Func(TypeRegistry.canonicalize(m.funcTypeOf(index), types));
            case TABLE -> {
                TableType t = m.tableType(index);
                yield new ExternType.Table(
                        new TableType(t.addressType(), t.limits(), TypeRegistry.canonicalize(t.elementType(), types)));
            }
            case MEMORY -> new ExternType.Memory(m.memoryType(index));
            case GLOBAL -> {
                GlobalType g = m.globalType(index);
                yield new ExternType.Global(new GlobalType(TypeRegistry.canonicalize(g.valType(), types), g.mutable()));
            }
            case TAG -> {
                FuncType f = m.funcType(m.tagType(index).typeIndex());
                yield new ExternType.Tag(TypeRegistry.canonicalize(f, types));
            }
        };
    }

    @Override
    public String toString() {
        return "Module[" + name().orElse("<unnamed>") + ", " + imports.size() + " imports, " + exports.size()
                + " exports]";
    }
}
