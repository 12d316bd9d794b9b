/**
 * Stale blocks and propagation: two equal miners (hash share 1/2 each) on one
 * link with a fixed one-way delay d (no jitter, no loss) mine in fast-forward at
 * target spacing T. Every block is a real block with a real proof of work,
 * validated by both nodes; only the waiting between blocks is drawn. The
 * measured stale rate (blocks found that are not on the final chain) is
 * compared with the exact d / (2 (T + d)) for this setting (sim/stale-theory.ts).
 * With 'push' relay a block reaches the other miner after d; with 'inv'
 * (inv -> getdata -> block) after 3d. The 95% interval comes from independent
 * renewal cycles, because stale blocks come in correlated bursts.
 */
import { REGTEST_PARAMS, createWallet } from '../core/index';
import { Network, type BlockRelay, type StaleEstimate } from '../sim/index';
// From its file: the sim barrel leaves it out of the first load (sim/index.ts).
import { expectedStaleRate, naiveStaleRate, staleRateCycles } from '../sim/stale-theory';

export interface StaleSettings {
  /** The one-way link delay as a fraction of the block spacing, in (0, 2]. */
  readonly delayOverSpacing: number;
  readonly relay: BlockRelay;
}

export interface StaleSample {
  readonly settings: StaleSettings;
  /** The delay a block takes to reach the other miner (d, or 3d with inv relay), over T. */
  readonly effectiveDelayOverSpacing: number;
  readonly estimate: StaleEstimate;
  readonly expected: number;
  /** The first-order estimate 1 - e^(-d/2T), for comparison. */
  readonly naive: number;
  /** Whether both nodes ended on the same tip (false: a tie was still open at the end). */
  readonly agree: boolean;
}

const BLOCKS_PER_STEP = 25;
const T_MS = REGTEST_PARAMS.targetSpacing * 1000;

export function checkStaleSettings(s: StaleSettings): StaleSettings {
  if (!s || typeof s !== 'object') throw new TypeError('settings must be an object');
  if (
    typeof s.delayOverSpacing !== 'number' ||
    !(s.delayOverSpacing > 0 && s.delayOverSpacing <= 2)
  ) {
    throw new RangeError(
      `delayOverSpacing must be a number above 0 and at most 2, got ${String(s.delayOverSpacing)}`,
    );
  }
  if (s.relay !== 'push' && s.relay !== 'inv')
    throw new RangeError(`relay must be 'push' or 'inv', got ${String(s.relay)}`);
  return s;
}

/** One setting over `blocks` blocks, in steps (yields blocks found). Seeded "<seed>/<relay>/<d/T>". */
export function* staleRateSteps(
  settings: StaleSettings,
  seed: string,
  blocks: number,
): Generator<number, StaleSample> {
  const s = checkStaleSettings(settings);
  if (!Number.isSafeInteger(blocks) || blocks < 100 || blocks > 200_000)
    throw new RangeError(`blocks must be a whole number from 100 to 200000, got ${String(blocks)}`);
  const d = s.delayOverSpacing * T_MS;
  const effectiveDelay = (s.relay === 'push' ? 1 : 3) * d;
  const runSeed = `${seed}/${s.relay}/${s.delayOverSpacing}`;
  const [a, b] = [0, 1].map((index) => createWallet({ seed: runSeed, index }));
  const net = new Network({
    params: REGTEST_PARAMS,
    seed: runSeed,
    genesisAddress: a!.address,
    links: { latencyMs: d, jitterMs: 0, loss: 0 },
    blockRelay: s.relay,
  });
  net.addNode({ id: 'A', miner: { address: a!.address, hashShare: 0.5 } });
  net.addNode({ id: 'B', miner: { address: b!.address, hashShare: 0.5 } });
  net.registerPeers('A', 'B');
  net.runUntilIdle();
  const found: { time: number; hash: string }[] = [];
  net.on('block-found', (e) => found.push({ time: e.time, hash: e.hash }));
  net.setAutoMining(true);
  for (let done = 0; done < blocks;) {
    done += net.fastForward({ blocks: Math.min(BLOCKS_PER_STEP, blocks - done) }).blocks;
    if (done < blocks) yield done;
  }
  net.setAutoMining(false);
  net.runUntilIdle();
  const chain = net.node('A').chain;
  const estimate = staleRateCycles(
    found.map((f) => ({ time: f.time, stale: !chain.isActive(f.hash) })),
    effectiveDelay,
  );
  return {
    settings: s,
    effectiveDelayOverSpacing: effectiveDelay / T_MS,
    estimate,
    expected: expectedStaleRate(effectiveDelay, T_MS),
    naive: naiveStaleRate(effectiveDelay, T_MS),
    agree: net.node('A').tip.hash === net.node('B').tip.hash,
  };
}
