;; Prints "Hello, world!" with WASI's fd_write.  Run it with:  ./wasm4j run examples/hello.wat
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param $fd i32) (param $iovs i32) (param $iovs_len i32) (param $nwritten i32) (result i32)))
  (memory (export "memory") 1)

  ;; The text at offset 16; an iovec {pointer, length} at offset 0.
  (data (i32.const 16) "Hello, world!\n")

  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 14))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
