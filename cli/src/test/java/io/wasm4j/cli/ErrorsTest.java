package io.wasm4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.spi.FrameInfo;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ErrorsTest {
    @Test
    void frameLines_repeatedFrames_collapseIntoOneLine() {
        FrameInfo r = new FrameInfo("m", 1, "r", 0x2f);
        FrameInfo main = new FrameInfo("m", 2, "main", 0x40);
        List<String> lines = Errors.frameLines(List.of(r, r, r, main));
        assertEquals(List.of("    0-2: m!r @ 0x2f (3 times)", "    3: m!main @ 0x40"), lines);
    }

    @Test
    void report_trapWithLongBacktrace_printsItsEnds() {
        Trap trap = new Trap(TrapCode.UNREACHABLE);
        List<FrameInfo> frames = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            frames.add(new FrameInfo(null, i, "f" + i, -1));
        }
        trap.backtrace().addAll(frames);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Errors.report(trap, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String err = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.TRAP, code);
        assertTrue(err.startsWith("error: wasm trap: unreachable\nwasm backtrace:\n    0: <module>!f0\n"), err);
        assertTrue(err.contains("    ... 60 more lines ...\n"), err);
        assertTrue(err.endsWith("    99: <module>!f99\n"), err);
        assertEquals(2 + Errors.MAX_FRAME_LINES + 1, err.lines().count(), err);
    }

    @Test
    void report_hostExceptionWithoutWasmFrames_isAnInternalErrorWithoutStackTrace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code =
                Errors.report(new IllegalStateException("boom"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String err = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.ERROR, code);
        assertTrue(err.startsWith("error: internal error: java.lang.IllegalStateException: boom\n"), err);
        assertTrue(!err.contains("\tat "), err);
    }
}
