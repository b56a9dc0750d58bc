package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A standard stream: a host {@link InputStream} (stdin) or {@link OutputStream} (stdout, stderr). */
final class StreamDesc extends Descriptor {
    final InputStream in;
    final OutputStream out;
    private final boolean closeOnClose;

    StreamDesc(InputStream in, OutputStream out, boolean closeOnClose) {
        super(in != null ? Abi.STREAM_RIGHTS & ~Abi.FD_WRITE : Abi.STREAM_RIGHTS & ~Abi.FD_READ, 0);
        this.in = in;
        this.out = out;
        this.closeOnClose = closeOnClose;
    }

    @Override
    int filetype() {
        return Abi.FILETYPE_CHARACTER_DEVICE;
    }

    @Override
    void close() throws IOException {
        if (out != null) {
            out.flush();
        }
        if (closeOnClose) {
            if (in != null) {
                in.close();
            }
            if (out != null) {
                out.close();
            }
        }
    }
}
