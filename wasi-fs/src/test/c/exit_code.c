/* Exits through proc_exit with the status given as the first argument, after flushing stdout. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("exiting\n");
    exit(argc > 1 ? atoi(argv[1]) : 0);
}
