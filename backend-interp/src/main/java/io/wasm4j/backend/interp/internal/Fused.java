package io.wasm4j.backend.interp.internal;

/**
 * Synthetic opcodes for the hot paths of compiled C-like code, numbered after {@link Op}'s. Fast memory
 * accesses address memory 0 with a 32-bit address and carry the offset as one int (unsigned); constant
 * operand forms carry the constant; local operand forms carry the local index.
 */
final class Fused {
    private Fused() {}

    // loads and stores of memory 0 (i32 addresses): operand = offset
    /** {@code i32.load}, {@code f32.load}, {@code i64.load32_s}. */
    static final int LOAD32 = 605;
    /** {@code i64.load}, {@code f64.load}. */
    static final int LOAD64 = 606;

    static final int LOAD8_U = 607;
    static final int LOAD8_S = 608;
    static final int LOAD16_U = 609;
    static final int LOAD16_S = 610;
    /** {@code i64.load32_u}. */
    static final int LOAD32_U = 611;
    /** {@code i32.store}, {@code f32.store}, {@code i64.store32}. */
    static final int STORE32 = 612;
    /** {@code i64.store}, {@code f64.store}. */
    static final int STORE64 = 613;

    static final int STORE8 = 614;
    static final int STORE16 = 615;

    // local.get x + a fast load: operands = x, offset
    static final int LOCAL_LOAD32 = 616;
    static final int LOCAL_LOAD64 = 617;
    static final int LOCAL_LOAD8_U = 618;

    // i32.const c + an i32 binary operator: operand = c
    static final int I32_AND_C = 619;
    static final int I32_OR_C = 620;
    static final int I32_XOR_C = 621;
    static final int I32_SHL_C = 622;
    static final int I32_SHR_S_C = 623;
    static final int I32_SHR_U_C = 624;
    static final int I32_ROTL_C = 625;
    static final int I32_MUL_C = 626;

    /** {@code local.get x; local.set y} (numbers): operands x, y. */
    static final int LOCAL_COPY = 627;

    // local.get x + an i32 binary operator: operand = x
    static final int I32_ADD_L = 628;
    static final int I32_SUB_L = 629;
    static final int I32_AND_L = 630;
    static final int I32_OR_L = 631;
    static final int I32_XOR_L = 632;

    // local.get x; i32.const c; an i32 binary operator: operands = x, c
    static final int LOCAL_ROTL_C = 633;
    static final int LOCAL_SHR_U_C = 634;
    static final int LOCAL_SHL_C = 635;
    static final int LOCAL_AND_C = 636;

    /** {@code local.get x; i32.const c; i32.add; local.tee x}: operands x, c. */
    static final int LOCAL_I32_ADD_CONST_TEE = 637;

    /**
     * {@code i32.const k; an i32 compare; br_if} (carrying no values), the compare as the interval of the
     * values that branch ({@link Branches}): operands lo, span, target pc, height, arity.
     */
    static final int BR_IF_I32_IN = 638;

    // local.get x; local.get y; a binary operator: operands = x, y
    static final int I32_ADD_LL = 648;
    static final int I32_SUB_LL = 649;
    static final int I32_AND_LL = 650;
    static final int I32_OR_LL = 651;
    static final int I32_XOR_LL = 652;
    static final int I32_MUL_LL = 653;
    static final int I64_ADD_LL = 654;
    static final int F64_ADD_LL = 655;
    static final int F64_SUB_LL = 656;
    static final int F64_MUL_LL = 657;

    /** {@code local.get x; i32.const c; i32.add; local.set y}: operands x, c, y. */
    static final int LOCAL_ADD_C_SET = 658;
    /** {@code local.get x; i32.const c; i32.add; local.tee y}: operands x, c, y. */
    static final int LOCAL_ADD_C_TEE = 659;

    /**
     * {@code i64.const k; an i64 compare; br_if} (carrying no values), the compare as an interval: operands
     * lo, span (two ints each, low first), target pc, height, arity.
     */
    static final int BR_IF_I64_IN = 741;

    // local.get x + an f64 binary operator: operand = x
    static final int F64_ADD_L = 751;
    static final int F64_SUB_L = 752;
    static final int F64_MUL_L = 753;

    // i32.const c + a fast store: operands = c, offset
    static final int STORE8_C = 754;
    static final int STORE32_C = 755;

