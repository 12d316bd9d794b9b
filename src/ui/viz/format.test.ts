import { describe, expect, it } from 'vitest';
import { approxTextWidth, capitalise, formatCount, listWords, nodesWord, nodeWord, shortHash, tipOfText } from './format';

describe('format', () => {
  it.each([
    ['0000abcdef0123456789', '0000abcd…6789'],
    ['abc', 'abc'],
  ])('shortHash(%s) = %s', (hash, short) => expect(shortHash(hash)).toBe(short));

  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('listWords(%j) = %s', (items, words) => expect(listWords(items)).toBe(words));

  it.each([
    [['A'], 'node A'],
    [['A', 'B'], 'nodes A and B'],
    [['Node A'], 'Node A'],
    [['Node A', 'Node B'], 'Node A and Node B'],
  ])('nodesWord(%j) = %s', (labels, words) => expect(nodesWord(labels)).toBe(words));

  it.each([
    [['Node A'], 20, 'tip of Node A'],
    [['Node A', 'Node B'], 30, 'tip of Node A and Node B'],
    [['Node A', 'Node B', 'Node C', 'Node D'], 26, 'tip of Node A and 3 others'],
    [['Node A', 'A much longer name'], 26, 'tip of Node A and 1 other'],
    [['Node A', 'Node B', 'Node C', 'Node D'], 20, 'tip of 4 nodes'],
    [['A very long node name', 'B'], 20, 'tip of 2 nodes'],
    [['A very long node name'], 20, 'tip of A very long…'],
  ])('tipOfText(%j, %i) = %s and fits', (names, max, text) => {
    expect(tipOfText(names, max)).toBe(text);
    expect(text.length).toBeLessThanOrEqual(max);
  });

  it('tipOfText checks its arguments', () => {
    expect(() => tipOfText([], 20)).toThrow(TypeError);
    expect(() => tipOfText(['A'], 0)).toThrow(RangeError);
  });

  it('names nodes and numbers', () => {
    expect(nodeWord('A')).toBe('node A');
    expect(capitalise(nodeWord('A'))).toBe('Node A');
    expect(nodeWord('every node')).toBe('every node');
    expect(formatCount(12345)).toBe('12,345');
    expect(() => shortHash(3 as unknown as string)).toThrow(/hash must be a string/);
  });
});

describe('approxTextWidth: room a label needs before the browser measures it', () => {
  it('counts a Chinese character as a whole em and a Latin letter as a little over half', () => {
    expect(approxTextWidth('', 10)).toBe(0);
    expect(approxTextWidth('路径', 10)).toBe(20);
    expect(approxTextWidth('path', 10)).toBeCloseTo(22.4);
    // A tag that fits as "tx 1 · path" may not fit in Chinese: the box squeezes it.
    expect(approxTextWidth('交易 1 · 路径', 10)).toBeGreaterThan(approxTextWidth('tx 1 · path', 10));
    expect(approxTextWidth('（coinbase）', 10)).toBeCloseTo(20 + 8 * 5.6);
  });
});
