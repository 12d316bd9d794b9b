/**
 * The state a first visit (or "Reset") starts from: the simulation's seeded
 * demo network at the classroom difficulty, turned into what storage writes.
 * Pure and deterministic (same seed, same bytes); heavy enough (it mines the
 * history) that the page runs it in a worker.
 */
import { createDemoNetwork } from '../sim/index';
import { nodeStateFromChain, type PersistedState } from '../storage/index';
import { CLASSROOM_PARAMS, type ConsensusParams } from '../core/index';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** The classroom chain with retargeting: blocks in seconds, 10-coin reward, spendable next block. */
export const APP_PARAMS: ConsensusParams = CLASSROOM_PARAMS;

export function buildDemoState(seed: string, params: ConsensusParams = APP_PARAMS, settings: Partial<Settings> = {}): PersistedState {
  if (typeof seed !== 'string' || seed.trim() === '') throw new TypeError('seed must be a non-empty string');
  const { network, wallets } = createDemoNetwork({ seed, params });
  // The page mines with the Web Worker pool; the Poisson process stays off unless asked for.
  network.setAutoMining(false);
  const nodes = network.nodes().map((n) => nodeStateFromChain(n.id, n.chain));
  return {
    params,
    nodes,
    wallets,
    network: network.config() as unknown as PersistedState['network'],
    settings: { ...DEFAULT_SETTINGS, ...settings, seed, selectedNode: nodes[0]!.id } as unknown as PersistedState['settings'],
  };
}
