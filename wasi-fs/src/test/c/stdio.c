/* Standard streams: copies stdin to stdout in upper case and writes a note to stderr. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
    int c;
    long n = 0;
    while ((c = getchar()) != EOF) {
        putchar(toupper(c));
        n++;
    }
    fprintf(stderr, "copied %ld bytes\n", n);
    return 0;
}
