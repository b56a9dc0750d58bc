/* Test helpers: CHECK(cond) prints the failing condition and errno, and exits with status 1. */
#ifndef WASM4J_CHECK_H
#define WASM4J_CHECK_H
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s (errno %d: %s)\n", __FILE__,    \
                    __LINE__, #cond, errno, strerror(errno));                        \
            exit(1);                                                                 \
        }                                                                            \
    } while (0)

#define CHECK_ERRNO(call, expected)                                                  \
    do {                                                                             \
        errno = 0;                                                                   \
        long r_ = (long)(call);                                                      \
        if (r_ != -1 || errno != (expected)) {                                       \
            fprintf(stderr, "%s:%d: %s returned %ld errno %d (%s), expected %s\n",   \
                    __FILE__, __LINE__, #call, r_, errno, strerror(errno), #expected);\
            exit(1);                                                                 \
        }                                                                            \
    } while (0)
#endif
