package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/** The {@code path_*} functions. Every path goes through {@link Sandbox#resolve}. */
final class PathOps {
    private PathOps() {}

    static int createDirectory(WasiState s, GuestMemory m, int fd, int path, int len) throws IOException {
        DirDesc dir = s.dir(fd);
        dir.require(Abi.PATH_CREATE_DIRECTORY);
        Path p = Sandbox.resolve(dir, m.string(path, len), false);
        writable(dir);
        Sandbox.recheck(dir.preopen, p);
        Files.createDirectory(p);
        return Errno.SUCCESS;
    }

    static int filestatGet(WasiState s, GuestMemory m, int fd, int flags, int path, int len, int ptr, boolean legacy) {
        DirDesc dir = s.dir(fd);
        dir.require(Abi.PATH_FILESTAT_GET);
        Path p = Sandbox.resolve(dir, m.string(path, len), follow(flags));
        return Stat.writeFilestat(m, ptr, p, false, legacy);
    }

    static int filestatSetTimes(
            WasiState s, GuestMemory m, int fd, int flags, int path, int len, long atim, long mtim, int fst) {
        DirDesc dir = s.dir(fd);
        dir.require(Abi.PATH_FILESTAT_SET_TIMES);
        Path p = Sandbox.resolve(dir, m.string(path, len), follow(flags));
        writable(dir);
        Sandbox.recheck(dir.preopen, p);
        return Stat.setTimes(s, p, false, atim, mtim, fst);
    }

    static int link(
            WasiState s,
            GuestMemory m,
            int oldFd,
            int oldFlags,
            int oldPath,
            int oldLen,
            int newFd,
            int newPath,
            int newLen)
            throws IOException {
        DirDesc from = s.dir(oldFd);
        DirDesc to = s.dir(newFd);
        from.require(Abi.PATH_LINK_SOURCE);
        to.require(Abi.PATH_LINK_TARGET);
        Path src = Sandbox.resolve(from, m.string(oldPath, oldLen), follow(oldFlags));
        Path dst = Sandbox.resolve(to, m.string(newPath, newLen), false);
        writable(to);
        BasicFileAttributes a = Sandbox.attributes(src);
        if (a == null) {
            return Errno.NOENT;
        }
        if (a.isDirectory()) {
            return Errno.PERM;
        }
        if (Sandbox.attributes(dst) != null) {
            return Errno.EXIST;
        }
        Sandbox.recheck(from.preopen, src);
        Sandbox.recheck(to.preopen, dst);
        try {
            Files.createLink(dst, src);
        } catch (UnsupportedOperationException e) {
            return Errno.NOTSUP;
        }
        return Errno.SUCCESS;
    }

    static int open(
            WasiState s,
            GuestMemory m,
            int fd,
            int dirflags,
            int path,
            int len,
            int oflags,
            long base,
            long inheriting,
            int fdflags,
            int retPtr)
            throws IOException {
        DirDesc dir = s.dir(fd);
        dir.require(Abi.PATH_OPEN);
        boolean creat = (oflags & Abi.O_CREAT) != 0;
        boolean excl = (oflags & Abi.O_EXCL) != 0;
        boolean trunc = (oflags & Abi.O_TRUNC) != 0;
        boolean directory = (oflags & Abi.O_DIRECTORY) != 0;
        if ((oflags & ~15) != 0 || (fdflags & ~Abi.FDFLAGS_ALL) != 0) {
            return Errno.INVAL;
        }
        if (creat) {
            dir.require(Abi.PATH_CREATE_FILE);
        }
        if (trunc) {
            dir.require(Abi.PATH_FILESTAT_SET_SIZE);
        }
        m.check(retPtr, 4);
        Path p = Sandbox.resolve(dir, m.string(path, len), follow(dirflags) && !(creat && excl));
        BasicFileAttributes a = Sandbox.attributes(p);
        if (a != null && creat && excl) {
            return Errno.EXIST;
        }
        if (a != null && a.isSymbolicLink()) {
            return Errno.LOOP;
        }
        long inh = inheriting & dir.rightsInheriting;
        if (directory || (a != null && a.isDirectory())) {
            if (a == null) {
                return creat ? Errno.INVAL : Errno.NOENT;
            }
            if (!a.isDirectory()) {
                return Errno.NOTDIR;
            }
            if (trunc || (base & dir.rightsInheriting & Abi.FD_WRITE) != 0 && !directory) {
                return Errno.ISDIR;
            }
            Sandbox.recheck(dir.preopen, p);
            DirDesc d = new DirDesc(p, dir.preopen, null, base & dir.rightsInheriting & Abi.DIR_RIGHTS, inh);
            d.fdflags = fdflags;
            m.setI32(retPtr, s.add(d));
            return Errno.SUCCESS;
        }
        if (a == null && !creat) {
            return Errno.NOENT;
        }
        long rights = base & dir.rightsInheriting & Abi.FILE_RIGHTS;
        boolean write = trunc || (rights & (Abi.FD_WRITE | Abi.FD_ALLOCATE | Abi.FD_FILESTAT_SET_SIZE)) != 0;
        if (write || creat) {
            writable(dir);
        }
        Set<OpenOption> options = new HashSet<>();
        options.add(LinkOption.NOFOLLOW_LINKS);
        if ((rights & Abi.FD_READ) != 0 || !write) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        if (creat) {
            options.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            options.add(StandardOpenOption.WRITE);
        }
        if (trunc) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        Sandbox.recheck(dir.preopen, p);
        SeekableByteChannel ch = Files.newByteChannel(p, options);
        try {
            Sandbox.recheck(dir.preopen, p);
        } catch (WasiError e) {
            ch.close();
            throw e;
        }
        FileDesc f = new FileDesc(ch, p, dir.preopen, write, rights, inh);
        f.fdflags = fdflags;
        int newFd;
        try {
            newFd = s.add(f);
        } catch (WasiError e) {
            ch.close();
            throw e;
        }
        m.setI32(retPtr, newFd);
        return Errno.SUCCESS;
    }

