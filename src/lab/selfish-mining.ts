/**
 * Selfish mining (Eyal and Sirer 2014) measured on a network of real nodes.
 *
 * The network: the pool's node (hash share alpha, withholding, run by
 * SelfishPool) and n honest nodes sharing 1 - alpha equally, every pair linked.
 * Blocks come from the simulation's mining process; each is mined, relayed and
 * validated by every node like any other block.
 *
 * Gamma is made by the network, not by a coin flip. An honest block reaches
 * the other honest nodes after a fixed delay L. The pool's links have no fixed
 * delay but a jitter J: the honest block reaches the pool after U1, the block
 * the pool publishes in reply reaches an honest node after U2 (U1, U2 uniform
 * on [0, J)), so it arrives first, and that node mines on it, with probability
 * g = P(U1 + U2 < L):  L^2 / (2 J^2) for g <= 1/2, else 1 - (2 - L/J)^2 / 2.
 * The honest node that found the block always mines on its own, so with n
 * equal honest nodes the share of honest hash power on the pool's block is
 * g (n - 1) / n: the lab takes the least n for which g = gamma n / (n - 1)
 * is at most 1 (gamma 0.5 needs 2 honest nodes, 0.9 needs 10). It then
 * measures the gamma it got: the share of races, decided by an honest block,
 * in which that block extended the pool's.
 *
 * L is 20 ms against blocks every 600 s, so honest blocks hardly ever fork
 * among themselves, as the paper assumes.
 *
 * A long run is cut into segments of at most SEGMENT_BLOCKS blocks, each a
 * fresh network seeded "<seed>/selfish/<index>": segments are independent, so
 * workers can run them side by side and the result does not depend on how
 * many there are. Within a segment the pool's share of the final main chain is
 * counted over complete regeneration cycles (see selfish-pool.ts); the ratio
 * estimator over cycles gives the 95% interval.
 */
import { Network, type LinkSettings } from '../sim/index';
import { EXPERIMENT_PARAMS, experimentCast } from './experiment-chain';
import { NO_CYCLES, addCycle, type RatioSums } from './intervals';
import { SelfishPool } from './selfish-pool';
import { runToEnd } from './steps';

export interface SelfishSettings {
  /** The pool's share of the hash power, in (0, 0.5). */
  readonly alpha: number;
  /** Share of honest hash power that mines on the pool's block in a 1-1 race, in [0, MAX_GAMMA]. */
  readonly gamma: number;
}

export interface SelfishSegment {
  /** Blocks found (pool and honest). */
  readonly blocks: number;
  /** Over complete cycles: the pool's blocks (part) of the main chain's blocks (whole). */
  readonly revenue: RatioSums;
  readonly racesDecidedByHonest: number;
  readonly honestOnPoolBlock: number;
  readonly honestNodes: number;
}

export const MAX_GAMMA = 0.9;
export const SEGMENT_BLOCKS = 2500;
const HONEST_DELAY_MS = 20;
const POOL = 'pool';

export function checkSelfishSettings(s: SelfishSettings): SelfishSettings {
  if (!s || typeof s !== 'object') throw new TypeError('settings must be an object');
  if (typeof s.alpha !== 'number' || !(s.alpha > 0 && s.alpha < 0.5))
    throw new RangeError(`alpha must be a number above 0 and below 0.5, got ${String(s.alpha)}`);
  if (typeof s.gamma !== 'number' || !(s.gamma >= 0 && s.gamma <= MAX_GAMMA)) {
    throw new RangeError(
      `gamma must be a number from 0 to ${MAX_GAMMA}, got ${String(s.gamma)} (each honest miner builds on its own block, so a network of n honest nodes reaches at most (n - 1)/n; the lab uses at most 10)`,
    );
  }
  return s;
}

/** How the network realises gamma: honest node count and the pool's links. */
export function gammaNetwork(gamma: number): {
  honestNodes: number;
  perNode: number;
  poolLink: Partial<LinkSettings>;
} {
  const L = HONEST_DELAY_MS;
  if (gamma === 0)
    return { honestNodes: 1, perNode: 0, poolLink: { latencyMs: L, jitterMs: 0, loss: 0 } };
  const honestNodes = Math.max(2, Math.ceil(1 / (1 - gamma) - 1e-9));
  const perNode = Math.min(1, (gamma * honestNodes) / (honestNodes - 1));
  const jitterMs =
    perNode <= 0.5 ? L / Math.sqrt(2 * perNode) : L / (2 - Math.sqrt(2 * (1 - perNode)));
  return { honestNodes, perNode, poolLink: { latencyMs: 0, jitterMs, loss: 0 } };
}

