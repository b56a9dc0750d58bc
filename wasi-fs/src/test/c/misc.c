/* Less common calls: readv/writev, fallocate, fadvise, fcntl flags, futimens, directory cookies,
 * sched_yield, and raw WASI calls (fd_renumber, proc_raise, sock_* on a file, prestat). */
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <wasi/api.h>
#include "check.h"

/* wasi-libc no longer declares proc_raise; import it directly. */
__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")))
int32_t raw_proc_raise(int32_t sig);

int main(void) {
    int fd = open("data/v.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK(fd >= 0);
    struct iovec out[3] = {{"ab", 2}, {"", 0}, {"cdef", 4}};
    CHECK(writev(fd, out, 3) == 6);
    CHECK(lseek(fd, 0, SEEK_SET) == 0);
    char x[3] = {0}, y[8] = {0};
    struct iovec in[2] = {{x, 3}, {y, 8}};
    CHECK(readv(fd, in, 2) == 6);
    CHECK(memcmp(x, "abc", 3) == 0 && memcmp(y, "def", 3) == 0);

    CHECK(posix_fallocate(fd, 0, 4096) == 0);
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.st_size == 4096);
    CHECK(posix_fadvise(fd, 0, 100, POSIX_FADV_SEQUENTIAL) == 0);
    CHECK(posix_fadvise(fd, 0, 100, 99) == EINVAL);

    int flags = fcntl(fd, F_GETFL);
    CHECK(flags >= 0 && (flags & O_APPEND) == 0);
    CHECK(fcntl(fd, F_SETFL, flags | O_APPEND) == 0);
    CHECK((fcntl(fd, F_GETFL) & O_APPEND) != 0);
    CHECK(write(fd, "Z", 1) == 1);
    CHECK(fstat(fd, &st) == 0 && st.st_size == 4097);

    struct timespec times[2] = {{10, 0}, {20, 0}};
    CHECK(futimens(fd, times) == 0);
    CHECK(fstat(fd, &st) == 0 && st.st_mtim.tv_sec == 20 && st.st_atim.tv_sec == 10);

    int other = open("data/v.txt", O_RDONLY);
    CHECK(other >= 0);
    CHECK(__wasi_fd_renumber(fd, other) == 0);
    CHECK(__wasi_fd_renumber(fd, other) == __WASI_ERRNO_BADF);
    CHECK(fstat(other, &st) == 0 && st.st_size == 4097);
    CHECK(close(other) == 0);

    for (int i = 0; i < 30; i++) {
        char name[32];
        snprintf(name, sizeof name, "data/dir/f%02d", i);
        if (i == 0) {
            CHECK(mkdir("data/dir", 0755) == 0);
        }
        int f = open(name, O_CREAT | O_WRONLY, 0644);
        CHECK(f >= 0 && close(f) == 0);
    }
    DIR *d = opendir("data/dir");
    CHECK(d != NULL);
    int count = 0;
    long mark = -1;
    char marked[64] = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (++count == 10) {
            mark = telldir(d);
        }
        if (count == 11) {
            strcpy(marked, e->d_name);
        }
    }
    CHECK(count == 32);
    seekdir(d, mark);
    e = readdir(d);
    CHECK(e != NULL && strcmp(e->d_name, marked) == 0);
    rewinddir(d);
    count = 0;
    while (readdir(d) != NULL) {
        count++;
    }
    CHECK(count == 32);
    CHECK(closedir(d) == 0);

    CHECK(sched_yield() == 0);
    CHECK(raw_proc_raise(15) == __WASI_ERRNO_NOTSUP);
    int f = open("data/v.txt", O_RDONLY);
    CHECK(f >= 0);
    __wasi_fd_t accepted;
    CHECK(__wasi_sock_accept(f, 0, &accepted) == __WASI_ERRNO_NOTSOCK);
    CHECK(__wasi_sock_shutdown(f, __WASI_SDFLAGS_WR) == __WASI_ERRNO_NOTSOCK);
    __wasi_prestat_t pre;
    CHECK(__wasi_fd_prestat_get(3, &pre) == 0 && pre.u.dir.pr_name_len == 4);
    CHECK(__wasi_fd_prestat_get(f, &pre) == __WASI_ERRNO_BADF);
    printf("misc ok\n");
    return 0;
}