    static int readlink(WasiState s, GuestMemory m, int fd, int path, int len, int buf, int bufLen, int retPtr)
            throws IOException {
        DirDesc dir = s.dir(fd);
        dir.require(Abi.PATH_READLINK);
        Path p = Sandbox.resolve(dir, m.string(path, len), false);
        BasicFileAttributes a = Sandbox.attributes(p);
        if (a == null) {
            return Errno.NOENT;
        }
        if (!a.isSymbolicLink()) {
            return Errno.INVAL;
        }
        String sep = p.getFileSystem().getSeparator();
        String target = Files.readSymbolicLink(p).toString();
        byte[] b = FdOps.utf8(sep.equals("/") ? target : target.replace(sep, "/"));
        int n = (int) Math.min(b.length, Integer.toUnsignedLong(bufLen));
        m.check(retPtr, 4);
        m.write(buf, b, 0, n);
        m.setI32(retPtr, n);
        return Errno.SUCCESS;
    }

    static int removeDirectory(WasiState s, GuestMemory m, int fd, int path, int len) throws IOException {
        DirDesc dir = s.dir(fd);
        dir.require(Abi.PATH_REMOVE_DIRECTORY);
        Path p = Sandbox.resolve(dir, m.string(path, len), false);
        writable(dir);
        BasicFileAttributes a = Sandbox.attributes(p);
        if (a == null) {
            return Errno.NOENT;
        }
        if (!a.isDirectory()) {
            return Errno.NOTDIR;
        }
        if (p.equals(dir.preopen.root())) {
            return Errno.BUSY;
        }
        Sandbox.recheck(dir.preopen, p);
        Files.delete(p);
        return Errno.SUCCESS;
    }

    static int rename(WasiState s, GuestMemory m, int fd, int oldPath, int oldLen, int newFd, int newPath, int newLen)
            throws IOException {
        DirDesc from = s.dir(fd);
        DirDesc to = s.dir(newFd);
        from.require(Abi.PATH_RENAME_SOURCE);
        to.require(Abi.PATH_RENAME_TARGET);
        Path src = Sandbox.resolve(from, m.string(oldPath, oldLen), false);
        Path dst = Sandbox.resolve(to, m.string(newPath, newLen), false);
        writable(from);
        writable(to);
        BasicFileAttributes a = Sandbox.attributes(src);
        if (a == null) {
            return Errno.NOENT;
        }
        if (src.equals(from.preopen.root()) || dst.equals(to.preopen.root())) {
            return Errno.BUSY;
        }
        if (src.equals(dst)) {
            return Errno.SUCCESS;
        }
        BasicFileAttributes b = Sandbox.attributes(dst);
        if (b != null) {
            if (a.isDirectory() && !b.isDirectory()) {
                return Errno.NOTDIR;
            }
            if (!a.isDirectory() && b.isDirectory()) {
                return Errno.ISDIR;
            }
        }
        if (a.isDirectory() && dst.startsWith(src)) {
            return Errno.INVAL;
        }
        Sandbox.recheck(from.preopen, src);
        Sandbox.recheck(to.preopen, dst);
        Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING);
        return Errno.SUCCESS;
    }

    static int symlink(WasiState s, GuestMemory m, int oldPath, int oldLen, int fd, int newPath, int newLen)
            throws IOException {
        DirDesc dir = s.dir(fd);
        dir.require(Abi.PATH_SYMLINK);
        String target = m.string(oldPath, oldLen);
        if (target.startsWith("/") || target.indexOf('\0') >= 0) {
            return Errno.NOTCAPABLE;
        }
        if (target.isEmpty()) {
            return Errno.NOENT;
        }
        Path p = Sandbox.resolve(dir, m.string(newPath, newLen), false);
        writable(dir);
        if (Sandbox.attributes(p) != null) {
            return Errno.EXIST;
        }
        String sep = p.getFileSystem().getSeparator();
        Sandbox.recheck(dir.preopen, p);
        try {
            Files.createSymbolicLink(p, p.getFileSystem().getPath(sep.equals("/") ? target : target.replace("/", sep)));
        } catch (UnsupportedOperationException e) {
            return Errno.NOTSUP;
        }
        return Errno.SUCCESS;
    }

    static int unlinkFile(WasiState s, GuestMemory m, int fd, int path, int len) throws IOException {
        DirDesc dir = s.dir(fd);
        dir.require(Abi.PATH_UNLINK_FILE);
        String guest = m.string(path, len);
        Path p = Sandbox.resolve(dir, guest, false);
        writable(dir);
        BasicFileAttributes a = Sandbox.attributes(p);
        if (a == null) {
            return Errno.NOENT;
        }
        if (a.isDirectory()) {
            return Errno.ISDIR;
        }
        if (guest.endsWith("/")) {
            return Errno.NOTDIR;
        }
        Sandbox.recheck(dir.preopen, p);
        Files.delete(p);
        return Errno.SUCCESS;
    }

    private static boolean follow(int lookupflags) {
        return (lookupflags & Abi.LOOKUP_SYMLINK_FOLLOW) != 0;
    }

    /** Defence in depth: a read-only preopen refuses every change, whatever the rights say. */
    private static void writable(DirDesc dir) {
        if (dir.preopen.readOnly()) {
            throw new WasiError(Errno.NOTCAPABLE);
        }
    }
}
