import { describe, expect, it } from 'vitest';
import { compareHashToTarget, hexGroups, leadingZeros } from './hash-target';

const target = '0000ffff' + '0'.repeat(56);

describe('compareHashToTarget', () => {
  it('a real classroom block: below the target, decided at the first differing digit', () => {
    const hash = '0000c9ded0a62521298c18db8a0c478291284ce34ed2ec66cd1dc04386aa7f23';
    const c = compareHashToTarget(hash, target);
    expect(c.hashLeadingZeros).toBe(4);
    expect(c.targetLeadingZeros).toBe(4);
    expect(c.firstDifference).toBe(4);
    expect(c.relation).toBe('<');
    expect(c.meetsTarget).toBe(true);
    expect([c.hash[4], c.target[4]]).toEqual(['c', 'f']);
  });
  it('a hash above the target fails', () => {
    const c = compareHashToTarget('0001' + 'f'.repeat(60), '0000' + 'f'.repeat(60));
    expect(c.relation).toBe('>');
    expect(c.meetsTarget).toBe(false);
    expect(c.firstDifference).toBe(3);
  });
  it('equal is allowed (at or below)', () => {
    const c = compareHashToTarget(target, target);
    expect(c.relation).toBe('=');
    expect(c.meetsTarget).toBe(true);
    expect(c.firstDifference).toBe(-1);
  });
  it('refuses what is not 64 hex digits', () => {
    expect(() => compareHashToTarget('00', target)).toThrow(/hash must be 64/);
    expect(() => compareHashToTarget(target, 'x'.repeat(64))).toThrow(/target must be 64/);
  });
});

describe('hexGroups', () => {
  it('splits 64 digits into 8 groups, marking leading zeros and the deciding digit', () => {
    const groups = hexGroups('0000c9de' + '1'.repeat(56), 4);
    expect(groups).toHaveLength(8);
    expect(groups[0]).toEqual([
      { text: '0000', kind: 'zero' },
      { text: 'c', kind: 'decide' },
      { text: '9de', kind: 'digit' },
    ]);
    expect(groups.map((g) => g.map((r) => r.text).join('')).join('')).toBe(
      '0000c9de' + '1'.repeat(56),
    );
    expect(leadingZeros('000a')).toBe(3);
  });
});
