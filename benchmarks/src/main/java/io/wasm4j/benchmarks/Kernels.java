package io.wasm4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The compute kernels (C sources in {@code benchmarks/kernels/}, built by {@code kernels/build.sh}): each
 * module exports {@code run(n) -> checksum} and imports nothing. Expected checksums come from the native
 * builds.
 */
public final class Kernels {
    /** Every kernel, in the order of the reports. */
    public static final List<String> NAMES = List.of("fib", "sieve", "matmul", "sha256", "nbody", "qsort", "vm");

    private static final Properties PROPERTIES = load();

    private Kernels() {}

    /** Returns the compute build of {@code name}. */
    public static byte[] wasm(String name) {
        try (InputStream in = Kernels.class.getResourceAsStream("kernels/" + name + ".wasm")) {
            if (in == null) {
                throw new IllegalArgumentException("no kernel named " + name + "; kernels: " + NAMES);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the work size of one JMH operation. */
    public static int jmhN(String name) {
        return Integer.parseInt(property(name + ".jmh.n"));
    }

    /** Returns the work size of a whole-process run. */
    public static int processN(String name) {
        return Integer.parseInt(property(name + ".process.n"));
    }

    /** Returns the checksum the native build computes for {@code run(n)}. */
    public static int expected(String name, int n) {
        return Integer.parseUnsignedInt(property(name + "." + n));
    }

    /** Throws unless {@code actual} is the native checksum of {@code run(n)}. */
    public static void check(String engine, String name, int n, int actual) {
        int expected = expected(name, n);
        if (actual != expected) {
            throw new IllegalStateException(engine + " computed " + Integer.toUnsignedString(actual) + " for " + name
                    + "(" + n + "), native code " + Integer.toUnsignedString(expected));
        }
    }

    private static String property(String key) {
        String value = PROPERTIES.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("kernels.properties has no " + key);
        }
        return value;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Kernels.class.getResourceAsStream("kernels/kernels.properties")) {
            if (in == null) {
                throw new IllegalStateException("kernels/kernels.properties is missing; run kernels/build.sh");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
