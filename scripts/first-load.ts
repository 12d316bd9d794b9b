/**
 * What a first visit downloads before the page can run, from a build: the
 * entry script, every chunk it imports statically (transitively) and the
 * stylesheets. Shared by scripts/first-load-size.ts and the benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static imports of a built chunk: `import ... from "./x.js"` and bare `import "./x.js"` (not `import(`). */
function staticImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?[\s}]from\s*)?["']\.\/([^"']+\.js)["']/g)) found.add(`assets/${m[1]}`);
  return [...found];
}

/** The files index.html loads and those they import statically, as paths under `dist`. */
export function initialFiles(dist: string): Set<string> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const initial = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (initial.has(file)) continue;
    initial.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(dist, file));
  }
  return initial;
}

/** A built file's size, raw and gzip-compressed (level 9, as a static host would serve it). */
export function fileSize(dist: string, file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
