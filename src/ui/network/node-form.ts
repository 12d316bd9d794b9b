/**
 * The "add a node" form: a label suggested in the demo's style ("Node E")
 * and checked (short, not already taken, so the pictures and lists stay
 * readable), and the peer choice of "Register peers" (at least one, never the
 * node itself).
 */
import { text } from './text';

export const MAX_LABEL_LENGTH = 24;

/** "Node E" after Node A..D, then "Node AA"... — the first such label not taken. */
export function suggestLabel(taken: readonly string[]): string {
  if (!Array.isArray(taken)) throw new TypeError('taken must be an array of labels');
  const used = new Set(taken.map((t) => t.trim().toLowerCase()));
  for (let i = 0; i < 26 * 27; i++) {
    const name =
      i < 26
        ? String.fromCharCode(65 + i)
        : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26));
    const label = `Node ${name}`;
    if (!used.has(label.toLowerCase())) return label;
  }
  return `Node ${taken.length + 1}`;
}

/** Why this label cannot be used, or undefined. An empty label lets the node take its id. */
export function labelError(label: string, taken: readonly string[]): string | undefined {
  if (typeof label !== 'string') throw new TypeError('label must be a string');
  const t = label.trim();
  if (t === '') return undefined;
  if (t.length > MAX_LABEL_LENGTH) return text.membership.tooLong(MAX_LABEL_LENGTH);
  if (taken.some((x) => x.trim().toLowerCase() === t.toLowerCase())) return text.membership.taken(t);
  return undefined;
}

/** Why this peer choice cannot be registered, or undefined. */
export function peersError(nodeId: string, peerIds: readonly string[]): string | undefined {
  if (!Array.isArray(peerIds)) throw new TypeError('peerIds must be an array of node ids');
  if (peerIds.length === 0) return text.peers.tickOne;
  if (peerIds.includes(nodeId)) return text.peers.notItself;
  return undefined;
}
