/**
 * The one AssemblyScript compile path (scripts/assemblyscript.js): SIMD is on
 * and the module runs; a source with an error is refused with the compiler's
 * message and the file's name, so a broken kernel fails the build loudly.
 * The Vite plugin: a build writes a `?wasm-file` import as a .wasm file of its
 * own, its URL relative to the importing chunk (base './'), and inlines a
 * `?wasm` import's bytes.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { assemblyScript, compileAssemblyScript, wasmFileName } from './assemblyscript.js';

async function source(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'asc-'));
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('compileAssemblyScript', () => {
  it('compiles SIMD code to a module that runs, and gives its text', async () => {
    const file = await source('lanes.ts', 'export function sum(x: i32): i32 { const v = i32x4.add(i32x4.splat(x), i32x4(1, 2, 3, 4)); return i32x4.extract_lane(v, 3); }\n');
    const { binary, text } = await compileAssemblyScript(file);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary as Uint8Array<ArrayBuffer>), {});
    expect((instance.exports.sum as (x: number) => number)(10)).toBe(14);
    expect(text).toContain('i32x4.add');
  });

  it('refuses a source with an error, naming the file and quoting the compiler', async () => {
    const file = await source('broken.ts', 'export function f(): i32 { return undefinedThing; }\n');
    await expect(compileAssemblyScript(file)).rejects.toThrow(/AssemblyScript could not compile .*broken\.ts:[\s\S]*undefinedThing/);
  });
});

const KERNEL = 'export function answer(): i32 { return 42; }\n';

/** Builds `entry` (in a folder with kernel.ts) with the plugin only, in memory; returns the output files. An app's entry keeps no exports: the entries hand the import to globalThis. */
async function buildWith(entry: string): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> {
  const dir = await mkdtemp(join(tmpdir(), 'asc-build-'));
  await writeFile(join(dir, 'kernel.ts'), KERNEL);
  await writeFile(join(dir, 'main.js'), entry);
  const result = await build({
    configFile: false,
    root: dir,
    base: './',
    logLevel: 'silent',
    plugins: [assemblyScript()],
    build: { write: false, minify: false, rolldownOptions: { input: join(dir, 'main.js') } },
  });
  return (Array.isArray(result) ? result[0]! : (result as Rolldown.RolldownOutput)).output;
}

describe('the Vite plugin in a build', () => {
  it('writes a `?wasm-file` import as assets/<name>-<hash>.wasm, the compiled module, found relative to the chunk', async () => {
    const output = await buildWith("import url from './kernel.ts?wasm-file';\nglobalThis.kernel = url;\n");
    const assets = output.filter((o): o is Rolldown.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.wasm'));
    expect(assets.map((a) => a.fileName)).toEqual([expect.stringMatching(/^assets\/kernel-[\w-]{8}\.wasm$/)]);
    const bytes = assets[0]!.source as Uint8Array;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>), {});
    expect((instance.exports.answer as () => number)()).toBe(42);
    const chunk = output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry)!;
    const name = assets[0]!.fileName.slice('assets/'.length);
    expect(chunk.code).toMatch(new RegExp(`new URL\\(["'\`]${name.replace('.', '\\.')}["'\`], import\\.meta\\.url\\)`));
    expect(chunk.code).not.toContain('atob(');
  });

  it('inlines a `?wasm` import\'s bytes and writes no file', async () => {
    const output = await buildWith("import bytes from './kernel.ts?wasm';\nglobalThis.kernel = bytes;\n");
    expect(output.filter((o) => o.fileName.endsWith('.wasm'))).toEqual([]);
    const chunk = output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry)!;
    expect(chunk.code).toContain('atob(');
  });

  it('names the file after its source', () => {
    expect(wasmFileName('/src/core/assembly/sha256d-simd.ts')).toBe('sha256d-simd.wasm');
  });
});
