/**
 * A ChainStore that obeys the tab coordinator: in the writer tab every write
 * goes through and is announced to the other tabs; in a follower tab every
 * write is refused with StorageError 'read-only' (nothing is written), while
 * reads keep working so the follower can show and reload the writer's state.
 */
import { StorageError } from './errors';
import type { ChainDelta, Wallet } from '../core/index';
import type { JsonObject, QuarantineRecord } from './schema';
import type { ChangeKind, TabCoordinator } from './tab-coordinator';
import type { VerifyOptions, VerifyReport } from './verify-stored';
import type { BodiesPage, ChainStore, ConfigPatch, IndexLoadResult, LoadResult, MaintenanceReport, NodeDelta, NodeState, PersistedState, RebuildReport, ReplaceOptions, StateBuilder } from './store';

export class CoordinatedStore implements ChainStore {
  constructor(
    readonly inner: ChainStore,
    readonly tabs: TabCoordinator,
  ) {}

  get backend(): 'indexeddb' | 'memory' {
    return this.inner.backend;
  }

  private async write<T>(kind: ChangeKind, nodeIds: readonly string[], op: () => Promise<T>): Promise<T> {
    if (!this.tabs.isWriter) throw new StorageError('read-only', `tab role: ${this.tabs.role}`);
    const result = await op();
    this.tabs.announce(kind, nodeIds);
    return result;
  }

  load(): Promise<LoadResult> {
    return this.inner.load();
  }
  loadIndex(): Promise<IndexLoadResult> {
    return this.inner.loadIndex();
  }
  verify(options?: VerifyOptions): Promise<VerifyReport> {
    return this.inner.verify(options);
  }
  readBodies(after: string | null, limit: number): Promise<BodiesPage> {
    return this.inner.readBodies(after, limit);
  }
  readBlocks(hashes: readonly string[]): Promise<{ blocks: Map<string, unknown>; undo: Map<string, unknown> }> {
    return this.inner.readBlocks(hashes);
  }
  quarantined(): Promise<QuarantineRecord[]> {
    return this.inner.quarantined();
  }
  commitDelta(nodeId: string, delta: ChainDelta): Promise<void> {
    return this.write('delta', [nodeId], () => this.inner.commitDelta(nodeId, delta));
  }
  commitDeltas(items: readonly NodeDelta[], config?: ConfigPatch): Promise<void> {
    return this.write('delta', [...new Set(items.map((i) => i.nodeId))], () => this.inner.commitDeltas(items, config));
  }
  saveNode(node: NodeState): Promise<void> {
    return this.write('node', [node.id], () => this.inner.saveNode(node));
  }
  deleteNode(nodeId: string): Promise<void> {
    return this.write('node', [nodeId], () => this.inner.deleteNode(nodeId));
  }
  saveWallets(wallets: readonly Wallet[]): Promise<void> {
    return this.write('wallets', [], () => this.inner.saveWallets(wallets));
  }
  saveConfig(patch: ConfigPatch): Promise<void> {
    return this.write('config', [], () => this.inner.saveConfig(patch));
  }
  loadLearn(): Promise<JsonObject | null> {
    return this.inner.loadLearn();
  }
  /** Lesson progress belongs to the student, not to the network: any tab may save it, and the others need not reload. */
  saveLearn(progress: JsonObject): Promise<void> {
    return this.inner.saveLearn(progress);
  }
  replaceAll(state: PersistedState, options?: ReplaceOptions): Promise<void> {
    return this.write('replace', state.nodes.map((n) => n.id), () => this.inner.replaceAll(state, options));
  }
  async reset(build: StateBuilder): Promise<PersistedState> {
    if (!this.tabs.isWriter) throw new StorageError('read-only', `tab role: ${this.tabs.role}`);
    const state = typeof build === 'function' ? await build() : build;
    await this.replaceAll(state);
    return state;
  }
  /** Changes how the state is stored, not the state: nothing to announce, but a follower may not write. */
  maintain(options?: { all?: boolean }): Promise<MaintenanceReport> {
    if (!this.tabs.isWriter) return Promise.reject(new StorageError('read-only', `tab role: ${this.tabs.role}`));
    return this.inner.maintain(options);
  }
  rebuildNode(nodeId: string): Promise<RebuildReport> {
    return this.write('rebuild', [nodeId], () => this.inner.rebuildNode(nodeId));
  }
  close(): void {
    this.inner.close();
  }
}
