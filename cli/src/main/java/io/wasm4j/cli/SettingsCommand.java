package io.wasm4j.cli;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Feature;
import io.wasm4j.spi.CompilerProvider;
import io.wasm4j.spi.MemoryCreator;
import io.wasm4j.spi.TextFormat;
import io.wasm4j.spi.WasiProvider;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code wasm4j settings}: the plugins found on the module path, their settings, and the engine defaults. */
@Command(
        name = "settings",
        mixinStandardHelpOptions = true,
        description = "Shows the backends and other plugins found, their settings, and the engine's defaults.")
final class SettingsCommand implements Callable<Integer> {
    @ParentCommand
    Wasm4jCommand parent;

    @Override
    public Integer call() {
        PrintStream out = parent.streams().out();
        List<String> broken = new ArrayList<>();

        out.println("Backends (--backend):");
        List<CompilerProvider> backends = load(CompilerProvider.class, broken);
        backends.sort(Comparator.comparingInt(CompilerProvider::priority).reversed());
        if (backends.isEmpty()) {
            out.println("  (none: add io.wasm4j:wasm4j-backend-interp or io.wasm4j:wasm4j-backend-bytecode)");
        }
        for (CompilerProvider p : backends) {
            out.printf(
                    "  %-10s priority %d, %s, settings: %s%n",
                    p.id(),
                    p.priority(),
                    supported(p::isSupported),
                    p.settingNames().isEmpty() ? "(none)" : String.join(", ", p.settingNames()));
        }
        out.println("  auto chooses: " + autoBackend());

        out.println("Memory creators:");
        for (MemoryCreator m : load(MemoryCreator.class, broken)) {
            out.printf(
                    "  %-10s %s%s%n",
                    m.id(),
                    supported(m::isSupported),
                    m.id().equals(Config.defaults().memoryCreator()) ? ", default" : "");
        }

        out.println("Text format:");
        List<TextFormat> text = load(TextFormat.class, broken);
        out.println("  "
                + (text.isEmpty()
                        ? "io.wasm4j.wat (built in)"
                        : names(text, t -> t.getClass().getName())));

        out.println("WASI:");
        List<WasiProvider> wasi = load(WasiProvider.class, broken);
        out.println("  " + (wasi.isEmpty() ? "(none)" : names(wasi, WasiProvider::id)));

        out.println("WebAssembly features (-W NAME=y|n):");
        for (Feature f : Feature.values()) {
            out.printf("  %-18s %s%n", EngineOptions.optionName(f), f.isDefault() ? "on" : "off");
        }

        out.println("Engine defaults:");
        out.println("  max-wasm-stack     " + Config.DEFAULT_MAX_WASM_STACK + " bytes");

        if (!broken.isEmpty()) {
            out.println("Broken providers (not loaded):");
            broken.forEach(b -> out.println("  " + b));
        }
        return ExitCodes.OK;
    }

    private static String autoBackend() {
        try {
            return Engine.create().backend().orElse("(no backend)");
        } catch (RuntimeException e) {
            return "(none: " + e.getMessage() + ")";
        }
    }

    private static String supported(java.util.function.BooleanSupplier check) {
        try {
            return check.getAsBoolean() ? "supported" : "unsupported on this platform";
        } catch (RuntimeException | LinkageError e) {
            return "broken (" + e + ")";
        }
    }

    private static <S> String names(List<S> list, Function<S, String> name) {
        return String.join(", ", list.stream().map(name).toList());
    }

    /** Loads every provider of {@code service}, recording those that fail to load. */
    private static <S> List<S> load(Class<S> service, List<String> broken) {
        List<S> out = new ArrayList<>();
        var it = ServiceLoader.load(service).stream().iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return out;
                }
                var provider = it.next();
                try {
                    out.add(provider.get());
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    broken.add(provider.type().getName() + ": " + e.getMessage());
                }
            } catch (ServiceConfigurationError e) {
                broken.add(e.getMessage());
            }
        }
    }
}
