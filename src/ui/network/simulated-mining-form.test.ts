import { describe, expect, it } from 'vitest';
import {
  fastForwardSummary,
  formatDuration,
  minerShares,
  parseBlockCount,
} from './simulated-mining-form';

describe('parseBlockCount', () => {
  it.each([
    ['50', 50],
    [' 1 ', 1],
    ['1,000', 1000],
    ['+7', 7],
  ])('reads %j as %i', (text, blocks) => {
    expect(parseBlockCount(text)).toEqual({ ok: true, blocks });
  });

  it.each([
    ['', 'Enter how many blocks to fast-forward (1 to 1,000).'],
    ['   ', 'Enter how many blocks to fast-forward (1 to 1,000).'],
    ['2.5', 'The number of blocks must be a whole number, like 50.'],
    ['1e3', 'The number of blocks must be a whole number, like 50.'],
    ['fifty', 'The number of blocks must be a whole number, like 50.'],
    ['0x10', 'The number of blocks must be a whole number, like 50.'],
    ['0', 'Fast-forward at least 1 block.'],
    ['-5', 'Fast-forward at least 1 block.'],
    ['1001', 'At most 1,000 blocks at a time.'],
  ])('refuses %j: %s', (text, error) => {
    expect(parseBlockCount(text)).toEqual({ ok: false, error });
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 sec'],
    [45, '45 sec'],
    [120, '2 min'],
    [1000, '16 min 40 sec'],
    [3600, '1 hr'],
    [3725, '1 hr 2 min 5 sec'],
    [59.6, '1 min'],
  ])('%d s -> %s', (s, text) => expect(formatDuration(s)).toBe(text));

  it('writes the units as the language does', () => {
    expect(formatDuration(1000, 'de')).toBe('16 Min., 40 Sek.');
    expect(formatDuration(1000, 'zh-CN')).toBe('16分钟40秒');
    expect(formatDuration(3725, 'es')).toBe('1 h 2 min 5 s');
  });
  it('refuses a negative duration', () => expect(() => formatDuration(-1)).toThrow(RangeError));
});

describe('fastForwardSummary', () => {
  it('says blocks, simulated time, stale blocks and reorgs', () => {
    expect(fastForwardSummary({ blocks: 100, seconds: 1000, stale: 7, reorgs: 5 }, 100)).toBe(
      '100 blocks in 16 min 40 sec of simulated time: 7 stale, 5 reorgs.',
    );
    expect(fastForwardSummary({ blocks: 1, seconds: 9, stale: 0, reorgs: 1 }, 1)).toBe(
      '1 block in 9 sec of simulated time: 0 stale, 1 reorg.',
    );
  });

  it('says why a run stopped early', () => {
    expect(
      fastForwardSummary(
        { blocks: 3, seconds: 31, stale: 0, reorgs: 0, stopped: 'You stopped it.' },
        50,
      ),
    ).toBe(
      'Stopped after 3 of 50 blocks, 31 sec of simulated time: 0 stale, 0 reorgs. You stopped it.',
    );
  });
});

describe('minerShares', () => {
  it('gives each miner its share of the total, skipping nodes without one', () => {
    expect(
      minerShares([
        { label: 'Node A', hashShare: 0.4 },
        { label: 'Node B', hashShare: 0.3 },
        { label: 'New', hashShare: 0 },
        { label: 'Node D', hashShare: 0.3 },
      ]),
    ).toEqual(['Node A 40%', 'Node B 30%', 'Node D 30%']);
    expect(
      minerShares([
        { label: 'A', hashShare: 2 },
        { label: 'B', hashShare: 2 },
      ]),
    ).toEqual(['A 50%', 'B 50%']);
    expect(minerShares([])).toEqual([]);
  });
});
