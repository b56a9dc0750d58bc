"""Runs a WASI command module under wasmtime (the `wasmtime` PyPI package bundles the real engine).

Usage: python wasmtime-wasi.py [--dir HOST[::GUEST]]... FILE.wasm [ARGS...]; stdout/stderr are the process's;
each --dir preopens host directory HOST as GUEST (default: HOST).
"""
import sys

from wasmtime import Engine, ExitTrap, Linker, Module, Store, WasiConfig


def main() -> int:
    args = sys.argv[1:]
    dirs = []
    while args and args[0] == "--dir":
        host, _, guest = args[1].partition("::")
        dirs.append((host, guest or host))
        args = args[2:]
    path = args[0]
    engine = Engine()
    module = Module.from_file(engine, path)
    linker = Linker(engine)
    linker.define_wasi()
    store = Store(engine)
    wasi = WasiConfig()
    wasi.argv = args
    for host, guest in dirs:
        wasi.preopen_dir(host, guest)
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
