/**
 * A running Network from stored state. startNetwork is the start: every node
 * from its block index and UTXO set over the shared BlockShelf (no block read,
 * no replay; the caller checks the last blocks). restoreNetwork takes a whole
 * state with its blocks (a demo just built) and checks every node's UTXO set
 * against a replay of its blocks. Nodes whose data storage found damaged are
 * left out; the network runs without them (the caller saves nothing
 * meanwhile, so their records and config stay as stored).
 */
import { Network, validateNetworkConfig, type NetworkConfig } from '../sim/index';
import { toChainSnapshot, verifyChains, type BlockShelf, type IndexedState, type JsonValue, type PersistedState, type StorageProblem, type StoredStart } from '../storage/index';

/** The stored network config, without the nodes that were left out (and their peerings, and any partition). */
function configFor(network: JsonValue, stored: ReadonlySet<string>): NetworkConfig {
  const config = validateNetworkConfig(network);
  const present = config.nodes.filter((n) => stored.has(n.id));
  if (present.length === config.nodes.length) return config;
  return { ...config, nodes: present.map((n) => ({ ...n, peers: n.peers.filter((p) => stored.has(p)) })), partition: null };
}

/** `indexedChain` comes with the start's code (storedStartCode), which only a visit with a stored state loads. */
export function startNetwork(state: IndexedState, shelf: BlockShelf, indexedChain: StoredStart['indexedChain']): Network {
  const config = configFor(state.network, new Set(state.nodes.map((n) => n.id)));
  const makers = new Map(state.nodes.map((n) => [n.id, (options: Parameters<typeof indexedChain>[3]) => indexedChain(state.params, n, shelf, options)] as const));
  return Network.restore(state.params, config, makers, shelf);
}

export function restoreNetwork(state: PersistedState, shelf?: BlockShelf): { network: Network; problems: StorageProblem[] } {
  const config = configFor(state.network, new Set(state.nodes.map((n) => n.id)));
  const network = Network.restore(state.params, config, new Map(state.nodes.map((n) => [n.id, toChainSnapshot(n)])), shelf);
  const problems = verifyChains(new Map(network.nodes().map((n) => [n.id, n.chain])));
  return { network, problems };
}
