package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the execution commands of the spec suite's scripts directly on the bytecode backend and prints a
 * summary; fails when any command of the suite fails. The full conformance run (with validation
 * assertions, linking and the facade) is the harness's in {@code it/}.
 */
final class SpecSuiteTest {
    private static Path suite() {
        Path dir = Path.of(System.getProperty("wasm4j.testsuite", "../../shared/testsuite"));
        return Files.isDirectory(dir) ? dir : Path.of("/work/shared/testsuite");
    }

    @Test
    void specScripts_executeWithoutFailures() throws IOException {
        Path root = suite();
        Assumptions.assumeTrue(Files.isDirectory(root), "spec test suite not found at " + root);
        String only = System.getProperty("spec.only", "");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".wast"))
                    .filter(p -> only.isEmpty() || p.toString().contains(only))
                    .sorted()
                    .forEach(files::add);
        }
        int passed = 0;
        List<String> failures = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        BcModule.classListener = bytes -> {
            String problems = EmittedClassTest.verify(bytes);
            if (!problems.isEmpty() && unverified.size() < 20) {
                unverified.add(problems);
            }
        };
        StringBuilder summary = new StringBuilder();
        java.util.Map<String, int[]> folders = new java.util.TreeMap<>();
        for (Path f : files) {
            SpecRunner runner = new SpecRunner();
            try {
                runner.run(f);
            } catch (Throwable e) {
                runner.failures.add(f.getFileName() + ": cannot run: " + e);
            }
            passed += runner.passed;
            Path rel = root.relativize(f);
            String folder = rel.getParent() == null ? "." : rel.getParent().toString();
            folders.computeIfAbsent(folder, k -> new int[2])[0] += runner.passed;
            folders.get(folder)[1] += runner.failures.size();
            failures.addAll(runner.failures);
            if (!runner.failures.isEmpty()) {
                summary.append(String.format(
                        "%-40s passed %5d failed %5d%n", root.relativize(f), runner.passed, runner.failures.size()));
            }
        }
        System.out.println(summary);
        folders.forEach((k, v) -> System.out.printf("folder %-36s passed %6d failed %5d%n", k, v[0], v[1]));
        failures.stream().limit(Integer.getInteger("spec.show", 60)).forEach(System.out::println);
        BcModule.classListener = null;
        System.out.println("spec commands passed " + passed + ", failed " + failures.size());
        assertEquals(List.of(), unverified, "classes rejected by CheckClassAdapter");
        if (Boolean.getBoolean("spec.strict")) {
            assertEquals(List.of(), failures);
        }
    }
}
