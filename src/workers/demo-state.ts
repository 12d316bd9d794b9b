/**
 * The state a first visit (or "Reset") starts from: the simulation's seeded
 * demo network, turned into what storage writes, with the settings the caller
 * gives. Pure and deterministic (same seed, same bytes); heavy enough (it
 * mines the history) that the page runs it in the tasks worker.
 */
import { createDemoNetwork } from '../sim/scenarios/demo';
import { nodeStateFromChain, type JsonObject, type PersistedState } from '../storage/index';
import type { ConsensusParams } from '../core/index';

/**
 * The demo for `seed` with `params`. `settings` are stored as given, with the
 * seed and the first node as the selected one.
 */
export function buildDemoState(seed: string, params: ConsensusParams, settings: JsonObject = {}): PersistedState {
  if (typeof seed !== 'string' || seed.trim() === '') throw new TypeError('seed must be a non-empty string');
  if (params === null || typeof params !== 'object') throw new TypeError('params must be ConsensusParams');
  const { network, wallets } = createDemoNetwork({ seed, params });
  // The page mines with the Web Worker pool; the Poisson process stays off unless asked for.
  network.setAutoMining(false);
  const nodes = network.nodes().map((n) => nodeStateFromChain(n.id, n.chain));
  return {
    params,
    nodes,
    wallets,
    network: network.config() as unknown as PersistedState['network'],
    settings: { ...settings, seed, selectedNode: nodes[0]!.id },
  };
}
