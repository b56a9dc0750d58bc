/* Escape attempts from the preopened directory "data": each must fail and leave the host untouched. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static void refused(const char *path) {
    errno = 0;
    int fd = open(path, O_RDONLY);
    if (fd >= 0) {
        fprintf(stderr, "opened %s\n", path);
        exit(1);
    }
}

int main(void) {
    refused("data/../secret.txt");
    refused("data/../../secret.txt");
    refused("/secret.txt");
    refused("data/sub/../../secret.txt");
    CHECK(symlink("../secret.txt", "data/up") == 0);
    refused("data/up");
    CHECK(symlink("/etc/passwd", "data/abs") != 0 || open("data/abs", O_RDONLY) < 0);
    CHECK(symlink("loop2", "data/loop1") == 0);
    CHECK(symlink("loop1", "data/loop2") == 0);
    CHECK_ERRNO(open("data/loop1", O_RDONLY), ELOOP);
    CHECK(mkdir("data/../escaped", 0755) != 0);
    struct stat st;
    CHECK(stat("data/up", &st) != 0);
    CHECK(lstat("data/up", &st) == 0 && S_ISLNK(st.st_mode));
    printf("sandbox ok\n");
    return 0;
}
