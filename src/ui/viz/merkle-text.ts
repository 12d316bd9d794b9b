/**
 * The words of a block's Merkle tree (MerkleView, its proof panel and table,
 * merkle-words.ts): node tags drawn on the boxes, the names a screen reader
 * or a speech user hears, the proof steps. A second area of the viz folder:
 * the Merkle tree loads with the explorer or a lesson, not with the first
 * screen, and its words come with it. Numbers arrive written (Intl) where the
 * reader sees them grouped; positions and levels are small and plain.
 */
import { areaText } from '../i18n/area-text';

const s = (n: number) => (n === 1 ? '' : 's');

const english = {
  /** Drawn on a node under its hash, and at the start of the table's Node column. */
  tag: {
    root: 'root',
    coinbase: (index: number) => `tx ${index} (coinbase)`,
    tx: (index: number) => `tx ${index}`,
    duplicateOf: (index: number) => `duplicate of ${index}`,
    /** A node's roles as drawn after its tag: "tx 3 · path · changed". */
    path: 'path',
    sibling: 'sibling',
    changed: 'changed',
  },
  /** The level names at the left of the tree (and right of each row of the outline). */
  level: {
    root: 'root',
    txids: 'txids',
    inner: (level: number) => `level ${level}`,
  },
  /** Roles in accessible names and the table. */
  role: { onPath: 'on path', sibling: 'proof sibling', changed: 'changed' },
  /** Accessible names: a transaction button says its two drawn lines first (WCAG 2.5.3). */
  name: {
    transaction: (index: number, hash: string, face: string) => `Transaction ${index} txid ${hash} · ${face}`,
    root: (hash: string) => `Merkle root ${hash}`,
    matches: 'matches the header',
    differs: 'does not match the header',
    duplicate: (level: number, index: number, of: number, hash: string) =>
      `Level ${level} node ${index}, duplicate of node ${of} (odd level) ${hash}`,
    inner: (level: number, index: number, hash: string) => `Level ${level} node ${index} ${hash}`,
  },
  view: {
    /** When the caller names no block. */
    theBlock: 'the block',
    region: (block: string) => `Merkle tree of ${block}`,
    picture: (block: string) => `Merkle tree picture of ${block}`,
    transaction: 'Transaction',
    tamper: 'Tamper with a transaction',
    /** Followed by the new txid in code. */
    tampered: (index: number) => `transaction ${index} changed: its txid is now`,
    count: (written: string, count: number) => `${written} transaction${s(count)}; click one to see its proof`,
    shownOf: (shown: string, count: string) => `${shown} of ${count}`,
    hover: 'Hover over or focus a node to read its full hash.',
  },
  proof: {
    region: 'Merkle proof',
    heading: (index: number) => `Proof that transaction ${index} is in the block`,
    txid: 'txid',
    position: 'position',
    positionNote: (index: number) => `${index} (its bits, lowest first, say left or right at each level)`,
    branch: (count: number) => `branch (${count} hash${count === 1 ? '' : 'es'})`,
    noBranch: "none: a lone transaction's txid is the root",
    step: (level: number) => `level ${level}:`,
    side: (left: boolean, duplicated: boolean) => `(${left ? 'left of' : 'right of'} the path${duplicated ? ', the duplicated last hash' : ''})`,
    headerRoot: 'root in the header',
    verified: "verified ✓ — hashing the txid with the branch gives the header's root",
    notVerified: "not verified ✗ — hashing the txid with the branch does not give the header's root",
    select: 'Select a transaction to see its proof.',
    rootMatches: 'The root computed from the transactions matches the header ✓',
    /** Around the computed root, drawn in code between the two. */
    rootIs: 'The root computed from the transactions is',
    rootDiffers: ': it does not match the header ✗',
  },
  table: {
    show: 'Show the Merkle tree as a table',
    caption: (block: string, transactions: string, levels: number, collapsed: boolean) =>
      `Merkle tree of ${block}: ${transactions} transactions, ${levels} levels${collapsed ? ', wide levels collapsed to the selected path' : ''}`,
    level: 'Level',
    position: 'Position',
    hash: 'Hash',
    node: 'Node',
    roles: 'Proof / tamper',
    inner: 'inner',
    hidden: (hidden: string, count: string) => `${hidden} of ${count} hashes not drawn`,
  },
};

export type MerkleText = typeof english;

export const text = areaText(english, {
  es: () => import('./merkle-text.es').then((m) => m.text),
  de: () => import('./merkle-text.de').then((m) => m.text),
  'zh-CN': () => import('./merkle-text.zh-CN').then((m) => m.text),
});
