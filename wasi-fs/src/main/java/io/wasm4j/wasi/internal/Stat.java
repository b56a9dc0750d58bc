package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** File attributes as WASI {@code filestat} records, and {@code set_times}. */
final class Stat {
    private Stat() {}

    /** The layout of {@code filestat}: preview 1 has a 64-bit link count, {@code wasi_unstable} 32-bit. */
    static int writeFilestat(GuestMemory m, int ptr, Path path, boolean follow, boolean legacy) {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, opts);
            long dev = 0;
            long ino = a.fileKey() != null ? a.fileKey().hashCode() & 0xffffffffL : path.hashCode() & 0xffffffffL;
            long nlink = 1;
            long ctim = nanos(a.lastModifiedTime());
            try {
                Map<String, Object> u = Files.readAttributes(path, "unix:dev,ino,nlink,ctime", opts);
                dev = ((Number) u.get("dev")).longValue();
                ino = ((Number) u.get("ino")).longValue();
                nlink = ((Number) u.get("nlink")).longValue();
                ctim = nanos((FileTime) u.get("ctime"));
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException | IOException e) {
                // no "unix" view on this file system: keep the portable values
            }
            int type = a.isDirectory()
                    ? Abi.FILETYPE_DIRECTORY
                    : a.isRegularFile()
                            ? Abi.FILETYPE_REGULAR_FILE
                            : a.isSymbolicLink() ? Abi.FILETYPE_SYMBOLIC_LINK : Abi.FILETYPE_UNKNOWN;
            write(m, ptr, dev, ino, type, nlink, a.size(), a, ctim, legacy);
            return Errno.SUCCESS;
        } catch (IOException e) {
            throw new WasiError(Errnos.of(e));
        }
    }

    private static void write(
            GuestMemory m,
            int ptr,
            long dev,
            long ino,
            int type,
            long nlink,
            long size,
            BasicFileAttributes a,
            long ctim,
            boolean legacy) {
        m.check(ptr, legacy ? 56 : 64);
        m.setI64(ptr, dev);
        m.setI64(ptr + 8, ino);
        m.setI64(ptr + 16, 0);
        m.setU8(ptr + 16, type);
        int p = ptr + 24;
        if (legacy) {
            m.setI32(ptr + 20, (int) nlink);
        } else {
            m.setI64(p, nlink);
            p += 8;
        }
        m.setI64(p, size);
        m.setI64(p + 8, nanos(a.lastAccessTime()));
        m.setI64(p + 16, nanos(a.lastModifiedTime()));
        m.setI64(p + 24, ctim);
    }

    /** Writes a {@code filestat} for a stream or socket (a character device or socket with no times). */
    static void writeDevice(GuestMemory m, int ptr, int type, boolean legacy) {
        int size = legacy ? 56 : 64;
        m.check(ptr, size);
        for (int i = 0; i < size; i += 8) {
            m.setI64(ptr + i, 0);
        }
        m.setU8(ptr + 16, type);
    }

    static long nanos(FileTime t) {
        return t == null ? 0 : t.to(TimeUnit.NANOSECONDS);
    }

    /** Sets access and modification times as {@code fst_flags} says. */
    static int setTimes(WasiState s, Path path, boolean follow, long atim, long mtim, int fst) {
        if ((fst & ~(Abi.FST_ATIM | Abi.FST_ATIM_NOW | Abi.FST_MTIM | Abi.FST_MTIM_NOW)) != 0
                || (fst & (Abi.FST_ATIM | Abi.FST_ATIM_NOW)) == (Abi.FST_ATIM | Abi.FST_ATIM_NOW)
                || (fst & (Abi.FST_MTIM | Abi.FST_MTIM_NOW)) == (Abi.FST_MTIM | Abi.FST_MTIM_NOW)) {
            return Errno.INVAL;
        }
        FileTime now = FileTime.from(s.config.wallClock().instant());
        FileTime a = (fst & Abi.FST_ATIM_NOW) != 0
                ? now
                : (fst & Abi.FST_ATIM) != 0 ? FileTime.from(atim, TimeUnit.NANOSECONDS) : null;
        FileTime mt = (fst & Abi.FST_MTIM_NOW) != 0
                ? now
                : (fst & Abi.FST_MTIM) != 0 ? FileTime.from(mtim, TimeUnit.NANOSECONDS) : null;
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Files.getFileAttributeView(path, BasicFileAttributeView.class, opts).setTimes(mt, a, null);
            return Errno.SUCCESS;
        } catch (IOException e) {
            throw new WasiError(Errnos.of(e));
        }
    }
}
