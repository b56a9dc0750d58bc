// Runs a WASI command module under node: node --no-warnings node-wasi.mjs [--dir HOST[::GUEST]]... FILE.wasm [ARGS...]
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { argv, exit } from 'node:process';
let args = argv.slice(2); const preopens = {};
while (args[0] === '--dir') { const [h, g] = args[1].split('::'); preopens[g ?? h] = h; args = args.slice(2); }
const wasi = new WASI({ version: 'preview1', args, env: {}, preopens, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(args[0]));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
exit(wasi.start(instance));
