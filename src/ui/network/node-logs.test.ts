import { describe, expect, it } from 'vitest';
import type { NodeLogEntry } from '../../sim/index';
import { formatSimTime, logRow, logRows, matchesFilter } from './node-logs';

const entry = (seq: number, over: Partial<NodeLogEntry> = {}): NodeLogEntry => ({
  seq,
  time: seq * 100,
  nodeId: 'node-1',
  level: 'info',
  kind: 'block-accepted',
  text: `line ${seq}`,
  ...over,
});

describe('node logs', () => {
  it('tags rejections with their code, reorgs with their depth, IBD progress', () => {
    expect(
      logRow(
        entry(1, { kind: 'block-rejected', level: 'warn', code: 'bad-txns-inputs-missingorspent' }),
      ),
    ).toMatchObject({
      tag: '✗ block rejected',
      level: 'warn',
      code: 'bad-txns-inputs-missingorspent',
    });
    expect(logRow(entry(2, { kind: 'reorg', depth: 2 }))).toMatchObject({
      tag: '⤴ reorg depth 2',
      depth: 2,
    });
    expect(
      logRow(entry(3, { kind: 'ibd', text: 'initial block download: height 5 of 10' })),
    ).toMatchObject({ tag: '⇣ IBD', time: '0.30 s' });
  });

  it.each([
    ['blocks', 'block-orphan', true],
    ['blocks', 'tx-accepted', false],
    ['transactions', 'tx-rejected', true],
    ['reorgs', 'reorg', true],
    ['reorgs', 'resolve', true],
    ['ibd', 'ibd', true],
    ['ibd', 'peer', false],
    ['peers', 'peer', true],
    ['all', 'tx-accepted', true],
  ] as const)('filter %s with %s: %s', (filter, kind, yes) => {
    expect(matchesFilter(entry(1, { kind }), filter)).toBe(yes);
  });

  it('"problems" shows the warnings of any kind', () => {
    expect(matchesFilter(entry(1, { kind: 'tx-rejected', level: 'warn' }), 'problems')).toBe(true);
    expect(matchesFilter(entry(1, { kind: 'tx-accepted' }), 'problems')).toBe(false);
  });

  it('merges several nodes newest first, filtered and limited', () => {
    const a = [entry(1), entry(4, { kind: 'tx-accepted' }), entry(5)];
    const b = [entry(2, { nodeId: 'node-2' }), entry(3, { nodeId: 'node-2' })];
    expect(logRows([a, b], 'blocks', 3).map((r) => r.key)).toEqual([5, 3, 2]);
    expect(logRows([a, b], 'all').map((r) => r.key)).toEqual([5, 4, 3, 2, 1]);
  });

  it('checks its arguments', () => {
    expect(() => matchesFilter(entry(1), 'nope' as never)).toThrow(RangeError);
    expect(() => logRows('x' as never, 'all')).toThrow(TypeError);
    expect(() => logRows([], 'all', -1)).toThrow(RangeError);
    expect(() => formatSimTime(Number.NaN)).toThrow(TypeError);
    expect(formatSimTime(12345)).toBe('12.35 s');
  });
});
