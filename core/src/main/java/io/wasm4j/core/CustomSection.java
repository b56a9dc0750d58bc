package io.wasm4j.core;

/**
 * A custom section (id 0), kept as a range of the module's bytes.
 *
 * @param name the section name
 * @param contentStart offset of the first content byte (after the name)
 * @param contentEnd offset just after the section
 * @param order the number of non-custom sections that precede this one, telling where it stood
 */
public record CustomSection(String name, int contentStart, int contentEnd, int order) {
    /** Returns the content length in bytes. */
    public int contentLength() {
        return contentEnd - contentStart;
    }
}
