/* A read-only preopen "data" holding hello.txt: reading works, every change fails. */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void) {
    char buf[16] = {0};
    int fd = open("data/hello.txt", O_RDONLY);
    CHECK(fd >= 0);
    CHECK(read(fd, buf, sizeof buf) == 5 && memcmp(buf, "hello", 5) == 0);
    CHECK(close(fd) == 0);
    DIR *d = opendir("data");
    CHECK(d != NULL);
    CHECK(closedir(d) == 0);

    CHECK_ERRNO(open("data/new.txt", O_CREAT | O_WRONLY, 0644), ENOTCAPABLE);
    CHECK_ERRNO(open("data/hello.txt", O_WRONLY | O_TRUNC), ENOTCAPABLE);
    fd = open("data/hello.txt", O_WRONLY);
    CHECK(fd < 0 || write(fd, "x", 1) < 0);
    CHECK_ERRNO(mkdir("data/dir", 0755), ENOTCAPABLE);
    CHECK_ERRNO(unlink("data/hello.txt"), ENOTCAPABLE);
    CHECK_ERRNO(rename("data/hello.txt", "data/bye.txt"), ENOTCAPABLE);
    CHECK_ERRNO(symlink("hello.txt", "data/link"), ENOTCAPABLE);
    struct stat st;
    CHECK(stat("data/hello.txt", &st) == 0 && st.st_size == 5);
    printf("readonly ok\n");
    return 0;
}
