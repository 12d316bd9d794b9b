/**
 * The host side of the WebGPU kernel, in Node: the job words the shader reads
 * (midstate, header tail, target) and the dispatch grid. The shader itself
 * runs in Chromium: e2e/mining-engines.e2e.ts compares its nonces with the
 * JavaScript kernel's.
 */
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { JOB_WORDS, MAX_WORKGROUPS_PER_DIMENSION, SHA256D_WGSL, WORKGROUP_SIZE, gpuJob, setDispatch, workgroupGrid } from './sha256d-wgsl';

function header(seed: number): Uint8Array {
  return Uint8Array.from({ length: 80 }, (_, i) => (i * 37 + seed * 101) & 0xff);
}

describe('gpuJob', () => {
  it('holds the midstate as @noble/hashes has it after the first 64 bytes, the header tail and the target words', () => {
    const h = header(1);
    // noble's SHA-256 exposes its working state (A..H) through get(): an independent midstate.
    const noble = sha256.create().update(h.subarray(0, 64)) as unknown as { get(): number[] };
    const target = (0x1234n << 240n) | 0xabcdefn;
    const job = gpuJob(h, target);
    expect(job.length).toBe(JOB_WORDS);
    expect([...job.subarray(0, 8)]).toEqual(noble.get().map((w) => w >>> 0));
    const view = new DataView(h.buffer);
    expect([...job.subarray(8, 11)]).toEqual([view.getUint32(64), view.getUint32(68), view.getUint32(72)]);
    expect([...job.subarray(11, 19)]).toEqual([0x1234_0000, 0, 0, 0, 0, 0, 0, 0xabcdef]);
    setDispatch(job, 0xfffffff0, 16);
    expect([job[19], job[20]]).toEqual([0xfffffff0, 16]);
  });

  it('refuses a header that is not 80 bytes and a target outside [0, 2^256)', () => {
    expect(() => gpuJob(new Uint8Array(79), 1n)).toThrow(/header must be 80 bytes/);
    expect(() => gpuJob(header(2), -1n)).toThrow(RangeError);
    expect(() => gpuJob(header(2), 1n << 256n)).toThrow(/target/);
    expect(() => gpuJob(header(2), 5 as unknown as bigint)).toThrow(/target must be a bigint/);
  });
});

describe('workgroupGrid', () => {
  it('covers every nonce with whole workgroups, in two dimensions past the per-dimension limit', () => {
    expect(workgroupGrid(1)).toEqual({ x: 1, y: 1 });
    expect(workgroupGrid(WORKGROUP_SIZE)).toEqual({ x: 1, y: 1 });
    expect(workgroupGrid(WORKGROUP_SIZE + 1)).toEqual({ x: 2, y: 1 });
    for (const count of [1 << 20, 1 << 24, MAX_WORKGROUPS_PER_DIMENSION * WORKGROUP_SIZE + 1]) {
      const { x, y } = workgroupGrid(count);
      expect(x).toBeLessThanOrEqual(MAX_WORKGROUPS_PER_DIMENSION);
      expect(y).toBeLessThanOrEqual(MAX_WORKGROUPS_PER_DIMENSION);
      expect(x * y * WORKGROUP_SIZE).toBeGreaterThanOrEqual(count);
      expect((x * y - x) * WORKGROUP_SIZE).toBeLessThan(count); // no whole row of workgroups wasted
    }
    expect(() => workgroupGrid(0)).toThrow(/count/);
  });
});

describe('the shader source', () => {
  it('declares the entry point, bindings and constants the host relies on', () => {
    expect(SHA256D_WGSL).toContain(`@compute @workgroup_size(${WORKGROUP_SIZE})`);
    expect(SHA256D_WGSL).toMatch(/fn main\(/);
    expect(SHA256D_WGSL).toMatch(/@group\(0\) @binding\(0\) var<storage, read> job/);
    expect(SHA256D_WGSL).toMatch(/@group\(0\) @binding\(1\) var<storage, read_write> found: atomic<u32>/);
    expect(SHA256D_WGSL).toContain('0x428a2f98u'); // K[0]
    expect(SHA256D_WGSL).toContain('0x5be0cd19u'); // IV[7]
    expect(SHA256D_WGSL).not.toMatch(/\$\{|undefined|NaN/);
  });
});
