package io.wasm4j.spi;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every trap text the spec suite expects is the message of some {@link TrapCode}. */
final class TrapCodeTest {
    private static final Pattern TRAP = Pattern.compile(
            "\\(assert_(?:trap|exhaustion)\\s+\\((?:invoke|get)\\s+(?:\\$\\S+\\s+)?\"[^\"]*\"[^\"]*\"([^\"]+)\"");

    @Test
    void specTrapTexts_allHaveACode() throws IOException {
        String dir = System.getProperty("wasm4j.testsuite", System.getenv("WASM4J_TESTSUITE"));
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "spec test suite not available");
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".wast")).toList()) {
                Matcher m = TRAP.matcher(Files.readString(f));
                while (m.find()) {
                    expected.add(m.group(1));
                }
            }
        }
        assertTrue(expected.size() > 5, "found " + expected);
        Set<String> missing = new TreeSet<>();
        for (String text : expected) {
            if (Arrays.stream(TrapCode.values()).noneMatch(c -> text.startsWith(c.message()))) {
                missing.add(text);
            }
        }
        assertTrue(missing.isEmpty(), "trap texts without a TrapCode: " + missing);
    }

    @Test
    void trap_withDetail_messageStartsWithSpecText() {
        Trap t = new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS, "address 0x10000, 4 bytes");
        assertTrue(t.getMessage().startsWith("out of bounds memory access: "));
    }
}
