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
 * its commands in order, with the commands of each {@code thread} block listed after the block's {@code wait}.
 *
 * @param inThread per command, whether it belongs to a {@code thread} block
 * @param parseError the script's syntax error, or {@code null} if it parsed
 */
record SpecScript(
        Path path,
        String folder,
        String file,
        List<WastCommand> commands,
        boolean[] inThread,
        WatException parseError) {

    /** Why a command of a thread block has no result: its thread was not run, or was nested. */
    static final String THREADS_REASON = "threads proposal: the command's thread block was not run";

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
            List<WastCommand> commands = new ArrayList<>();
            List<Boolean> nested = new ArrayList<>();
            flatten(WastScript.parse(text), false, commands, nested);
            boolean[] inThread = new boolean[nested.size()];
            for (int i = 0; i < inThread.length; i++) {
                inThread[i] = nested.get(i);
            }
            return new SpecScript(path, folder, file, commands, inThread, null);
        } catch (WatException e) {
            return new SpecScript(path, folder, file, List.of(), new boolean[0], e);
        }
    }

    /** Returns the skip-list key of a command: {@code folder/file.wast:line}, or {@code file.wast:line} at the top. */
    static String key(String folder, String file, int line) {
        return (folder.equals(".") ? "" : folder + "/") + file + ":" + line;
    }

    /**
     * Lists the commands with those of each {@code thread} block after the block's {@code wait} (or at the
     * end when nothing waits for it): their results are known only once the thread has finished.
     */
    private static void flatten(
            List<WastCommand> commands, boolean nested, List<WastCommand> out, List<Boolean> outNested) {
        java.util.Map<String, List<WastCommand>> pending = new java.util.LinkedHashMap<>();
        for (WastCommand c : commands) {
            out.add(c);
            outNested.add(nested);
            if (c instanceof WastCommand.Thread t) {
                pending.put(t.id(), t.commands());
            } else if (c instanceof WastCommand.Wait w && pending.containsKey(w.id())) {
                flatten(pending.remove(w.id()), true, out, outNested);
            }
        }
        pending.values().forEach(rest -> flatten(rest, true, out, outNested));
    }
}
