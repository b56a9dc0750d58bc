package io.wasm4j.it.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the WebAssembly spec test suite: the system property {@value #PROPERTY}, else the environment
 * variable {@value #ENV}, else {@code ../shared/testsuite} next to the repository root. The first of these
 * that names an existing directory wins (the build always passes the property, so a stale property does
 * not hide the environment variable).
 */
final class SuiteLocation {

    static final String PROPERTY = "wasm4j.testsuite";
    static final String ENV = "WASM4J_TESTSUITE";

    private SuiteLocation() {}

    /** Returns the suite's root directory, if one of the candidates exists. */
    static Optional<Path> find() {
        return candidates().values().stream().filter(Files::isDirectory).findFirst();
    }

    /** Explains that the suite is missing, where it was looked for and how to get it. */
    static String missingMessage() {
        StringBuilder sb = new StringBuilder("WebAssembly spec test suite not found; looked in:");
        candidates()
                .forEach((from, path) ->
                        sb.append("\n  ").append(from).append(": ").append(path));
        sb.append("\nGet it with `git clone https://github.com/WebAssembly/testsuite` and run with")
                .append(" -D")
                .append(PROPERTY)
                .append("=<path> (or set ")
                .append(ENV)
                .append("). The spec tests are SKIPPED, not passed.");
        return sb.toString();
    }

    private static Map<String, Path> candidates() {
        Map<String, Path> out = new LinkedHashMap<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            out.put(
                    "system property " + PROPERTY,
                    Path.of(property).toAbsolutePath().normalize());
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            out.put("environment variable " + ENV, Path.of(env).toAbsolutePath().normalize());
        }
        repositoryRoot()
                .ifPresent(root -> out.put(
                        "default ../shared/testsuite",
                        root.resolve("../shared/testsuite").normalize()));
        return out;
    }

    /** The nearest directory at or above the working directory that holds {@code mvnw}. */
    private static Optional<Path> repositoryRoot() {
        List<Path> seen = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            seen.add(dir);
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
