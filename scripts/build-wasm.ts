/**
 * `npm run build:wasm`: compiles every AssemblyScript kernel to dist-wasm/
 * (.wasm and its .wat text), to inspect what the compiler made of them. The
 * app and the tests do not need this step: they compile the same sources
 * through the Vite plugin (scripts/assemblyscript.ts).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileAssemblyScript } from './assemblyscript.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const sources = join(root, 'src/core/assembly');
const out = join(root, 'dist-wasm');

await mkdir(out, { recursive: true });
for (const file of (await readdir(sources)).filter((f) => f.endsWith('.ts'))) {
  const { binary, text } = await compileAssemblyScript(join(sources, file));
  const name = basename(file, '.ts');
  await writeFile(join(out, `${name}.wasm`), binary);
  await writeFile(join(out, `${name}.wat`), text);
  console.log(`${name}.wasm: ${binary.length} bytes (dist-wasm/)`);
}
