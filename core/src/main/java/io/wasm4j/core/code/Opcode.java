package io.wasm4j.core.code;

import io.wasm4j.core.ValType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every instruction opcode of WebAssembly 3.0, plus the threads proposal's atomics ({@code 0xFE}
 * prefix), the wide-arithmetic proposal ({@code 0xFC 19..22}) and the legacy exception-handling
 * instructions ({@code try}, {@code catch}, {@code catch_all}, {@code delegate}, {@code rethrow}).
 *
 * <p>Constant names are the text-format mnemonics in upper case with dots replaced by underscores
 * ({@code i32.load8_u} is {@link #I32_LOAD8_U}). Where one mnemonic has two encodings the second constant
 * carries a suffix: {@link #SELECT_T} ({@code select} with a type vector), {@link #REF_TEST_NULL} and
 * {@link #REF_CAST_NULL} (nullable target type); {@link #forMnemonic} returns the plain one.
 *
 * <p>Each opcode knows its binary encoding ({@link #prefix()}, {@link #code()}), its immediates'
 * shape ({@link #immediates()}) and, for instructions whose operand and result types do not depend on
 * the context, its stack signature ({@link #operandTypes()}, {@link #resultTypes()}).
 *
 * <p>Thread safety: immutable.
 */
public enum Opcode {
    // one-byte opcodes
    UNREACHABLE(0, 0x00, "unreachable", ImmediateKind.NONE, null, -1),
    NOP(0, 0x01, "nop", ImmediateKind.NONE, ">", -1),
    BLOCK(0, 0x02, "block", ImmediateKind.BLOCK_TYPE, null, -1),
    LOOP(0, 0x03, "loop", ImmediateKind.BLOCK_TYPE, null, -1),
    IF(0, 0x04, "if", ImmediateKind.BLOCK_TYPE, null, -1),
    ELSE(0, 0x05, "else", ImmediateKind.NONE, null, -1),
    TRY(0, 0x06, "try", ImmediateKind.BLOCK_TYPE, null, -1),
    CATCH(0, 0x07, "catch", ImmediateKind.TAG, null, -1),
    THROW(0, 0x08, "throw", ImmediateKind.TAG, null, -1),
    RETHROW(0, 0x09, "rethrow", ImmediateKind.LABEL, null, -1),
    THROW_REF(0, 0x0A, "throw_ref", ImmediateKind.NONE, null, -1),
    END(0, 0x0B, "end", ImmediateKind.NONE, null, -1),
    BR(0, 0x0C, "br", ImmediateKind.LABEL, null, -1),
    BR_IF(0, 0x0D, "br_if", ImmediateKind.LABEL, null, -1),
    BR_TABLE(0, 0x0E, "br_table", ImmediateKind.BR_TABLE, null, -1),
    RETURN(0, 0x0F, "return", ImmediateKind.NONE, null, -1),
    CALL(0, 0x10, "call", ImmediateKind.FUNC, null, -1),
    CALL_INDIRECT(0, 0x11, "call_indirect", ImmediateKind.CALL_INDIRECT, null, -1),
    RETURN_CALL(0, 0x12, "return_call", ImmediateKind.FUNC, null, -1),
    RETURN_CALL_INDIRECT(0, 0x13, "return_call_indirect", ImmediateKind.CALL_INDIRECT, null, -1),
    CALL_REF(0, 0x14, "call_ref", ImmediateKind.TYPE, null, -1),
    RETURN_CALL_REF(0, 0x15, "return_call_ref", ImmediateKind.TYPE, null, -1),
    DELEGATE(0, 0x18, "delegate", ImmediateKind.LABEL, null, -1),
    CATCH_ALL(0, 0x19, "catch_all", ImmediateKind.NONE, null, -1),
    DROP(0, 0x1A, "drop", ImmediateKind.NONE, null, -1),
    SELECT(0, 0x1B, "select", ImmediateKind.NONE, null, -1),
    SELECT_T(0, 0x1C, "select", ImmediateKind.SELECT_TYPES, null, -1),
    TRY_TABLE(0, 0x1F, "try_table", ImmediateKind.TRY_TABLE, null, -1),
    LOCAL_GET(0, 0x20, "local.get", ImmediateKind.LOCAL, null, -1),
    LOCAL_SET(0, 0x21, "local.set", ImmediateKind.LOCAL, null, -1),
    LOCAL_TEE(0, 0x22, "local.tee", ImmediateKind.LOCAL, null, -1),
    GLOBAL_GET(0, 0x23, "global.get", ImmediateKind.GLOBAL, null, -1),
    GLOBAL_SET(0, 0x24, "global.set", ImmediateKind.GLOBAL, null, -1),
    TABLE_GET(0, 0x25, "table.get", ImmediateKind.TABLE, null, -1),
    TABLE_SET(0, 0x26, "table.set", ImmediateKind.TABLE, null, -1),
    I32_LOAD(0, 0x28, "i32.load", ImmediateKind.MEMARG, ">i", 2),
    I64_LOAD(0, 0x29, "i64.load", ImmediateKind.MEMARG, ">l", 3),
    F32_LOAD(0, 0x2A, "f32.load", ImmediateKind.MEMARG, ">f", 2),
    F64_LOAD(0, 0x2B, "f64.load", ImmediateKind.MEMARG, ">d", 3),
    I32_LOAD8_S(0, 0x2C, "i32.load8_s", ImmediateKind.MEMARG, ">i", 0),
    I32_LOAD8_U(0, 0x2D, "i32.load8_u", ImmediateKind.MEMARG, ">i", 0),
    I32_LOAD16_S(0, 0x2E, "i32.load16_s", ImmediateKind.MEMARG, ">i", 1),
    I32_LOAD16_U(0, 0x2F, "i32.load16_u", ImmediateKind.MEMARG, ">i", 1),
    I64_LOAD8_S(0, 0x30, "i64.load8_s", ImmediateKind.MEMARG, ">l", 0),
    I64_LOAD8_U(0, 0x31, "i64.load8_u", ImmediateKind.MEMARG, ">l", 0),
    I64_LOAD16_S(0, 0x32, "i64.load16_s", ImmediateKind.MEMARG, ">l", 1),
    I64_LOAD16_U(0, 0x33, "i64.load16_u", ImmediateKind.MEMARG, ">l", 1),
    I64_LOAD32_S(0, 0x34, "i64.load32_s", ImmediateKind.MEMARG, ">l", 2),
    I64_LOAD32_U(0, 0x35, "i64.load32_u", ImmediateKind.MEMARG, ">l", 2),
    I32_STORE(0, 0x36, "i32.store", ImmediateKind.MEMARG, "i>", 2),
    I64_STORE(0, 0x37, "i64.store", ImmediateKind.MEMARG, "l>", 3),
    F32_STORE(0, 0x38, "f32.store", ImmediateKind.MEMARG, "f>", 2),
    F64_STORE(0, 0x39, "f64.store", ImmediateKind.MEMARG, "d>", 3),
    I32_STORE8(0, 0x3A, "i32.store8", ImmediateKind.MEMARG, "i>", 0),
    I32_STORE16(0, 0x3B, "i32.store16", ImmediateKind.MEMARG, "i>", 1),
    I64_STORE8(0, 0x3C, "i64.store8", ImmediateKind.MEMARG, "l>", 0),
    I64_STORE16(0, 0x3D, "i64.store16", ImmediateKind.MEMARG, "l>", 1),
    I64_STORE32(0, 0x3E, "i64.store32", ImmediateKind.MEMARG, "l>", 2),
    MEMORY_SIZE(0, 0x3F, "memory.size", ImmediateKind.MEMORY, null, -1),
    MEMORY_GROW(0, 0x40, "memory.grow", ImmediateKind.MEMORY, null, -1),
    I32_CONST(0, 0x41, "i32.const", ImmediateKind.I32, ">i", -1),
    I64_CONST(0, 0x42, "i64.const", ImmediateKind.I64, ">l", -1),
    F32_CONST(0, 0x43, "f32.const", ImmediateKind.F32, ">f", -1),
    F64_CONST(0, 0x44, "f64.const", ImmediateKind.F64, ">d", -1),
    I32_EQZ(0, 0x45, "i32.eqz", ImmediateKind.NONE, "i>i", -1),
    I32_EQ(0, 0x46, "i32.eq", ImmediateKind.NONE, "ii>i", -1),
    I32_NE(0, 0x47, "i32.ne", ImmediateKind.NONE, "ii>i", -1),
    I32_LT_S(0, 0x48, "i32.lt_s", ImmediateKind.NONE, "ii>i", -1),
    I32_LT_U(0, 0x49, "i32.lt_u", ImmediateKind.NONE, "ii>i", -1),
    I32_GT_S(0, 0x4A, "i32.gt_s", ImmediateKind.NONE, "ii>i", -1),
    I32_GT_U(0, 0x4B, "i32.gt_u", ImmediateKind.NONE, "ii>i", -1),
    I32_LE_S(0, 0x4C, "i32.le_s", ImmediateKind.NONE, "ii>i", -1),
    I32_LE_U(0, 0x4D, "i32.le_u", ImmediateKind.NONE, "ii>i", -1),
    I32_GE_S(0, 0x4E, "i32.ge_s", ImmediateKind.NONE, "ii>i", -1),
    I32_GE_U(0, 0x4F, "i32.ge_u", ImmediateKind.NONE, "ii>i", -1),
    I64_EQZ(0, 0x50, "i64.eqz", ImmediateKind.NONE, "l>i", -1),
    I64_EQ(0, 0x51, "i64.eq", ImmediateKind.NONE, "ll>i", -1),
    I64_NE(0, 0x52, "i64.ne", ImmediateKind.NONE, "ll>i", -1),
    I64_LT_S(0, 0x53, "i64.lt_s", ImmediateKind.NONE, "ll>i", -1),
    I64_LT_U(0, 0x54, "i64.lt_u", ImmediateKind.NONE, "ll>i", -1),
    I64_GT_S(0, 0x55, "i64.gt_s", ImmediateKind.NONE, "ll>i", -1),
    I64_GT_U(0, 0x56, "i64.gt_u", ImmediateKind.NONE, "ll>i", -1),
    I64_LE_S(0, 0x57, "i64.le_s", ImmediateKind.NONE, "ll>i", -1),
    I64_LE_U(0, 0x58, "i64.le_u", ImmediateKind.NONE, "ll>i", -1),
    I64_GE_S(0, 0x59, "i64.ge_s", ImmediateKind.NONE, "ll>i", -1),
    I64_GE_U(0, 0x5A, "i64.ge_u", ImmediateKind.NONE, "ll>i", -1),
    F32_EQ(0, 0x5B, "f32.eq", ImmediateKind.NONE, "ff>i", -1),
    F32_NE(0, 0x5C, "f32.ne", ImmediateKind.NONE, "ff>i", -1),
    F32_LT(0, 0x5D, "f32.lt", ImmediateKind.NONE, "ff>i", -1),
    F32_GT(0, 0x5E, "f32.gt", ImmediateKind.NONE, "ff>i", -1),
    F32_LE(0, 0x5F, "f32.le", ImmediateKind.NONE, "ff>i", -1),
    F32_GE(0, 0x60, "f32.ge", ImmediateKind.NONE, "ff>i", -1),
    F64_EQ(0, 0x61, "f64.eq", ImmediateKind.NONE, "dd>i", -1),
    F64_NE(0, 0x62, "f64.ne", ImmediateKind.NONE, "dd>i", -1),
    F64_LT(0, 0x63, "f64.lt", ImmediateKind.NONE, "dd>i", -1),
    F64_GT(0, 0x64, "f64.gt", ImmediateKind.NONE, "dd>i", -1),
    F64_LE(0, 0x65, "f64.le", ImmediateKind.NONE, "dd>i", -1),
    F64_GE(0, 0x66, "f64.ge", ImmediateKind.NONE, "dd>i", -1),
    I32_CLZ(0, 0x67, "i32.clz", ImmediateKind.NONE, "i>i", -1),
    I32_CTZ(0, 0x68, "i32.ctz", ImmediateKind.NONE, "i>i", -1),
    I32_POPCNT(0, 0x69, "i32.popcnt", ImmediateKind.NONE, "i>i", -1),
    I32_ADD(0, 0x6A, "i32.add", ImmediateKind.NONE, "ii>i", -1),
    I32_SUB(0, 0x6B, "i32.sub", ImmediateKind.NONE, "ii>i", -1),
    I32_MUL(0, 0x6C, "i32.mul", ImmediateKind.NONE, "ii>i", -1),
    I32_DIV_S(0, 0x6D, "i32.div_s", ImmediateKind.NONE, "ii>i", -1),
    I32_DIV_U(0, 0x6E, "i32.div_u", ImmediateKind.NONE, "ii>i", -1),
    I32_REM_S(0, 0x6F, "i32.rem_s", ImmediateKind.NONE, "ii>i", -1),
    I32_REM_U(0, 0x70, "i32.rem_u", ImmediateKind.NONE, "ii>i", -1),
    I32_AND(0, 0x71, "i32.and", ImmediateKind.NONE, "ii>i", -1),
    I32_OR(0, 0x72, "i32.or", ImmediateKind.NONE, "ii>i", -1),
    I32_XOR(0, 0x73, "i32.xor", ImmediateKind.NONE, "ii>i", -1),
    I32_SHL(0, 0x74, "i32.shl", ImmediateKind.NONE, "ii>i", -1),
    I32_SHR_S(0, 0x75, "i32.shr_s", ImmediateKind.NONE, "ii>i", -1),
    I32_SHR_U(0, 0x76, "i32.shr_u", ImmediateKind.NONE, "ii>i", -1),
    I32_ROTL(0, 0x77, "i32.rotl", ImmediateKind.NONE, "ii>i", -1),
    I32_ROTR(0, 0x78, "i32.rotr", ImmediateKind.NONE, "ii>i", -1),
    I64_CLZ(0, 0x79, "i64.clz", ImmediateKind.NONE, "l>l", -1),
    I64_CTZ(0, 0x7A, "i64.ctz", ImmediateKind.NONE, "l>l", -1),
    I64_POPCNT(0, 0x7B, "i64.popcnt", ImmediateKind.NONE, "l>l", -1),
    I64_ADD(0, 0x7C, "i64.add", ImmediateKind.NONE, "ll>l", -1),
    I64_SUB(0, 0x7D, "i64.sub", ImmediateKind.NONE, "ll>l", -1),
    I64_MUL(0, 0x7E, "i64.mul", ImmediateKind.NONE, "ll>l", -1),
    I64_DIV_S(0, 0x7F, "i64.div_s", ImmediateKind.NONE, "ll>l", -1),
    I64_DIV_U(0, 0x80, "i64.div_u", ImmediateKind.NONE, "ll>l", -1),
    I64_REM_S(0, 0x81, "i64.rem_s", ImmediateKind.NONE, "ll>l", -1),
    I64_REM_U(0, 0x82, "i64.rem_u", ImmediateKind.NONE, "ll>l", -1),
    I64_AND(0, 0x83, "i64.and", ImmediateKind.NONE, "ll>l", -1),
    I64_OR(0, 0x84, "i64.or", ImmediateKind.NONE, "ll>l", -1),
    I64_XOR(0, 0x85, "i64.xor", ImmediateKind.NONE, "ll>l", -1),
    I64_SHL(0, 0x86, "i64.shl", ImmediateKind.NONE, "ll>l", -1),
    I64_SHR_S(0, 0x87, "i64.shr_s", ImmediateKind.NONE, "ll>l", -1),
    I64_SHR_U(0, 0x88, "i64.shr_u", ImmediateKind.NONE, "ll>l", -1),
    I64_ROTL(0, 0x89, "i64.rotl", ImmediateKind.NONE, "ll>l", -1),
    I64_ROTR(0, 0x8A, "i64.rotr", ImmediateKind.NONE, "ll>l", -1),
    F32_ABS(0, 0x8B, "f32.abs", ImmediateKind.NONE, "f>f", -1),
    F32_NEG(0, 0x8C, "f32.neg", ImmediateKind.NONE, "f>f", -1),
    F32_CEIL(0, 0x8D, "f32.ceil", ImmediateKind.NONE, "f>f", -1),
    F32_FLOOR(0, 0x8E, "f32.floor", ImmediateKind.NONE, "f>f", -1),
    F32_TRUNC(0, 0x8F, "f32.trunc", ImmediateKind.NONE, "f>f", -1),
    F32_NEAREST(0, 0x90, "f32.nearest", ImmediateKind.NONE, "f>f", -1),
    F32_SQRT(0, 0x91, "f32.sqrt", ImmediateKind.NONE, "f>f", -1),
    F32_ADD(0, 0x92, "f32.add", ImmediateKind.NONE, "ff>f", -1),
    F32_SUB(0, 0x93, "f32.sub", ImmediateKind.NONE, "ff>f", -1),
    F32_MUL(0, 0x94, "f32.mul", ImmediateKind.NONE, "ff>f", -1),
    F32_DIV(0, 0x95, "f32.div", ImmediateKind.NONE, "ff>f", -1),
    F32_MIN(0, 0x96, "f32.min", ImmediateKind.NONE, "ff>f", -1),
    F32_MAX(0, 0x97, "f32.max", ImmediateKind.NONE, "ff>f", -1),
    F32_COPYSIGN(0, 0x98, "f32.copysign", ImmediateKind.NONE, "ff>f", -1),
    F64_ABS(0, 0x99, "f64.abs", ImmediateKind.NONE, "d>d", -1),
    F64_NEG(0, 0x9A, "f64.neg", ImmediateKind.NONE, "d>d", -1),
    F64_CEIL(0, 0x9B, "f64.ceil", ImmediateKind.NONE, "d>d", -1),
    F64_FLOOR(0, 0x9C, "f64.floor", ImmediateKind.NONE, "d>d", -1),
    F64_TRUNC(0, 0x9D, "f64.trunc", ImmediateKind.NONE, "d>d", -1),
    F64_NEAREST(0, 0x9E, "f64.nearest", ImmediateKind.NONE, "d>d", -1),
    F64_SQRT(0, 0x9F, "f64.sqrt", ImmediateKind.NONE, "d>d", -1),
    F64_ADD(0, 0xA0, "f64.add", ImmediateKind.NONE, "dd>d", -1),
    F64_SUB(0, 0xA1, "f64.sub", ImmediateKind.NONE, "dd>d", -1),
    F64_MUL(0, 0xA2, "f64.mul", ImmediateKind.NONE, "dd>d", -1),
    F64_DIV(0, 0xA3, "f64.div", ImmediateKind.NONE, "dd>d", -1),
    F64_MIN(0, 0xA4, "f64.min", ImmediateKind.NONE, "dd>d", -1),
    F64_MAX(0, 0xA5, "f64.max", ImmediateKind.NONE, "dd>d", -1),
    F64_COPYSIGN(0, 0xA6, "f64.copysign", ImmediateKind.NONE, "dd>d", -1),
    I32_WRAP_I64(0, 0xA7, "i32.wrap_i64", ImmediateKind.NONE, "l>i", -1),
    I32_TRUNC_F32_S(0, 0xA8, "i32.trunc_f32_s", ImmediateKind.NONE, "f>i", -1),
    I32_TRUNC_F32_U(0, 0xA9, "i32.trunc_f32_u", ImmediateKind.NONE, "f>i", -1),
    I32_TRUNC_F64_S(0, 0xAA, "i32.trunc_f64_s", ImmediateKind.NONE, "d>i", -1),
    I32_TRUNC_F64_U(0, 0xAB, "i32.trunc_f64_u", ImmediateKind.NONE, "d>i", -1),
    I64_EXTEND_I32_S(0, 0xAC, "i64.extend_i32_s", ImmediateKind.NONE, "i>l", -1),
    I64_EXTEND_I32_U(0, 0xAD, "i64.extend_i32_u", ImmediateKind.NONE, "i>l", -1),
    I64_TRUNC_F32_S(0, 0xAE, "i64.trunc_f32_s", ImmediateKind.NONE, "f>l", -1),
    I64_TRUNC_F32_U(0, 0xAF, "i64.trunc_f32_u", ImmediateKind.NONE, "f>l", -1),
    I64_TRUNC_F64_S(0, 0xB0, "i64.trunc_f64_s", ImmediateKind.NONE, "d>l", -1),
    I64_TRUNC_F64_U(0, 0xB1, "i64.trunc_f64_u", ImmediateKind.NONE, "d>l", -1),
    F32_CONVERT_I32_S(0, 0xB2, "f32.convert_i32_s", ImmediateKind.NONE, "i>f", -1),
    F32_CONVERT_I32_U(0, 0xB3, "f32.convert_i32_u", ImmediateKind.NONE, "i>f", -1),
    F32_CONVERT_I64_S(0, 0xB4, "f32.convert_i64_s", ImmediateKind.NONE, "l>f", -1),
    F32_CONVERT_I64_U(0, 0xB5, "f32.convert_i64_u", ImmediateKind.NONE, "l>f", -1),
    F32_DEMOTE_F64(0, 0xB6, "f32.demote_f64", ImmediateKind.NONE, "d>f", -1),
    F64_CONVERT_I32_S(0, 0xB7, "f64.convert_i32_s", ImmediateKind.NONE, "i>d", -1),
    F64_CONVERT_I32_U(0, 0xB8, "f64.convert_i32_u", ImmediateKind.NONE, "i>d", -1),
    F64_CONVERT_I64_S(0, 0xB9, "f64.convert_i64_s", ImmediateKind.NONE, "l>d", -1),
    F64_CONVERT_I64_U(0, 0xBA, "f64.convert_i64_u", ImmediateKind.NONE, "l>d", -1),
    F64_PROMOTE_F32(0, 0xBB, "f64.promote_f32", ImmediateKind.NONE, "f>d", -1),
    I32_REINTERPRET_F32(0, 0xBC, "i32.reinterpret_f32", ImmediateKind.NONE, "f>i", -1),
    I64_REINTERPRET_F64(0, 0xBD, "i64.reinterpret_f64", ImmediateKind.NONE, "d>l", -1),
    F32_REINTERPRET_I32(0, 0xBE, "f32.reinterpret_i32", ImmediateKind.NONE, "i>f", -1),
    F64_REINTERPRET_I64(0, 0xBF, "f64.reinterpret_i64", ImmediateKind.NONE, "l>d", -1),
    I32_EXTEND8_S(0, 0xC0, "i32.extend8_s", ImmediateKind.NONE, "i>i", -1),
    I32_EXTEND16_S(0, 0xC1, "i32.extend16_s", ImmediateKind.NONE, "i>i", -1),
    I64_EXTEND8_S(0, 0xC2, "i64.extend8_s", ImmediateKind.NONE, "l>l", -1),
    I64_EXTEND16_S(0, 0xC3, "i64.extend16_s", ImmediateKind.NONE, "l>l", -1),
    I64_EXTEND32_S(0, 0xC4, "i64.extend32_s", ImmediateKind.NONE, "l>l", -1),
    REF_NULL(0, 0xD0, "ref.null", ImmediateKind.HEAP_TYPE, null, -1),
    REF_IS_NULL(0, 0xD1, "ref.is_null", ImmediateKind.NONE, null, -1),
    REF_FUNC(0, 0xD2, "ref.func", ImmediateKind.FUNC, null, -1),
    REF_EQ(0, 0xD3, "ref.eq", ImmediateKind.NONE, null, -1),
    REF_AS_NON_NULL(0, 0xD4, "ref.as_non_null", ImmediateKind.NONE, null, -1),
    BR_ON_NULL(0, 0xD5, "br_on_null", ImmediateKind.LABEL, null, -1),
    BR_ON_NON_NULL(0, 0xD6, "br_on_non_null", ImmediateKind.LABEL, null, -1),
    // 0xFB: garbage collection
    STRUCT_NEW(0xFB, 0x00, "struct.new", ImmediateKind.TYPE, null, -1),
    STRUCT_NEW_DEFAULT(0xFB, 0x01, "struct.new_default", ImmediateKind.TYPE, null, -1),
    STRUCT_GET(0xFB, 0x02, "struct.get", ImmediateKind.STRUCT_FIELD, null, -1),
    STRUCT_GET_S(0xFB, 0x03, "struct.get_s", ImmediateKind.STRUCT_FIELD, null, -1),
    STRUCT_GET_U(0xFB, 0x04, "struct.get_u", ImmediateKind.STRUCT_FIELD, null, -1),
    STRUCT_SET(0xFB, 0x05, "struct.set", ImmediateKind.STRUCT_FIELD, null, -1),
    ARRAY_NEW(0xFB, 0x06, "array.new", ImmediateKind.TYPE, null, -1),
    ARRAY_NEW_DEFAULT(0xFB, 0x07, "array.new_default", ImmediateKind.TYPE, null, -1),
    ARRAY_NEW_FIXED(0xFB, 0x08, "array.new_fixed", ImmediateKind.ARRAY_NEW_FIXED, null, -1),
    ARRAY_NEW_DATA(0xFB, 0x09, "array.new_data", ImmediateKind.ARRAY_DATA, null, -1),
    ARRAY_NEW_ELEM(0xFB, 0x0A, "array.new_elem", ImmediateKind.ARRAY_ELEM, null, -1),
    ARRAY_GET(0xFB, 0x0B, "array.get", ImmediateKind.TYPE, null, -1),
    ARRAY_GET_S(0xFB, 0x0C, "array.get_s", ImmediateKind.TYPE, null, -1),
    ARRAY_GET_U(0xFB, 0x0D, "array.get_u", ImmediateKind.TYPE, null, -1),
    ARRAY_SET(0xFB, 0x0E, "array.set", ImmediateKind.TYPE, null, -1),
    ARRAY_LEN(0xFB, 0x0F, "array.len", ImmediateKind.NONE, null, -1),
    ARRAY_FILL(0xFB, 0x10, "array.fill", ImmediateKind.TYPE, null, -1),
    ARRAY_COPY(0xFB, 0x11, "array.copy", ImmediateKind.ARRAY_COPY, null, -1),
    ARRAY_INIT_DATA(0xFB, 0x12, "array.init_data", ImmediateKind.ARRAY_DATA, null, -1),
    ARRAY_INIT_ELEM(0xFB, 0x13, "array.init_elem", ImmediateKind.ARRAY_ELEM, null, -1),
    REF_TEST(0xFB, 0x14, "ref.test", ImmediateKind.CAST_HEAP_TYPE, null, -1),
    REF_TEST_NULL(0xFB, 0x15, "ref.test", ImmediateKind.CAST_HEAP_TYPE, null, -1),
    REF_CAST(0xFB, 0x16, "ref.cast", ImmediateKind.CAST_HEAP_TYPE, null, -1),
    REF_CAST_NULL(0xFB, 0x17, "ref.cast", ImmediateKind.CAST_HEAP_TYPE, null, -1),
    BR_ON_CAST(0xFB, 0x18, "br_on_cast", ImmediateKind.BR_ON_CAST, null, -1),
    BR_ON_CAST_FAIL(0xFB, 0x19, "br_on_cast_fail", ImmediateKind.BR_ON_CAST, null, -1),
    ANY_CONVERT_EXTERN(0xFB, 0x1A, "any.convert_extern", ImmediateKind.NONE, null, -1),
    EXTERN_CONVERT_ANY(0xFB, 0x1B, "extern.convert_any", ImmediateKind.NONE, null, -1),
    REF_I31(0xFB, 0x1C, "ref.i31", ImmediateKind.NONE, null, -1),
    I31_GET_S(0xFB, 0x1D, "i31.get_s", ImmediateKind.NONE, null, -1),
    I31_GET_U(0xFB, 0x1E, "i31.get_u", ImmediateKind.NONE, null, -1),
    // 0xFC: saturating truncation, bulk memory and tables, wide arithmetic
    I32_TRUNC_SAT_F32_S(0xFC, 0x00, "i32.trunc_sat_f32_s", ImmediateKind.NONE, "f>i", -1),
    I32_TRUNC_SAT_F32_U(0xFC, 0x01, "i32.trunc_sat_f32_u", ImmediateKind.NONE, "f>i", -1),
    I32_TRUNC_SAT_F64_S(0xFC, 0x02, "i32.trunc_sat_f64_s", ImmediateKind.NONE, "d>i", -1),
    I32_TRUNC_SAT_F64_U(0xFC, 0x03, "i32.trunc_sat_f64_u", ImmediateKind.NONE, "d>i", -1),
    I64_TRUNC_SAT_F32_S(0xFC, 0x04, "i64.trunc_sat_f32_s", ImmediateKind.NONE, "f>l", -1),
    I64_TRUNC_SAT_F32_U(0xFC, 0x05, "i64.trunc_sat_f32_u", ImmediateKind.NONE, "f>l", -1),
    I64_TRUNC_SAT_F64_S(0xFC, 0x06, "i64.trunc_sat_f64_s", ImmediateKind.NONE, "d>l", -1),
    I64_TRUNC_SAT_F64_U(0xFC, 0x07, "i64.trunc_sat_f64_u", ImmediateKind.NONE, "d>l", -1),
    MEMORY_INIT(0xFC, 0x08, "memory.init", ImmediateKind.MEMORY_INIT, null, -1),
    DATA_DROP(0xFC, 0x09, "data.drop", ImmediateKind.DATA, null, -1),
    MEMORY_COPY(0xFC, 0x0A, "memory.copy", ImmediateKind.MEMORY_COPY, null, -1),
    MEMORY_FILL(0xFC, 0x0B, "memory.fill", ImmediateKind.MEMORY, null, -1),
    TABLE_INIT(0xFC, 0x0C, "table.init", ImmediateKind.TABLE_INIT, null, -1),
    ELEM_DROP(0xFC, 0x0D, "elem.drop", ImmediateKind.ELEM, null, -1),
    TABLE_COPY(0xFC, 0x0E, "table.copy", ImmediateKind.TABLE_COPY, null, -1),
    TABLE_GROW(0xFC, 0x0F, "table.grow", ImmediateKind.TABLE, null, -1),
    TABLE_SIZE(0xFC, 0x10, "table.size", ImmediateKind.TABLE, null, -1),
    TABLE_FILL(0xFC, 0x11, "table.fill", ImmediateKind.TABLE, null, -1),
    I64_ADD128(0xFC, 0x13, "i64.add128", ImmediateKind.NONE, "llll>ll", -1),
    I64_SUB128(0xFC, 0x14, "i64.sub128", ImmediateKind.NONE, "llll>ll", -1),
    I64_MUL_WIDE_S(0xFC, 0x15, "i64.mul_wide_s", ImmediateKind.NONE, "ll>ll", -1),
    I64_MUL_WIDE_U(0xFC, 0x16, "i64.mul_wide_u", ImmediateKind.NONE, "ll>ll", -1),
    // 0xFD: SIMD and relaxed SIMD
    V128_LOAD(0xFD, 0x00, "v128.load", ImmediateKind.MEMARG, ">v", 4),
    V128_LOAD8X8_S(0xFD, 0x01, "v128.load8x8_s", ImmediateKind.MEMARG, ">v", 3),
    V128_LOAD8X8_U(0xFD, 0x02, "v128.load8x8_u", ImmediateKind.MEMARG, ">v", 3),
    V128_LOAD16X4_S(0xFD, 0x03, "v128.load16x4_s", ImmediateKind.MEMARG, ">v", 3),
    V128_LOAD16X4_U(0xFD, 0x04, "v128.load16x4_u", ImmediateKind.MEMARG, ">v", 3),
    V128_LOAD32X2_S(0xFD, 0x05, "v128.load32x2_s", ImmediateKind.MEMARG, ">v", 3),
    V128_LOAD32X2_U(0xFD, 0x06, "v128.load32x2_u", ImmediateKind.MEMARG, ">v", 3),
    V128_LOAD8_SPLAT(0xFD, 0x07, "v128.load8_splat", ImmediateKind.MEMARG, ">v", 0),
    V128_LOAD16_SPLAT(0xFD, 0x08, "v128.load16_splat", ImmediateKind.MEMARG, ">v", 1),
    V128_LOAD32_SPLAT(0xFD, 0x09, "v128.load32_splat", ImmediateKind.MEMARG, ">v", 2),
    V128_LOAD64_SPLAT(0xFD, 0x0A, "v128.load64_splat", ImmediateKind.MEMARG, ">v", 3),
    V128_STORE(0xFD, 0x0B, "v128.store", ImmediateKind.MEMARG, "v>", 4),
    V128_CONST(0xFD, 0x0C, "v128.const", ImmediateKind.V128, ">v", -1),
    I8X16_SHUFFLE(0xFD, 0x0D, "i8x16.shuffle", ImmediateKind.SHUFFLE, "vv>v", -1),
    I8X16_SWIZZLE(0xFD, 0x0E, "i8x16.swizzle", ImmediateKind.NONE, "vv>v", -1),
    I8X16_SPLAT(0xFD, 0x0F, "i8x16.splat", ImmediateKind.NONE, "i>v", -1),
    I16X8_SPLAT(0xFD, 0x10, "i16x8.splat", ImmediateKind.NONE, "i>v", -1),
    I32X4_SPLAT(0xFD, 0x11, "i32x4.splat", ImmediateKind.NONE, "i>v", -1),
    I64X2_SPLAT(0xFD, 0x12, "i64x2.splat", ImmediateKind.NONE, "l>v", -1),
    F32X4_SPLAT(0xFD, 0x13, "f32x4.splat", ImmediateKind.NONE, "f>v", -1),
    F64X2_SPLAT(0xFD, 0x14, "f64x2.splat", ImmediateKind.NONE, "d>v", -1),
    I8X16_EXTRACT_LANE_S(0xFD, 0x15, "i8x16.extract_lane_s", ImmediateKind.LANE, "v>i", -1),
    I8X16_EXTRACT_LANE_U(0xFD, 0x16, "i8x16.extract_lane_u", ImmediateKind.LANE, "v>i", -1),
    I8X16_REPLACE_LANE(0xFD, 0x17, "i8x16.replace_lane", ImmediateKind.LANE, "vi>v", -1),
    I16X8_EXTRACT_LANE_S(0xFD, 0x18, "i16x8.extract_lane_s", ImmediateKind.LANE, "v>i", -1),
    I16X8_EXTRACT_LANE_U(0xFD, 0x19, "i16x8.extract_lane_u", ImmediateKind.LANE, "v>i", -1),
    I16X8_REPLACE_LANE(0xFD, 0x1A, "i16x8.replace_lane", ImmediateKind.LANE, "vi>v", -1),
    I32X4_EXTRACT_LANE(0xFD, 0x1B, "i32x4.extract_lane", ImmediateKind.LANE, "v>i", -1),
    I32X4_REPLACE_LANE(0xFD, 0x1C, "i32x4.replace_lane", ImmediateKind.LANE, "vi>v", -1),
    I64X2_EXTRACT_LANE(0xFD, 0x1D, "i64x2.extract_lane", ImmediateKind.LANE, "v>l", -1),
    I64X2_REPLACE_LANE(0xFD, 0x1E, "i64x2.replace_lane", ImmediateKind.LANE, "vl>v", -1),
    F32X4_EXTRACT_LANE(0xFD, 0x1F, "f32x4.extract_lane", ImmediateKind.LANE, "v>f", -1),
    F32X4_REPLACE_LANE(0xFD, 0x20, "f32x4.replace_lane", ImmediateKind.LANE, "vf>v", -1),
    F64X2_EXTRACT_LANE(0xFD, 0x21, "f64x2.extract_lane", ImmediateKind.LANE, "v>d", -1),
    F64X2_REPLACE_LANE(0xFD, 0x22, "f64x2.replace_lane", ImmediateKind.LANE, "vd>v", -1),
    I8X16_EQ(0xFD, 0x23, "i8x16.eq", ImmediateKind.NONE, "vv>v", -1),
    I8X16_NE(0xFD, 0x24, "i8x16.ne", ImmediateKind.NONE, "vv>v", -1),
    I8X16_LT_S(0xFD, 0x25, "i8x16.lt_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_LT_U(0xFD, 0x26, "i8x16.lt_u", ImmediateKind.NONE, "vv>v", -1),
    I8X16_GT_S(0xFD, 0x27, "i8x16.gt_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_GT_U(0xFD, 0x28, "i8x16.gt_u", ImmediateKind.NONE, "vv>v", -1),
    I8X16_LE_S(0xFD, 0x29, "i8x16.le_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_LE_U(0xFD, 0x2A, "i8x16.le_u", ImmediateKind.NONE, "vv>v", -1),
    I8X16_GE_S(0xFD, 0x2B, "i8x16.ge_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_GE_U(0xFD, 0x2C, "i8x16.ge_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_EQ(0xFD, 0x2D, "i16x8.eq", ImmediateKind.NONE, "vv>v", -1),
    I16X8_NE(0xFD, 0x2E, "i16x8.ne", ImmediateKind.NONE, "vv>v", -1),
    I16X8_LT_S(0xFD, 0x2F, "i16x8.lt_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_LT_U(0xFD, 0x30, "i16x8.lt_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_GT_S(0xFD, 0x31, "i16x8.gt_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_GT_U(0xFD, 0x32, "i16x8.gt_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_LE_S(0xFD, 0x33, "i16x8.le_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_LE_U(0xFD, 0x34, "i16x8.le_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_GE_S(0xFD, 0x35, "i16x8.ge_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_GE_U(0xFD, 0x36, "i16x8.ge_u", ImmediateKind.NONE, "vv>v", -1),
    I32X4_EQ(0xFD, 0x37, "i32x4.eq", ImmediateKind.NONE, "vv>v", -1),
    I32X4_NE(0xFD, 0x38, "i32x4.ne", ImmediateKind.NONE, "vv>v", -1),
    I32X4_LT_S(0xFD, 0x39, "i32x4.lt_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_LT_U(0xFD, 0x3A, "i32x4.lt_u", ImmediateKind.NONE, "vv>v", -1),
    I32X4_GT_S(0xFD, 0x3B, "i32x4.gt_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_GT_U(0xFD, 0x3C, "i32x4.gt_u", ImmediateKind.NONE, "vv>v", -1),
    I32X4_LE_S(0xFD, 0x3D, "i32x4.le_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_LE_U(0xFD, 0x3E, "i32x4.le_u", ImmediateKind.NONE, "vv>v", -1),
    I32X4_GE_S(0xFD, 0x3F, "i32x4.ge_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_GE_U(0xFD, 0x40, "i32x4.ge_u", ImmediateKind.NONE, "vv>v", -1),
    F32X4_EQ(0xFD, 0x41, "f32x4.eq", ImmediateKind.NONE, "vv>v", -1),
    F32X4_NE(0xFD, 0x42, "f32x4.ne", ImmediateKind.NONE, "vv>v", -1),
    F32X4_LT(0xFD, 0x43, "f32x4.lt", ImmediateKind.NONE, "vv>v", -1),
    F32X4_GT(0xFD, 0x44, "f32x4.gt", ImmediateKind.NONE, "vv>v", -1),
    F32X4_LE(0xFD, 0x45, "f32x4.le", ImmediateKind.NONE, "vv>v", -1),
    F32X4_GE(0xFD, 0x46, "f32x4.ge", ImmediateKind.NONE, "vv>v", -1),
    F64X2_EQ(0xFD, 0x47, "f64x2.eq", ImmediateKind.NONE, "vv>v", -1),
    F64X2_NE(0xFD, 0x48, "f64x2.ne", ImmediateKind.NONE, "vv>v", -1),
    F64X2_LT(0xFD, 0x49, "f64x2.lt", ImmediateKind.NONE, "vv>v", -1),
    F64X2_GT(0xFD, 0x4A, "f64x2.gt", ImmediateKind.NONE, "vv>v", -1),
    F64X2_LE(0xFD, 0x4B, "f64x2.le", ImmediateKind.NONE, "vv>v", -1),
    F64X2_GE(0xFD, 0x4C, "f64x2.ge", ImmediateKind.NONE, "vv>v", -1),
    V128_NOT(0xFD, 0x4D, "v128.not", ImmediateKind.NONE, "v>v", -1),
    V128_AND(0xFD, 0x4E, "v128.and", ImmediateKind.NONE, "vv>v", -1),
    V128_ANDNOT(0xFD, 0x4F, "v128.andnot", ImmediateKind.NONE, "vv>v", -1),
    V128_OR(0xFD, 0x50, "v128.or", ImmediateKind.NONE, "vv>v", -1),
    V128_XOR(0xFD, 0x51, "v128.xor", ImmediateKind.NONE, "vv>v", -1),
    V128_BITSELECT(0xFD, 0x52, "v128.bitselect", ImmediateKind.NONE, "vvv>v", -1),
    V128_ANY_TRUE(0xFD, 0x53, "v128.any_true", ImmediateKind.NONE, "v>i", -1),
    V128_LOAD8_LANE(0xFD, 0x54, "v128.load8_lane", ImmediateKind.MEMARG_LANE, "v>v", 0),
    V128_LOAD16_LANE(0xFD, 0x55, "v128.load16_lane", ImmediateKind.MEMARG_LANE, "v>v", 1),
    V128_LOAD32_LANE(0xFD, 0x56, "v128.load32_lane", ImmediateKind.MEMARG_LANE, "v>v", 2),
    V128_LOAD64_LANE(0xFD, 0x57, "v128.load64_lane", ImmediateKind.MEMARG_LANE, "v>v", 3),
    V128_STORE8_LANE(0xFD, 0x58, "v128.store8_lane", ImmediateKind.MEMARG_LANE, "v>", 0),
    V128_STORE16_LANE(0xFD, 0x59, "v128.store16_lane", ImmediateKind.MEMARG_LANE, "v>", 1),
    V128_STORE32_LANE(0xFD, 0x5A, "v128.store32_lane", ImmediateKind.MEMARG_LANE, "v>", 2),
    V128_STORE64_LANE(0xFD, 0x5B, "v128.store64_lane", ImmediateKind.MEMARG_LANE, "v>", 3),
    V128_LOAD32_ZERO(0xFD, 0x5C, "v128.load32_zero", ImmediateKind.MEMARG, ">v", 2),
    V128_LOAD64_ZERO(0xFD, 0x5D, "v128.load64_zero", ImmediateKind.MEMARG, ">v", 3),
    F32X4_DEMOTE_F64X2_ZERO(0xFD, 0x5E, "f32x4.demote_f64x2_zero", ImmediateKind.NONE, "v>v", -1),
    F64X2_PROMOTE_LOW_F32X4(0xFD, 0x5F, "f64x2.promote_low_f32x4", ImmediateKind.NONE, "v>v", -1),
    I8X16_ABS(0xFD, 0x60, "i8x16.abs", ImmediateKind.NONE, "v>v", -1),
    I8X16_NEG(0xFD, 0x61, "i8x16.neg", ImmediateKind.NONE, "v>v", -1),
    I8X16_POPCNT(0xFD, 0x62, "i8x16.popcnt", ImmediateKind.NONE, "v>v", -1),
    I8X16_ALL_TRUE(0xFD, 0x63, "i8x16.all_true", ImmediateKind.NONE, "v>i", -1),
    I8X16_BITMASK(0xFD, 0x64, "i8x16.bitmask", ImmediateKind.NONE, "v>i", -1),
    I8X16_NARROW_I16X8_S(0xFD, 0x65, "i8x16.narrow_i16x8_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_NARROW_I16X8_U(0xFD, 0x66, "i8x16.narrow_i16x8_u", ImmediateKind.NONE, "vv>v", -1),
    F32X4_CEIL(0xFD, 0x67, "f32x4.ceil", ImmediateKind.NONE, "v>v", -1),
    F32X4_FLOOR(0xFD, 0x68, "f32x4.floor", ImmediateKind.NONE, "v>v", -1),
    F32X4_TRUNC(0xFD, 0x69, "f32x4.trunc", ImmediateKind.NONE, "v>v", -1),
    F32X4_NEAREST(0xFD, 0x6A, "f32x4.nearest", ImmediateKind.NONE, "v>v", -1),
    I8X16_SHL(0xFD, 0x6B, "i8x16.shl", ImmediateKind.NONE, "vi>v", -1),
    I8X16_SHR_S(0xFD, 0x6C, "i8x16.shr_s", ImmediateKind.NONE, "vi>v", -1),
    I8X16_SHR_U(0xFD, 0x6D, "i8x16.shr_u", ImmediateKind.NONE, "vi>v", -1),
    I8X16_ADD(0xFD, 0x6E, "i8x16.add", ImmediateKind.NONE, "vv>v", -1),
    I8X16_ADD_SAT_S(0xFD, 0x6F, "i8x16.add_sat_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_ADD_SAT_U(0xFD, 0x70, "i8x16.add_sat_u", ImmediateKind.NONE, "vv>v", -1),
    I8X16_SUB(0xFD, 0x71, "i8x16.sub", ImmediateKind.NONE, "vv>v", -1),
    I8X16_SUB_SAT_S(0xFD, 0x72, "i8x16.sub_sat_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_SUB_SAT_U(0xFD, 0x73, "i8x16.sub_sat_u", ImmediateKind.NONE, "vv>v", -1),
    F64X2_CEIL(0xFD, 0x74, "f64x2.ceil", ImmediateKind.NONE, "v>v", -1),
    F64X2_FLOOR(0xFD, 0x75, "f64x2.floor", ImmediateKind.NONE, "v>v", -1),
    I8X16_MIN_S(0xFD, 0x76, "i8x16.min_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_MIN_U(0xFD, 0x77, "i8x16.min_u", ImmediateKind.NONE, "vv>v", -1),
    I8X16_MAX_S(0xFD, 0x78, "i8x16.max_s", ImmediateKind.NONE, "vv>v", -1),
    I8X16_MAX_U(0xFD, 0x79, "i8x16.max_u", ImmediateKind.NONE, "vv>v", -1),
    F64X2_TRUNC(0xFD, 0x7A, "f64x2.trunc", ImmediateKind.NONE, "v>v", -1),
    I8X16_AVGR_U(0xFD, 0x7B, "i8x16.avgr_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_EXTADD_PAIRWISE_I8X16_S(0xFD, 0x7C, "i16x8.extadd_pairwise_i8x16_s", ImmediateKind.NONE, "v>v", -1),
    I16X8_EXTADD_PAIRWISE_I8X16_U(0xFD, 0x7D, "i16x8.extadd_pairwise_i8x16_u", ImmediateKind.NONE, "v>v", -1),
    I32X4_EXTADD_PAIRWISE_I16X8_S(0xFD, 0x7E, "i32x4.extadd_pairwise_i16x8_s", ImmediateKind.NONE, "v>v", -1),
    I32X4_EXTADD_PAIRWISE_I16X8_U(0xFD, 0x7F, "i32x4.extadd_pairwise_i16x8_u", ImmediateKind.NONE, "v>v", -1),
    I16X8_ABS(0xFD, 0x80, "i16x8.abs", ImmediateKind.NONE, "v>v", -1),
    I16X8_NEG(0xFD, 0x81, "i16x8.neg", ImmediateKind.NONE, "v>v", -1),
    I16X8_Q15MULR_SAT_S(0xFD, 0x82, "i16x8.q15mulr_sat_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_ALL_TRUE(0xFD, 0x83, "i16x8.all_true", ImmediateKind.NONE, "v>i", -1),
    I16X8_BITMASK(0xFD, 0x84, "i16x8.bitmask", ImmediateKind.NONE, "v>i", -1),
    I16X8_NARROW_I32X4_S(0xFD, 0x85, "i16x8.narrow_i32x4_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_NARROW_I32X4_U(0xFD, 0x86, "i16x8.narrow_i32x4_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_EXTEND_LOW_I8X16_S(0xFD, 0x87, "i16x8.extend_low_i8x16_s", ImmediateKind.NONE, "v>v", -1),
    I16X8_EXTEND_HIGH_I8X16_S(0xFD, 0x88, "i16x8.extend_high_i8x16_s", ImmediateKind.NONE, "v>v", -1),
    I16X8_EXTEND_LOW_I8X16_U(0xFD, 0x89, "i16x8.extend_low_i8x16_u", ImmediateKind.NONE, "v>v", -1),
    I16X8_EXTEND_HIGH_I8X16_U(0xFD, 0x8A, "i16x8.extend_high_i8x16_u", ImmediateKind.NONE, "v>v", -1),
    I16X8_SHL(0xFD, 0x8B, "i16x8.shl", ImmediateKind.NONE, "vi>v", -1),
    I16X8_SHR_S(0xFD, 0x8C, "i16x8.shr_s", ImmediateKind.NONE, "vi>v", -1),
    I16X8_SHR_U(0xFD, 0x8D, "i16x8.shr_u", ImmediateKind.NONE, "vi>v", -1),
    I16X8_ADD(0xFD, 0x8E, "i16x8.add", ImmediateKind.NONE, "vv>v", -1),
    I16X8_ADD_SAT_S(0xFD, 0x8F, "i16x8.add_sat_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_ADD_SAT_U(0xFD, 0x90, "i16x8.add_sat_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_SUB(0xFD, 0x91, "i16x8.sub", ImmediateKind.NONE, "vv>v", -1),
    I16X8_SUB_SAT_S(0xFD, 0x92, "i16x8.sub_sat_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_SUB_SAT_U(0xFD, 0x93, "i16x8.sub_sat_u", ImmediateKind.NONE, "vv>v", -1),
    F64X2_NEAREST(0xFD, 0x94, "f64x2.nearest", ImmediateKind.NONE, "v>v", -1),
    I16X8_MUL(0xFD, 0x95, "i16x8.mul", ImmediateKind.NONE, "vv>v", -1),
    I16X8_MIN_S(0xFD, 0x96, "i16x8.min_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_MIN_U(0xFD, 0x97, "i16x8.min_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_MAX_S(0xFD, 0x98, "i16x8.max_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_MAX_U(0xFD, 0x99, "i16x8.max_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_AVGR_U(0xFD, 0x9B, "i16x8.avgr_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_EXTMUL_LOW_I8X16_S(0xFD, 0x9C, "i16x8.extmul_low_i8x16_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_EXTMUL_HIGH_I8X16_S(0xFD, 0x9D, "i16x8.extmul_high_i8x16_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_EXTMUL_LOW_I8X16_U(0xFD, 0x9E, "i16x8.extmul_low_i8x16_u", ImmediateKind.NONE, "vv>v", -1),
    I16X8_EXTMUL_HIGH_I8X16_U(0xFD, 0x9F, "i16x8.extmul_high_i8x16_u", ImmediateKind.NONE, "vv>v", -1),
    I32X4_ABS(0xFD, 0xA0, "i32x4.abs", ImmediateKind.NONE, "v>v", -1),
    I32X4_NEG(0xFD, 0xA1, "i32x4.neg", ImmediateKind.NONE, "v>v", -1),
    I32X4_ALL_TRUE(0xFD, 0xA3, "i32x4.all_true", ImmediateKind.NONE, "v>i", -1),
    I32X4_BITMASK(0xFD, 0xA4, "i32x4.bitmask", ImmediateKind.NONE, "v>i", -1),
    I32X4_EXTEND_LOW_I16X8_S(0xFD, 0xA7, "i32x4.extend_low_i16x8_s", ImmediateKind.NONE, "v>v", -1),
    I32X4_EXTEND_HIGH_I16X8_S(0xFD, 0xA8, "i32x4.extend_high_i16x8_s", ImmediateKind.NONE, "v>v", -1),
    I32X4_EXTEND_LOW_I16X8_U(0xFD, 0xA9, "i32x4.extend_low_i16x8_u", ImmediateKind.NONE, "v>v", -1),
    I32X4_EXTEND_HIGH_I16X8_U(0xFD, 0xAA, "i32x4.extend_high_i16x8_u", ImmediateKind.NONE, "v>v", -1),
    I32X4_SHL(0xFD, 0xAB, "i32x4.shl", ImmediateKind.NONE, "vi>v", -1),
    I32X4_SHR_S(0xFD, 0xAC, "i32x4.shr_s", ImmediateKind.NONE, "vi>v", -1),
    I32X4_SHR_U(0xFD, 0xAD, "i32x4.shr_u", ImmediateKind.NONE, "vi>v", -1),
    I32X4_ADD(0xFD, 0xAE, "i32x4.add", ImmediateKind.NONE, "vv>v", -1),
    I32X4_SUB(0xFD, 0xB1, "i32x4.sub", ImmediateKind.NONE, "vv>v", -1),
    I32X4_MUL(0xFD, 0xB5, "i32x4.mul", ImmediateKind.NONE, "vv>v", -1),
    I32X4_MIN_S(0xFD, 0xB6, "i32x4.min_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_MIN_U(0xFD, 0xB7, "i32x4.min_u", ImmediateKind.NONE, "vv>v", -1),
    I32X4_MAX_S(0xFD, 0xB8, "i32x4.max_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_MAX_U(0xFD, 0xB9, "i32x4.max_u", ImmediateKind.NONE, "vv>v", -1),
    I32X4_DOT_I16X8_S(0xFD, 0xBA, "i32x4.dot_i16x8_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_EXTMUL_LOW_I16X8_S(0xFD, 0xBC, "i32x4.extmul_low_i16x8_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_EXTMUL_HIGH_I16X8_S(0xFD, 0xBD, "i32x4.extmul_high_i16x8_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_EXTMUL_LOW_I16X8_U(0xFD, 0xBE, "i32x4.extmul_low_i16x8_u", ImmediateKind.NONE, "vv>v", -1),
    I32X4_EXTMUL_HIGH_I16X8_U(0xFD, 0xBF, "i32x4.extmul_high_i16x8_u", ImmediateKind.NONE, "vv>v", -1),
    I64X2_ABS(0xFD, 0xC0, "i64x2.abs", ImmediateKind.NONE, "v>v", -1),
    I64X2_NEG(0xFD, 0xC1, "i64x2.neg", ImmediateKind.NONE, "v>v", -1),
    I64X2_ALL_TRUE(0xFD, 0xC3, "i64x2.all_true", ImmediateKind.NONE, "v>i", -1),
    I64X2_BITMASK(0xFD, 0xC4, "i64x2.bitmask", ImmediateKind.NONE, "v>i", -1),
    I64X2_EXTEND_LOW_I32X4_S(0xFD, 0xC7, "i64x2.extend_low_i32x4_s", ImmediateKind.NONE, "v>v", -1),
    I64X2_EXTEND_HIGH_I32X4_S(0xFD, 0xC8, "i64x2.extend_high_i32x4_s", ImmediateKind.NONE, "v>v", -1),
    I64X2_EXTEND_LOW_I32X4_U(0xFD, 0xC9, "i64x2.extend_low_i32x4_u", ImmediateKind.NONE, "v>v", -1),
    I64X2_EXTEND_HIGH_I32X4_U(0xFD, 0xCA, "i64x2.extend_high_i32x4_u", ImmediateKind.NONE, "v>v", -1),
    I64X2_SHL(0xFD, 0xCB, "i64x2.shl", ImmediateKind.NONE, "vi>v", -1),
    I64X2_SHR_S(0xFD, 0xCC, "i64x2.shr_s", ImmediateKind.NONE, "vi>v", -1),
    I64X2_SHR_U(0xFD, 0xCD, "i64x2.shr_u", ImmediateKind.NONE, "vi>v", -1),
    I64X2_ADD(0xFD, 0xCE, "i64x2.add", ImmediateKind.NONE, "vv>v", -1),
    I64X2_SUB(0xFD, 0xD1, "i64x2.sub", ImmediateKind.NONE, "vv>v", -1),
    I64X2_MUL(0xFD, 0xD5, "i64x2.mul", ImmediateKind.NONE, "vv>v", -1),
    I64X2_EQ(0xFD, 0xD6, "i64x2.eq", ImmediateKind.NONE, "vv>v", -1),
    I64X2_NE(0xFD, 0xD7, "i64x2.ne", ImmediateKind.NONE, "vv>v", -1),
    I64X2_LT_S(0xFD, 0xD8, "i64x2.lt_s", ImmediateKind.NONE, "vv>v", -1),
    I64X2_GT_S(0xFD, 0xD9, "i64x2.gt_s", ImmediateKind.NONE, "vv>v", -1),
    I64X2_LE_S(0xFD, 0xDA, "i64x2.le_s", ImmediateKind.NONE, "vv>v", -1),
    I64X2_GE_S(0xFD, 0xDB, "i64x2.ge_s", ImmediateKind.NONE, "vv>v", -1),
    I64X2_EXTMUL_LOW_I32X4_S(0xFD, 0xDC, "i64x2.extmul_low_i32x4_s", ImmediateKind.NONE, "vv>v", -1),
    I64X2_EXTMUL_HIGH_I32X4_S(0xFD, 0xDD, "i64x2.extmul_high_i32x4_s", ImmediateKind.NONE, "vv>v", -1),
    I64X2_EXTMUL_LOW_I32X4_U(0xFD, 0xDE, "i64x2.extmul_low_i32x4_u", ImmediateKind.NONE, "vv>v", -1),
    I64X2_EXTMUL_HIGH_I32X4_U(0xFD, 0xDF, "i64x2.extmul_high_i32x4_u", ImmediateKind.NONE, "vv>v", -1),
    F32X4_ABS(0xFD, 0xE0, "f32x4.abs", ImmediateKind.NONE, "v>v", -1),
    F32X4_NEG(0xFD, 0xE1, "f32x4.neg", ImmediateKind.NONE, "v>v", -1),
    F32X4_SQRT(0xFD, 0xE3, "f32x4.sqrt", ImmediateKind.NONE, "v>v", -1),
    F32X4_ADD(0xFD, 0xE4, "f32x4.add", ImmediateKind.NONE, "vv>v", -1),
    F32X4_SUB(0xFD, 0xE5, "f32x4.sub", ImmediateKind.NONE, "vv>v", -1),
    F32X4_MUL(0xFD, 0xE6, "f32x4.mul", ImmediateKind.NONE, "vv>v", -1),
    F32X4_DIV(0xFD, 0xE7, "f32x4.div", ImmediateKind.NONE, "vv>v", -1),
    F32X4_MIN(0xFD, 0xE8, "f32x4.min", ImmediateKind.NONE, "vv>v", -1),
    F32X4_MAX(0xFD, 0xE9, "f32x4.max", ImmediateKind.NONE, "vv>v", -1),
    F32X4_PMIN(0xFD, 0xEA, "f32x4.pmin", ImmediateKind.NONE, "vv>v", -1),
    F32X4_PMAX(0xFD, 0xEB, "f32x4.pmax", ImmediateKind.NONE, "vv>v", -1),
    F64X2_ABS(0xFD, 0xEC, "f64x2.abs", ImmediateKind.NONE, "v>v", -1),
    F64X2_NEG(0xFD, 0xED, "f64x2.neg", ImmediateKind.NONE, "v>v", -1),
    F64X2_SQRT(0xFD, 0xEF, "f64x2.sqrt", ImmediateKind.NONE, "v>v", -1),
    F64X2_ADD(0xFD, 0xF0, "f64x2.add", ImmediateKind.NONE, "vv>v", -1),
    F64X2_SUB(0xFD, 0xF1, "f64x2.sub", ImmediateKind.NONE, "vv>v", -1),
    F64X2_MUL(0xFD, 0xF2, "f64x2.mul", ImmediateKind.NONE, "vv>v", -1),
    F64X2_DIV(0xFD, 0xF3, "f64x2.div", ImmediateKind.NONE, "vv>v", -1),
    F64X2_MIN(0xFD, 0xF4, "f64x2.min", ImmediateKind.NONE, "vv>v", -1),
    F64X2_MAX(0xFD, 0xF5, "f64x2.max", ImmediateKind.NONE, "vv>v", -1),
    F64X2_PMIN(0xFD, 0xF6, "f64x2.pmin", ImmediateKind.NONE, "vv>v", -1),
    F64X2_PMAX(0xFD, 0xF7, "f64x2.pmax", ImmediateKind.NONE, "vv>v", -1),
    I32X4_TRUNC_SAT_F32X4_S(0xFD, 0xF8, "i32x4.trunc_sat_f32x4_s", ImmediateKind.NONE, "v>v", -1),
    I32X4_TRUNC_SAT_F32X4_U(0xFD, 0xF9, "i32x4.trunc_sat_f32x4_u", ImmediateKind.NONE, "v>v", -1),
    F32X4_CONVERT_I32X4_S(0xFD, 0xFA, "f32x4.convert_i32x4_s", ImmediateKind.NONE, "v>v", -1),
    F32X4_CONVERT_I32X4_U(0xFD, 0xFB, "f32x4.convert_i32x4_u", ImmediateKind.NONE, "v>v", -1),
    I32X4_TRUNC_SAT_F64X2_S_ZERO(0xFD, 0xFC, "i32x4.trunc_sat_f64x2_s_zero", ImmediateKind.NONE, "v>v", -1),
    I32X4_TRUNC_SAT_F64X2_U_ZERO(0xFD, 0xFD, "i32x4.trunc_sat_f64x2_u_zero", ImmediateKind.NONE, "v>v", -1),
    F64X2_CONVERT_LOW_I32X4_S(0xFD, 0xFE, "f64x2.convert_low_i32x4_s", ImmediateKind.NONE, "v>v", -1),
    F64X2_CONVERT_LOW_I32X4_U(0xFD, 0xFF, "f64x2.convert_low_i32x4_u", ImmediateKind.NONE, "v>v", -1),
    I8X16_RELAXED_SWIZZLE(0xFD, 0x100, "i8x16.relaxed_swizzle", ImmediateKind.NONE, "vv>v", -1),
    I32X4_RELAXED_TRUNC_F32X4_S(0xFD, 0x101, "i32x4.relaxed_trunc_f32x4_s", ImmediateKind.NONE, "v>v", -1),
    I32X4_RELAXED_TRUNC_F32X4_U(0xFD, 0x102, "i32x4.relaxed_trunc_f32x4_u", ImmediateKind.NONE, "v>v", -1),
    I32X4_RELAXED_TRUNC_F64X2_S_ZERO(0xFD, 0x103, "i32x4.relaxed_trunc_f64x2_s_zero", ImmediateKind.NONE, "v>v", -1),
    I32X4_RELAXED_TRUNC_F64X2_U_ZERO(0xFD, 0x104, "i32x4.relaxed_trunc_f64x2_u_zero", ImmediateKind.NONE, "v>v", -1),
    F32X4_RELAXED_MADD(0xFD, 0x105, "f32x4.relaxed_madd", ImmediateKind.NONE, "vvv>v", -1),
    F32X4_RELAXED_NMADD(0xFD, 0x106, "f32x4.relaxed_nmadd", ImmediateKind.NONE, "vvv>v", -1),
    F64X2_RELAXED_MADD(0xFD, 0x107, "f64x2.relaxed_madd", ImmediateKind.NONE, "vvv>v", -1),
    F64X2_RELAXED_NMADD(0xFD, 0x108, "f64x2.relaxed_nmadd", ImmediateKind.NONE, "vvv>v", -1),
    I8X16_RELAXED_LANESELECT(0xFD, 0x109, "i8x16.relaxed_laneselect", ImmediateKind.NONE, "vvv>v", -1),
    I16X8_RELAXED_LANESELECT(0xFD, 0x10A, "i16x8.relaxed_laneselect", ImmediateKind.NONE, "vvv>v", -1),
    I32X4_RELAXED_LANESELECT(0xFD, 0x10B, "i32x4.relaxed_laneselect", ImmediateKind.NONE, "vvv>v", -1),
    I64X2_RELAXED_LANESELECT(0xFD, 0x10C, "i64x2.relaxed_laneselect", ImmediateKind.NONE, "vvv>v", -1),
    F32X4_RELAXED_MIN(0xFD, 0x10D, "f32x4.relaxed_min", ImmediateKind.NONE, "vv>v", -1),
    F32X4_RELAXED_MAX(0xFD, 0x10E, "f32x4.relaxed_max", ImmediateKind.NONE, "vv>v", -1),
    F64X2_RELAXED_MIN(0xFD, 0x10F, "f64x2.relaxed_min", ImmediateKind.NONE, "vv>v", -1),
    F64X2_RELAXED_MAX(0xFD, 0x110, "f64x2.relaxed_max", ImmediateKind.NONE, "vv>v", -1),
    I16X8_RELAXED_Q15MULR_S(0xFD, 0x111, "i16x8.relaxed_q15mulr_s", ImmediateKind.NONE, "vv>v", -1),
    I16X8_RELAXED_DOT_I8X16_I7X16_S(0xFD, 0x112, "i16x8.relaxed_dot_i8x16_i7x16_s", ImmediateKind.NONE, "vv>v", -1),
    I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S(
            0xFD, 0x113, "i32x4.relaxed_dot_i8x16_i7x16_add_s", ImmediateKind.NONE, "vvv>v", -1),
    // 0xFE: threads (atomics)
    MEMORY_ATOMIC_NOTIFY(0xFE, 0x00, "memory.atomic.notify", ImmediateKind.MEMARG, "i>i", 2),
    MEMORY_ATOMIC_WAIT32(0xFE, 0x01, "memory.atomic.wait32", ImmediateKind.MEMARG, "il>i", 2),
    MEMORY_ATOMIC_WAIT64(0xFE, 0x02, "memory.atomic.wait64", ImmediateKind.MEMARG, "ll>i", 3),
    ATOMIC_FENCE(0xFE, 0x03, "atomic.fence", ImmediateKind.ATOMIC_FENCE, ">", -1),
    I32_ATOMIC_LOAD(0xFE, 0x10, "i32.atomic.load", ImmediateKind.MEMARG, ">i", 2),
    I64_ATOMIC_LOAD(0xFE, 0x11, "i64.atomic.load", ImmediateKind.MEMARG, ">l", 3),
    I32_ATOMIC_LOAD8_U(0xFE, 0x12, "i32.atomic.load8_u", ImmediateKind.MEMARG, ">i", 0),
    I32_ATOMIC_LOAD16_U(0xFE, 0x13, "i32.atomic.load16_u", ImmediateKind.MEMARG, ">i", 1),
    I64_ATOMIC_LOAD8_U(0xFE, 0x14, "i64.atomic.load8_u", ImmediateKind.MEMARG, ">l", 0),
    I64_ATOMIC_LOAD16_U(0xFE, 0x15, "i64.atomic.load16_u", ImmediateKind.MEMARG, ">l", 1),
    I64_ATOMIC_LOAD32_U(0xFE, 0x16, "i64.atomic.load32_u", ImmediateKind.MEMARG, ">l", 2),
    I32_ATOMIC_STORE(0xFE, 0x17, "i32.atomic.store", ImmediateKind.MEMARG, "i>", 2),
    I64_ATOMIC_STORE(0xFE, 0x18, "i64.atomic.store", ImmediateKind.MEMARG, "l>", 3),
    I32_ATOMIC_STORE8(0xFE, 0x19, "i32.atomic.store8", ImmediateKind.MEMARG, "i>", 0),
    I32_ATOMIC_STORE16(0xFE, 0x1A, "i32.atomic.store16", ImmediateKind.MEMARG, "i>", 1),
    I64_ATOMIC_STORE8(0xFE, 0x1B, "i64.atomic.store8", ImmediateKind.MEMARG, "l>", 0),
    I64_ATOMIC_STORE16(0xFE, 0x1C, "i64.atomic.store16", ImmediateKind.MEMARG, "l>", 1),
    I64_ATOMIC_STORE32(0xFE, 0x1D, "i64.atomic.store32", ImmediateKind.MEMARG, "l>", 2),
    I32_ATOMIC_RMW_ADD(0xFE, 0x1E, "i32.atomic.rmw.add", ImmediateKind.MEMARG, "i>i", 2),
    I64_ATOMIC_RMW_ADD(0xFE, 0x1F, "i64.atomic.rmw.add", ImmediateKind.MEMARG, "l>l", 3),
    I32_ATOMIC_RMW8_ADD_U(0xFE, 0x20, "i32.atomic.rmw8.add_u", ImmediateKind.MEMARG, "i>i", 0),
    I32_ATOMIC_RMW16_ADD_U(0xFE, 0x21, "i32.atomic.rmw16.add_u", ImmediateKind.MEMARG, "i>i", 1),
    I64_ATOMIC_RMW8_ADD_U(0xFE, 0x22, "i64.atomic.rmw8.add_u", ImmediateKind.MEMARG, "l>l", 0),
    I64_ATOMIC_RMW16_ADD_U(0xFE, 0x23, "i64.atomic.rmw16.add_u", ImmediateKind.MEMARG, "l>l", 1),
    I64_ATOMIC_RMW32_ADD_U(0xFE, 0x24, "i64.atomic.rmw32.add_u", ImmediateKind.MEMARG, "l>l", 2),
    I32_ATOMIC_RMW_SUB(0xFE, 0x25, "i32.atomic.rmw.sub", ImmediateKind.MEMARG, "i>i", 2),
    I64_ATOMIC_RMW_SUB(0xFE, 0x26, "i64.atomic.rmw.sub", ImmediateKind.MEMARG, "l>l", 3),
    I32_ATOMIC_RMW8_SUB_U(0xFE, 0x27, "i32.atomic.rmw8.sub_u", ImmediateKind.MEMARG, "i>i", 0),
    I32_ATOMIC_RMW16_SUB_U(0xFE, 0x28, "i32.atomic.rmw16.sub_u", ImmediateKind.MEMARG, "i>i", 1),
    I64_ATOMIC_RMW8_SUB_U(0xFE, 0x29, "i64.atomic.rmw8.sub_u", ImmediateKind.MEMARG, "l>l", 0),
    I64_ATOMIC_RMW16_SUB_U(0xFE, 0x2A, "i64.atomic.rmw16.sub_u", ImmediateKind.MEMARG, "l>l", 1),
    I64_ATOMIC_RMW32_SUB_U(0xFE, 0x2B, "i64.atomic.rmw32.sub_u", ImmediateKind.MEMARG, "l>l", 2),
    I32_ATOMIC_RMW_AND(0xFE, 0x2C, "i32.atomic.rmw.and", ImmediateKind.MEMARG, "i>i", 2),
    I64_ATOMIC_RMW_AND(0xFE, 0x2D, "i64.atomic.rmw.and", ImmediateKind.MEMARG, "l>l", 3),
    I32_ATOMIC_RMW8_AND_U(0xFE, 0x2E, "i32.atomic.rmw8.and_u", ImmediateKind.MEMARG, "i>i", 0),
    I32_ATOMIC_RMW16_AND_U(0xFE, 0x2F, "i32.atomic.rmw16.and_u", ImmediateKind.MEMARG, "i>i", 1),
    I64_ATOMIC_RMW8_AND_U(0xFE, 0x30, "i64.atomic.rmw8.and_u", ImmediateKind.MEMARG, "l>l", 0),
    I64_ATOMIC_RMW16_AND_U(0xFE, 0x31, "i64.atomic.rmw16.and_u", ImmediateKind.MEMARG, "l>l", 1),
    I64_ATOMIC_RMW32_AND_U(0xFE, 0x32, "i64.atomic.rmw32.and_u", ImmediateKind.MEMARG, "l>l", 2),
    I32_ATOMIC_RMW_OR(0xFE, 0x33, "i32.atomic.rmw.or", ImmediateKind.MEMARG, "i>i", 2),
    I64_ATOMIC_RMW_OR(0xFE, 0x34, "i64.atomic.rmw.or", ImmediateKind.MEMARG, "l>l", 3),
    I32_ATOMIC_RMW8_OR_U(0xFE, 0x35, "i32.atomic.rmw8.or_u", ImmediateKind.MEMARG, "i>i", 0),
    I32_ATOMIC_RMW16_OR_U(0xFE, 0x36, "i32.atomic.rmw16.or_u", ImmediateKind.MEMARG, "i>i", 1),
    I64_ATOMIC_RMW8_OR_U(0xFE, 0x37, "i64.atomic.rmw8.or_u", ImmediateKind.MEMARG, "l>l", 0),
    I64_ATOMIC_RMW16_OR_U(0xFE, 0x38, "i64.atomic.rmw16.or_u", ImmediateKind.MEMARG, "l>l", 1),
    I64_ATOMIC_RMW32_OR_U(0xFE, 0x39, "i64.atomic.rmw32.or_u", ImmediateKind.MEMARG, "l>l", 2),
    I32_ATOMIC_RMW_XOR(0xFE, 0x3A, "i32.atomic.rmw.xor", ImmediateKind.MEMARG, "i>i", 2),
    I64_ATOMIC_RMW_XOR(0xFE, 0x3B, "i64.atomic.rmw.xor", ImmediateKind.MEMARG, "l>l", 3),
    I32_ATOMIC_RMW8_XOR_U(0xFE, 0x3C, "i32.atomic.rmw8.xor_u", ImmediateKind.MEMARG, "i>i", 0),
    I32_ATOMIC_RMW16_XOR_U(0xFE, 0x3D, "i32.atomic.rmw16.xor_u", ImmediateKind.MEMARG, "i>i", 1),
    I64_ATOMIC_RMW8_XOR_U(0xFE, 0x3E, "i64.atomic.rmw8.xor_u", ImmediateKind.MEMARG, "l>l", 0),
    I64_ATOMIC_RMW16_XOR_U(0xFE, 0x3F, "i64.atomic.rmw16.xor_u", ImmediateKind.MEMARG, "l>l", 1),
    I64_ATOMIC_RMW32_XOR_U(0xFE, 0x40, "i64.atomic.rmw32.xor_u", ImmediateKind.MEMARG, "l>l", 2),
    I32_ATOMIC_RMW_XCHG(0xFE, 0x41, "i32.atomic.rmw.xchg", ImmediateKind.MEMARG, "i>i", 2),
    I64_ATOMIC_RMW_XCHG(0xFE, 0x42, "i64.atomic.rmw.xchg", ImmediateKind.MEMARG, "l>l", 3),
    I32_ATOMIC_RMW8_XCHG_U(0xFE, 0x43, "i32.atomic.rmw8.xchg_u", ImmediateKind.MEMARG, "i>i", 0),
    I32_ATOMIC_RMW16_XCHG_U(0xFE, 0x44, "i32.atomic.rmw16.xchg_u", ImmediateKind.MEMARG, "i>i", 1),
    I64_ATOMIC_RMW8_XCHG_U(0xFE, 0x45, "i64.atomic.rmw8.xchg_u", ImmediateKind.MEMARG, "l>l", 0),
    I64_ATOMIC_RMW16_XCHG_U(0xFE, 0x46, "i64.atomic.rmw16.xchg_u", ImmediateKind.MEMARG, "l>l", 1),
    I64_ATOMIC_RMW32_XCHG_U(0xFE, 0x47, "i64.atomic.rmw32.xchg_u", ImmediateKind.MEMARG, "l>l", 2),
    I32_ATOMIC_RMW_CMPXCHG(0xFE, 0x48, "i32.atomic.rmw.cmpxchg", ImmediateKind.MEMARG, "ii>i", 2),
    I64_ATOMIC_RMW_CMPXCHG(0xFE, 0x49, "i64.atomic.rmw.cmpxchg", ImmediateKind.MEMARG, "ll>l", 3),
    I32_ATOMIC_RMW8_CMPXCHG_U(0xFE, 0x4A, "i32.atomic.rmw8.cmpxchg_u", ImmediateKind.MEMARG, "ii>i", 0),
    I32_ATOMIC_RMW16_CMPXCHG_U(0xFE, 0x4B, "i32.atomic.rmw16.cmpxchg_u", ImmediateKind.MEMARG, "ii>i", 1),
    I64_ATOMIC_RMW8_CMPXCHG_U(0xFE, 0x4C, "i64.atomic.rmw8.cmpxchg_u", ImmediateKind.MEMARG, "ll>l", 0),
    I64_ATOMIC_RMW16_CMPXCHG_U(0xFE, 0x4D, "i64.atomic.rmw16.cmpxchg_u", ImmediateKind.MEMARG, "ll>l", 1),
    I64_ATOMIC_RMW32_CMPXCHG_U(0xFE, 0x4E, "i64.atomic.rmw32.cmpxchg_u", ImmediateKind.MEMARG, "ll>l", 2);

    private static final Opcode[] ONE_BYTE = new Opcode[256];
    private static final Opcode[] GC_OPS = new Opcode[32];
    private static final Opcode[] MISC_OPS = new Opcode[32];
    private static final Opcode[] SIMD_OPS = new Opcode[0x114];
    private static final Opcode[] ATOMIC_OPS = new Opcode[0x4F];
    private static final Map<String, Opcode> BY_MNEMONIC = new HashMap<>(1024);

    static {
        for (Opcode op : values()) {
            Opcode[] table = table(op.prefix);
            if (table[op.code] != null) {
                throw new AssertionError("duplicate opcode " + op);
            }
            table[op.code] = op;
            BY_MNEMONIC.putIfAbsent(op.mnemonic, op);
        }
    }

    private final int prefix;
    private final int code;
    private final String mnemonic;
    private final ImmediateKind immediates;
    private final int naturalAlignment;
    private final List<ValType> operandTypes;
    private final List<ValType> resultTypes;

    Opcode(int prefix, int code, String mnemonic, ImmediateKind immediates, String signature, int alignment) {
        this.prefix = prefix;
        this.code = code;
        this.mnemonic = mnemonic;
        this.immediates = immediates;
        this.naturalAlignment = alignment;
        if (signature == null) {
            this.operandTypes = null;
            this.resultTypes = null;
        } else {
            int arrow = signature.indexOf('>');
            this.operandTypes = parseTypes(signature, 0, arrow);
            this.resultTypes = parseTypes(signature, arrow + 1, signature.length());
        }
    }

    private static List<ValType> parseTypes(String s, int from, int to) {
        ValType[] types = new ValType[to - from];
        for (int i = from; i < to; i++) {
            types[i - from] = switch (s.charAt(i)) {
                case 'i' -> ValType.I32;
                case 'l' -> ValType.I64;
                case 'f' -> ValType.F32;
                case 'd' -> ValType.F64;
                case 'v' -> ValType.V128;
                default -> throw new AssertionError(s);
            };
        }
        return List.of(types);
    }

    private static Opcode[] table(int prefix) {
        return switch (prefix) {
            case 0 -> ONE_BYTE;
            case 0xFB -> GC_OPS;
            case 0xFC -> MISC_OPS;
            case 0xFD -> SIMD_OPS;
            case 0xFE -> ATOMIC_OPS;
            default -> null;
        };
    }

    /**
     * Returns the opcode with this encoding, or {@code null} if there is none.
     *
     * @param prefix {@code 0} for a one-byte opcode, else the prefix byte {@code 0xFB..0xFE}
     * @param code the opcode byte, or the sub-opcode (decoded {@code u32}) after the prefix
     */
    public static Opcode decode(int prefix, int code) {
        Opcode[] table = table(prefix);
        return table != null && code >= 0 && code < table.length ? table[code] : null;
    }

    /**
     * Returns the opcode with this text-format mnemonic, or {@code null} if there is none. For {@code
     * select}, {@code ref.test} and {@code ref.cast} this is the encoding without type vector / with a
     * non-null target type; the text encoder switches to {@link #SELECT_T}, {@link #REF_TEST_NULL} or
     * {@link #REF_CAST_NULL} as the operands require.
     */
    public static Opcode forMnemonic(String mnemonic) {
        return BY_MNEMONIC.get(mnemonic);
    }

    /** Returns {@code 0} for a one-byte opcode, else the prefix byte: {@code 0xFB} GC, {@code 0xFC} misc, {@code 0xFD} SIMD, {@code 0xFE} atomics. */
    public int prefix() {
        return prefix;
    }

    /** Returns the opcode byte, or for a prefixed opcode the sub-opcode encoded as {@code u32} after the prefix. */
    public int code() {
        return code;
    }

    /** Returns the text-format name, e.g. {@code "i32.load8_u"}. */
    public String mnemonic() {
        return mnemonic;
    }

    /** Returns the shape of the immediates that follow the opcode. */
    public ImmediateKind immediates() {
        return immediates;
    }

    /**
     * Returns log2 of the number of bytes a memory instruction accesses, which is its natural (and
     * default) alignment, or {@code -1} for an instruction without a memory argument.
     */
    public int naturalAlignment() {
        return naturalAlignment;
    }

    /**
     * Returns the number of lanes a lane index may address: for {@link ImmediateKind#LANE} and {@link
     * ImmediateKind#MEMARG_LANE} instructions 2, 4, 8 or 16; for {@link #I8X16_SHUFFLE} 32 (lanes of both
     * operands); otherwise {@code 0}.
     */
    public int laneCount() {
        return switch (immediates) {
            case MEMARG_LANE -> 16 >> naturalAlignment;
            case SHUFFLE -> 32;
            case LANE ->
                switch (mnemonic.charAt(1)) {
                    case '8' -> 16;
                    case '1' -> 8;
                    case '3' -> 4;
                    default -> 2;
                };
            default -> 0;
        };
    }

    /**
     * Returns whether the operand and result types are fixed, independent of the module and the
     * immediates: numeric, SIMD, conversion and constant instructions, and loads, stores and atomics
     * (whose leading address operand is then left out of {@link #operandTypes()}, as its type is the
     * memory's address type).
     */
    public boolean hasFixedSignature() {
        return operandTypes != null;
    }

    /**
     * Returns the operand types, first-pushed first, or {@code null} if {@link #hasFixedSignature()} is
     * false. For instructions with a memory argument the address operand is not included.
     */
    public List<ValType> operandTypes() {
        return operandTypes;
    }

    /** Returns the result types, or {@code null} if {@link #hasFixedSignature()} is false. */
    public List<ValType> resultTypes() {
        return resultTypes;
    }

    /** Returns the mnemonic. */
    @Override
    public String toString() {
        return mnemonic;
    }
}
