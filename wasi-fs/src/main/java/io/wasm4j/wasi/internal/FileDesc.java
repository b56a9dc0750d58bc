package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;

/** An open regular file: a host channel, the host path it was opened at (for stats) and its preopen. */
final class FileDesc extends Descriptor {
    final SeekableByteChannel channel;
    final Path path;
    final Preopen preopen;
    final boolean writable;

    FileDesc(SeekableByteChannel channel, Path path, Preopen preopen, boolean writable, long base, long inheriting) {
        super(base, inheriting);
        this.channel = channel;
        this.path = path;
        this.preopen = preopen;
        this.writable = writable;
    }

    @Override
    int filetype() {
        return Abi.FILETYPE_REGULAR_FILE;
    }

    @Override
    void close() throws IOException {
        channel.close();
    }
}
