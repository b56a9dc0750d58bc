package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.spi.V128;

/** The floating-point lanes of {@link Simd}, with the scalar instructions' NaN rules ({@link Num}). */
final class SimdFloat {
    private SimdFloat() {}

    static V128 binary(String shape, String name, V128 a, V128 b) {
        if (shape.equals("f32x4")) {
            float[] x = Lanes.f(a);
            float[] y = Lanes.f(b);
            int[] cmp = new int[4];
            boolean isCmp = false;
            for (int i = 0; i < 4; i++) {
                float p = x[i];
                float q = y[i];
                switch (name) {
                    case "add" -> x[i] = p + q;
                    case "sub" -> x[i] = p - q;
                    case "mul" -> x[i] = p * q;
                    case "div" -> x[i] = p / q;
                    case "min", "relaxed_min" -> x[i] = Num.min(p, q);
                    case "max", "relaxed_max" -> x[i] = Num.max(p, q);
                    case "pmin" -> x[i] = q < p ? q : p;
                    case "pmax" -> x[i] = p < q ? q : p;
                    default -> {
                        isCmp = true;
                        cmp[i] = compare(name, p, q) ? -1 : 0;
                    }
                }
            }
            return isCmp ? Lanes.ofI(cmp) : Lanes.ofF(x);
        }
        double[] x = Lanes.d(a);
        double[] y = Lanes.d(b);
        long[] cmp = new long[2];
        boolean isCmp = false;
        for (int i = 0; i < 2; i++) {
            double p = x[i];
            double q = y[i];
            switch (name) {
                case "add" -> x[i] = p + q;
                case "sub" -> x[i] = p - q;
                case "mul" -> x[i] = p * q;
                case "div" -> x[i] = p / q;
                case "min", "relaxed_min" -> x[i] = Num.min(p, q);
                case "max", "relaxed_max" -> x[i] = Num.max(p, q);
                case "pmin" -> x[i] = q < p ? q : p;
                case "pmax" -> x[i] = p < q ? q : p;
                default -> {
                    isCmp = true;
                    cmp[i] = compare(name, p, q) ? -1 : 0;
                }
            }
        }
        return isCmp ? Lanes.ofL(cmp) : Lanes.ofD(x);
    }

    private static boolean compare(String name, double p, double q) {
        return switch (name) {
            case "eq" -> p == q;
            case "ne" -> p != q;
            case "lt" -> p < q;
            case "gt" -> p > q;
            case "le" -> p <= q;
            case "ge" -> p >= q;
            default -> throw new UnsupportedOperationException(name);
        };
    }

    static V128 unary(String shape, String name, V128 a) {
        switch (name) {
            case "trunc_sat_f32x4_s", "relaxed_trunc_f32x4_s" -> {
                float[] x = Lanes.f(a);
                return V128.ofI32((int) x[0], (int) x[1], (int) x[2], (int) x[3]);
            }
            case "trunc_sat_f32x4_u", "relaxed_trunc_f32x4_u" -> {
                float[] x = Lanes.f(a);
                return V128.ofI32(
                        Num.i32TruncSatU(x[0]), Num.i32TruncSatU(x[1]), Num.i32TruncSatU(x[2]), Num.i32TruncSatU(x[3]));
            }
            case "trunc_sat_f64x2_s_zero", "relaxed_trunc_f64x2_s_zero" -> {
                double[] x = Lanes.d(a);
                return V128.ofI32((int) x[0], (int) x[1], 0, 0);
            }
            case "trunc_sat_f64x2_u_zero", "relaxed_trunc_f64x2_u_zero" -> {
                double[] x = Lanes.d(a);
                return V128.ofI32(Num.i32TruncSatU(x[0]), Num.i32TruncSatU(x[1]), 0, 0);
            }
            case "convert_i32x4_s" -> {
                int[] x = Lanes.i(a);
                return Lanes.ofF(new float[] {x[0], x[1], x[2], x[3]});
            }
            case "convert_i32x4_u" -> {
                int[] x = Lanes.i(a);
                return Lanes.ofF(new float[] {
                    Num.f32ConvertU(x[0]), Num.f32ConvertU(x[1]), Num.f32ConvertU(x[2]), Num.f32ConvertU(x[3])
                });
            }
            case "demote_f64x2_zero" -> {
                double[] x = Lanes.d(a);
                return Lanes.ofF(new float[] {(float) x[0], (float) x[1], 0, 0});
            }
            case "convert_low_i32x4_s" -> {
                int[] x = Lanes.i(a);
                return Lanes.ofD(new double[] {x[0], x[1]});
            }
            case "convert_low_i32x4_u" -> {
                int[] x = Lanes.i(a);
                return Lanes.ofD(new double[] {Num.f64ConvertU(x[0]), Num.f64ConvertU(x[1])});
            }
            case "promote_low_f32x4" -> {
                float[] x = Lanes.f(a);
                return Lanes.ofD(new double[] {x[0], x[1]});
            }
            default -> {}
        }
        if (shape.equals("f32x4")) {
            float[] x = Lanes.f(a);
            for (int i = 0; i < 4; i++) {
                x[i] = switch (name) {
                    case "abs" -> Num.abs(x[i]);
                    case "neg" -> Num.neg(x[i]);
                    case "sqrt" -> Num.sqrt(x[i]);
                    case "ceil" -> Num.ceil(x[i]);
                    case "floor" -> Num.floor(x[i]);
                    case "trunc" -> Num.trunc(x[i]);
                    case "nearest" -> Num.nearest(x[i]);
                    default -> throw new UnsupportedOperationException(shape + "." + name);
                };
            }
            return Lanes.ofF(x);
        }
        double[] x = Lanes.d(a);
        for (int i = 0; i < 2; i++) {
            x[i] = switch (name) {
                case "abs" -> Num.abs(x[i]);
                case "neg" -> Num.neg(x[i]);
                case "sqrt" -> Num.sqrt(x[i]);
                case "ceil" -> Num.ceil(x[i]);
                case "floor" -> Num.floor(x[i]);
                case "trunc" -> Num.trunc(x[i]);
                case "nearest" -> Num.nearest(x[i]);
                default -> throw new UnsupportedOperationException(shape + "." + name);
            };
        }
        return Lanes.ofD(x);
    }

    static V128 ternary(String shape, String name, V128 a, V128 b, V128 c) {
        boolean neg = name.equals("relaxed_nmadd");
        if (shape.equals("f32x4")) {
            float[] x = Lanes.f(a);
            float[] y = Lanes.f(b);
            float[] z = Lanes.f(c);
            for (int i = 0; i < 4; i++) {
                x[i] = (neg ? -x[i] : x[i]) * y[i] + z[i];
            }
            return Lanes.ofF(x);
        }
        double[] x = Lanes.d(a);
        double[] y = Lanes.d(b);
        double[] z = Lanes.d(c);
        for (int i = 0; i < 2; i++) {
            x[i] = (neg ? -x[i] : x[i]) * y[i] + z[i];
        }
        return Lanes.ofD(x);
    }
}
