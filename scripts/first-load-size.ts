/**
 * Prints what a first visit downloads before the page can run: the entry
 * script, every chunk it imports statically (transitively) and the
 * stylesheets, raw and gzip-compressed. Lazily imported chunks (lessons,
 * workers) and WebAssembly modules (the mining kernel) are counted apart. Run after `npm run build`:
 *
 *   npx tsx scripts/first-load-size.ts [dist]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileSize, initialFiles } from './first-load';

const dist = process.argv[2] ?? 'dist';
const initial = initialFiles(dist);
const size = (file: string) => fileSize(dist, file);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
let raw = 0;
let gzip = 0;
console.log('First load:');
for (const file of [...initial].sort()) {
  const s = size(file);
  raw += s.raw;
  gzip += s.gzip;
  console.log(`  ${file.padEnd(44)} ${kb(s.raw).padStart(11)} ${kb(s.gzip).padStart(11)} gzip`);
}
console.log(`  ${'total'.padEnd(44)} ${kb(raw).padStart(11)} ${kb(gzip).padStart(11)} gzip`);
// Each file is compressed on its own; the same bytes as one stream show how much the split itself costs.
const js = [...initial].filter((f) => f.endsWith('.js')).sort();
const stream = gzipSync(Buffer.concat(js.map((f) => readFileSync(join(dist, f)))), { level: 9 }).length;
console.log(`  (its ${js.length} script file${js.length === 1 ? '' : 's'} gzipped as one stream: ${kb(stream)})`);
const lazy = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`).filter((f) => /\.(?:js|wasm)$/.test(f) && !initial.has(f));
let lazyGzip = 0;
for (const f of lazy) lazyGzip += size(f).gzip;
const wasm = lazy.filter((f) => f.endsWith('.wasm'));
console.log(`Loaded later (${lazy.length - wasm.length} chunks: workers, lazy parts; ${wasm.length} WebAssembly module${wasm.length === 1 ? '' : 's'}): ${kb(lazyGzip)} gzip`);
for (const f of wasm) console.log(`  ${f.padEnd(44)} ${kb(size(f).raw).padStart(11)} ${kb(size(f).gzip).padStart(11)} gzip`);
