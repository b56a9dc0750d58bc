package io.wasm4j.it.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ResultLogTest {

    @Test
    void writeTsv_rowsSortedTabSeparatedWithoutHeader(@TempDir Path dir) throws Exception {
        ResultLog log = new ResultLog();
        log.add(new CommandResult("proposals/threads", "atomic.wast", 9, "module", Verdict.fail("bad\tthing\nhere")));
        log.add(new CommandResult(".", "br.wast", 12, "assert_return", Verdict.skip("needs runtime")));
        log.add(new CommandResult(".", "br.wast", 3, "module", Verdict.pass("")));
        Path file = dir.resolve("r.tsv");
        log.writeTsv(file);
        assertEquals("""
                .\tbr.wast\t3\tmodule\tnone\tpass\t
                .\tbr.wast\t12\tassert_return\tnone\tskip\tneeds runtime
                proposals/threads\tatomic.wast\t9\tmodule\tnone\tfail\tbad thing here
                """, Files.readString(file));
    }

    @Test
    void summary_countsPerFolderAndKind() {
        ResultLog log = new ResultLog();
        log.add(new CommandResult(".", "a.wast", 1, "module", Verdict.pass("")));
        log.add(new CommandResult(".", "a.wast", 2, "module", Verdict.fail("x")));
        log.add(new CommandResult("simd", "b.wast", 1, "assert_return", Verdict.skip("needs runtime")));
        String summary = log.summary();
        assertTrue(summary.matches("(?s).*\\.\\s+none\\s+module\\s+1\\s+1\\s+0.*"), summary);
        assertTrue(summary.matches("(?s).*\\(all folders\\)\\s+none\\s+\\(all\\)\\s+1\\s+1\\s+1.*"), summary);
        assertTrue(log.markdownSummary().contains("| `simd` | none | 0 | 0 | 1 |"), log.markdownSummary());
    }

    @Test
    void normalise_dropsPositionsAndOffsetsButKeepsSpecText() {
        assertEquals(
                "expected malformed \"malformed UTF-8 encoding\" but got: unknown local N",
                ResultLog.normalise(
                        "expected malformed \"malformed UTF-8 encoding\" but got: unknown local 17 (at offset 0x1f) at 3:4"));
    }
}
