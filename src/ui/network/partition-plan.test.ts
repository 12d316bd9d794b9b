import { describe, expect, it } from 'vitest';
import { groupsFromAssignment, initialAssignment } from './partition-plan';

const ids = ['node-1', 'node-2', 'node-3', 'node-4'];

describe('groupsFromAssignment', () => {
  it('splits the nodes in node order', () => {
    expect(
      groupsFromAssignment(ids, { 'node-1': 1, 'node-2': 2, 'node-3': 1, 'node-4': 2 }),
    ).toEqual({
      ok: true,
      groups: [
        ['node-1', 'node-3'],
        ['node-2', 'node-4'],
      ],
    });
  });

  it('puts a node without a choice in group 1', () => {
    expect(groupsFromAssignment(ids, { 'node-4': 2 })).toEqual({
      ok: true,
      groups: [['node-1', 'node-2', 'node-3'], ['node-4']],
    });
  });

  it.each([
    [ids, { 'node-1': 1, 'node-2': 1, 'node-3': 1, 'node-4': 1 }, /each group/],
    [ids, { 'node-1': 2, 'node-2': 2, 'node-3': 2, 'node-4': 2 }, /each group/],
    [['node-1'], { 'node-1': 2 }, /at least two nodes/],
  ] as const)('refuses %j / %j', (nodes, assignment, message) => {
    const r = groupsFromAssignment(nodes, assignment);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(message);
  });

  it('checks its arguments', () => {
    expect(() => groupsFromAssignment('x' as never, {})).toThrow(TypeError);
    expect(() => groupsFromAssignment(ids, null as never)).toThrow(TypeError);
  });
});

describe('initialAssignment', () => {
  it('halves the nodes when the network is whole', () => {
    expect(initialAssignment(ids, null)).toEqual({
      'node-1': 1,
      'node-2': 1,
      'node-3': 2,
      'node-4': 2,
    });
    expect(initialAssignment(['a', 'b', 'c'], null)).toEqual({ a: 1, b: 1, c: 2 });
  });

  it('follows the current partition (nodes outside the first group go to 2)', () => {
    expect(initialAssignment(ids, [['node-2'], ['node-1', 'node-3']])).toEqual({
      'node-1': 2,
      'node-2': 1,
      'node-3': 2,
      'node-4': 2,
    });
  });
});
