import { describe, expect, it } from 'vitest';
import { labelError, peersError, suggestLabel } from './node-form';

describe('node form', () => {
  it('suggests the next free letter', () => {
    expect(suggestLabel(['Node A', 'Node B', 'Node C', 'Node D'])).toBe('Node E');
    expect(suggestLabel(['node a', 'Node C'])).toBe('Node B');
    expect(
      suggestLabel(Array.from({ length: 26 }, (_, i) => `Node ${String.fromCharCode(65 + i)}`)),
    ).toBe('Node AA');
    expect(() => suggestLabel(null as never)).toThrow(TypeError);
  });

  it.each([
    ['', undefined],
    ['Node E', undefined],
    ['node a', /already a node called "node a"/],
    ['x'.repeat(25), /24 characters/],
  ])('label %j', (label, message) => {
    const e = labelError(label, ['Node A', 'Node B']);
    if (message === undefined) expect(e).toBeUndefined();
    else expect(e).toMatch(message);
  });

  it('peers: at least one, never itself', () => {
    expect(peersError('node-1', ['node-2'])).toBeUndefined();
    expect(peersError('node-1', [])).toMatch(/at least one/);
    expect(peersError('node-1', ['node-1', 'node-2'])).toMatch(/own peer/);
    expect(() => peersError('node-1', 'x' as never)).toThrow(TypeError);
    expect(() => labelError(3 as never, [])).toThrow(TypeError);
  });
});
