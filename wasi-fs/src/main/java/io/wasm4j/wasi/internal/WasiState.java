package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable state of one WASI context: its configuration and its file descriptor table. Descriptors
 * are numbered from 0; a new descriptor takes the lowest free number.
 *
 * <p>Thread safety: none; a context belongs to one store, used by one thread at a time.
 */
public final class WasiState {
    /** The most descriptors one context may have open. */
    static final int MAX_FDS = 4096;

    final WasiConfig config;
    private final List<Descriptor> fds = new ArrayList<>();

    /** Creates the state: stdio as fds 0–2, then the preopened directories, then the sockets. */
    public WasiState(WasiConfig config) {
        this.config = config;
        fds.add(new StreamDesc(config.stdin(), null, false));
        fds.add(new StreamDesc(null, config.stdout(), false));
        fds.add(new StreamDesc(null, config.stderr(), false));
        for (Preopen p : config.preopens()) {
            long base = p.readOnly() ? Abi.DIR_RIGHTS & ~Abi.DIR_WRITE_RIGHTS : Abi.DIR_RIGHTS;
            long inheriting = p.readOnly()
                    ? (Abi.DIR_RIGHTS & ~Abi.DIR_WRITE_RIGHTS) | (Abi.FILE_RIGHTS & ~Abi.FILE_WRITE_RIGHTS)
                    : Abi.DIR_RIGHTS | Abi.FILE_RIGHTS;
            fds.add(new DirDesc(p.root(), p, p.guestPath(), base, inheriting));
        }
        for (var s : config.sockets()) {
            fds.add(new SocketDesc(s, null));
        }
    }

    /** Returns the configuration. */
    public WasiConfig config() {
        return config;
    }

    /** Returns open descriptor {@code fd}, or raises BADF. */
    Descriptor get(int fd) {
        Descriptor d = fd >= 0 && fd < fds.size() ? fds.get(fd) : null;
        if (d == null) {
            throw new WasiError(Errno.BADF);
        }
        return d;
    }

    /** Returns open directory {@code fd}; raises BADF if closed, NOTDIR if it is not a directory. */
    DirDesc dir(int fd) {
        if (get(fd) instanceof DirDesc d) {
            return d;
        }
        throw new WasiError(Errno.NOTDIR);
    }

    /** Adds {@code d} under the lowest free number and returns it; MFILE when the table is full. */
    int add(Descriptor d) {
        for (int i = 0; i < fds.size(); i++) {
            if (fds.get(i) == null) {
                fds.set(i, d);
                return i;
            }
        }
        if (fds.size() >= MAX_FDS) {
            throw new WasiError(Errno.MFILE);
        }
        fds.add(d);
        return fds.size() - 1;
    }

    /** Removes {@code fd} from the table and returns it (BADF if it is not open). */
    Descriptor remove(int fd) {
        Descriptor d = get(fd);
        fds.set(fd, null);
        return d;
    }

    /** Puts {@code d} at {@code fd}, which must be open; the old descriptor there is returned. */
    Descriptor replace(int fd, Descriptor d) {
        Descriptor old = get(fd);
        fds.set(fd, d);
        return old;
    }

    /** Flushes stdout and stderr (before the guest exits). */
    void flushStdio() {
        for (int i = 0; i < Math.min(3, fds.size()); i++) {
            if (fds.get(i) instanceof StreamDesc sd && sd.out != null) {
                try {
                    sd.out.flush();
                } catch (IOException e) {
                    // nothing to report to a guest that is exiting
                }
            }
        }
    }

    /** Flushes the output streams and closes every file, directory and socket the guest opened. */
    public void close() {
        for (int i = 0; i < fds.size(); i++) {
            Descriptor d = fds.get(i);
            if (d != null) {
                try {
                    d.close();
                } catch (IOException e) {
                    // closing is best effort at the end of a context's life
                }
                if (!(d instanceof StreamDesc)) {
                    fds.set(i, null);
                }
            }
        }
    }
}
