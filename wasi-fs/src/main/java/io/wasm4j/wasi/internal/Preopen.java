package io.wasm4j.wasi.internal;

import java.nio.file.Path;

/**
 * A preopened directory: the guest sees host directory {@code root} (a real path, of any {@link
 * java.nio.file.FileSystem}) as {@code guestPath}. Nothing outside {@code root} is reachable through it.
 *
 * @param root the host directory, absolute and free of symbolic links
 * @param guestPath the name the guest sees ({@code fd_prestat_dir_name})
 * @param readOnly whether the guest may only read below it
 */
public record Preopen(Path root, String guestPath, boolean readOnly) {}
