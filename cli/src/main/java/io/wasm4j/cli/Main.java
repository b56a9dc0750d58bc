package io.wasm4j.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code wasm4j} command's entry point.
 *
 * <p>Exit status: {@code 0} on success; the guest's {@code proc_exit} code; {@value ExitCodes#TRAP} (128 +
 * SIGABRT, as wasmtime on Unix) when the guest traps; {@value ExitCodes#ERROR} for bad input (missing file,
 * malformed or invalid module, unknown import, failing spec script); {@value ExitCodes#USAGE} for bad
 * command-line arguments.
 */
public final class Main {
    private Main() {}

    /** Runs the command and exits the JVM with its status. */
    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /**
     * The stack of the thread that runs guest code: backends turn JVM stack exhaustion into a "call stack
     * exhausted" trap, and a deep stack lets them reach their own limit ({@code --max-wasm-stack}) first.
     */
    static final long THREAD_STACK_BYTES = 256L << 20;

    /**
     * Runs the command with the given standard streams and returns its exit status; never throws and
     * never exits the JVM. The command runs on its own thread with a {@link #THREAD_STACK_BYTES} stack.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        int[] status = {ExitCodes.ERROR};
        Thread worker = new Thread(null, () -> status[0] = runHere(args, in, out, err), "wasm4j", THREAD_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return ExitCodes.ERROR;
        }
        return status[0];
    }

    private static int runHere(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Streams streams = new Streams(in, out, err);
        try {
            CommandLine cli = commandLine(streams);
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("error: the JVM ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + " (give it more with WASM4J_JAVA_OPTS, e.g. -Xmx4g)");
            return ExitCodes.ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Streams streams) {
        CommandLine cli = new CommandLine(new Wasm4jCommand(streams));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(streams.err(), StandardCharsets.UTF_8), true));
        cli.getSubcommands().get("run").setStopAtPositional(true);
        Errors errors = new Errors(streams.err());
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        return cli;
    }

    /** The command's standard streams (the process's, or captured ones in tests). */
    record Streams(InputStream in, PrintStream out, PrintStream err) {}
}
