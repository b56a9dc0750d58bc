package io.wasm4j.it.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The WebAssembly spec test suite: every command of every {@code .wast} file, on every backend ({@link
 * Backends}) through the public facade, and the memory scripts once more on every backend with the mmap
 * memory creator; {@code assert_malformed}/{@code assert_invalid} are checked once
 * without a backend (decoding, validation and text parsing). A backend that is not on the test class path
 * is reported as a failed test, never as passed. Writes {@code target/spec-results.tsv} and a per-folder summary
 * ({@code target/spec-summary.txt}, {@code target/spec-summary.md}, and standard output) when done.
 */
final class SpecSuiteTest {

    private static final ResultLog LOG = new ResultLog();
    private static final SkipList SKIPS = SkipList.load();
    private static final List<Backends.Backend> BACKENDS = Backends.all();

    /**
     * Whether failures in {@code proposals/*} fail the build ({@code -Dwasm4j.spec.requireProposals=true});
     * by default they are recorded as failures in the results and the summary but, since proposals are not
     * required to pass yet, reported to JUnit as skipped with the failure as the reason.
     */
    static final String REQUIRE_PROPOSALS = "wasm4j.spec.requireProposals";

    @TestFactory
    Stream<DynamicNode> specSuite() {
        Optional<Path> root = SuiteLocation.find();
        List<Path> scripts = root.map(SpecHarness::scripts).orElse(List.of());
        if (scripts.isEmpty()) {
            // A skipped test (not an aborted factory, which Surefire would not count) that says why.
            String message = root.isEmpty()
                    ? SuiteLocation.missingMessage()
                    : "no .wast files under " + root.get() + "\n" + SuiteLocation.missingMessage();
            System.out.println(message);
            return Stream.of(DynamicTest.dynamicTest("spec test suite missing", () -> Assumptions.abort(message)));
        }
        SpecHarness harness = new SpecHarness(
                folder -> new CommandChecker(CoreModules.checker(CoreModules.featuresFor(folder))),
                SKIPS,
                LOG,
                SpecSuiteTest::failuresFailBuild,
                BACKENDS);
        Stream<DynamicNode> missing = BACKENDS.stream()
                .filter(b -> !b.present())
                .map(b -> DynamicTest.dynamicTest("backend " + b.id(), () -> {
                    if (!b.required()) {
                        LOG.add(new CommandResult(
                                "(suite)", "(backend)", 0, "backend", new Verdict(Outcome.SKIP, b.id(), b.missing())));
                        Assumptions.abort(b.missing());
                    }
                    LOG.add(new CommandResult(
                            "(suite)", "(backend)", 0, "backend", new Verdict(Outcome.FAIL, b.id(), b.missing())));
                    Assertions.fail(b.missing());
                }));
        return Stream.concat(missing, harness.folders(root.get(), scripts));
    }

    static boolean failuresFailBuild(String folder) {
        return !folder.startsWith("proposals/") || Boolean.getBoolean(REQUIRE_PROPOSALS);
    }

    @AfterAll
    static void writeResults() {
        // Written on every run, empty when the suite is missing, so an old result is never taken for a new one.
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        LOG.writeTsv(target.resolve("spec-results.tsv"));
        String summary = LOG.summary();
        ResultLog.write(target.resolve("spec-summary.txt"), summary);
        ResultLog.write(target.resolve("spec-summary.md"), LOG.markdownSummary());
        if (LOG.results().isEmpty()) {
            return;
        }
        String failures = LOG.failureGroups(40);
        ResultLog.write(target.resolve("spec-failures.txt"), LOG.failureGroups(Integer.MAX_VALUE));
        StringBuilder out =
                new StringBuilder("\nWebAssembly spec suite (see target/spec-results.tsv):\n").append(summary);
        if (!failures.isEmpty()) {
            out.append("\nMost frequent failures (all in target/spec-failures.txt):\n")
                    .append(failures);
        }
        if (!Boolean.getBoolean(REQUIRE_PROPOSALS)) {
            out.append("\nFailures under proposals/ are counted above but do not fail the build (they are not required")
                    .append(" to pass yet); -D")
                    .append(REQUIRE_PROPOSALS)
                    .append("=true makes them fail it.\n");
        }
        if (!SKIPS.unused().isEmpty()) {
            out.append("\nStale entries in spec-skips.tsv (they match no command; remove them):\n");
            SKIPS.unused().forEach(k -> out.append("  ").append(k).append('\n'));
        }
        System.out.println(out);
    }
}
