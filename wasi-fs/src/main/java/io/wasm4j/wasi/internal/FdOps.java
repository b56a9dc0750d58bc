package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The {@code fd_*} functions on files, directories and streams (readdir is in {@link DirOps}). */
final class FdOps {
    private FdOps() {}

    static int advise(WasiState s, int fd, long offset, long len, int advice) {
        Descriptor d = s.get(fd);
        if (!(d instanceof FileDesc)) {
            return d instanceof DirDesc ? Errno.BADF : Errno.SPIPE;
        }
        d.require(Abi.FD_ADVISE);
        if (advice < 0 || advice > 5 || offset < 0 || len < 0) {
            return Errno.INVAL;
        }
        return Errno.SUCCESS;
    }

    static int allocate(WasiState s, int fd, long offset, long len) throws IOException {
        FileDesc f = file(s, fd);
        f.require(Abi.FD_ALLOCATE);
        if (offset < 0 || len < 0 || offset + len < 0) {
            return Errno.INVAL;
        }
        Io.extend(f.channel, offset + len);
        return Errno.SUCCESS;
    }

    static int close(WasiState s, int fd) throws IOException {
        s.get(fd);
        s.remove(fd).close();
        return Errno.SUCCESS;
    }

    static int sync(WasiState s, int fd, boolean dataOnly) throws IOException {
        Descriptor d = s.get(fd);
        d.require(dataOnly ? Abi.FD_DATASYNC : Abi.FD_SYNC);
        if (d instanceof FileDesc f && f.channel instanceof FileChannel fc) {
            fc.force(!dataOnly);
        }
        return Errno.SUCCESS;
    }

    static int fdstatGet(WasiState s, GuestMemory m, int fd, int ptr) {
        Descriptor d = s.get(fd);
        m.check(ptr, 24);
        m.setI64(ptr, 0);
        m.setU8(ptr, d.filetype());
        m.setU16(ptr + 2, d.fdflags);
        m.setI64(ptr + 8, d.rightsBase);
        m.setI64(ptr + 16, d.rightsInheriting);
        return Errno.SUCCESS;
    }

    static int fdstatSetFlags(WasiState s, int fd, int flags) throws IOException {
        Descriptor d = s.get(fd);
        d.require(Abi.FD_FDSTAT_SET_FLAGS);
        if ((flags & ~Abi.FDFLAGS_ALL) != 0) {
            return Errno.INVAL;
        }
        if (d instanceof SocketDesc sd) {
            (sd.server != null ? sd.server : sd.socket).configureBlocking((flags & Abi.FDFLAGS_NONBLOCK) == 0);
        }
        d.fdflags = flags;
        return Errno.SUCCESS;
    }

    static int fdstatSetRights(WasiState s, int fd, long base, long inheriting) {
        Descriptor d = s.get(fd);
        if ((base & ~d.rightsBase) != 0 || (inheriting & ~d.rightsInheriting) != 0) {
            return Errno.NOTCAPABLE;
        }
        d.rightsBase = base;
        d.rightsInheriting = inheriting;
        return Errno.SUCCESS;
    }

    static int filestatGet(WasiState s, GuestMemory m, int fd, int ptr, boolean legacy) throws IOException {
        Descriptor d = s.get(fd);
        d.require(Abi.FD_FILESTAT_GET);
        switch (d) {
            case FileDesc f -> {
                try {
                    Sandbox.recheck(f.preopen, f.path);
                    Stat.writeFilestat(m, ptr, f.path, false, legacy);
                    // the channel knows the size even when another name was put at the path since
                    m.setI64(ptr + (legacy ? 24 : 32), f.channel.size());
                } catch (WasiError e) {
                    if (e.errno() != Errno.NOENT && e.errno() != Errno.NOTCAPABLE) {
                        throw e;
                    }
                    Stat.writeDevice(m, ptr, Abi.FILETYPE_REGULAR_FILE, legacy);
                    m.setI64(ptr + (legacy ? 24 : 32), f.channel.size());
                }
            }
            case DirDesc dd -> {
                Sandbox.checkDir(dd);
                Stat.writeFilestat(m, ptr, dd.path, false, legacy);
            }
            case StreamDesc sd -> Stat.writeDevice(m, ptr, sd.filetype(), legacy);
            case SocketDesc sd -> Stat.writeDevice(m, ptr, sd.filetype(), legacy);
        }
        return Errno.SUCCESS;
    }

