package io.wasm4j.core.internal.decode;

import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.ValidatedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs every binary module of the spec suite through decode and validate and prints mismatches. */
public final class WastBinaryReport {
    private WastBinaryReport() {}

    /** Entry point; optional argument: a folder or file. */
    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : WastBinaryCases.testsuite();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".wast"))
                    .filter(p -> !p.toString().contains("/proposals/")
                            && !p.toString().contains("/legacy/"))
                    .sorted()
                    .toList();
        }
        int pass = 0;
        int fail = 0;
        for (Path f : files) {
            for (WastBinaryCases.Case c : WastBinaryCases.read(f)) {
                String only = System.getProperty("only");
                if (only != null) {
                    if (!c.location().equals(only)) {
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (byte x : c.bytes()) {
                        sb.append(String.format("%02x ", x));
                    }
                    System.out.println(sb);
                    try {
                        ValidatedModule.of(c.bytes());
                    } catch (RuntimeException e) {
                        e.printStackTrace(System.out);
                    }
                }
                String result = run(c);
                if (result == null) {
                    pass++;
                } else {
                    fail++;
                    System.out.println(c.location() + " " + c.kind() + " expected '" + c.expected() + "': " + result);
                }
            }
        }
        System.out.println(pass + " passed, " + fail + " failed");
    }

    /** Returns null when the outcome is the expected one, else a description. */
    static String run(WastBinaryCases.Case c) {
        try {
            ValidatedModule.of(c.bytes());
            return c.kind().equals("module") ? null : "accepted";
        } catch (MalformedModuleException e) {
            if (c.kind().equals("assert_malformed") && e.getMessage().contains(c.expected())) {
                return null;
            }
            return "malformed: " + e.getMessage();
        } catch (InvalidModuleException e) {
            if (c.kind().equals("assert_invalid") && e.getMessage().contains(c.expected())) {
                return null;
            }
            return "invalid: " + e.getMessage();
        } catch (RuntimeException e) {
            return "crash: " + e;
        }
    }
}
