package io.wasm4j.it.spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checked-in list of skipped commands, {@code spec-skips.tsv}: one line per command, {@code
 * folder/file.wast:line<TAB>reason}; blank lines and lines starting with {@code #} are ignored. Every entry
 * needs a reason; an entry without one is rejected when the list is loaded.
 */
final class SkipList {

    static final String RESOURCE = "/spec-skips.tsv";

    private final Map<String, String> reasons;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private SkipList(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static SkipList empty() {
        return new SkipList(Map.of());
    }

    /** Loads the list from the class path ({@value #RESOURCE}). */
    static SkipList load() {
        try (InputStream in = SkipList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SkipList parse(BufferedReader reader) throws IOException {
        Map<String, String> reasons = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String reason = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (reason.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": a skip needs a reason: " + line);
            }
            String key = line.substring(0, tab).strip();
            if (reasons.put(key, reason) != null) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": duplicate entry " + key);
            }
        }
        return new SkipList(reasons);
    }

    Optional<String> reason(String key) {
        String reason = reasons.get(key);
        if (reason != null) {
            used.add(key);
        }
        return Optional.ofNullable(reason);
    }

    /** Returns the entries that matched no command so far (stale entries to remove). */
    Set<String> unused() {
        Set<String> unused = new TreeSet<>(reasons.keySet());
        unused.removeAll(used);
        return unused;
    }
}