    // i32.add with a constant + a fast load: operands = c, offset (the sum wraps before the offset is added)
    static final int ADD_C_LOAD32 = 756;
    static final int ADD_C_LOAD64 = 757;
    // local.get x; i32.const c; i32.add + a fast load: operands = x, c, offset
    static final int LOCAL_ADD_C_LOAD32 = 758;
    static final int LOCAL_ADD_C_LOAD64 = 759;
    // local.tee x + a fast load: operands = x, offset
    static final int TEE_LOAD32 = 760;
    static final int TEE_LOAD64 = 761;

    /** Two {@link #LOCAL_COPY}s: operands x1, y1, x2, y2. */
    static final int LOCAL_COPY2 = 762;

    /** {@code local.get x; i32.const c; i32.rotl; i32.xor}: operands x, c. */
    static final int XOR_LOCAL_ROTL_C = 763;

    /** {@code local.get x; local.get y; i32 compare; br_if}: operands compare code, x, y, target pc, height, arity. */
    static final int BR_IF_I32_LL = 764;
    /** {@code local.get y; i32 compare; br_if}: operands compare code, y, target pc, height, arity. */
    static final int BR_IF_I32_L = 765;

    // an f64 add/sub + a fast f64.store of the result: operand = offset
    static final int F64_ADD_STORE = 766;
    static final int F64_SUB_STORE = 767;

    // local.get x; local.get y; i32/i64.add; local.set/tee z: operands = x, y, z
    static final int I32_ADD_LL_SET = 768;
    static final int I32_ADD_LL_TEE = 769;
    static final int I64_ADD_LL_SET = 770;
    static final int I64_ADD_LL_TEE = 771;

    /**
     * {@code f64.mul; local.get x; f64.load; f64.add; f64.store} (memory 0, i32 addresses): operands x,
     * load offset, store offset.
     */
    static final int F64_MUL_ADD_STORE = 772;
    /** {@code local.get x; local.get y; f64.mul; local.get z; f64.mul}: operands x, y, z. */
    static final int F64_MUL_LLL = 773;
    /** {@code local.get x; i32.const c; i32.store8} (memory 0, i32 address): operands x, c, offset. */
    static final int LOCAL_STORE8_C = 774;

    /**
     * {@code local.get x; i32.const k; i32.shl; i32.const c; i32.add} + a fast 32-bit load (a table
     * lookup): operands x, k, c, offset.
     */
    static final int LOCAL_SHL_C_ADD_C_LOAD32 = 775;

    /**
     * {@code local.get x; i32.const c; i32.add; local.tee x; i32.const k; i32 compare; br_if} (carrying no
     * values), the compare as an interval: operands x, c, lo, span, target pc, height, arity.
     */
    static final int LOCAL_ADD_C_BR_IF_IN = 776;
    /**
     * {@code local.get x; local.get y; i64.add; local.tee z; i64.const k; i64 compare; br_if} (carrying no
     * values), the compare as an interval: operands x, y, z, lo, span (two ints each), target pc, height,
     * arity.
     */
    static final int I64_ADD_LL_BR_IF_IN = 778;
    /** {@code local.get x; local.get y; i32.const c; i32.add} + a fast 64-bit load: operands x, y, c, offset. */
    static final int LOCAL_LOCAL_ADD_C_LOAD64 = 779;
    /** {@code local.get x; local.get y} + a fast 64-bit load: operands x, y, offset. */
    static final int LOCAL_LOCAL_LOAD64 = 780;
    /** {@code local.get x; i32.add; local.tee y} + a fast 64-bit load: operands x, y, offset. */
    static final int ADD_L_TEE_LOAD64 = 781;
    /** {@code f64.sub; local.tee x}: operand x. */
    static final int F64_SUB_TEE = 782;

    /** {@code n} {@link #LOCAL_COPY}s in a row (n at least 3): operands n, x1, y1, .. xn, yn. */
    static final int LOCAL_COPYN = 783;
    /** Two {@link #XOR_LOCAL_ROTL_C}s in a row: operands x1, c1, x2, c2. */
    static final int XOR2_LOCAL_ROTL_C = 784;
    /** {@code i32.const c; local.set x}: operands c, x. */
    static final int LOCAL_SET_C = 785;
    /** {@code i32.const c; i32.add; local.tee x}: operands c, x. */
    static final int I32_ADD_C_TEE = 786;
    /** {@code local.get x; local.tee y} (numbers): operands x, y. */
    static final int LOCAL_GET_TEE = 787;

    /**
     * Where {@link Op} renumbers the opcodes handled inline (81 codes); the synthetic opcodes below follow
     * them.
     */
    static final int END = 660;
}
