;; Prints its environment, one NAME=VALUE a line:
;;   ./wasm4j run --env GREETING=hello --env NAME=world examples/printenv.wat
(module
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 4)

  ;; 0: count, 4: buffer size, 16: iovec, 24: bytes written, 1024: pointers, 65536: the strings.
  (func (export "_start")
    (local $i i32) (local $size i32)
    (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
    (drop (call $environ_get (i32.const 1024) (i32.const 65536)))
    (local.set $size (i32.load (i32.const 4)))
    ;; Each string ends with a NUL: make it a newline, then write the whole buffer.
    (block $end
      (loop $more
        (br_if $end (i32.ge_u (local.get $i) (local.get $size)))
        (if (i32.eqz (i32.load8_u offset=65536 (local.get $i)))
          (then (i32.store8 offset=65536 (local.get $i) (i32.const 10))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $more)))
    (i32.store (i32.const 16) (i32.const 65536))
    (i32.store (i32.const 20) (local.get $size))
    (drop (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 24)))))
