/**
 * The double-spend race (Bitcoin whitepaper, section 11) played on real nodes.
 *
 * Each trial is a fresh two-node network of the simulation: the merchant's
 * node, which mines with the honest share p = 1 - q, and the attacker's node
 * with share q, cut off from each other by a partition (the attacker keeps its
 * branch private and does not listen). Blocks come from the simulation's own
 * mining process (exponential waits, the finder drawn by hash share) and every
 * one is a real block with a real proof of work, validated by its node.
 *
 *  1. The attacker's node takes the double spend into its pool and mines
 *     `premined` blocks on genesis (the first holds the double spend).
 *  2. The payment is broadcast to the merchant's node; honest blocks take it.
 *  3. After every block: once the payment has z confirmations the merchant has
 *     shipped; the attacker then releases (the partition heals) as soon as its
 *     branch has more work, or gives up `giveUp` blocks behind.
 *  4. After a release the nodes synchronise by the protocol. The attack
 *     succeeded if the merchant's node now ends on the attacker's branch with
 *     the double spend confirmed and the payment gone from its chain.
 *
 * A trial's randomness comes only from its own seed ("<seed>/race/<index>"), so
 * any split of the trials over workers gives the same tally.
 */
import { Network } from '../sim/index';
import { EXPERIMENT_PARAMS, experimentCast } from './experiment-chain';
import { runToEnd } from './steps';

export interface RaceSettings {
  /** The attacker's share of the hash power, in [0, 0.5). */
  readonly q: number;
  /** Confirmations the merchant waits for (0: ships at broadcast). */
  readonly z: number;
  /** Blocks of the private branch the attacker holds when the payment is broadcast. */
  readonly premined: number;
  /** The attacker gives up this many blocks behind after the merchant shipped. */
  readonly giveUp: number;
}

export interface RaceTrial {
  readonly success: boolean;
  /** Blocks mined in the trial (honest and attacker, premined included). */
  readonly blocks: number;
  /** Blocks the merchant's node disconnected when the attacker's branch arrived (0 if none). */
  readonly reorgDepth: number;
}

export interface RaceTally {
  readonly trials: number;
  readonly successes: number;
  readonly blocks: number;
}

const MERCHANT = 'merchant';
const ATTACKER = 'attacker';
/** A trial that has not ended after this many blocks is a bug, not bad luck (the give-up rule ends it long before). */
const MAX_BLOCKS_PER_TRIAL = 100_000;

export function checkRaceSettings(s: RaceSettings): RaceSettings {
  if (!s || typeof s !== 'object') throw new TypeError('settings must be an object');
  if (typeof s.q !== 'number' || !(s.q >= 0 && s.q < 0.5))
    throw new RangeError(`q must be a number from 0 to below 0.5, got ${String(s.q)}`);
  if (!Number.isSafeInteger(s.z) || s.z < 0 || s.z > 100)
    throw new RangeError(`z must be a whole number from 0 to 100, got ${String(s.z)}`);
  if (!Number.isSafeInteger(s.premined) || s.premined < 0 || s.premined > 20)
    throw new RangeError(`premined must be a whole number from 0 to 20, got ${String(s.premined)}`);
  if (!Number.isSafeInteger(s.giveUp) || s.giveUp < 1)
    throw new RangeError(`giveUp must be a whole number >= 1, got ${String(s.giveUp)}`);
  return s;
}

/** One trial of the race on a fresh network seeded by `seed` and `index`. */
export function runRaceTrial(settings: RaceSettings, seed: string, index: number): RaceTrial {
  const s = checkRaceSettings(settings);
  const cast = experimentCast();
  const net = new Network({
    params: EXPERIMENT_PARAMS,
    seed: `${seed}/race/${index}`,
    genesis: cast.genesis,
    links: { latencyMs: 0, jitterMs: 0, loss: 0 },
  });
  const merchant = net.addNode({
    id: MERCHANT,
    miner: { address: cast.honestMiners[0]!.address, hashShare: 1 - s.q },
  });
  const attacker = net.addNode({
    id: ATTACKER,
    miner: s.q > 0 ? { address: cast.attacker.address, hashShare: s.q } : null,
    peers: [MERCHANT],
  });
  net.runUntilIdle();
  net.partition([[MERCHANT], [ATTACKER]]);

  let blocks = 0;
  expectAccepted(net.submitTransaction(ATTACKER, cast.doubleSpend), 'the double spend');
  for (let i = 0; i < s.premined; i++) {
    net.mine(ATTACKER);
    blocks++;
  }
  expectAccepted(net.submitTransaction(MERCHANT, cast.payment), 'the payment');
  net.setAutoMining(true);

  for (;;) {
    const paid = merchant.chain.utxos.getCoin(cast.paymentOutpoint);
    const confirmations = paid ? merchant.height - paid.height + 1 : 0;
    if (confirmations >= s.z) {
      if (attacker.tip.chainWork > merchant.tip.chainWork) break;
      if (merchant.height - attacker.height >= s.giveUp)
        return { success: false, blocks, reorgDepth: 0 };
    }
    if (blocks >= MAX_BLOCKS_PER_TRIAL)
      throw new Error(`race trial ${index} did not end after ${blocks} blocks`);
    net.stepBlock();
    blocks++;
  }

  // Release: the attacker reconnects and the merchant's node fetches the branch by the protocol.
  net.setAutoMining(false);
  const reorgsBefore = merchant.counters.reorgs;
  net.heal();
  net.runUntilIdle();
  const switched = merchant.tip.hash === attacker.tip.hash;
  const reversed =
    !merchant.chain.utxos.has(cast.paymentOutpoint) &&
    merchant.chain.utxos.has(cast.doubleSpendOutpoint);
  return {
    success: switched && reversed,
    blocks,
    reorgDepth: merchant.counters.reorgs > reorgsBefore ? merchant.counters.lastReorgDepth : 0,
  };
}

function expectAccepted(
  r: { accepted: boolean; code?: string; message?: string },
  what: string,
): void {
  if (!r.accepted) throw new Error(`${what} was refused: ${r.code} ${r.message}`);
}

/**
 * Trials [from, to) of a run, one step per trial: yields the trials done so
 * far and returns the tally (drive it with runToEnd, or slice it on a page).
 */
export function* raceTrialSteps(
  settings: RaceSettings,
  seed: string,
  from: number,
  to: number,
): Generator<number, RaceTally> {
  checkRaceSettings(settings);
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < from)
    throw new RangeError(`trial range must be whole numbers 0 <= from <= to, got ${from}..${to}`);
  let successes = 0;
  let blocks = 0;
  for (let i = from; i < to; i++) {
    const t = runRaceTrial(settings, seed, i);
    if (t.success) successes++;
    blocks += t.blocks;
    if (i + 1 < to) yield i - from + 1;
  }
  return { trials: to - from, successes, blocks };
}

/** Trials [from, to) of a run, tallied. */
export function runRaceTrials(
  settings: RaceSettings,
  seed: string,
  from: number,
  to: number,
): RaceTally {
  return runToEnd(raceTrialSteps(settings, seed, from, to));
}
