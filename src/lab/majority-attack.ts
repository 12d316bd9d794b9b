/**
 * The 51% attack on a running network (the app's live one): an attacker with
 * more than half the hash power rewrites the last `depth` blocks of a node's
 * chain.
 *
 *  1. An attacker node joins, cut off from everyone, and takes the chain the
 *     reference node has up to the fork point (tip height - depth), validating
 *     each block as it would from a peer.
 *  2. Blocks are found as a Poisson process in virtual time: the attacker's
 *     with probability `share` (on its private branch, from the fork point),
 *     the honest miners' otherwise (each by its own hash share, on their
 *     chain), every one a real block with a real proof of work, validated.
 *     The draws come from the attack's own seed; the honest nodes keep
 *     relaying and validating as always while the clock moves.
 *  3. As soon as the private branch has more work than every honest node's
 *     chain, the attacker connects to the honest nodes, which fetch the branch
 *     by the protocol and reorganise onto it.
 *  4. The payments confirmed on the reference node's chain after the fork point
 *     and not confirmed on it any more are the reversed ones (back in the pool,
 *     or gone where a transaction of the new branch conflicts).
 *
 * It runs as steps (one block each) so a page can slice it. The attacker node
 * is removed at the end (the blocks stay, as in any reorg); simulated mining is
 * off during the attack and restored afterwards.
 */
import {
  bitsToTarget,
  isCoinbase,
  nextBitsRequired,
  txid,
  workForTarget,
  type Transaction,
} from '../core/index';
import { SeededRng, type AddNodeOptions, type Network, type SimNode } from '../sim/index';
import { seedText } from './experiment-chain';
import type { Steps } from './steps';

export interface MajorityAttackInput {
  /** The attacker's share of all hash power, above 0.5 and below 1. */
  readonly share: number;
  /** Blocks to rewrite below the reference node's tip, 1 to 50 (and at most its height). */
  readonly depth: number;
  readonly seed: number | string;
}

export interface MajorityAttackOptions {
  /** The node whose chain is attacked and reported on. */
  readonly referenceNodeId: string;
  /** Where the attacker's block rewards go. */
  readonly attackerAddress: string;
  /** Most expected hashes per block the attack may search on this thread (default 2^12). */
  readonly maxExpectedHashes?: bigint;
  /** Blocks after which an attacker that has not caught up stops (default 5000). */
  readonly maxBlocks?: number;
  /** How the attacker node joins and leaves (the app saves and forgets it); default: the network's own. */
  readonly addNode?: (o: AddNodeOptions) => SimNode;
  readonly removeNode?: (id: string) => void;
}

export interface MajorityAttackResult {
  readonly attackerId: string;
  /** Height of the last block both chains share. */
  readonly forkHeight: number;
  /** Blocks the reference node disconnected in the reorg. */
  readonly reorgDepth: number;
  /** Payments confirmed on the reference node's chain after the fork point and not confirmed any more. */
  readonly reversedTxids: string[];
  /** The same payments, in that order. */
  readonly reversed: readonly Transaction[];
  /** Of those, the ones back in the reference node's pool (the rest were dropped as conflicts). */
  readonly returnedToPool: string[];
  /** Blocks of the attacker's branch, and honest blocks found while it was private. */
  readonly blocks: number;
  readonly honestBlocks: number;
}

const DEFAULT_MAX_HASHES = 1n << 12n;
const FEED_BLOCKS_PER_STEP = 25;
const MESSAGES_PER_STEP = 40;

function checkInput(input: MajorityAttackInput): { share: number; depth: number; seed: string } {
  if (!input || typeof input !== 'object')
    throw new TypeError('majorityAttack takes { share, depth, seed }');
  const { share, depth } = input;
  if (typeof share !== 'number' || !(share > 0.5 && share < 1))
    throw new RangeError(`share must be a number above 0.5 and below 1, got ${String(share)}`);
  if (!Number.isSafeInteger(depth) || depth < 1 || depth > 50)
    throw new RangeError(`depth must be a whole number from 1 to 50, got ${String(depth)}`);
  return { share, depth, seed: seedText(input.seed) };
}

/**
 * Whether the attack can run on `net` as asked; throws a RangeError or
 * TypeError naming what is wrong. Changes nothing.
 */
export function checkMajorityAttack(
  net: Network,
  input: MajorityAttackInput,
  o: Pick<MajorityAttackOptions, 'referenceNodeId' | 'maxExpectedHashes'>,
): { share: number; depth: number; seed: string; reference: SimNode; honest: SimNode[] } {
  const { share, depth, seed } = checkInput(input);
  const reference = net.node(o.referenceNodeId);
  if (depth > reference.height)
    throw new RangeError(
      `depth must be at most the chain's height (${reference.height}): genesis cannot be rewritten`,
    );
  const honest = net.nodes().filter((n) => n.miner && n.miner.hashShare > 0);
  if (honest.length === 0)
    throw new RangeError(
      'no node mines: give a node a miner first, or there is no honest chain to race',
    );
  const hashes = workForTarget(bitsToTarget(nextBitsRequired(reference.tip, net.params)));
  const limit = o.maxExpectedHashes ?? DEFAULT_MAX_HASHES;
  if (hashes > limit) {
    throw new RangeError(
      `each block needs about ${hashes.toLocaleString('en-US')} hashes here, more than the ${limit.toLocaleString('en-US')} the attack may search on this thread: run it on a Simulation chain (an easy target)`,
    );
  }
  return { share, depth, seed, reference, honest };
}

