/* A small stack-machine interpreter (switch dispatch) running a counting loop program n times. */
#include "kernel.h"

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, XOR, SHR, JNZ, JMP, HALT };

/* locals: 0 = i (counter), 1 = acc, 2 = x */
static const int32_t program[] = {
    PUSH, 1000, STORE, 0,        /* i = 1000 */
    PUSH, 7, STORE, 2,           /* x = 7 */
    /* loop (pc 8): */
    LOAD, 2, PUSH, 1103515245, MUL, PUSH, 12345, ADD, STORE, 2,     /* x = x * a + c */
    LOAD, 1, LOAD, 2, PUSH, 16, SHR, XOR, STORE, 1,                 /* acc ^= x >> 16 */
    LOAD, 0, PUSH, 1, SUB, STORE, 0,                                /* i-- */
    LOAD, 0, JNZ, 8,                                                /* if i != 0 goto loop */
    LOAD, 1, HALT,
};

static int32_t execute(const int32_t *code, int32_t *locals) {
    int32_t stack[16];
    int sp = 0, pc = 0;
    for (;;) {
        switch (code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case LOAD: stack[sp++] = locals[code[pc++]]; break;
        case STORE: locals[code[pc++]] = stack[--sp]; break;
        case ADD: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] + (uint32_t)stack[sp]); break;
        case SUB: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] - (uint32_t)stack[sp]); break;
        case MUL: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] * (uint32_t)stack[sp]); break;
        case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case SHR: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] >> (stack[sp] & 31)); break;
        case JNZ: { int32_t t = code[pc++]; if (stack[--sp] != 0) pc = t; break; }
        case JMP: pc = code[pc]; break;
        case HALT: return stack[sp - 1];
        }
    }
}

uint32_t run(uint32_t n) {
    uint32_t sum = 0;
    for (uint32_t r = 0; r < n; r++) {
        int32_t locals[3] = {0, (int32_t)r, 0};
        sum += (uint32_t)execute(program, locals);
    }
    return sum;
}
