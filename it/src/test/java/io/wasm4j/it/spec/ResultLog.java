package io.wasm4j.it.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the result of every command of a run, writes them as {@code spec-results.tsv} and summarises
 * them per folder and command kind. Thread safety: {@link #add} may be called from several threads.
 */
final class ResultLog {

    /** Command kinds in the order the summary lists them; others follow alphabetically. */
    static final List<String> KIND_ORDER = List.of(
            "script",
            "module",
            "assert_malformed",
            "assert_invalid",
            "assert_malformed_custom",
            "assert_invalid_custom",
            "assert_unlinkable",
            "assert_uninstantiable",
            "assert_trap",
            "assert_return",
            "assert_exhaustion",
            "assert_exception",
            "invoke",
            "get",
            "register",
            "thread",
            "wait");

    private final List<CommandResult> results = new ArrayList<>();

    synchronized void add(CommandResult result) {
        results.add(result);
    }

    synchronized List<CommandResult> results() {
        List<CommandResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(CommandResult::folder)
                .thenComparing(CommandResult::file)
                .thenComparingInt(CommandResult::line));
        return sorted;
    }

    /** Writes all results, one tab-separated row each, no header. */
    void writeTsv(Path file) {
        StringBuilder sb = new StringBuilder();
        for (CommandResult r : results()) {
            sb.append(r.toTsv()).append('\n');
        }
        write(file, sb.toString());
    }

    /** Counts per folder, then per backend, then per command kind: {@code [pass, fail, skip]}. */
    Map<String, Map<String, Map<String, int[]>>> counts() {
        Map<String, Map<String, Map<String, int[]>>> out = new TreeMap<>();
        for (CommandResult r : results()) {
            int[] c = out.computeIfAbsent(r.folder(), f -> new TreeMap<>(ResultLog::compareBackends))
                    .computeIfAbsent(r.verdict().backend(), b -> new TreeMap<>(ResultLog::compareKinds))
                    .computeIfAbsent(r.command(), k -> new int[3]);
            c[r.verdict().outcome().ordinal()]++;
        }
        return out;
    }

    /**
     * A plain-text table: one row per folder, backend and command kind, then a total per folder and backend,
     * and per backend over the core folders and over all.
     */
    String summary() {
        StringBuilder sb = new StringBuilder();
        String format = "%-30s %-14s %-24s %7s %7s %7s%n";
        sb.append(String.format(format, "folder", "backend", "command", "passed", "failed", "skipped"));
        Map<String, int[]> all = new TreeMap<>(ResultLog::compareBackends);
        Map<String, int[]> core = new TreeMap<>(ResultLog::compareBackends);
        for (var folder : counts().entrySet()) {
            for (var backend : folder.getValue().entrySet()) {
                int[] total = new int[3];
                for (var kind : backend.getValue().entrySet()) {
                    int[] c = kind.getValue();
                    sb.append(
                            String.format(format, folder.getKey(), backend.getKey(), kind.getKey(), c[0], c[1], c[2]));
                    add(total, c);
                }
                sb.append(String.format(
                        format, folder.getKey(), backend.getKey(), "(all)", total[0], total[1], total[2]));
                add(all.computeIfAbsent(backend.getKey(), b -> new int[3]), total);
                if (isCore(folder.getKey())) {
                    add(core.computeIfAbsent(backend.getKey(), b -> new int[3]), total);
                }
            }
        }
        core.forEach((b, c) -> sb.append(String.format(format, "(3.0 core folders)", b, "(all)", c[0], c[1], c[2])));
        all.forEach((b, c) -> sb.append(String.format(format, "(all folders)", b, "(all)", c[0], c[1], c[2])));
        return sb.toString();
    }

    /** Backends in the order: {@code none} (decode/validate only) first, then by name. */
    private static int compareBackends(String a, String b) {
        boolean na = a.equals(Verdict.NO_BACKEND);
        boolean nb = b.equals(Verdict.NO_BACKEND);
        return na == nb ? a.compareTo(b) : na ? -1 : 1;
    }

    /** The columns of the Markdown summary: a heading and the command kinds it adds up. */
    private static final Map<String, List<String>> COLUMNS = columns();

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new java.util.LinkedHashMap<>();
        c.put("script parse", List.of("script"));
        c.put("module", List.of("module"));
        c.put("assert_malformed (+ _custom)", List.of("assert_malformed", "assert_malformed_custom"));
        c.put("assert_invalid (+ _custom)", List.of("assert_invalid", "assert_invalid_custom"));
        c.put("assert_unlinkable, _uninstantiable", List.of("assert_unlinkable", "assert_uninstantiable"));
        c.put("assert_trap", List.of("assert_trap"));
        return c;
    }

    /**
     * A Markdown table: one row per folder with the totals and, per column of command kinds, {@code passed /
     * failed / skipped}; the kinds that always need a runtime are summed in the last column.
     */
    String markdownSummary() {
        StringBuilder sb = new StringBuilder("| folder | backend | passed | failed | skipped |");
        COLUMNS.keySet().forEach(k -> sb.append(' ').append(k).append(" |"));
        sb.append(" other (runtime only) |\n|---|---|---:|---:|---:|");
        COLUMNS.keySet().forEach(k -> sb.append("---:|"));
        sb.append("---:|\n");
        Map<String, int[][]> core = new TreeMap<>(ResultLog::compareBackends);
        Map<String, int[][]> all = new TreeMap<>(ResultLog::compareBackends);
        for (var folder : counts().entrySet()) {
            for (var backend : folder.getValue().entrySet()) {
                int[][] row = new int[COLUMNS.size() + 2][];
                backend.getValue().forEach((kind, c) -> {
                    addCell(row, 0, c);
                    addCell(row, columnOf(kind), c);
                });
                markdownRow(sb, "`" + folder.getKey() + "` | " + backend.getKey(), row);
                int[][] coreRow = core.computeIfAbsent(backend.getKey(), b -> new int[COLUMNS.size() + 2][]);
                int[][] allRow = all.computeIfAbsent(backend.getKey(), b -> new int[COLUMNS.size() + 2][]);
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != null) {
                        if (isCore(folder.getKey())) {
                            addCell(coreRow, i, row[i]);
                        }
                        addCell(allRow, i, row[i]);
                    }
                }
            }
        }
        core.forEach(
                (b, row) -> markdownRow(sb, "**3.0 core** (all but `legacy`, `custom`, `proposals/*`) | " + b, row));
        all.forEach((b, row) -> markdownRow(sb, "**all** | " + b, row));
        return sb.toString();
    }

    /** Whether a folder belongs to the WebAssembly 3.0 core suite. */
    static boolean isCore(String folder) {
        return !folder.equals("legacy") && !folder.equals("custom") && !folder.startsWith("proposals/");
    }

    /** The Markdown column (1-based after the totals) that sums a command kind. */
    private static int columnOf(String kind) {
        int i = 1;
        for (List<String> kinds : COLUMNS.values()) {
            if (kinds.contains(kind)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static void addCell(int[][] row, int column, int[] c) {
        if (row[column] == null) {
            row[column] = new int[3];
        }
        add(row[column], c);
    }

    private static void markdownRow(StringBuilder sb, String label, int[][] row) {
        int[] total = row[0] == null ? new int[3] : row[0];
        sb.append("| ").append(label).append(" | ");
        sb.append(total[0])
                .append(" | ")
                .append(total[1])
                .append(" | ")
                .append(total[2])
                .append(" |");
        for (int i = 1; i < row.length; i++) {
            sb.append(' ').append(cell(row[i])).append(" |");
        }
        sb.append('\n');
    }

    /**
     * The failures grouped by message (positions and offsets removed), most frequent first, each with a
     * count and the first command that failed with it.
     */
    String failureGroups(int limit) {
        Map<String, List<CommandResult>> groups = new HashMap<>();
        for (CommandResult r : results()) {
            if (r.verdict().outcome() == Outcome.FAIL) {
                groups.computeIfAbsent(
                                r.verdict().backend() + ": "
                                        + normalise(r.verdict().message()),
                                m -> new ArrayList<>())
                        .add(r);
            }
        }
        StringBuilder sb = new StringBuilder();
        groups.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<CommandResult>> e) ->
                                -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .forEach(e -> sb.append(String.format(
                        "%6d  %s  (e.g. %s)%n",
                        e.getValue().size(), e.getKey(), e.getValue().getFirst().key())));
        return sb.toString();
    }

    /** Strips what differs between occurrences of one cause: offsets, positions, long tails. */
    static String normalise(String message) {
        String m = message.replaceAll(" \\(at offset 0x[0-9a-f]+\\)", "")
                .replaceAll(" at \\d+:\\d+", "")
                .replaceAll("0x[0-9a-fA-F]+", "0x…")
                .replaceAll("(?<=[\\s=#:(\\[])-?\\d+\\b", "N");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    private static String cell(int[] c) {
        return c == null ? "" : c[0] + " / " + c[1] + " / " + c[2];
    }

    private static void add(int[] into, int[] c) {
        for (int i = 0; i < 3; i++) {
            into[i] += c[i];
        }
    }

    private static int compareKinds(String a, String b) {
        int ia = KIND_ORDER.indexOf(a);
        int ib = KIND_ORDER.indexOf(b);
        if (ia < 0 && ib < 0) {
            return a.compareTo(b);
        }
        return ia < 0 ? 1 : ib < 0 ? -1 : Integer.compare(ia, ib);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
