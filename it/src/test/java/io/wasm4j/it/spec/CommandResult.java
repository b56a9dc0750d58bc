package io.wasm4j.it.spec;

/**
 * One row of {@code spec-results.tsv}: where the command is, what it is, and how it fared.
 *
 * @param folder the script's directory relative to the suite root ({@code .} at the top)
 * @param file the script's file name
 * @param command the command's keyword
 */
record CommandResult(String folder, String file, int line, String command, Verdict verdict) {

    /** Returns the key used by the skip list: {@code folder/file.wast:line} ({@code file.wast:line} at the top). */
    String key() {
        return SpecScript.key(folder, file, line);
    }

    /** Returns the row as tab-separated columns: folder, file, line, command, backend, outcome, message. */
    String toTsv() {
        return String.join(
                "\t",
                folder,
                file,
                Integer.toString(line),
                command,
                verdict.backend(),
                verdict.outcome().toString(),
                oneLine(verdict.message()));
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
