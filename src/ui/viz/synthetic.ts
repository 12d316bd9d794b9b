/**
 * Seeded, made-up block trees and txid lists for benchmarks, tests and
 * screenshots: the same seed always gives the same data.
 */
import { seededRandom } from './seeded-random';
import type { ChainViewBlock } from './chain-layout';

export interface SyntheticChainOptions {
  /** Length of the active chain (genesis included). */
  readonly blocks: number;
  /** Chance, per height, that a stale branch forks off there. */
  readonly forkChance?: number;
  /** Longest stale branch. */
  readonly maxForkLength?: number;
  /** Chance that a stale branch has a branch of its own. */
  readonly nestedChance?: number;
  /** Orphans placed near the tip. */
  readonly orphans?: number;
  readonly seed?: number;
  /** Node names; the first has the tip, the others sit on random recent blocks. */
  readonly nodes?: readonly string[];
}

/** 64 hex digits from the generator. */
export function randomHash(random: () => number): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += Math.floor(random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return s;
}

/** Random txids, as a block's transaction list. */
export function syntheticTxids(count: number, seed = 1): string[] {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => randomHash(random));
}

export function syntheticChain(options: SyntheticChainOptions): ChainViewBlock[] {
  const { blocks: n, forkChance = 0.05, maxForkLength = 3, nestedChance = 0.2, orphans = 2, seed = 7, nodes = ['A', 'B', 'C'] } = options;
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`options.blocks must be a positive integer, got ${n}`);
  const random = seededRandom(seed);
  const miners = nodes.length ? nodes : ['A'];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const out: (Omit<ChainViewBlock, 'tipOf'> & { tipOf: string[] })[] = [];
  const block = (parent: string | null, height: number, status: ChainViewBlock['status']) => {
    const b = { hash: randomHash(random), parent, height, txCount: 1 + Math.floor(random() * 40), miner: pick(miners), status, tipOf: [] as string[], time: 1_700_000_000 + height * 10 };
    out.push(b);
    return b;
  };
  const branch = (from: string, height: number, length: number, nested: boolean) => {
    let parent = from;
    for (let k = 0; k < length; k++) {
      const b = block(parent, height + k, 'stale');
      if (nested && k === 0 && length > 1) branch(b.hash, height + 1, 1 + Math.floor(random() * maxForkLength), false);
      parent = b.hash;
    }
  };
  let parent: string | null = null;
  const active: string[] = [];
  for (let h = 0; h < n; h++) {
    const b = block(parent, h, 'active');
    active.push(b.hash);
    if (h > 0 && h < n - 1 && random() < forkChance) {
      branch(parent!, h, 1 + Math.floor(random() * maxForkLength), random() < nestedChance);
    }
    parent = b.hash;
  }
  for (let k = 0; k < orphans; k++) {
    // Orphans claim heights just above the tip; their parents were never received.
    block(randomHash(random), n + k, 'orphan');
  }
  const byHash = new Map(out.map((b) => [b.hash, b]));
  miners.forEach((node, i) => {
    const hash = i === 0 ? active[active.length - 1]! : active[Math.max(0, active.length - 1 - Math.floor(random() * 3))]!;
    byHash.get(hash)!.tipOf.push(node);
  });
  return out;
}
