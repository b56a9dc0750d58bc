package io.wasm4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The BOM lists every published module of the build, and nothing else. */
final class BomTest {
    /** Modules that are built but not published as artifacts. */
    private static final Set<String> UNPUBLISHED = Set.of("bom", "it", "benchmarks");

    @Test
    void bom_listsEveryPublishedModule() throws Exception {
        Path root = repositoryRoot();
        Set<String> published = new TreeSet<>();
        Document parent = parse(root.resolve("pom.xml"));
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String folder = modules.item(i).getTextContent().trim();
            if (!UNPUBLISHED.contains(folder)) {
                published.add(artifactIdOf(root.resolve(folder).resolve("pom.xml")));
            }
        }
        Set<String> listed = new TreeSet<>();
        NodeList dependencies = parse(root.resolve("bom/pom.xml")).getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertEquals("io.wasm4j", text(dependency, "groupId"), "the BOM lists only wasm4j artifacts");
            assertEquals(0, dependency.getElementsByTagName("scope").getLength(), "the BOM has no scopes");
            listed.add(text(dependency, "artifactId"));
        }
        assertTrue(published.size() >= 2, "expected the build's modules, found " + published);
        assertEquals(published, listed);
    }

    private static Path repositoryRoot() {
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

    private static String artifactIdOf(Path pom) throws Exception {
        Element project = parse(pom).getDocumentElement();
        NodeList children = project.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("artifactId")) {
                return e.getTextContent().trim();
            }
        }
        throw new IllegalStateException("no artifactId in " + pom);
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
