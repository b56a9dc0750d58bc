package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** {@code fd_readdir}: directory entries as packed {@code dirent} records. */
final class DirOps {
    private static final int DIRENT_SIZE = 24;

    private DirOps() {}

    /**
     * Lists {@code fd} from {@code cookie} (an index into the listing taken when the cookie was 0) into
     * {@code buf}; the last entry is cut off when the buffer is full, as the spec allows.
     */
    static int readdir(WasiState s, GuestMemory m, int fd, int buf, int bufLen, long cookie, int retPtr)
            throws IOException {
        Descriptor d = s.get(fd);
        if (!(d instanceof DirDesc dir)) {
            return Errno.NOTDIR;
        }
        dir.require(Abi.FD_READDIR);
        Sandbox.checkDir(dir);
        m.check(buf, Integer.toUnsignedLong(bufLen));
        m.check(retPtr, 4);
        if (cookie == 0 || dir.listing == null) {
            dir.listing = list(dir.path);
        }
        String[] names = dir.listing;
        long used = 0;
        long cap = Integer.toUnsignedLong(bufLen);
        for (long i = cookie; i >= 0 && i < names.length && used < cap; i++) {
            String name = names[(int) i];
            byte[] nameBytes = FdOps.utf8(name);
            Path p = name.equals(".") ? dir.path : name.equals("..") ? parent(dir) : dir.path.resolve(name);
            BasicFileAttributes a = Sandbox.attributes(p);
            byte[] entry = new byte[DIRENT_SIZE + nameBytes.length];
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(entry).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.putLong(0, i + 1);
            b.putLong(8, inode(a, p));
            b.putInt(16, nameBytes.length);
            b.put(20, (byte) filetype(a));
            System.arraycopy(nameBytes, 0, entry, DIRENT_SIZE, nameBytes.length);
            int n = (int) Math.min(entry.length, cap - used);
            m.write(buf + (int) used, entry, 0, n);
            used += n;
        }
        m.setI32(retPtr, (int) used);
        return Errno.SUCCESS;
    }

    private static Path parent(DirDesc dir) {
        return dir.path.equals(dir.preopen.root()) ? dir.path : dir.path.getParent();
    }

    private static String[] list(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        names.add(".");
        names.add("..");
        List<String> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                children.add(p.getFileName().toString());
            }
        }
        children.sort(null);
        names.addAll(children);
        return names.toArray(String[]::new);
    }

    /** Returns the inode number as {@code filestat} reports it ({@code unix:ino}, else the file key). */
    static long inode(BasicFileAttributes a, Path p) {
        try {
            return ((Number) Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException | IOException e) {
            Object key = a != null ? a.fileKey() : null;
            return (key != null ? key.hashCode() : p.hashCode()) & 0xffffffffL;
        }
    }

    static int filetype(BasicFileAttributes a) {
        if (a == null) {
            return Abi.FILETYPE_UNKNOWN;
        }
        return a.isDirectory()
                ? Abi.FILETYPE_DIRECTORY
                : a.isRegularFile()
                        ? Abi.FILETYPE_REGULAR_FILE
                        : a.isSymbolicLink() ? Abi.FILETYPE_SYMBOLIC_LINK : Abi.FILETYPE_UNKNOWN;
    }
}
