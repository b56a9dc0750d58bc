;; Copies a file to stdout: the file named by the first argument, inside the first directory given with --dir.
;;   ./wasm4j run --dir examples examples/cat.wat hello.wat
;; Exits 2 without an argument, 1 if the file cannot be opened or read.
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 2)

  ;; 0: argc, 4: argv buffer size, 8: opened fd, 12: bytes read, 16: iovec, 24: bytes written,
  ;; 64: messages, 1024: argv pointers, 4096: argv strings, 65536: the read buffer (64 KiB).
  (data (i32.const 64) "usage: cat FILE\n")
  (data (i32.const 96) "cat: cannot open or read the file\n")

  ;; Writes len bytes at ptr to fd.
  (func $write (param $fd i32) (param $ptr i32) (param $len i32)
    (i32.store (i32.const 16) (local.get $ptr))
    (i32.store (i32.const 20) (local.get $len))
    (drop (call $fd_write (local.get $fd) (i32.const 16) (i32.const 1) (i32.const 24))))

  (func $strlen (param $p i32) (result i32)
    (local $n i32)
    (block $end
      (loop $more
        (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $more)))
    (local.get $n))

  (func $fail
    (call $write (i32.const 2) (i32.const 96) (i32.const 34))
    (call $proc_exit (i32.const 1)))

  (func (export "_start")
    (local $path i32) (local $fd i32) (local $n i32)
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (if (i32.lt_u (i32.load (i32.const 0)) (i32.const 2))
      (then
        (call $write (i32.const 2) (i32.const 64) (i32.const 16))
        (call $proc_exit (i32.const 2))))
    (drop (call $args_get (i32.const 1024) (i32.const 4096)))
    (local.set $path (i32.load (i32.const 1028)))
    ;; path_open(dirfd 3, follow symlinks, path, len, no oflags, rights fd_read, no inheriting, no fdflags)
    (if (call $path_open (i32.const 3) (i32.const 1) (local.get $path) (call $strlen (local.get $path))
          (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 8))
      (then (call $fail)))
    (local.set $fd (i32.load (i32.const 8)))
    (loop $copy
      (i32.store (i32.const 16) (i32.const 65536))
      (i32.store (i32.const 20) (i32.const 65536))
      (if (call $fd_read (local.get $fd) (i32.const 16) (i32.const 1) (i32.const 12))
        (then (call $fail)))
      (local.set $n (i32.load (i32.const 12)))
      (if (local.get $n)
        (then
          (call $write (i32.const 1) (i32.const 65536) (local.get $n))
          (br $copy))))))
