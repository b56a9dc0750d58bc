package io.wasm4j.it.spec;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.script.WastCommand;
import io.wasm4j.wat.script.WastScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code .wast} file of the suite, parsed once: its folder relative to the suite root, its name, and
 * its commands in order, with the commands of {@code thread} blocks listed after their block.
 *
 * @param parseError the script's syntax error, or {@code null} if it parsed
 */
record SpecScript(Path path, String folder, String file, List<WastCommand> commands, WatException parseError) {

    /** Reads and parses a script; a syntax error is kept, not thrown. */
    static SpecScript load(Path root, Path path) {
        Path parent = root.relativize(path).getParent();
        String folder = parent == null ? "." : parent.toString().replace('\\', '/');
        String file = path.getFileName().toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new SpecScript(path, folder, file, flatten(WastScript.parse(text)), null);
        } catch (WatException e) {
            return new SpecScript(path, folder, file, List.of(), e);
        }
    }

    /** Returns the skip-list key of a command: {@code folder/file.wast:line}, or {@code file.wast:line} at the top. */
    static String key(String folder, String file, int line) {
        return (folder.equals(".") ? "" : folder + "/") + file + ":" + line;
    }

    private static List<WastCommand> flatten(List<WastCommand> commands) {
        List<WastCommand> out = new ArrayList<>(commands.size());
        for (WastCommand c : commands) {
            out.add(c);
            if (c instanceof WastCommand.Thread t) {
                out.addAll(flatten(t.commands()));
            }
        }
        return out;
    }
}
