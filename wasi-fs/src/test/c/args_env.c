/* Arguments and environment: prints them, exits with the number of arguments. */
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
    for (int i = 0; i < argc; i++) {
        printf("arg %d: %s\n", i, argv[i]);
    }
    const char *greeting = getenv("GREETING");
    printf("GREETING=%s\n", greeting ? greeting : "(unset)");
    int n = 0;
    for (char **e = environ; *e; e++) {
        n++;
    }
    printf("env count: %d\n", n);
    return argc;
}
