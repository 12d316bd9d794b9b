/**
 * The words drawn on the pictures' SVG buttons (block boxes, network nodes) and
 * their accessible names, built from the same pieces: a speech user says what
 * they see, so the name must contain the visible text in its order (WCAG 2.5.3,
 * Label in Name). Extra details (who mined it, which nodes sit on it) follow
 * the visible words.
 */
import type { ChainViewBlock } from './chain-layout';

/**
 * A space to put between two <text> elements of one button: Svelte drops plain
 * whitespace between SVG elements, and without it the words of two lines run
 * together ("2 tx0000a77f…") in the text a speech user's words are matched against.
 */
export const WORD_GAP = ' ';
import { capitalise, nodeWord, shortHash } from './format';
import { text } from './text';

/** The text lines of a block box, top to bottom (status and TIP only when they apply). */
export interface BlockFace {
  readonly line1: string;
  readonly hash: string;
  readonly miner: string;
  /** "stale" or "orphan"; null on the active chain. */
  readonly status: string | null;
  /** The TIP badge of the followed node's tip. */
  readonly tip: boolean;
}

export function blockFace(block: ChainViewBlock, isTip: boolean): BlockFace {
  return {
    line1: text.face(String(block.height), String(block.txCount)),
    hash: shortHash(block.hash),
    // Drawn whole and clipped to the box: a cut word ("Ali…") would not be in the name.
    miner: block.miner,
    status: block.status === 'active' ? null : text.status[block.status],
    tip: isTip,
  };
}

/** "Block 6 · 3 tx, 0000a77f…642a, Node A, stale, TIP, <details…>". */
export function blockButtonName(block: ChainViewBlock, face: BlockFace, details: readonly string[]): string {
  const parts = [text.blockName(String(block.height), String(block.txCount)), face.hash, face.miner];
  if (face.status) parts.push(face.status);
  if (face.tip) parts.push(text.tipBadge);
  return [...parts, ...details].join(', ');
}

/** The texts of a network node: its name inside the shape, "#height · branch n" and "mining" under it. */
export interface NodeFace {
  readonly name: string;
  readonly info: string;
  readonly mining: string | null;
}

export function nodeFace(node: { readonly label: string; readonly height: number; readonly branch: number; readonly mining?: boolean }): NodeFace {
  return {
    // "Node A" shows "A"; a long name is drawn whole and clipped to the shape.
    name: node.label.replace(/^node\s+/i, '') || node.label,
    info: text.nodeInfo(String(node.height), String(node.branch)),
    mining: node.mining ? text.mining : null,
  };
}

/** "Node A, #12 · branch 0, mining, <details…>". */
export function nodeButtonName(label: string, face: NodeFace, details: readonly string[]): string {
  const parts = [capitalise(nodeWord(label)), face.info];
  if (face.mining) parts.push(face.mining);
  return [...parts, ...details].join(', ');
}
