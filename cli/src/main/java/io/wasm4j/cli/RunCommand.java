package io.wasm4j.cli;

import io.wasm4j.Engine;
import io.wasm4j.ExportType;
import io.wasm4j.ExternType;
import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.LinkException;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.UninstantiableException;
import io.wasm4j.Val;
import io.wasm4j.wasi.WasiCtx;
import io.wasm4j.wasi.WasiExitException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wasm4j run}: instantiates a module with WASI and runs {@code _start} or an export. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a WebAssembly module (binary .wasm or text .wat) with WASI preview 1: its _start function, or"
                    + " the export named by --invoke. Arguments after FILE go to the guest (or to the invoked"
                    + " function).",
        },
        footer = {
            "",
            "Exit status: the guest's proc_exit code (0 if _start returns); 134 (128 + SIGABRT, as wasmtime)"
                    + " when the guest traps, after printing the trap and its wasm backtrace to stderr; 1 for"
                    + " bad input; 2 for bad arguments."
        })
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    Wasm4jCommand parent;

    @Mixin
    EngineOptions engineOptions;

    @Option(
            names = "--invoke",
            paramLabel = "NAME",
            description = "Calls the exported function NAME with ARGS (parsed by its parameter types) instead of"
                    + " _start, and prints its results, one a line.")
    String invoke;

    @Option(
            names = "--dir",
            paramLabel = "HOST[::GUEST]",
            description = "Gives the guest access to host directory HOST, seen as GUEST (default: HOST as"
                    + " written); repeatable.")
    List<String> dirs = new ArrayList<>();

    @Option(
            names = "--env",
            paramLabel = "NAME[=VALUE]",
            description =
                    "Sets an environment variable of the guest; NAME alone passes the host's value;" + " repeatable.")
    List<String> env = new ArrayList<>();

    @Option(names = "--inherit-env", description = "Passes the whole host environment to the guest.")
    boolean inheritEnv;

    @Parameters(index = "0", paramLabel = "FILE", description = "The module: .wasm (binary) or .wat (text).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the guest or the invoked export.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        Main.Streams io = parent.streams();
        Engine engine = engineOptions.engine();
        Module module = ModuleLoader.load(engine, file);
        try (WasiCtx wasi = wasi(io)) {
            Linker<WasiCtx> linker = new Linker<>(engine);
            WasiCtx.addToLinker(linker, c -> c);
            Store<WasiCtx> store = Store.create(engine, wasi);
            try {
                Instance instance = instantiate(linker, store, module);
                if (invoke != null) {
                    invoke(instance, module, io);
                } else {
                    instance.getFunc("_start").ifPresent(start -> start.call());
                }
            } catch (WasiExitException e) {
                return e.exitCode();
            } finally {
                io.out().flush();
            }
        }
        return ExitCodes.OK;
    }

    private Instance instantiate(Linker<WasiCtx> linker, Store<WasiCtx> store, Module module) {
        try {
            return linker.instantiate(store, module);
        } catch (LinkException e) {
            throw new CliException(file + ": " + e.getMessage());
        } catch (UninstantiableException e) {
            throw new CliException(file + ": cannot instantiate: " + e.getMessage());
        }
    }

    private void invoke(Instance instance, Module module, Main.Streams io) {
        if (!invoke.equals("_initialize")) {
            instance.getFunc("_initialize").ifPresent(init -> init.call());
        }
        Func func = instance.getFunc(invoke)
                .orElseThrow(() -> new CliException(String.format(
                        "%s: no exported function '%s'; its functions are: %s", file, invoke, functionNames(module))));
        Val[] results = func.call(InvokeValues.parse(invoke, func.type(), args));
        for (Val v : results) {
            io.out().println(InvokeValues.format(v));
        }
    }

    private static String functionNames(Module module) {
        List<String> names = module.exports().stream()
                .filter(e -> e.type() instanceof ExternType.Func)
                .map(ExportType::name)
                .toList();
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    private WasiCtx wasi(Main.Streams io) {
        WasiCtx.Builder b = WasiCtx.builder()
                .arg(file.toString())
                .stdin(io.in())
                .stdout(io.out())
                .stderr(io.err());
        if (invoke == null) {
            b.args(args.toArray(String[]::new));
        }
        Map<String, String> vars = inheritEnv ? new LinkedHashMap<>(System.getenv()) : new LinkedHashMap<>();
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq == 0) {
                throw new CliException("--env needs NAME=VALUE or NAME, not '" + e + "'", ExitCodes.USAGE);
            }
            if (eq > 0) {
                vars.put(e.substring(0, eq), e.substring(eq + 1));
            } else if (System.getenv(e) != null) {
                vars.put(e, System.getenv(e));
            }
        }
        try {
            b.env(vars);
        } catch (IllegalArgumentException e) {
            throw new CliException("--env: " + e.getMessage(), ExitCodes.USAGE);
        }
        for (String d : dirs) {
            int sep = d.indexOf("::");
            String host = sep < 0 ? d : d.substring(0, sep);
            String guest = sep < 0 ? d : d.substring(sep + 2);
            if (host.isEmpty() || guest.isEmpty()) {
                throw new CliException("--dir needs HOST or HOST::GUEST, not '" + d + "'", ExitCodes.USAGE);
            }
            try {
                b.preopenedDir(Path.of(host), guest);
            } catch (IllegalArgumentException e) {
                throw new CliException("--dir " + d + ": " + e.getMessage());
            }
        }
        return b.build();
    }
}
