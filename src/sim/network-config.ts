/**
 * The network's configuration as plain JSON: what storage saves next to each
 * node's ChainSnapshot so Network.restore can rebuild the same network.
 *
 * Saved: seed and generator states, the virtual clock, nodes (id, label,
 * peers, miner), link settings, the partition, the mining schedule and the
 * genesis block. Not saved: messages in flight and pending timers (a restore is
 * a restart of every node: nothing is on the wire), logs and statistics, and a
 * bad peer's crafted chain.
 */
import type { RngState } from './rng';
import type { LinkSettings } from './links';
import type { BlockRelay } from './node-host';
import type { MinerConfig } from './sim-node';
import { validateLimits, type NodeLimits } from './limits';

export const NETWORK_CONFIG_VERSION = 1;

export interface NodeConfig {
  readonly id: string;
  readonly label: string;
  readonly peers: readonly string[];
  readonly miner: MinerConfig | null;
}

export interface NetworkConfig {
  readonly version: typeof NETWORK_CONFIG_VERSION;
  readonly seed: string;
  /** Generator states per stream. */
  readonly rng: { readonly links: RngState; readonly mining: RngState };
  /** Virtual clock, ms. */
  readonly clockMs: number;
  /** Unix seconds at virtual time 0. */
  readonly epochSeconds: number;
  /** Hex of the genesis block every node starts from. */
  readonly genesisHex: string;
  readonly blockRelay: BlockRelay;
  readonly blockRequestTimeoutMs: number;
  /** Absent in configs saved before limits existed: the defaults apply. */
  readonly limits?: NodeLimits;
  readonly autoMine: boolean;
  /** Virtual time of the next simulated block discovery, or null. */
  readonly nextBlockAt: number | null;
  readonly nextMessageId: number;
  readonly nodes: readonly NodeConfig[];
  readonly links: {
    readonly defaults: LinkSettings;
    readonly overrides: readonly { readonly a: string; readonly b: string; readonly settings: LinkSettings }[];
  };
  /** Groups of a partition, or null when the network is whole. */
  readonly partition: readonly (readonly string[])[] | null;
}

function fail(path: string, what: string): never {
  throw new TypeError(`config.${path} ${what}`);
}

const isRngState = (s: unknown): boolean => Array.isArray(s) && s.length === 4 && s.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** 32);

/** Checks the shape of a config read back from storage; names the first bad field. */
export function validateNetworkConfig(c: unknown): NetworkConfig {
  if (c === null || typeof c !== 'object') throw new TypeError('config must be an object');
  const o = c as Record<string, unknown>;
  if (o.version !== NETWORK_CONFIG_VERSION) fail('version', `must be ${NETWORK_CONFIG_VERSION}, got ${String(o.version)}`);
  if (typeof o.seed !== 'string') fail('seed', 'must be a string');
  const rng = o.rng as Record<string, unknown> | undefined;
  if (!rng || !isRngState(rng.links)) fail('rng.links', 'must be four uint32 words');
  if (!isRngState(rng.mining)) fail('rng.mining', 'must be four uint32 words');
  for (const k of ['clockMs', 'epochSeconds', 'blockRequestTimeoutMs', 'nextMessageId'] as const) {
    if (typeof o[k] !== 'number' || !Number.isFinite(o[k]) || (o[k] as number) < 0) fail(k, 'must be a finite number >= 0');
  }
  if (typeof o.genesisHex !== 'string' || !/^[0-9a-f]+$/.test(o.genesisHex)) fail('genesisHex', 'must be lowercase hex');
  if (o.blockRelay !== 'push' && o.blockRelay !== 'inv') fail('blockRelay', "must be 'push' or 'inv'");
  if (typeof o.autoMine !== 'boolean') fail('autoMine', 'must be a boolean');
  if (o.limits !== undefined) {
    try {
      validateLimits(o.limits as Partial<NodeLimits>);
    } catch (e) {
      fail('limits', `is not valid: ${(e as Error).message}`);
    }
  }
  if (o.nextBlockAt !== null && (typeof o.nextBlockAt !== 'number' || !Number.isFinite(o.nextBlockAt))) fail('nextBlockAt', 'must be a number or null');
  if (!Array.isArray(o.nodes)) fail('nodes', 'must be an array');
  const ids = new Set<string>();
  (o.nodes as unknown[]).forEach((n, i) => {
    const node = n as Record<string, unknown>;
    if (!node || typeof node.id !== 'string' || node.id === '') fail(`nodes[${i}].id`, 'must be a non-empty string');
    if (ids.has(node.id as string)) fail(`nodes[${i}].id`, `repeats ${String(node.id)}`);
    ids.add(node.id as string);
    if (typeof node.label !== 'string') fail(`nodes[${i}].label`, 'must be a string');
    if (!Array.isArray(node.peers) || !node.peers.every((p) => typeof p === 'string')) fail(`nodes[${i}].peers`, 'must be an array of node ids');
    const m = node.miner as Record<string, unknown> | null;
    if (m !== null && (typeof m !== 'object' || typeof m.address !== 'string' || typeof m.hashShare !== 'number')) {
      fail(`nodes[${i}].miner`, 'must be null or { address, hashShare }');
    }
  });
  for (const n of o.nodes as NodeConfig[]) {
    for (const p of n.peers) if (!ids.has(p)) fail(`nodes(${n.id}).peers`, `names an unknown node ${p}`);
  }
  const links = o.links as Record<string, unknown> | undefined;
  if (!links || typeof links.defaults !== 'object' || !Array.isArray(links.overrides)) fail('links', 'must be { defaults, overrides[] }');
  if (o.partition !== null && !Array.isArray(o.partition)) fail('partition', 'must be an array of groups or null');
  return c as NetworkConfig;
}
