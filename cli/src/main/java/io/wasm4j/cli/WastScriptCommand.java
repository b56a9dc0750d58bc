package io.wasm4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "The scripts; a directory stands for the .wast files below it, in name order.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream out = parent.streams().out();
        var engine = engineOptions.engine();
        ScriptRunner.Tally total = new ScriptRunner.Tally();
        List<Path> scripts = expand(files);
        for (Path file : scripts) {
            String name = file.toString();
            String text = new String(ModuleLoader.read(file), java.nio.charset.StandardCharsets.UTF_8);
            ScriptRunner.Tally tally = new ScriptRunner(engine, name, quiet ? null : out).run(text);
            out.printf("%s: %s%n", name, tally);
            total.add(tally);
        }
        if (scripts.size() != 1) {
            out.printf("total: %s%n", total);
        }
        return total.failed == 0 ? ExitCodes.OK : ExitCodes.ERROR;
    }

    /** Replaces each directory by the {@code .wast} files below it, sorted by path. */
    private static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> f.toString().endsWith(".wast") && Files.isRegularFile(f))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException | UncheckedIOException e) {
                throw new CliException(p + ": cannot list the directory: " + e.getMessage());
            }
        }
        return out;
    }
}
