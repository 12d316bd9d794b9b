/**
 * A running Network from a loaded state: the stored network config (checked),
 * each stored node's chain, and the UTXO check of every node (its set must
 * equal the one rebuilt from its blocks). Nodes whose data storage found
 * damaged are left out of state.nodes; the network runs without them (the
 * caller saves nothing meanwhile, so their records and config stay as stored).
 */
import { Network, validateNetworkConfig, type NetworkConfig } from '../sim/index';
import { toChainSnapshot, verifyChains, type PersistedState, type StorageProblem } from '../storage/index';

export function restoreNetwork(state: PersistedState): { network: Network; problems: StorageProblem[] } {
  let config: NetworkConfig = validateNetworkConfig(state.network);
  const stored = new Set(state.nodes.map((n) => n.id));
  const present = config.nodes.filter((n) => stored.has(n.id));
  if (present.length !== config.nodes.length) {
    config = { ...config, nodes: present.map((n) => ({ ...n, peers: n.peers.filter((p) => stored.has(p)) })), partition: null };
  }
  const network = Network.restore(state.params, config, new Map(state.nodes.map((n) => [n.id, toChainSnapshot(n)])));
  const problems = verifyChains(new Map(network.nodes().map((n) => [n.id, n.chain])));
  return { network, problems };
}
