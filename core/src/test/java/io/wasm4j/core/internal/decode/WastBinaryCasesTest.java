package io.wasm4j.core.internal.decode;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every binary module ({@code module binary}) of the core spec suite decodes and validates, or fails
 * with the expected text. Skipped when {@code shared/testsuite} is not found (set {@code
 * -Dwasm4j.testsuite=DIR} to point at it).
 */
final class WastBinaryCasesTest {

    @TestFactory
    Stream<DynamicTest> coreSuite_binaryModules_matchExpectations() throws IOException {
        Path root = WastBinaryCases.testsuite();
        Assumptions.assumeTrue(root != null, "spec test suite not found");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".wast"))
                    .filter(p -> !root.relativize(p).toString().contains("/")
                            || List.of("gc", "memory64", "exceptions", "bulk-memory", "multi-memory", "simd")
                                    .contains(root.relativize(p).getName(0).toString()))
                    .sorted()
                    .toList();
        }
        return files.stream()
                .flatMap(f -> {
                    try {
                        return WastBinaryCases.read(f).stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .map(c -> DynamicTest.dynamicTest(c.location(), () -> assertNull(WastBinaryReport.run(c))));
    }
}
