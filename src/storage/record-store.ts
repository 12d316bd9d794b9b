/**
 * The ChainStore written once over a Backend (IndexedDB or memory): every
 * method is one backend transaction, so it is all-or-nothing on both.
 *
 * Commits append to each node's journal; a node whose journal has grown to
 * half its checkpoint (and at least `journalLimitBytes`) is due for
 * compaction. With `compaction: 'after-commit'` (the default) the store
 * compacts it right after the commit, in its own transaction; with 'manual'
 * the owner calls maintain() when it suits.
 *
 * The code of what a first visit does not run loads when first needed (a
 * CodeLoadError names it if it cannot): the index's load and the start from
 * it (stored-start-code.ts), the full load (load.ts), compaction and garbage
 * collection.
 */
import { base58checkDecode, validateParams, type ChainDelta, type ConsensusParams, type Wallet } from '../core/index';
import { checkNodeId, checkNodeState, checkState, checkWallets, deleteNodeRecords, writeDeltas, writeNodeRecords, writeWalletRecords } from './commit';
import type { CompactBy } from './compaction';
import { JournalBook, seqOf } from './journal-book';
import { lazyCode } from './lazy-code';
import { storedStartCode } from './stored-start-code';
import type { VerifyOptions, VerifyReport } from './verify-stored';
import { keyText, parseWallet } from './records';
import { rootCause } from './errors';
import { ALL_STORES, STORES, type JsonObject, type JsonValue, type LearnRecord, type QuarantineRecord } from './schema';
import { toJsonValue } from './json';
import { nodeRange, type Backend, type RecordReader, type RecordWriter } from './backend';
import type { BodiesPage, ChainStore, ConfigPatch, IndexLoadResult, LoadResult, MaintenanceReport, NodeDelta, NodeState, PersistedState, RebuildReport, ReplaceOptions, StateBuilder } from './store';

export interface RecordStoreOptions {
  /** When to fold journals into checkpoints (see above). */
  readonly compaction?: 'after-commit' | 'manual';
  /** A journal smaller than this is never compacted (default 256 KB). */
  readonly journalLimitBytes?: number;
  /**
   * How compaction makes the new checkpoint (compaction.ts): 'merge' (default) or
   * 'rewrite', the whole UTXO set decoded and encoded again (the storage bench's old path).
   */
  readonly compactBy?: CompactBy;
}

const DEFAULT_JOURNAL_LIMIT = 256 * 1024;

// The full load serves an export, a switch to memory and the tests; a start reads the index (loadIndex).
const fullLoadCode = lazyCode('reading the whole stored state', () => import('./load'));
const compactionCode = lazyCode('compacting the stored journal', () => import('./compaction'));
const garbageCode = lazyCode('removing blocks no node holds', () => import('./garbage'));

/**
 * Nothing a start could use is stored (no params, no checkpoint, no wallet): a first
 * visit's database. loadIndex's answer is then { state: null, problems: [] } exactly.
 */
async function holdsNoState(r: RecordReader): Promise<boolean> {
  const [params, checkpoints, wallets] = await Promise.all([r.get(STORES.meta, 'params'), r.count(STORES.chainstate), r.count(STORES.wallets)]);
  return params === undefined && checkpoints === 0 && wallets === 0;
}

function isKeyTaken(e: unknown): boolean {
  const cause = rootCause(e) as { name?: unknown; message?: unknown } | null;
  return cause?.name === 'ConstraintError' || String(cause?.message ?? '').includes('ConstraintError');
}

export class RecordStore implements ChainStore {
  private readonly book = new JournalBook();
  /** Some commit dropped a block from an index since the last garbage collection. */
  private garbage = false;
  private readonly compaction: 'after-commit' | 'manual';
  private readonly journalLimit: number;
  private readonly compactBy: CompactBy;

  constructor(
    protected readonly db: Backend,
    options: RecordStoreOptions = {},
  ) {
    this.compaction = options.compaction ?? 'after-commit';
    this.journalLimit = options.journalLimitBytes ?? DEFAULT_JOURNAL_LIMIT;
    this.compactBy = options.compactBy ?? 'merge';
  }

  get backend(): 'indexeddb' | 'memory' {
    return this.db.kind;
  }