/** The attack as steps (yields blocks found so far). Throws before changing anything if it cannot run. */
export function* majorityAttackSteps(
  net: Network,
  input: MajorityAttackInput,
  o: MajorityAttackOptions,
): Steps<MajorityAttackResult> {
  const { share, depth, seed, reference, honest } = checkMajorityAttack(net, input, o);
  const maxBlocks = o.maxBlocks ?? 5000;
  const forkHeight = reference.height - depth;
  const before = reference.chain
    .activeEntries()
    .slice(forkHeight + 1)
    .map((e) => e.hash);

  // 1. The attacker node, cut off, with the chain up to the fork point.
  const attackerId = freeId(net, 'attacker');
  const attacker = (o.addNode ?? ((a) => net.addNode(a)))({ id: attackerId, label: 'Attacker' });
  const wasMining = net.autoMining;
  net.setAutoMining(false);
  try {
    const prefix = reference.chain.activeEntries().slice(1, forkHeight + 1);
    for (let i = 0; i < prefix.length; i++) {
      attacker.processBlock(reference.chain.getBlock(prefix[i]!.hash)!, {
        cause: 'block',
        peer: reference.id,
      });
      if ((i + 1) % FEED_BLOCKS_PER_STEP === 0) yield 0;
    }
    if (attacker.height !== forkHeight)
      throw new Error(
        `the attacker node took ${attacker.height} of the ${forkHeight} blocks before the fork point`,
      );

    // 2. The race in virtual time, drawn from the attack's own seed.
    const rng = SeededRng.fromSeed(seed, 'majority-attack');
    const honestTotal = honest.reduce((s, n) => s + n.miner!.hashShare, 0);
    const meanSpacingMs = (net.params.targetSpacing * 1000 * (1 - share)) / honestTotal;
    let blocks = 0;
    let honestBlocks = 0;
    const bestHonestWork = () =>
      honest.reduce((w, n) => (n.tip.chainWork > w ? n.tip.chainWork : w), reference.tip.chainWork);
    while (attacker.tip.chainWork <= bestHonestWork()) {
      if (blocks + honestBlocks >= maxBlocks)
        throw new Error(`the attacker did not catch up within ${maxBlocks} blocks`);
      net.advance(rng.exponential(meanSpacingMs));
      if (rng.next() < share) {
        net.mine(attackerId, { minerAddress: o.attackerAddress });
        blocks++;
      } else {
        net.mine(rng.pickWeighted(honest, (n) => n.miner!.hashShare).id);
        honestBlocks++;
      }
      yield blocks + honestBlocks;
    }

    // 3. Release: the honest nodes fetch the longer branch and reorganise.
    const confirmedBefore = confirmedAfter(reference, forkHeight);
    const reorgsBefore = reference.counters.reorgs;
    net.registerPeers(
      attackerId,
      net.nodeIds().filter((id) => id !== attackerId),
    );
    // The nodes download and validate the branch message by message, a few dozen per step.
    for (let n = 1; net.stepMessage() !== null; n++)
      if (n % MESSAGES_PER_STEP === 0) yield blocks + honestBlocks;
    net.runUntilIdle();

    // 4. What the reference node no longer has confirmed.
    const confirmedNow = new Set(confirmedAfter(reference, forkHeight).map(([id]) => id));
    const reversedPairs = confirmedBefore.filter(([id]) => !confirmedNow.has(id));
    const reversedTxids = reversedPairs.map(([id]) => id);
    const disconnected = before.filter((h) => !reference.chain.isActive(h)).length;
    return {
      attackerId,
      forkHeight,
      reorgDepth:
        reference.counters.reorgs > reorgsBefore
          ? Math.max(disconnected, reference.counters.lastReorgDepth)
          : 0,
      reversedTxids,
      reversed: reversedPairs.map(([, tx]) => tx),
      returnedToPool: reversedTxids.filter((id) => reference.chain.mempool.has(id)),
      blocks,
      honestBlocks,
    };
  } finally {
    if (net.hasNode(attackerId)) (o.removeNode ?? ((id) => net.removeNode(id)))(attackerId);
    net.setAutoMining(wasMining);
  }
}

/** Non-coinbase transactions of the node's active chain above `height`, oldest first, with their txids. */
function confirmedAfter(node: SimNode, height: number): [string, Transaction][] {
  const out: [string, Transaction][] = [];
  for (const e of node.chain.activeEntries().slice(height + 1)) {
    for (const tx of node.chain.getBlock(e.hash)!.txs)
      if (!isCoinbase(tx)) out.push([txid(tx), tx]);
  }
  return out;
}

function freeId(net: Network, base: string): string {
  if (!net.hasNode(base)) return base;
  for (let i = 2; ; i++) if (!net.hasNode(`${base}-${i}`)) return `${base}-${i}`;
}
