;; Traps two calls deep: wasm4j prints the trap and its wasm backtrace to stderr and exits with 134.
;;   ./wasm4j run examples/trap.wat
(module $trap
  (func $divide (param $x i32) (param $y i32) (result i32)
    (i32.div_u (local.get $x) (local.get $y)))
  (func $average (param $sum i32) (param $count i32) (result i32)
    (call $divide (local.get $sum) (local.get $count)))
  (func $main (export "_start")
    (drop (call $average (i32.const 10) (i32.const 0)))))