  async load(): Promise<LoadResult> {
    // Loaded before the transaction: one waiting for a script would commit with its reads unanswered.
    const { readAll, assembleState } = await fullLoadCode();
    return this.db.read(async (r) => {
      const raw = await readAll(r);
      this.book.learn(raw);
      return assembleState(raw, this.db.schemaVersion);
    });
  }

  async loadIndex(): Promise<IndexLoadResult> {
    // A first visit's empty database is told apart by a few reads, without the start's code. Where
    // that code was already asked for (the page knew a database exists), the probe would only add a
    // transaction: the index is read at once.
    if (!storedStartCode.requested && (await this.db.read(holdsNoState))) return this.withDataLoss({ schemaVersion: this.db.schemaVersion, state: null, problems: [] });
    const { loadIndex } = await storedStartCode();
    return this.withDataLoss(await this.db.read((r) => loadIndex(r, this.db.schemaVersion)));
  }

  private withDataLoss(result: IndexLoadResult): IndexLoadResult {
    const lost = this.db.browserDataLoss;
    return lost == null ? result : { ...result, browserDataLoss: lost };
  }

  readBlocks(hashes: readonly string[]): Promise<{ blocks: Map<string, unknown>; undo: Map<string, unknown> }> {
    if (!Array.isArray(hashes) || hashes.some((h) => typeof h !== 'string')) return Promise.reject(new TypeError('hashes must be an array of block hashes'));
    const unique = [...new Set(hashes)];
    return this.db.read(async (r) => {
      const [blocks, undo] = await Promise.all([Promise.all(unique.map((h) => r.get<unknown>(STORES.blocks, h))), Promise.all(unique.map((h) => r.get<unknown>(STORES.undo, h)))]);
      const present = (values: unknown[]) => new Map(unique.flatMap((h, i) => (values[i] === undefined ? [] : [[h, values[i]] as const])));
      return { blocks: present(blocks), undo: present(undo) };
    });
  }

  readBodies(after: string | null, limit: number): Promise<BodiesPage> {
    if (after !== null && typeof after !== 'string') return Promise.reject(new TypeError('after must be a block hash or null'));
    if (!Number.isSafeInteger(limit) || limit < 1) return Promise.reject(new RangeError(`limit must be a positive integer, got ${limit}`));
    // Every string that starts with `after` sorts after it: a closed range from after + '\0' leaves `after` out.
    const from = after === null ? '' : `${after}\0`;
    return this.db.read(async (r) => {
      const [blocks, total] = await Promise.all([r.getAll<{ hash?: unknown }>(STORES.blocks, { lower: from, upper: '\uffff' }, limit), r.count(STORES.blocks)]);
      const last = blocks.length === limit ? String(blocks[blocks.length - 1]!.hash) : null;
      const range = { lower: from, upper: last ?? '\uffff' };
      const [undoKeys, undo] = await Promise.all([r.getAllKeys(STORES.undo, range), r.getAll<unknown>(STORES.undo, range)]);
      return { blocks: blocks.map((b) => [String(b.hash), b] as const), undo: undoKeys.map((k, i) => [String(k), undo[i]] as const), next: last, total };
    });
  }

  // The replay code loads when first asked for: the page verifies in a worker, a start never needs it.
  async verify(options: VerifyOptions = {}): Promise<VerifyReport> {
    const { verifyStored } = await import('./verify-stored');
    return verifyStored(this.db, options);
  }

  commitDelta(nodeId: string, delta: ChainDelta): Promise<void> {
    return this.commitDeltas([{ nodeId, delta }]);
  }

  async commitDeltas(items: readonly NodeDelta[], config?: ConfigPatch): Promise<void> {
    // A config that cannot be stored must not cost the deltas: they are committed, then its error is thrown.
    let records: { key: string; value: unknown }[] = [];
    let configError: unknown;
    try {
      if (config !== undefined) records = configRecords(config);
    } catch (e) {
      configError = e;
    }
    const write = (w: RecordWriter) =>
      writeDeltas(w, items, this.book).then(async (result) => {
        await writeConfig(w, records);
        return result;
      });
    let result: Awaited<ReturnType<typeof writeDeltas>>;
    try {
      result = await this.db.write(write);
    } catch (e) {
      this.book.clear();
      // Another tab wrote this node's journal since this store learned where it ends: learn again, once.
      if (!isKeyTaken(e)) throw e;
      result = await this.db.write(write);
    }
    this.garbage ||= result.removedBlocks;
    for (const [id, bytes] of result.journalBytes) {
      const info = this.book.known(id);
      if (info) info.journalBytes += bytes;
    }
    // The commit is done: a compaction that fails leaves the journal as it is (and loads the same).
    if (this.compaction === 'after-commit') await this.maintain().catch(() => undefined);
    if (configError !== undefined) throw configError;
  }

