package io.wasm4j;

/** How an {@link Engine} executes WebAssembly: which backend compiles modules. */
public enum Strategy {
    /** The best supported backend present: the one of highest priority. */
    AUTO(null, null),
    /** The portable interpreter. */
    INTERP("interp", "io.wasm4j:wasm4j-backend-interp"),
    /** Compilation to JVM bytecode. */
    BYTECODE("bytecode", "io.wasm4j:wasm4j-backend-bytecode"),
    /** Compilation to machine code, called through the FFM API. */
    NATIVE("native", "io.wasm4j:wasm4j-backend-native");

    private final String backendId;
    private final String artifact;

    Strategy(String backendId, String artifact) {
        this.backendId = backendId;
        this.artifact = artifact;
    }

    /** Returns the backend's id ({@code CompilerProvider.id()}), or {@code null} for {@link #AUTO}. */
    public String backendId() {
        return backendId;
    }

    /** Returns the Maven coordinates of the artifact that provides this backend, or {@code null}. */
    public String artifact() {
        return artifact;
    }
}
