package io.wasm4j.wat.internal.encode;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.sexpr.SExprParser;
import io.wasm4j.wat.internal.text.TokenKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Test tool: encodes every text module of the spec test suite's .wast files and checks that every
 * {@code assert_malformed (module quote ...)} fails with the expected message.
 */
final class SpecTextScan {
    /** Results of a scan. */
    static final class Report {
        int encoded;
        int malformedOk;
        final List<String> encodeFailures = new ArrayList<>();
        final List<String> malformedFailures = new ArrayList<>();
        int decoded;
        int validated;
        int invalidOk;
        final List<String> decodeFailures = new ArrayList<>();
    }

    /** If set, every encoded text module is written there as NNNN.wat and NNNN.mine.wasm. */
    static Path dumpDir;

    private static int dumped;
    private static String currentSource;

    private SpecTextScan() {}

    /** The suite: the {@code wasm4j.testsuite} property, else {@code shared/testsuite} in a parent folder. */
    static Path suite() {
        String p = System.getProperty("wasm4j.testsuite");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("testsuite");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of(p != null ? p : "shared/testsuite");
    }

    static List<Path> wastFiles() {
        try (Stream<Path> s = Files.walk(suite())) {
            return s.filter(f -> f.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report scan(List<Path> files) {
        Report r = new Report();
        for (Path f : files) {
            String src;
            try {
                src = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = suite().relativize(f).toString();
            currentSource = src;
            List<SExpr> top;
            try {
                top = SExprParser.parse(src);
            } catch (WatException e) {
                r.encodeFailures.add(name + ": script: " + e.getMessage());
                continue;
            }
            for (SExpr cmd : top) {
                visit(cmd, name, r);
            }
        }
        return r;
    }

    private static void visit(SExpr cmd, String file, Report r) {
        if (!(cmd instanceof SExpr.ListExpr l) || l.head() == null) {
            return;
        }
        String where = file + ":" + l.line();
        switch (l.head()) {
            case "module" -> encode(l, where, r, null);
            case "assert_malformed", "assert_malformed_custom" -> {
                SExpr.ListExpr mod = (SExpr.ListExpr) l.get(1);
                String expected = ((SExpr.Atom) l.get(2)).token().stringValue();
                if (!isQuote(mod)) {
                    return;
                }
                try {
                    ModuleEncoder.encode(strip(mod));
                    r.malformedFailures.add(where + ": expected \"" + expected + "\" but encoded");
                } catch (WatException e) {
                    if (e.reason().contains(expected)) {
                        r.malformedOk++;
                    } else {
                        r.malformedFailures.add(
                                where + ": expected \"" + expected + "\" got \"" + e.getMessage() + "\"");
                    }
                }
            }
            case "assert_invalid" -> {
                if (l.size() > 2 && l.get(1) instanceof SExpr.ListExpr m && m.isForm("module")) {
                    encode(m, where, r, ((SExpr.Atom) l.get(2)).token().stringValue());
                }
            }
            case "assert_unlinkable", "assert_trap", "assert_uninstantiable", "assert_exception" -> {
                if (l.size() > 1 && l.get(1) instanceof SExpr.ListExpr m && m.isForm("module")) {
                    encode(m, where, r, null);
                }
            }
            default -> {}
        }
    }

    private static boolean isQuote(SExpr.ListExpr mod) {
        for (SExpr e : mod.children()) {
            if (e instanceof SExpr.Atom a && a.isKeyword("quote")) {
                return true;
            }
        }
        return false;
    }

    /** Drops the {@code definition} / {@code instance} keywords of the 3.0 script format. */
    private static SExpr.ListExpr strip(SExpr.ListExpr mod) {
        List<SExpr> out = new ArrayList<>();
        for (int i = 0; i < mod.size(); i++) {
            SExpr e = mod.get(i);
            if (i == 1 && e instanceof SExpr.Atom a && a.isKeyword("definition")) {
                continue;
            }
            out.add(e);
        }
        return new SExpr.ListExpr(out, null, mod.line(), mod.column(), mod.offset(), mod.endOffset());
    }

    private static void encode(SExpr.ListExpr mod, String where, Report r, String invalid) {
        if (mod.size() > 1 && mod.get(1) instanceof SExpr.Atom a && a.isKeyword("instance")) {
            return;
        }
        SExpr.ListExpr m = strip(mod);
        boolean binary = m.children().stream().anyMatch(e -> e instanceof SExpr.Atom a && a.isKeyword("binary"));
        try {
            byte[] b = ModuleEncoder.encode(m);
            r.encoded++;
            if (!binary) {
                check(b, where, r, invalid);
                dump(mod, b, where);
            }
        } catch (RuntimeException e) {
            r.encodeFailures.add(where + ": " + e);
        }
    }

    private static void dump(SExpr.ListExpr mod, byte[] b, String where) {
        if (dumpDir == null || isQuote(mod)) {
            return;
        }
        String text = currentSource.substring(mod.offset(), mod.endOffset());
        if (text.contains("definition")) {
            return;
        }
        String n = String.format("%05d", dumped++);
        try {
            Files.writeString(dumpDir.resolve(n + ".wat"), text);
            Files.write(dumpDir.resolve(n + ".mine.wasm"), b);
            Files.writeString(
                    dumpDir.resolve("manifest.txt"),
                    n + " " + where + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(byte[] b, String where, Report r, String invalid) {
        io.wasm4j.core.WasmModule module;
        try {
            module = io.wasm4j.core.WasmModule.decode(b);
            r.decoded++;
        } catch (RuntimeException e) {
            r.decodeFailures.add(where + ": decode: " + e);
            return;
        }
        try {
            module.validate();
            if (invalid != null) {
                r.decodeFailures.add(where + ": expected invalid \"" + invalid + "\" but validated");
            } else {
                r.validated++;
            }
        } catch (io.wasm4j.core.InvalidModuleException e) {
            if (invalid == null) {
                r.decodeFailures.add(where + ": validate: " + e.getMessage());
            } else if (e.getMessage().contains(invalid)) {
                r.invalidOk++;
            } else {
                r.decodeFailures.add(where + ": expected invalid \"" + invalid + "\" got " + e.getMessage());
            }
        } catch (RuntimeException e) {
            r.decodeFailures.add(where + ": validate crashed: " + e);
        }
    }

    static boolean isString(SExpr e) {
        return e instanceof SExpr.Atom a && a.kind() == TokenKind.STRING;
    }

    public static void main(String[] args) {
        List<Path> files = wastFiles();
        for (String a : args) {
            if (a.startsWith("--dump=")) {
                dumpDir = Path.of(a.substring(7));
            } else {
                files = files.stream().filter(p -> p.toString().contains(a)).toList();
            }
        }
        Report r = scan(files);
        Consumer<String> print = System.out::println;
        r.encodeFailures.forEach(print);
        r.malformedFailures.forEach(print);
        r.decodeFailures.forEach(print);
        System.out.println("encoded " + r.encoded + ", encode failures " + r.encodeFailures.size() + ", malformed ok "
                + r.malformedOk + ", malformed failures " + r.malformedFailures.size());
    }
}
