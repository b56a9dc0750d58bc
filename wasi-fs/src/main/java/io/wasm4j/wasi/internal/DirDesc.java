package io.wasm4j.wasi.internal;

import java.nio.file.Path;

/**
 * An open directory below (or at) a preopen's root. {@link #path} is the host path, always {@code
 * preopen.root()} resolved with checked, symlink-free components.
 */
final class DirDesc extends Descriptor {
    final Path path;
    final Preopen preopen;
    /** The guest name if this is the preopen itself (for {@code fd_prestat_*}), else null. */
    final String preopenName;
    /** The entries listed by the last {@code fd_readdir} with cookie 0. */
    String[] listing;

    DirDesc(Path path, Preopen preopen, String preopenName, long base, long inheriting) {
        super(base, inheriting);
        this.path = path;
        this.preopen = preopen;
        this.preopenName = preopenName;
    }

    @Override
    int filetype() {
        return Abi.FILETYPE_DIRECTORY;
    }

    @Override
    void close() {}
}
