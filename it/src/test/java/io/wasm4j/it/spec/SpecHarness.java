package io.wasm4j.it.spec;

import io.wasm4j.wat.script.WastCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns {@code .wast} files into JUnit dynamic tests: a container per folder, one per file, and one test
 * per command named {@code file.wast:line}. Each file is read and parsed once, when its container runs.
 * A command's test fails when the check fails and is aborted (reported as skipped) when it is skipped;
 * every outcome is also recorded in the {@link ResultLog}.
 */
final class SpecHarness {

    private final Function<String, CommandChecker> checkers;
    private final SkipList skips;
    private final ResultLog log;
    private final Predicate<String> failuresFailBuild;

    /** A harness whose commands are checked by {@code checker}, whatever their folder; every failure fails. */
    SpecHarness(CommandChecker checker, SkipList skips, ResultLog log) {
        this(folder -> checker, skips, log, folder -> true);
    }

    /**
     * A harness that checks each folder's commands with the checker {@code checkers} gives for it. A failure
     * in a folder for which {@code failuresFailBuild} is false is recorded as {@code fail} but reported to
     * JUnit as skipped, with "FAILED" and the message as the reason.
     */
    SpecHarness(
            Function<String, CommandChecker> checkers,
            SkipList skips,
            ResultLog log,
            Predicate<String> failuresFailBuild) {
        this.checkers = checkers;
        this.failuresFailBuild = failuresFailBuild;
        this.skips = skips;
        this.log = log;
    }

    /** Every {@code .wast} file under the root, sorted by folder then name. */
    static List<Path> scripts(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".wast"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One container per folder (relative to the root, {@code .} at the top), holding one per file. */
    Stream<DynamicNode> folders(Path root, List<Path> scripts) {
        Map<String, List<Path>> byFolder = new TreeMap<>();
        for (Path p : scripts) {
            Path parent = root.relativize(p).getParent();
            String folder = parent == null ? "." : parent.toString().replace('\\', '/');
            byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(p);
        }
        return byFolder.entrySet().stream()
                .map(e -> DynamicContainer.dynamicContainer(
                        e.getKey(),
                        root.resolve(e.getKey()).toUri(),
                        e.getValue().stream().map(p -> file(root, p))));
    }

    /** The container of one file; the file is parsed when JUnit asks for its children. */
    DynamicContainer file(Path root, Path path) {
        return DynamicContainer.dynamicContainer(
                path.getFileName().toString(), path.toUri(), Stream.of(path).flatMap(p -> commands(root, p)));
    }

    private Stream<DynamicNode> commands(Path root, Path path) {
        SpecScript script = SpecScript.load(root, path);
        if (script.parseError() != null) {
            int line = script.parseError().line();
            return Stream.of(DynamicTest.dynamicTest(
                    script.file() + ":" + line,
                    lineUri(path, line),
                    () -> report(new CommandResult(
                            script.folder(),
                            script.file(),
                            line,
                            "script",
                            Verdict.fail("script: " + script.parseError().getMessage())))));
        }
        // The commands are dropped once run (and the tests capture only this array, not the script), so
        // the parsed modules do not stay reachable from JUnit's test plan.
        WastCommand[] pending = script.commands().toArray(WastCommand[]::new);
        String folder = script.folder();
        String file = script.file();
        return IntStream.range(0, pending.length).mapToObj(i -> {
            int line = pending[i].line();
            return DynamicTest.dynamicTest(file + ":" + line, lineUri(path, line), () -> {
                WastCommand command = pending[i];
                pending[i] = null;
                report(run(folder, file, command));
            });
        });
    }

    /** Checks one command, honouring the skip list, and records the result. */
    CommandResult run(String folder, String file, WastCommand command) {
        String key = SpecScript.key(folder, file, command.line());
        Verdict verdict = skips.reason(key)
                .map(reason -> Verdict.skip("listed in spec-skips.tsv: " + reason))
                .orElseGet(() -> checkers.apply(folder).check(command));
        return new CommandResult(folder, file, command.line(), command.keyword(), verdict);
    }

    private void report(CommandResult result) {
        log.add(result);
        Verdict v = result.verdict();
        switch (v.outcome()) {
            case PASS -> {}
            case FAIL -> {
                String message = result.key() + " " + result.command() + ": " + v.message();
                if (!failuresFailBuild.test(result.folder())) {
                    // Still "fail" in the results and the summary; only the JUnit outcome is softened.
                    throw new SkippedCommand("FAILED (proposal, not required to pass yet): " + message);
                }
                Assertions.fail(message);
            }
            case SKIP -> throw new SkippedCommand(v.message());
        }
    }

    private static URI lineUri(Path path, int line) {
        return URI.create(path.toUri() + "?line=" + Math.max(line, 1));
    }
}
