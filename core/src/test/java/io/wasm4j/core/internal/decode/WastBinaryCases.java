package io.wasm4j.core.internal.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the binary modules of a {@code .wast} script ({@code (module binary ...)}, alone or inside
 * {@code assert_malformed} / {@code assert_invalid}) for decoder tests. A tiny s-expression reader, not
 * a wast parser: text modules are ignored.
 */
final class WastBinaryCases {
    private WastBinaryCases() {}

    /** One binary module and what the script expects of it. */
    record Case(String location, String kind, byte[] bytes, String expected) {}

    /** Finds {@code shared/testsuite} by walking up from the working directory, or returns null. */
    static Path testsuite() throws IOException {
        String prop = System.getProperty("wasm4j.testsuite");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toRealPath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path c : List.of(p.resolve("shared/testsuite"), p.resolve("../shared/testsuite"))) {
                if (Files.isDirectory(c)) {
                    return c.toRealPath();
                }
            }
        }
        return null;
    }

    static List<Case> read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        if (!s.contains("binary")) {
            return out;
        }
        int[] pos = {0};
        String name = file.getFileName().toString();
        int line = 1;
        int counted = 0;
        while (true) {
            skipSpace(s, pos);
            if (pos[0] >= s.length()) {
                break;
            }
            for (; counted < pos[0]; counted++) {
                if (s.charAt(counted) == '\n') {
                    line++;
                }
            }
            Object form = readForm(s, pos);
            if (!(form instanceof List<?> l) || l.isEmpty()) {
                continue;
            }
            String head = String.valueOf(l.get(0));
            if (head.equals("module")) {
                byte[] b = binary(l);
                if (b != null) {
                    out.add(new Case(name + ":" + line, "module", b, null));
                }
            } else if ((head.equals("assert_malformed") || head.equals("assert_invalid"))
                    && l.get(1) instanceof List<?> m) {
                byte[] b = binary(m);
                if (b != null) {
                    out.add(new Case(name + ":" + line, head, b, unquote((String) l.get(2))));
                }
            }
        }
        return out;
    }

    private static byte[] binary(List<?> module) {
        int i = 1;
        if (i < module.size() && module.get(i) instanceof String id && id.startsWith("$")) {
            i++;
        }
        if (i >= module.size() || !"binary".equals(module.get(i))) {
            return null;
        }
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        for (i++; i < module.size(); i++) {
            byte[] b = decodeString((String) module.get(i));
            bos.write(b, 0, b.length);
        }
        return bos.toByteArray();
    }

    private static String unquote(String q) {
        return new String(decodeString(q), StandardCharsets.UTF_8);
    }

    private static byte[] decodeString(String q) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (c != '\\') {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bos.write(b, 0, b.length);
                continue;
            }
            char e = q.charAt(++i);
            switch (e) {
                case 'n' -> bos.write('\n');
                case 't' -> bos.write('\t');
                case 'r' -> bos.write('\r');
                case '\\', '\'', '"' -> bos.write(e);
                case 'u' -> {
                    int close = q.indexOf('}', i);
                    int cp = Integer.parseInt(q.substring(i + 2, close).replace("_", ""), 16);
                    byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                    bos.write(b, 0, b.length);
                    i = close;
                }
                default -> {
                    bos.write(Integer.parseInt(q.substring(i, i + 2), 16));
                    i++;
                }
            }
        }
        return bos.toByteArray();
    }

    private static void skipSpace(String s, int[] pos) {
        int i = pos[0];
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith(";;", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl + 1;
            } else if (s.startsWith("(;", i)) {
                int depth = 0;
                do {
                    if (s.startsWith("(;", i)) {
                        depth++;
                        i += 2;
                    } else if (s.startsWith(";)", i)) {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                } while (depth > 0 && i < s.length());
            } else {
                break;
            }
        }
        pos[0] = i;
    }

    private static Object readForm(String s, int[] pos) {
        skipSpace(s, pos);
        int i = pos[0];
        char c = s.charAt(i);
        if (c == '(') {
            pos[0]++;
            List<Object> l = new ArrayList<>();
            while (true) {
                skipSpace(s, pos);
                if (s.charAt(pos[0]) == ')') {
                    pos[0]++;
                    return l;
                }
                l.add(readForm(s, pos));
            }
        }
        if (c == '"') {
            int j = i + 1;
            while (s.charAt(j) != '"') {
                if (s.charAt(j) == '\\') {
                    j++;
                }
                j++;
            }
            pos[0] = j + 1;
            return s.substring(i, j + 1);
        }
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "()\"".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        pos[0] = j;
        return s.substring(i, j);
    }
}
