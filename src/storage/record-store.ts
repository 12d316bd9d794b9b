/**
 * The ChainStore written once over a Backend (IndexedDB or memory): every
 * method is one backend transaction, so it is all-or-nothing on both.
 */
import { base58checkDecode, validateParams, type ChainDelta, type ConsensusParams, type Wallet } from '../core/index';
import {
  checkNodeId,
  checkNodeState,
  checkState,
  checkWallets,
  deleteNodeRecords,
  releaseBlocks,
  writeDeltas,
  writeNodeRecords,
  writeWalletRecords,
} from './commit';
import { assembleState, readAll } from './load';
import { rebuildNodeRecords } from './rebuild';
import { keyText, parseWallet } from './records';
import { ALL_STORES, STORES, type JsonObject, type JsonValue, type LearnRecord, type QuarantineRecord } from './schema';
import { toJsonValue } from './json';
import type { Backend, RecordWriter } from './backend';
import type { ChainStore, ConfigPatch, LoadResult, NodeDelta, NodeState, PersistedState, RebuildReport, ReplaceOptions, StateBuilder } from './store';

export class RecordStore implements ChainStore {
  constructor(protected readonly db: Backend) {}

  get backend(): 'indexeddb' | 'memory' {
    return this.db.kind;
  }

  load(): Promise<LoadResult> {
    return this.db.read(async (r) => assembleState(await readAll(r), this.db.schemaVersion));
  }

  commitDelta(nodeId: string, delta: ChainDelta): Promise<void> {
    return this.commitDeltas([{ nodeId, delta }]);
  }

  commitDeltas(items: readonly NodeDelta[]): Promise<void> {
    return this.db.write(async (w) => releaseBlocks(w, await writeDeltas(w, items)));
  }

  saveNode(node: NodeState): Promise<void> {
    try {
      checkNodeState(node);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.db.write(async (w) => {
      const old = await deleteNodeRecords(w, node.id);
      writeNodeRecords(w, node);
      await releaseBlocks(w, old);
    });
  }

  deleteNode(nodeId: string): Promise<void> {
    try {
      checkNodeId(nodeId);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.db.write(async (w) => releaseBlocks(w, await deleteNodeRecords(w, nodeId)));
  }

  saveWallets(wallets: readonly Wallet[]): Promise<void> {
    try {
      checkWallets(wallets);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.db.write(async (w) => {
      const params = await w.get<{ value?: { addressVersion?: unknown } }>(STORES.meta, 'params');
      const stored = params?.value?.addressVersion;
      const at = new Date().toISOString();
      for (const rec of await w.getAll<{ address?: unknown }>(STORES.wallets)) {
        try {
          // Without stored params, judge a wallet by its own address version.
          parseWallet(rec, typeof stored === 'number' ? stored : addressVersionOf(rec?.address));
        } catch (e) {
          w.put(STORES.quarantine, { nodeId: null, store: STORES.wallets, key: keyText(rec?.address), problem: (e as Error).message, record: rec, at } satisfies QuarantineRecord);
        }
      }
      w.clear(STORES.wallets);
      writeWalletRecords(w, wallets);
    });
  }

  saveConfig(patch: ConfigPatch): Promise<void> {
    let records: { key: string; value: unknown }[];
    try {
      records = configRecords(patch);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.db.write(async (w) => {
      const at = new Date().toISOString();
      for (const r of records) {
        // A damaged record being replaced is set aside first, never silently overwritten.
        const old = await w.get<{ value?: unknown }>(STORES.meta, r.key);
        const problem = old ? configDamage(r.key, old.value) : undefined;
        if (problem) w.put(STORES.quarantine, { nodeId: null, store: STORES.meta, key: r.key, problem, record: old, at } satisfies QuarantineRecord);
        w.put(STORES.meta, r);
      }
    });
  }

  loadLearn(): Promise<JsonObject | null> {
    return this.db.read(async (r) => {
      const rec = await r.get<{ value?: unknown }>(STORES.meta, 'learn');
      const v = rec?.value;
      return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : null;
    });
  }

  saveLearn(progress: JsonObject): Promise<void> {
    let value: JsonValue;
    try {
      value = toJsonValue(progress, 'progress');
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError('progress must be a JSON object');
    } catch (e) {
      return Promise.reject(e);
    }
    return this.db.write(async (w) => w.put(STORES.meta, { key: 'learn', value } satisfies LearnRecord));
  }

  replaceAll(state: PersistedState, options: ReplaceOptions = {}): Promise<void> {
    let config: { key: string; value: unknown }[];
    try {
      checkState(state);
      config = configRecords({ params: state.params, network: state.network, settings: state.settings });
    } catch (e) {
      return Promise.reject(e);
    }
    return this.db.write(async (w) => writeState(w, state, config, options.keepWallets ?? false));
  }

  async reset(build: StateBuilder): Promise<PersistedState> {
    const state = typeof build === 'function' ? await build() : build;
    await this.replaceAll(state);
    return state;
  }

  rebuildNode(nodeId: string): Promise<RebuildReport> {
    try {
      checkNodeId(nodeId);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.db.write((w) => rebuildNodeRecords(w, nodeId));
  }

  quarantined(): Promise<QuarantineRecord[]> {
    return this.db.read((r) => r.getAll<QuarantineRecord>(STORES.quarantine));
  }

  close(): void {
    this.db.close();
  }
}

function addressVersionOf(address: unknown): number {
  try {
    return base58checkDecode(String(address))[0] ?? 0;
  } catch {
    return 0;
  }
}

/** Why a stored config value is unusable, if it is. */
function configDamage(key: string, value: unknown): string | undefined {
  if (key === 'params') {
    try {
      validateParams(value as ConsensusParams);
    } catch (e) {
      return `invalid params: ${(e as Error).message}`;
    }
  }
  if (key === 'settings' && (typeof value !== 'object' || value === null || Array.isArray(value))) return 'settings are not an object';
  return undefined;
}

/** Meta records for a config patch; params are validated, JSON is copied (no proxies, no functions). */
function configRecords(patch: ConfigPatch): { key: string; value: unknown }[] {
  if (typeof patch !== 'object' || patch === null) throw new TypeError('patch must be an object with params, network and/or settings');
  const out: { key: string; value: unknown }[] = [];
  if (patch.params !== undefined) out.push({ key: 'params', value: toJsonValue(validateParams(patch.params), 'params') });
  if (patch.network !== undefined) out.push({ key: 'network', value: toJsonValue(patch.network as JsonValue, 'network') });
  if (patch.settings !== undefined) {
    const s = toJsonValue(patch.settings as JsonObject, 'settings');
    if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new TypeError('settings must be a JSON object');
    out.push({ key: 'settings', value: s });
  }
  return out;
}

async function writeState(w: RecordWriter, state: PersistedState, config: { key: string; value: unknown }[], keepWallets: boolean): Promise<void> {
  const info = await w.get(STORES.meta, 'info');
  // The student's lesson progress is not part of the network's state: a reset or an import keeps it.
  const learn = await w.get(STORES.meta, 'learn');
  for (const store of ALL_STORES) {
    if (store === STORES.wallets && keepWallets) continue;
    w.clear(store);
  }
  if (info) w.put(STORES.meta, info);
  if (learn) w.put(STORES.meta, learn);
  for (const r of config) w.put(STORES.meta, r);
  for (const node of state.nodes) writeNodeRecords(w, node);
  if (!keepWallets) writeWalletRecords(w, state.wallets);
}
