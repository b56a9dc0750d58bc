package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

/** Maps host I/O failures to WASI errno values. */
final class Errnos {
    private Errnos() {}

    static int of(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> Errno.NOENT;
            case FileAlreadyExistsException x -> Errno.EXIST;
            case DirectoryNotEmptyException x -> Errno.NOTEMPTY;
            case NotDirectoryException x -> Errno.NOTDIR;
            case AccessDeniedException x -> Errno.ACCES;
            case NotLinkException x -> Errno.INVAL;
            case FileSystemLoopException x -> Errno.LOOP;
            case ClosedChannelException x -> Errno.BADF;
            case FileSystemException x -> byReason(x.getReason());
            default -> byReason(e.getMessage());
        };
    }

    /** The default provider and Jimfs report some errors only as a reason string (strerror text). */
    private static int byReason(String reason) {
        if (reason == null) {
            return Errno.IO;
        }
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("is a directory")) {
            return Errno.ISDIR;
        } else if (r.contains("not a directory")) {
            return Errno.NOTDIR;
        } else if (r.contains("not empty")) {
            return Errno.NOTEMPTY;
        } else if (r.contains("too many levels") || r.contains("loop")) {
            return Errno.LOOP;
        } else if (r.contains("no space")) {
            return Errno.NOSPC;
        } else if (r.contains("read-only")) {
            return Errno.ROFS;
        } else if (r.contains("invalid argument")) {
            return Errno.INVAL;
        } else if (r.contains("cross-device")) {
            return Errno.XDEV;
        } else if (r.contains("name too long")) {
            return Errno.NAMETOOLONG;
        } else if (r.contains("not permitted")) {
            return Errno.PERM;
        } else if (r.contains("permission denied")) {
            return Errno.ACCES;
        } else if (r.contains("exists")) {
            return Errno.EXIST;
        } else if (r.contains("too many open files")) {
            return Errno.MFILE;
        } else if (r.contains("no such file")) {
            return Errno.NOENT;
        }
        return Errno.IO;
    }
}
