package io.wasm4j.it.modulepath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the build's poms and finds each module's packaged jar, or its compiled classes. */
final class Repository {
    private Repository() {}

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("bom/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "not inside the wasm4j repository: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The artifactIds the BOM lists, in order. */
    static List<String> bomArtifacts(Path root) throws Exception {
        List<String> ids = new ArrayList<>();
        NodeList deps = parse(root.resolve("bom/pom.xml")).getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            ids.add(dep.getElementsByTagName("artifactId")
                    .item(0)
                    .getTextContent()
                    .trim());
        }
        return ids;
    }

    /** The root pom's module folders by artifactId. */
    static Map<String, Path> moduleFolders(Path root) throws Exception {
        Map<String, Path> folders = new LinkedHashMap<>();
        NodeList modules = parse(root.resolve("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path folder = root.resolve(modules.item(i).getTextContent().trim());
            folders.put(artifactIdOf(folder.resolve("pom.xml")), folder);
        }
        return folders;
    }

    /**
     * The module-path entry of an artifact: its jar in {@code target/} when it is at least as new as the
     * compiled descriptor, otherwise {@code target/classes} (an exploded module), so that a run of only the
     * {@code test} phase checks the current descriptors too.
     */
    static Path packagedModule(Path root, String artifactId) throws Exception {
        Path folder = moduleFolders(root).get(artifactId);
        if (folder == null) {
            throw new AssertionError("the BOM lists " + artifactId + ", which no module of the build has");
        }
        Path classes = folder.resolve("target/classes");
        Path descriptor = classes.resolve("module-info.class");
        if (!Files.isRegularFile(descriptor)) {
            throw new AssertionError(artifactId + " is not built, or has no module-info: " + descriptor);
        }
        Path jar = jarOf(folder.resolve("target"), artifactId);
        if (jar != null
                && !modified(jar).toInstant().isBefore(modified(descriptor).toInstant())) {
            return jar;
        }
        return classes;
    }

    private static Path jarOf(Path target, String artifactId) throws IOException {
        try (var files = Files.list(target)) {
            return files.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(artifactId + "-")
                                && name.endsWith(".jar")
                                && Character.isDigit(name.charAt(artifactId.length() + 1))
                                && !name.endsWith("-sources.jar")
                                && !name.endsWith("-javadoc.jar")
                                && !name.endsWith("-tests.jar");
                    })
                    .findFirst()
                    .orElse(null);
        }
    }

    private static FileTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }

    private static String artifactIdOf(Path pom) throws Exception {
        NodeList children = parse(pom).getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("artifactId")) {
                return e.getTextContent().trim();
            }
        }
        throw new IllegalStateException("no artifactId in " + pom);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
