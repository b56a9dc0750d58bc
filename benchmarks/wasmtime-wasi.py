"""Runs a WASI command module under wasmtime (the `wasmtime` PyPI package bundles the real engine).

Usage: python wasmtime-wasi.py FILE.wasm [ARGS...]; stdout/stderr are the process's.
"""
import sys

from wasmtime import Engine, ExitTrap, Linker, Module, Store, WasiConfig


def main() -> int:
    path = sys.argv[1]
    engine = Engine()
    module = Module.from_file(engine, path)
    linker = Linker(engine)
    linker.define_wasi()
    store = Store(engine)
    wasi = WasiConfig()
    wasi.argv = [path] + sys.argv[2:]
    wasi.inherit_stdout()
    wasi.inherit_stderr()
    store.set_wasi(wasi)
    instance = linker.instantiate(store, module)
    try:
        instance.exports(store)["_start"](store)
    except ExitTrap as e:
        return e.code
    return 0


if __name__ == "__main__":
    sys.exit(main())
