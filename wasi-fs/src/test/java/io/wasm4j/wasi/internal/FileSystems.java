package io.wasm4j.wasi.internal;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The file systems every file test runs on: the default one (in a temporary directory) and Jimfs. */
final class FileSystems implements AutoCloseable {
    final Path root;
    private final FileSystem jimfs;

    private FileSystems(Path root, FileSystem jimfs) {
        this.root = root;
        this.jimfs = jimfs;
    }

    static Stream<String> names() {
        return Stream.of("default", "jimfs");
    }

    /** Creates {@code root/sandbox/} (returned as {@link #sandbox()}) next to {@code root/secret.txt}. */
    static FileSystems create(String name) throws IOException {
        FileSystems fs;
        if (name.equals("jimfs")) {
            FileSystem j = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                    .setAttributeViews("basic", "unix")
                    .build());
            Path root = j.getPath("/work");
            Files.createDirectories(root);
            fs = new FileSystems(root, j);
        } else {
            fs = new FileSystems(Files.createTempDirectory("wasi-test"), null);
        }
        Files.writeString(fs.root.resolve("secret.txt"), "secret");
        Files.createDirectories(fs.sandbox());
        return fs;
    }

    Path sandbox() {
        return root.resolve("sandbox");
    }

    @Override
    public void close() throws IOException {
        if (jimfs != null) {
            jimfs.close();
        } else {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
