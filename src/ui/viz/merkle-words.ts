/**
 * The words that describe a Merkle node, shared by the picture (aria-labels
 * and the second line of each node) and the table, so both say the same.
 */
import { shortHash } from './format';
import type { MerkleLayout, MerkleNode } from './merkle-layout';

/** "tx 3", "duplicate of 4", "root", or "" for an inner node. */
export function nodeTag(node: MerkleNode): string {
  if (node.duplicate) return `duplicate of ${node.index - 1}`;
  if (node.kind === 'root') return 'root';
  if (node.txIndex !== null) return node.txIndex === 0 ? 'tx 0 (coinbase)' : `tx ${node.txIndex}`;
  return '';
}

/** The second line drawn on a node: its tag and its proof and tamper roles, "tx 3 · path · changed". */
export function nodeFaceTag(node: MerkleNode): string {
  return [nodeTag(node), node.onPath ? 'path' : node.sibling ? 'sibling' : '', node.changed ? 'changed' : ''].filter(Boolean).join(' · ');
}

/** Proof and tamper roles: "on path", "proof sibling", "changed". */
export function nodeRoles(node: MerkleNode): string[] {
  const roles: string[] = [];
  if (node.onPath) roles.push('on path');
  if (node.sibling) roles.push('proof sibling');
  if (node.changed) roles.push('changed');
  return roles;
}

/**
 * The accessible name of a node, e.g. "Merkle root 3f2a9c1d…77e0, matches the header".
 * A transaction is a button: its name holds the two lines drawn on it, in order
 * (WCAG 2.5.3, a speech user says what they see): "Transaction 3 txid 3f2a9c1d…77e0 · tx 3 · path".
 */
export function nodeLabel(node: MerkleNode, layout: MerkleLayout): string {
  if (node.txIndex !== null && !node.duplicate) return `Transaction ${node.txIndex} txid ${shortHash(node.hash)} · ${nodeFaceTag(node)}`;
  let head: string;
  if (node.kind === 'root') head = `Merkle root ${shortHash(node.hash)}, ${layout.rootMatchesHeader ? 'matches the header' : 'does not match the header'}`;
  else if (node.duplicate) head = `Level ${node.level} node ${node.index}, duplicate of node ${node.index - 1} (odd level) ${shortHash(node.hash)}`;
  else head = `Level ${node.level} node ${node.index} ${shortHash(node.hash)}`;
  return [head, ...nodeRoles(node)].join(', ');
}
