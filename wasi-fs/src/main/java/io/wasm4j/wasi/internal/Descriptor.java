package io.wasm4j.wasi.internal;

import java.io.IOException;

/** An open file descriptor of a WASI context: its kind, rights and flags. */
abstract sealed class Descriptor permits StreamDesc, FileDesc, DirDesc, SocketDesc {
    long rightsBase;
    long rightsInheriting;
    int fdflags;

    Descriptor(long rightsBase, long rightsInheriting) {
        this.rightsBase = rightsBase;
        this.rightsInheriting = rightsInheriting;
    }

    /** Returns the WASI file type. */
    abstract int filetype();

    /** Raises NOTCAPABLE unless this descriptor has all of {@code rights}. */
    final void require(long rights) {
        if ((rightsBase & rights) != rights) {
            throw new WasiError(Errno.NOTCAPABLE);
        }
    }

    /** Releases the host resource. */
    abstract void close() throws IOException;
}
