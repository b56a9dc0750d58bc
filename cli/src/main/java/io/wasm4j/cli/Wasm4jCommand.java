package io.wasm4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wasm4j}: the top-level command, which only dispatches to its subcommands. */
@Command(
        name = "wasm4j",
        mixinStandardHelpOptions = true,
        versionProvider = Wasm4jCommand.Version.class,
        description = "A WebAssembly engine for the JVM.",
        subcommands = {RunCommand.class, WastScriptCommand.class, SettingsCommand.class},
        footer = {
            "",
            "Exit status: 0 on success; the guest's proc_exit code; 134 (128 + SIGABRT, as wasmtime) when the"
                    + " guest traps; 1 for bad input; 2 for bad arguments."
        })
final class Wasm4jCommand implements Callable<Integer> {
    private final Main.Streams streams;

    @Spec
    CommandSpec spec;

    Wasm4jCommand(Main.Streams streams) {
        this.streams = streams;
    }

    Main.Streams streams() {
        return streams;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: run, wast or settings");
    }

    /** The module's version (set by the build) and the JVM it runs on. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var descriptor = Wasm4jCommand.class.getModule().getDescriptor();
            String v = descriptor == null ? null : descriptor.rawVersion().orElse(null);
            return new String[] {
                "wasm4j " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
