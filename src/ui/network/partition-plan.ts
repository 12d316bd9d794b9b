/**
 * The partition form of the Network panel: each node is put in group 1 or 2,
 * and "Partition" cuts the network between the groups (Network.partition).
 * A split needs a node on each side; otherwise nothing would be cut.
 */
import { text } from './text';

export type GroupNumber = 1 | 2;

export type PartitionPlan =
  | { readonly ok: true; readonly groups: string[][] }
  | { readonly ok: false; readonly error: string };

/** The groups to pass to partition(), in node order, or why this assignment is not a split. */
export function groupsFromAssignment(
  nodeIds: readonly string[],
  assignment: Readonly<Record<string, GroupNumber>>,
): PartitionPlan {
  if (!Array.isArray(nodeIds)) throw new TypeError('nodeIds must be an array of node ids');
  if (!assignment || typeof assignment !== 'object')
    throw new TypeError('assignment must map node ids to 1 or 2');
  const one: string[] = [];
  const two: string[] = [];
  for (const id of nodeIds) (assignment[id] === 2 ? two : one).push(id);
  if (nodeIds.length < 2) return { ok: false, error: text.partition.needTwo };
  if (one.length === 0 || two.length === 0) return { ok: false, error: text.partition.bothSides };
  return { ok: true, groups: [one, two] };
}

/**
 * The form's starting assignment: the current partition when there is one
 * (group 1 = the first group, everything else group 2), otherwise the first
 * half of the nodes in group 1 and the rest in group 2.
 */
export function initialAssignment(
  nodeIds: readonly string[],
  current: readonly (readonly string[])[] | null,
): Record<string, GroupNumber> {
  if (!Array.isArray(nodeIds)) throw new TypeError('nodeIds must be an array of node ids');
  const out: Record<string, GroupNumber> = {};
  if (current && current.length > 0) {
    const first = new Set(current[0]);
    for (const id of nodeIds) out[id] = first.has(id) ? 1 : 2;
    return out;
  }
  const half = Math.ceil(nodeIds.length / 2);
  nodeIds.forEach((id, i) => (out[id] = i < half ? 1 : 2));
  return out;
}
