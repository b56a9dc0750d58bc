package io.wasm4j.it.diff;

/**
 * Long differential run from an IDE or the command line: {@code DifferentialMain [start [count]]}.
 * Prints every mismatch (seed and first differing call) and writes the module to {@code
 * target/diff-failures/}. See {@link DifferentialTest} for the Maven command.
 */
public final class DifferentialMain {
    private DifferentialMain() {}

    /** Runs seeds {@code start .. start+count-1} (defaults 1 and 100000). */
    public static void main(String[] args) {
        long start = args.length > 0 ? Long.parseLong(args[0]) : 1;
        long count = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        DiffRunner runner = new DiffRunner();
        int mismatches = 0;
        for (long seed = start; seed < start + count; seed++) {
            String failure = runner.run(seed);
            if (failure != null) {
                mismatches++;
                System.out.println(failure);
            }
            if ((seed - start + 1) % 1000 == 0) {
                System.out.println((seed - start + 1) + " seeds, " + mismatches + " mismatches");
            }
        }
        System.out.println("done: " + count + " seeds from " + start + ", " + mismatches + " mismatches");
    }
}
