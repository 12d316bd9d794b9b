/**
 * The words that describe a Merkle node, shared by the picture (aria-labels
 * and the second line of each node) and the table, so both say the same, in
 * the page's language (the merkle-text area).
 */
import { shortHash } from './format';
import type { MerkleLayout, MerkleNode } from './merkle-layout';
import { text } from './merkle-text';

/** "tx 3", "duplicate of 4", "root", or "" for an inner node. */
export function nodeTag(node: MerkleNode): string {
  if (node.duplicate) return text.tag.duplicateOf(node.index - 1);
  if (node.kind === 'root') return text.tag.root;
  if (node.txIndex !== null) return node.txIndex === 0 ? text.tag.coinbase(0) : text.tag.tx(node.txIndex);
  return '';
}

/** The second line drawn on a node: its tag and its proof and tamper roles, "tx 3 · path · changed". */
export function nodeFaceTag(node: MerkleNode): string {
  const role = node.onPath ? text.tag.path : node.sibling ? text.tag.sibling : '';
  return [nodeTag(node), role, node.changed ? text.tag.changed : ''].filter(Boolean).join(' · ');
}

/** Proof and tamper roles: "on path", "proof sibling", "changed". */
export function nodeRoles(node: MerkleNode): string[] {
  const roles: string[] = [];
  if (node.onPath) roles.push(text.role.onPath);
  if (node.sibling) roles.push(text.role.sibling);
  if (node.changed) roles.push(text.role.changed);
  return roles;
}

/** The name of a level: "root" at the top, "txids" at the bottom, "level 2" between. */
export function levelName(level: number, layout: MerkleLayout): string {
  if (level === layout.levels.length - 1) return text.level.root;
  return level === 0 ? text.level.txids : text.level.inner(level);
}

/** What a node is, without its roles: "Merkle root 3f2a9c1d…77e0" (the detail line under the picture). */
export function nodeHead(node: MerkleNode): string {
  if (node.txIndex !== null && !node.duplicate) return text.name.transaction(node.txIndex, shortHash(node.hash), nodeFaceTag(node));
  if (node.kind === 'root') return text.name.root(shortHash(node.hash));
  if (node.duplicate) return text.name.duplicate(node.level, node.index, node.index - 1, shortHash(node.hash));
  return text.name.inner(node.level, node.index, shortHash(node.hash));
}

/**
 * The accessible name of a node, e.g. "Merkle root 3f2a9c1d…77e0, matches the header".
 * A transaction is a button: its name holds the two lines drawn on it, in order
 * (WCAG 2.5.3, a speech user says what they see): "Transaction 3 txid 3f2a9c1d…77e0 · tx 3 · path".
 */
export function nodeLabel(node: MerkleNode, layout: MerkleLayout): string {
  const head = nodeHead(node);
  if (node.txIndex !== null && !node.duplicate) return head;
  const verdict = node.kind === 'root' ? [layout.rootMatchesHeader ? text.name.matches : text.name.differs] : [];
  return [head, ...verdict, ...nodeRoles(node)].join(', ');
}