  /** The nodes whose journal is due for compaction. */
  dueForCompaction(): string[] {
    return [...this.book.entries()].filter(([, info]) => info.journalBytes >= Math.max(this.journalLimit, info.checkpointBytes / 2)).map(([id]) => id);
  }

  /** Compacts every node due for it and collects garbage if some block was dropped; each in its own transaction. */
  async maintain(options: { all?: boolean } = {}): Promise<MaintenanceReport> {
    const all = options.all === true;
    // Each part's code loads when it first has work to do: most commits give it none.
    let due = this.dueForCompaction();
    if (all) {
      const { storedNodeIds } = await garbageCode();
      due = await this.db.read((r) => storedNodeIds(r));
    }
    const compacted: string[] = [];
    if (due.length > 0) {
      const { compactNode } = await compactionCode();
      for (const id of due) {
        const checkpointBytes = await this.db.write((w) => compactNode(w, id, this.compactBy));
        const info = this.book.known(id);
        if (info) Object.assign(info, { journalBytes: 0, checkpointBytes });
        compacted.push(id);
      }
    }
    let collected = { blocks: 0, undo: 0 };
    if (this.garbage || all) {
      const { collectGarbage } = await garbageCode();
      collected = await this.db.write((w) => collectGarbage(w));
      this.garbage = false;
    }
    return { compacted, blocksRemoved: collected.blocks, undoRemoved: collected.undo };
  }

  saveNode(node: NodeState): Promise<void> {
    try {
      checkNodeState(node);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.replaceNode(node.id, (w, through) => writeNodeRecords(w, node, through));
  }

  deleteNode(nodeId: string): Promise<void> {
    try {
      checkNodeId(nodeId);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.replaceNode(nodeId, null);
  }

  /** Removes a node's records and writes new ones (or none), then collects what nobody holds any more. */
  private async replaceNode(nodeId: string, write: ((w: RecordWriter, through: number) => number) | null): Promise<void> {
    const { collectGarbage } = await garbageCode();
    this.book.forget(nodeId);
    await this.db.write(async (w) => {
      const through = seqOf(await w.lastKey(STORES.journal, nodeRange(nodeId)));
      deleteNodeRecords(w, nodeId);
      if (write) write(w, through);
      await collectGarbage(w);
    });
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
    return this.db.write((w) => writeConfig(w, records));
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
    this.book.clear();
    return this.db.write(async (w) => writeState(w, state, config, options.keepWallets ?? false));
  }

  async reset(build: StateBuilder): Promise<PersistedState> {
    const state = typeof build === 'function' ? await build() : build;
    await this.replaceAll(state);
    return state;
  }

  async rebuildNode(nodeId: string): Promise<RebuildReport> {
    checkNodeId(nodeId);
    // Only a damaged node is rebuilt: its code loads then.
    const { rebuildNodeRecords } = await import('./rebuild');
    this.book.forget(nodeId);
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

/** Writes config records; a damaged record being replaced is set aside first, never silently overwritten. */
async function writeConfig(w: RecordWriter, records: readonly { key: string; value: unknown }[]): Promise<void> {
  if (records.length === 0) return;
  const at = new Date().toISOString();
  const old = await Promise.all(records.map((r) => w.get<{ value?: unknown }>(STORES.meta, r.key)));
  records.forEach((r, i) => {
    const problem = old[i] ? configDamage(r.key, old[i].value) : undefined;
    if (problem) w.put(STORES.quarantine, { nodeId: null, store: STORES.meta, key: r.key, problem, record: old[i], at } satisfies QuarantineRecord);
    w.put(STORES.meta, r);
  });
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