/** Blocks mined between two steps: a few milliseconds of work, so a page can slice a segment. */
const BLOCKS_PER_STEP = 10;

/** One segment of `blocks` blocks on a fresh network, in steps of a few blocks (yields blocks found). */
export function* selfishSegmentSteps(
  settings: SelfishSettings,
  seed: string,
  index: number,
  blocks: number,
): Generator<number, SelfishSegment> {
  const s = checkSelfishSettings(settings);
  if (!Number.isSafeInteger(blocks) || blocks < 1 || blocks > SEGMENT_BLOCKS)
    throw new RangeError(
      `blocks must be a whole number from 1 to ${SEGMENT_BLOCKS}, got ${String(blocks)}`,
    );
  const cast = experimentCast();
  const shape = gammaNetwork(s.gamma);
  const net = new Network({
    params: EXPERIMENT_PARAMS,
    seed: `${seed}/selfish/${index}`,
    genesis: cast.genesis,
    links: { latencyMs: HONEST_DELAY_MS, jitterMs: 0, loss: 0 },
  });
  const honestIds = Array.from({ length: shape.honestNodes }, (_, i) => `honest-${i + 1}`);
  const share = (1 - s.alpha) / shape.honestNodes;
  honestIds.forEach((id, i) =>
    net.addNode({
      id,
      miner: { address: cast.honestMiners[i]!.address, hashShare: share },
      peers: honestIds.slice(0, i),
    }),
  );
  net.addNode({
    id: POOL,
    miner: { address: cast.attacker.address, hashShare: s.alpha },
    peers: honestIds,
  });
  for (const id of honestIds) net.setLink(POOL, id, shape.poolLink);
  net.runUntilIdle();

  const pool = new SelfishPool(net, POOL);
  net.setAutoMining(true);
  for (let done = 0; done < blocks;) {
    done += net.fastForward({ blocks: Math.min(BLOCKS_PER_STEP, blocks - done) }).blocks;
    if (done < blocks) yield done;
  }
  net.setAutoMining(false);
  net.runUntilIdle();

  // Count complete cycles only: the last one may still have withheld blocks or an open race.
  const chain = net.node(honestIds[0]!).chain;
  const perCycle = new Map<number, { part: number; whole: number }>();
  for (const b of pool.found) {
    if (b.cycle >= pool.cycle || !chain.isActive(b.hash)) continue;
    const c = perCycle.get(b.cycle) ?? { part: 0, whole: 0 };
    c.whole++;
    if (b.byPool) c.part++;
    perCycle.set(b.cycle, c);
  }
  let revenue = NO_CYCLES;
  for (let c = 0; c < pool.cycle; c++)
    revenue = addCycle(revenue, perCycle.get(c) ?? { part: 0, whole: 0 });
  return {
    blocks,
    revenue,
    racesDecidedByHonest: pool.racesDecidedByHonest,
    honestOnPoolBlock: pool.honestOnPoolBlock,
    honestNodes: shape.honestNodes,
  };
}

/** One segment, all at once. */
export function runSelfishSegment(
  settings: SelfishSettings,
  seed: string,
  index: number,
  blocks: number,
): SelfishSegment {
  return runToEnd(selfishSegmentSteps(settings, seed, index, blocks));
}

/** Splits a run of `blocks` blocks into segments: [index, blocks in it]. */
export function selfishSegments(blocks: number): [number, number][] {
  if (!Number.isSafeInteger(blocks) || blocks < 100 || blocks > 1_000_000)
    throw new RangeError(
      `blocks must be a whole number from 100 to 1000000, got ${String(blocks)}`,
    );
  const count = Math.ceil(blocks / SEGMENT_BLOCKS);
  return Array.from({ length: count }, (_, i) => [
    i,
    Math.floor((blocks * (i + 1)) / count) - Math.floor((blocks * i) / count),
  ]);
}
