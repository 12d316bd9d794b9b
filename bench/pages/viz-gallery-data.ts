/**
 * Deterministic sample data for the gallery: a small block tree before and
 * after a reorg, a network split in two partitions with messages in flight,
 * and chart records with a difficulty retarget.
 */
import { merkleRootHex } from '../../src/core/index';
import {
  seededRandom,
  syntheticTxids,
  type ChainViewBlock,
  type ChartBlock,
  type ChartsInput,
  type NetworkMessage,
  type NetworkViewLink,
  type NetworkViewNode,
} from '../../src/ui/viz/index';

const h = (n: number, salt: string) => {
  // Block-like hashes: leading zeros then varied hex, deterministic.
  const random = seededRandom(n * 31 + salt.charCodeAt(0));
  let s = '0000';
  while (s.length < 64) s += Math.floor(random() * 16).toString(16);
  return s;
};

function block(id: string, parent: string | null, height: number, status: ChainViewBlock['status'], miner: string, tipOf: string[] = [], txCount = 3): ChainViewBlock {
  return { hash: h(height, id) + '', parent, height, txCount, miner, status, tipOf };
}

/** Heights 0..7 shared, then A's branch (8, 9) and B's branch (8..10) after a partition. */
function tree(reorged: boolean): ChainViewBlock[] {
  const out: ChainViewBlock[] = [];
  let parent: string | null = null;
  for (let i = 0; i <= 7; i++) {
    const b = block('s', parent, i, 'active', i % 3 === 0 ? 'A' : i % 3 === 1 ? 'B' : 'C', [], 1 + ((i * 7) % 9));
    out.push(b);
    parent = b.hash;
  }
  const fork = parent!;
  // An old one-block fork at height 3 (stale for everyone).
  out.push(block('x', out[2]!.hash, 3, 'stale', 'C', [], 2));
  const a8 = block('a', fork, 8, reorged ? 'stale' : 'active', 'A', [], 4);
  const a9 = block('a', a8.hash, 9, reorged ? 'stale' : 'active', 'A', reorged ? [] : ['A'], 2);
  out.push(a8, a9);
  if (reorged) {
    const b8 = block('b', fork, 8, 'active', 'B', [], 5);
    const b9 = block('b', b8.hash, 9, 'active', 'B', [], 3);
    const b10 = block('b', b9.hash, 10, 'active', 'C', ['A', 'B', 'C'], 6);
    out.push(b8, b9, b10);
  }
  // An orphan whose parent never arrived.
  out.push(block('o', h(11, 'q'), 12, 'orphan', 'D', [], 2));
  return out;
}

export const chainBefore = tree(false);
export const chainAfter = tree(true);

export const merkleTxids = syntheticTxids(11, 5);
export const merkleRoot = merkleRootHex(merkleTxids);
export const bigTxids = syntheticTxids(3000, 6);
export const bigRoot = merkleRootHex(bigTxids);

export const networkNodes: NetworkViewNode[] = [
  { id: 'A', label: 'A', height: 9, tipHash: chainBefore.find((b) => b.tipOf.includes('A'))!.hash, group: 'p1', branch: 1, mining: true },
  { id: 'B', label: 'B', height: 10, tipHash: h(10, 'b'), group: 'p2', branch: 0, mining: true },
  { id: 'C', label: 'C', height: 10, tipHash: h(10, 'b'), group: 'p2', branch: 0 },
  { id: 'D', label: 'D', height: 9, tipHash: h(9, 'b'), group: 'p2', branch: 0 },
  { id: 'E', label: 'E', height: 9, tipHash: chainBefore.find((b) => b.tipOf.includes('A'))!.hash, group: 'p1', branch: 1 },
];

export const networkLinks: NetworkViewLink[] = [
  { source: 'A', target: 'E', latencyMs: 80 },
  { source: 'A', target: 'B', latencyMs: 120 },
  { source: 'B', target: 'C', latencyMs: 60 },
  { source: 'C', target: 'D', latencyMs: 90 },
  { source: 'D', target: 'B', latencyMs: 70 },
  { source: 'E', target: 'D', latencyMs: 150 },
];

export const networkMessages: NetworkMessage[] = [
  { id: 'm1', from: 'B', to: 'C', kind: 'block', label: 'block #10', sentAt: 1000, deliverAt: 1060 },
  { id: 'm2', from: 'C', to: 'D', kind: 'block', label: 'block #10', sentAt: 1010, deliverAt: 1100 },
  { id: 'm3', from: 'A', to: 'E', kind: 'tx', label: 'tx 3f2a…', sentAt: 1000, deliverAt: 1080 },
];

/** The charts' input (Charts computes the series). */
export function chartsInput(): ChartsInput {
  const random = seededRandom(9);
  const blocks: ChartBlock[] = [];
  let time = 1_700_000_000;
  let bits = 0x1f00ffff;
  for (let height = 0; height <= 80; height++) {
    // Blocks come faster than wanted, so the difficulty rises at each retarget (every 20).
    if (height > 0 && height % 20 === 0) bits -= 0x2000;
    time += Math.max(1, Math.round(-Math.log(1 - random()) * 7));
    const miner = ['A', 'B', 'C'][Math.floor(random() * random() * 3)]!;
    blocks.push({ height, time, bits, miner, status: 'active' });
    if (random() < 0.08) blocks.push({ height, time: time + 1, bits, miner: 'D', status: 'stale' });
  }
  return { blocks, powLimitBits: 0x207fffff, targetSpacing: 10, bucketSize: 20 };
}
