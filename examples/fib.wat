;; Exports functions to call from the command line:
;;   ./wasm4j run --invoke fib examples/fib.wat 40      prints 102334155
;;   ./wasm4j run --invoke divmod examples/fib.wat 17 5  prints 3 and 2
(module
  (func (export "fib") (param $n i64) (result i64)
    (local $a i64) (local $b i64) (local $t i64)
    (local.set $b (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $t (i64.add (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (local.set $n (i64.sub (local.get $n) (i64.const 1)))
        (br $next)))
    (local.get $a))

  (func (export "divmod") (param $x i32) (param $y i32) (result i32 i32)
    (i32.div_s (local.get $x) (local.get $y))
    (i32.rem_s (local.get $x) (local.get $y))))
