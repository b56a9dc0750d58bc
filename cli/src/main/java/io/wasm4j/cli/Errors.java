package io.wasm4j.cli;

import io.wasm4j.spi.FrameInfo;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.WasmBacktrace;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a short message on stderr and an exit status, never a Java stack trace (set
 * the environment variable {@code WASM4J_STACKTRACE=1} to see one for an internal error).
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final PrintStream err;

    Errors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        err.println("error: " + e.getMessage());
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        return report(e, err);
    }

    /** Prints {@code e} as the command reports it and returns the exit status. */
    static int report(Throwable e, PrintStream err) {
        switch (e) {
            case CliException c -> {
                err.println("error: " + c.getMessage());
                return c.exitCode();
            }
            case ParameterException p -> {
                err.println("error: " + p.getMessage());
                return ExitCodes.USAGE;
            }
            case Trap t -> {
                err.println("error: wasm trap: " + t.getMessage());
                printBacktrace(t.backtrace(), err);
                return ExitCodes.TRAP;
            }
            case ThrownException t -> {
                err.println("error: uncaught WebAssembly exception: " + t.getMessage());
                printBacktrace(WasmBacktrace.find(t), err);
                return ExitCodes.TRAP;
            }
            default -> {
                WasmBacktrace bt = WasmBacktrace.find(e);
                err.println("error: " + (bt == null ? "internal error: " : "host function failed: ") + e);
                printBacktrace(bt, err);
                if ("1".equals(System.getenv("WASM4J_STACKTRACE"))) {
                    e.printStackTrace(err);
                } else if (bt == null) {
                    err.println("(set WASM4J_STACKTRACE=1 to see the Java stack trace)");
                }
                return bt == null ? ExitCodes.ERROR : ExitCodes.TRAP;
            }
        }
    }

    /** The most frame lines printed; a backtrace longer than that shows its innermost and outermost frames. */
    static final int MAX_FRAME_LINES = 40;

    private static void printBacktrace(WasmBacktrace bt, PrintStream err) {
        if (bt == null || bt.frames().isEmpty()) {
            return;
        }
        err.println("wasm backtrace:");
        List<String> lines = frameLines(bt.frames());
        if (lines.size() <= MAX_FRAME_LINES) {
            lines.forEach(err::println);
            return;
        }
        int head = MAX_FRAME_LINES - 10;
        lines.subList(0, head).forEach(err::println);
        err.println("    ... " + (lines.size() - head - 10) + " more lines ...");
        lines.subList(lines.size() - 10, lines.size()).forEach(err::println);
    }

    /** One line per frame, innermost first; a run of identical frames (deep recursion) becomes one line. */
    static List<String> frameLines(List<FrameInfo> frames) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < frames.size()) {
            int j = i + 1;
            while (j < frames.size() && frames.get(j).equals(frames.get(i))) {
                j++;
            }
            lines.add(
                    j - i == 1
                            ? String.format("    %d: %s", i, frames.get(i))
                            : String.format("    %d-%d: %s (%d times)", i, j - 1, frames.get(i), j - i));
            i = j;
        }
        return lines;
    }
}
