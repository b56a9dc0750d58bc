/* Whole-process driver: `kernel [n]` runs the kernel once and prints its checksum. */
#include <stdio.h>
#include <stdlib.h>
#include "kernel.h"

#ifndef DEFAULT_N
#define DEFAULT_N 1
#endif

int main(int argc, char **argv) {
    uint32_t n = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 10) : DEFAULT_N;
    printf("%u\n", run(n));
    return 0;
}
