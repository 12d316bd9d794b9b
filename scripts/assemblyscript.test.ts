/**
 * The one AssemblyScript compile path (scripts/assemblyscript.js): SIMD is on
 * and the module runs; a source with an error is refused with the compiler's
 * message and the file's name, so a broken kernel fails the build loudly.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAssemblyScript } from './assemblyscript.js';

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
