package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A preopened listening socket ({@link #server}) or a connection it accepted ({@link #socket}). */
final class SocketDesc extends Descriptor {
    final ServerSocketChannel server;
    final SocketChannel socket;

    SocketDesc(ServerSocketChannel server, SocketChannel socket) {
        super(server != null ? Abi.LISTENER_RIGHTS : Abi.SOCKET_RIGHTS, 0);
        this.server = server;
        this.socket = socket;
    }

    @Override
    int filetype() {
        return Abi.FILETYPE_SOCKET_STREAM;
    }

    /** Closes an accepted connection; a preopened listener belongs to the embedder and stays open. */
    @Override
    void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
    }
}