    static int filestatSetSize(WasiState s, int fd, long size) throws IOException {
        FileDesc f = file(s, fd);
        f.require(Abi.FD_FILESTAT_SET_SIZE);
        if (size < 0) {
            return Errno.INVAL;
        }
        if (size < f.channel.size()) {
            long pos = f.channel.position();
            f.channel.truncate(size);
            f.channel.position(pos);
        } else {
            Io.extend(f.channel, size);
        }
        return Errno.SUCCESS;
    }

    static int filestatSetTimes(WasiState s, int fd, long atim, long mtim, int fst) {
        Descriptor d = s.get(fd);
        d.require(Abi.FD_FILESTAT_SET_TIMES);
        return switch (d) {
            case FileDesc f -> {
                Sandbox.recheck(f.preopen, f.path);
                yield Stat.setTimes(s, f.path, false, atim, mtim, fst);
            }
            case DirDesc dd -> {
                Sandbox.checkDir(dd);
                yield Stat.setTimes(s, dd.path, false, atim, mtim, fst);
            }
            case StreamDesc sd -> Errno.BADF;
            case SocketDesc sd -> Errno.BADF;
        };
    }

    static int read(WasiState s, GuestMemory m, int fd, int iovs, int count, long offset, int retPtr)
            throws IOException {
        Descriptor d = s.get(fd);
        if (offset >= 0 && !(d instanceof FileDesc)) {
            return d instanceof DirDesc ? Errno.BADF : Errno.SPIPE;
        }
        d.require(offset >= 0 ? Abi.FD_READ | Abi.FD_SEEK : Abi.FD_READ);
        ByteBuffer[] bufs = Io.buffers(m, iovs, count);
        long n = switch (d) {
            case FileDesc f -> Io.read(f.channel, bufs, offset);
            case StreamDesc sd -> offset >= 0 ? spipe() : readStream(sd, bufs);
            case SocketDesc sd -> offset >= 0 ? spipe() : SockOps.read(sd, bufs);
            case DirDesc dd -> throw new WasiError(Errno.BADF);
        };
        Io.commit(m, iovs, bufs);
        m.setI32(retPtr, (int) n);
        return Errno.SUCCESS;
    }

    static int write(WasiState s, GuestMemory m, int fd, int iovs, int count, long offset, int retPtr)
            throws IOException {
        Descriptor d = s.get(fd);
        if (offset >= 0 && !(d instanceof FileDesc)) {
            return d instanceof DirDesc ? Errno.BADF : Errno.SPIPE;
        }
        d.require(offset >= 0 ? Abi.FD_WRITE | Abi.FD_SEEK : Abi.FD_WRITE);
        ByteBuffer[] bufs = Io.buffers(m, iovs, count);
        long n = switch (d) {
            case FileDesc f -> writeFile(f, bufs, offset);
            case StreamDesc sd -> offset >= 0 ? spipe() : writeStream(sd, bufs);
            case SocketDesc sd -> offset >= 0 ? spipe() : SockOps.write(sd, bufs);
            case DirDesc dd -> throw new WasiError(Errno.BADF);
        };
        m.setI32(retPtr, (int) n);
        return Errno.SUCCESS;
    }

    private static long writeFile(FileDesc f, ByteBuffer[] bufs, long offset) throws IOException {
        if (offset < 0 && (f.fdflags & Abi.FDFLAGS_APPEND) != 0) {
            f.channel.position(f.channel.size());
        }
        long n = Io.write(f.channel, bufs, offset);
        if ((f.fdflags & (Abi.FDFLAGS_SYNC | Abi.FDFLAGS_DSYNC)) != 0 && f.channel instanceof FileChannel fc) {
            fc.force((f.fdflags & Abi.FDFLAGS_SYNC) != 0);
        }
        return n;
    }

