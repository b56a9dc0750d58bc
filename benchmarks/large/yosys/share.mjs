// Writes the file tree that @yowasp/yosys bundles in gen/resources-yosys.js (its `filesystem` export: Yosys's
// share/ directory, techmap libraries etc.) to a directory: node share.mjs RESOURCES.js OUT_DIR
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [resources, out] = process.argv.slice(2);
const { filesystem } = await import(pathToFileURL(resources).href);

function write(tree, dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(tree)) {
    const path = join(dir, name);
    if (typeof value === 'string' || value instanceof Uint8Array) writeFileSync(path, value);
    else if (value instanceof URL) copyFileSync(fileURLToPath(value), path);
    else write(value, path);
  }
}

write(filesystem, out);
