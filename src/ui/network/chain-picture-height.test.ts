import { describe, expect, it } from 'vitest';
import type { ChainViewBlock } from '../viz/chain-layout';
import { chainPictureHeight, ONE_ROW_PX, ROW_STEP_PX } from './chain-picture-height';

const block = (
  hash: string,
  parent: string | null,
  height: number,
  status: ChainViewBlock['status'] = 'active',
): ChainViewBlock => ({
  hash,
  parent,
  height,
  txCount: 1,
  miner: 'A',
  status,
  tipOf: [],
  time: height,
});

const straight = [block('g', null, 0), block('a1', 'g', 1), block('a2', 'a1', 2)];

describe('chainPictureHeight', () => {
  it('one row for a straight chain', () => {
    expect(chainPictureHeight(straight, 340)).toBe(ONE_ROW_PX);
  });

  it('a row per branch off the active chain (not per stale block) and one for orphans', () => {
    const forked = [...straight, block('s1', 'a1', 2, 'stale'), block('s2', 's1', 3, 'stale')];
    expect(chainPictureHeight(forked, 340)).toBe(ONE_ROW_PX + ROW_STEP_PX);
    const more = [
      ...forked,
      block('t1', 'g', 1, 'stale'),
      block('o1', 'zz', 5, 'orphan'),
      block('o2', 'zy', 5, 'orphan'),
    ];
    expect(chainPictureHeight(more, 1000)).toBe(ONE_ROW_PX + 3 * ROW_STEP_PX);
  });

  it('never more than the maximum; checks its arguments', () => {
    const many = [
      ...straight,
      ...Array.from({ length: 10 }, (_, i) => block(`s${i}`, 'a1', 2, 'stale')),
    ];
    expect(chainPictureHeight(many, 340)).toBe(340);
    expect(() => chainPictureHeight(null as never, 340)).toThrow(TypeError);
    expect(() => chainPictureHeight([], 10)).toThrow(RangeError);
  });
});