    private static long spipe() {
        throw new WasiError(Errno.SPIPE);
    }

    private static long readStream(StreamDesc sd, ByteBuffer[] bufs) throws IOException {
        long total = 0;
        for (ByteBuffer b : bufs) {
            if (!b.hasRemaining()) {
                continue;
            }
            if (total > 0 && sd.in.available() <= 0) {
                break;
            }
            byte[] tmp = new byte[b.remaining()];
            int n = sd.in.read(tmp);
            if (n <= 0) {
                break;
            }
            b.put(tmp, 0, n);
            total += n;
            if (b.hasRemaining()) {
                break;
            }
        }
        return total;
    }

    private static long writeStream(StreamDesc sd, ByteBuffer[] bufs) throws IOException {
        long total = 0;
        for (ByteBuffer b : bufs) {
            byte[] tmp = new byte[b.remaining()];
            b.get(tmp);
            sd.out.write(tmp);
            total += tmp.length;
        }
        sd.out.flush();
        return total;
    }

    static int prestatGet(WasiState s, GuestMemory m, int fd, int ptr) {
        if (!(s.get(fd) instanceof DirDesc d) || d.preopenName == null) {
            return Errno.BADF;
        }
        m.check(ptr, 8);
        m.setI32(ptr, 0);
        m.setI32(ptr + 4, utf8(d.preopenName).length);
        return Errno.SUCCESS;
    }

    static int prestatDirName(WasiState s, GuestMemory m, int fd, int ptr, int len) {
        if (!(s.get(fd) instanceof DirDesc d) || d.preopenName == null) {
            return Errno.BADF;
        }
        byte[] name = utf8(d.preopenName);
        if (Integer.toUnsignedLong(len) < name.length) {
            return Errno.NAMETOOLONG;
        }
        m.write(ptr, name, 0, name.length);
        return Errno.SUCCESS;
    }

    static int renumber(WasiState s, int from, int to) throws IOException {
        Descriptor d = s.get(from);
        s.get(to);
        if (from != to) {
            s.replace(to, d).close();
            s.remove(from);
        }
        return Errno.SUCCESS;
    }

    /** {@code whence} is 0 set, 1 cur, 2 end in preview 1; 0 cur, 1 end, 2 set in {@code wasi_unstable}. */
    static int seek(WasiState s, GuestMemory m, int fd, long offset, int whence, int retPtr, boolean legacy)
            throws IOException {
        Descriptor d = s.get(fd);
        if (!(d instanceof FileDesc f)) {
            return d instanceof DirDesc ? Errno.BADF : Errno.SPIPE;
        }
        int w = legacy ? (whence == 0 ? 1 : whence == 1 ? 2 : whence == 2 ? 0 : -1) : whence;
        f.require(w == 1 && offset == 0 ? Abi.FD_TELL : Abi.FD_SEEK);
        long base = switch (w) {
            case 0 -> 0;
            case 1 -> f.channel.position();
            case 2 -> f.channel.size();
            default -> throw new WasiError(Errno.INVAL);
        };
        long pos = base + offset;
        if (pos < 0 || (offset > 0 && pos < base)) {
            return Errno.INVAL;
        }
        m.check(retPtr, 8);
        f.channel.position(pos);
        m.setI64(retPtr, pos);
        return Errno.SUCCESS;
    }

    static int tell(WasiState s, GuestMemory m, int fd, int retPtr) throws IOException {
        Descriptor d = s.get(fd);
        if (!(d instanceof FileDesc f)) {
            return d instanceof DirDesc ? Errno.BADF : Errno.SPIPE;
        }
        f.require(Abi.FD_TELL);
        m.setI64(retPtr, f.channel.position());
        return Errno.SUCCESS;
    }

    private static FileDesc file(WasiState s, int fd) {
        Descriptor d = s.get(fd);
        if (d instanceof FileDesc f) {
            return f;
        }
        throw new WasiError(d instanceof DirDesc ? Errno.ISDIR : Errno.INVAL);
    }

    static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
