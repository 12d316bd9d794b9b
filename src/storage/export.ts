/**
 * Building the export file from a state (loaded from the store, or assembled
 * from the live nodes with nodeStateFromChain). Pure: no storage access.
 */
import { blockHash, blockToHex, bytesToHex, serializeTx, txid } from '../core/index';
import { toJsonValue } from './json';
import { EXPORT_FORMAT, EXPORT_VERSION, PRIVATE_KEY_WARNING, type ExportBlock, type ExportFile, type ExportNode, type ExportWallet } from './export-format';
import type { JsonObject } from './schema';
import type { NodeState, PersistedState } from './store';

export interface ExportOptions {
  /** Include the wallets with their private keys (the file then carries a warning). */
  readonly includeWallets?: boolean;
  /** ISO time written into the file (default: now). */
  readonly exportedAt?: string;
}

function exportNode(n: NodeState, blocks: Map<string, ExportBlock>): ExportNode {
  const hashOf = (b: NodeState['blocks'][number]) => {
    const hash = blockHash(b.header);
    if (!blocks.has(hash)) blocks.set(hash, { hash, hex: blockToHex(b) });
    return hash;
  };
  const list = n.blocks.map(hashOf);
  const orphans = n.orphans.map(hashOf);
  const utxos = [...n.utxos]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([outpoint, c]) => ({ outpoint, amount: c.amount, address: c.address, height: c.height, coinbase: c.coinbase }));
  const mempool = n.mempool.map(({ tx, time }) => ({ txid: txid(tx), hex: bytesToHex(serializeTx(tx, true)), time }));
  return { id: n.id, tip: n.tip, blocks: list, orphans, utxos, mempool };
}

export function buildExport(state: PersistedState, options: ExportOptions = {}): ExportFile {
  if (typeof state !== 'object' || state === null || !Array.isArray(state.nodes)) throw new TypeError('state must be a PersistedState');
  if (state.nodes.length === 0) throw new RangeError('state.nodes must hold at least one node to export');
  const blocks = new Map<string, ExportBlock>();
  const nodes = state.nodes.map((n) => exportNode(n, blocks));
  const genesis = nodes[0]!.blocks[0]!;
  const includeWallets = options.includeWallets ?? false;
  const wallets: ExportWallet[] = state.wallets.map((w) => ({
    label: w.label,
    address: w.address,
    publicKey: w.publicKey,
    privateKey: w.privateKey,
    ...(w.seed !== undefined ? { seed: w.seed, seedIndex: w.seedIndex ?? 0 } : {}),
  }));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    params: toJsonValue(state.params, 'params') as unknown as ExportFile['params'],
    genesis,
    blocks: [...blocks.values()],
    nodes,
    network: toJsonValue(state.network, 'network'),
    settings: toJsonValue(state.settings, 'settings') as JsonObject,
    containsPrivateKeys: includeWallets,
    ...(includeWallets ? { warning: PRIVATE_KEY_WARNING, wallets } : {}),
  };
}

/** The export file as JSON text (what the UI offers for download). */
export function exportToJson(state: PersistedState, options: ExportOptions = {}): string {
  return JSON.stringify(buildExport(state, options), null, 1);
}
