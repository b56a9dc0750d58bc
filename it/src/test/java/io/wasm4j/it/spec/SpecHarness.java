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
import java.util.function.Supplier;
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
    private final List<Backends.Backend> backends;

    /** A harness whose commands are checked by {@code checker}, whatever their folder; every failure fails. */
    SpecHarness(CommandChecker checker, SkipList skips, ResultLog log) {
        this(folder -> checker, skips, log, folder -> true, List.of());
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
        this(checkers, skips, log, failuresFailBuild, List.of());
    }

    /**
     * A harness that also runs every command on each present backend: a file's container then holds a
     * container {@code none} for the decode/validate-only commands and one per backend (named by its id)
     * for the others, each with tests named {@code file.wast:line}. The script is parsed once for all.
     */
    SpecHarness(
            Function<String, CommandChecker> checkers,
            SkipList skips,
            ResultLog log,
            Predicate<String> failuresFailBuild,
            List<Backends.Backend> backends) {
        this.backends = backends.stream().filter(Backends.Backend::present).toList();
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
        List<WastCommand> commands = script.commands();
        String folder = script.folder();
        String file = script.file();
        if (backends.isEmpty()) {
            return IntStream.range(0, commands.size())
                    .mapToObj(i -> test(path, file, commands.get(i), () -> run(folder, file, commands.get(i))));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        List<Integer> checked = IntStream.range(0, commands.size())
                .filter(i -> isDecodeOnly(commands.get(i)))
                .boxed()
                .toList();
        if (!checked.isEmpty()) {
            nodes.add(DynamicContainer.dynamicContainer(
                    Verdict.NO_BACKEND,
                    checked.stream()
                            .map(i -> test(path, file, commands.get(i), () -> run(folder, file, commands.get(i))))));
        }
        for (Backends.Backend backend : backends) {
            if (!backend.runs(folder, file)) {
                continue;
            }
            ScriptRunner[] runner = new ScriptRunner[1];
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                WastCommand command = commands.get(i);
                if (isDecodeOnly(command)) {
                    continue;
                }
                boolean inThread = script.inThread()[i];
                tests.add(test(path, file, command, () -> {
                    if (runner[0] == null) {
                        runner[0] = new ScriptRunner(backend.id(), backend.engine());
                    }
                    return execute(folder, file, command, backend.id(), inThread, runner[0]);
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(backend.id(), tests.stream()));
        }
        return nodes.stream();
    }

    private DynamicTest test(Path path, String file, WastCommand command, Supplier<CommandResult> body) {
        int line = command.line();
        return DynamicTest.dynamicTest(file + ":" + line, lineUri(path, line), () -> report(body.get()));
    }

    /** Commands checked once, without a backend: they never reach execution. */
    static boolean isDecodeOnly(WastCommand command) {
        return command instanceof WastCommand.AssertMalformed || command instanceof WastCommand.AssertInvalid;
    }

    /**
     * Runs one command on a backend, honouring the skip list (also {@code key@backend} entries; a backend on
     * another memory, e.g. {@code interp+mmap}, honours its base backend's entries too).
     */
    CommandResult execute(
            String folder, String file, WastCommand command, String backend, boolean inThread, ScriptRunner runner) {
        String key = SpecScript.key(folder, file, command.line());
        String base = backend.contains("+") ? backend.substring(0, backend.indexOf('+')) : backend;
        Verdict verdict = skips.reason(key + "@" + backend)
                .or(() -> skips.reason(key + "@" + base))
                .or(() -> skips.reason(key))
                .map(reason -> new Verdict(Outcome.SKIP, backend, "listed in spec-skips.tsv: " + reason))
                .orElseGet(() -> inThread ? runner.threadResult(command) : runner.run(command));
        return new CommandResult(folder, file, command.line(), command.keyword(), verdict);
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
