import { describe, expect, it } from 'vitest';
import { foreignTips } from './foreign-tips';

const nodes = [
  { id: 'a', label: 'Node A', height: 13, tip: 'ta' },
  { id: 'b', label: 'Node B', height: 13, tip: 'ta' },
  { id: 'c', label: 'Node C', height: 14, tip: 'tc' },
  { id: 'd', label: 'Node D', height: 14, tip: 'tc' },
  { id: 'e', label: 'Node E', height: 12, tip: 'te' },
];

describe('foreignTips', () => {
  it('groups the tips the node does not hold, highest first, leaving out its own and known ones', () => {
    const known = new Set(['ta']);
    expect(foreignTips((h) => known.has(h), nodes, 'a')).toEqual([
      { tip: 'tc', height: 14, labels: ['Node C', 'Node D'] },
      { tip: 'te', height: 12, labels: ['Node E'] },
    ]);
  });

  it('is empty when every tip is in the tree (one branch, or both branches known)', () => {
    expect(foreignTips(() => true, nodes, 'a')).toEqual([]);
  });

  it('checks its arguments', () => {
    expect(() => foreignTips(null as never, nodes, 'a')).toThrow(TypeError);
    expect(() => foreignTips(() => true, null as never, 'a')).toThrow(TypeError);
  });
});
