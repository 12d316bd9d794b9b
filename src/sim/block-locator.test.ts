import { describe, expect, it } from 'vitest';
import { blockLocator } from './block-locator';

const chainOf = (height: number) => ({ height, entryAt: (h: number) => (h >= 0 && h <= height ? { hash: `h${h}` } : undefined) });

describe('blockLocator', () => {
  it('lists the last ten blocks, then doubles its steps, and always ends at genesis', () => {
    expect(blockLocator(chainOf(30))).toEqual(['h30', 'h29', 'h28', 'h27', 'h26', 'h25', 'h24', 'h23', 'h22', 'h21', 'h19', 'h15', 'h7', 'h0']);
  });

  it('is only genesis on a chain of one block, and stays short on a long chain', () => {
    expect(blockLocator(chainOf(0))).toEqual(['h0']);
    expect(blockLocator(chainOf(1_000_000)).length).toBeLessThan(32);
  });
});
