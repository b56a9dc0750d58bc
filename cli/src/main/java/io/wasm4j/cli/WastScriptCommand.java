package io.wasm4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wasm4j wast}: runs {@code .wast} spec scripts and prints a summary. */
@Command(
        name = "wast",
        mixinStandardHelpOptions = true,
        description = "Runs WebAssembly spec scripts (.wast) and prints, per file and in total, how many commands"
                + " passed, failed and were skipped. Exits 1 if any failed.")
final class WastScriptCommand implements Callable<Integer> {
    @ParentCommand
    Wasm4jCommand parent;

    @Mixin
    EngineOptions engineOptions;

    @Option(
            names = {"-q", "--quiet"},
            description = "Prints only the summaries, not each failure.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The scripts.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream out = parent.streams().out();
        var engine = engineOptions.engine();
        ScriptRunner.Tally total = new ScriptRunner.Tally();
        for (Path file : files) {
            String name = file.toString();
            String text = new String(ModuleLoader.read(file), java.nio.charset.StandardCharsets.UTF_8);
            ScriptRunner.Tally tally = new ScriptRunner(engine, name, quiet ? null : out).run(text);
            out.printf("%s: %s%n", name, tally);
            total.add(tally);
        }
        if (files.size() > 1) {
            out.printf("total: %s%n", total);
        }
        return total.failed == 0 ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
