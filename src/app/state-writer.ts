/**
 * Writes the running system to storage, in order, one IndexedDB transaction per
 * batch: every node's ChainDelta (atomic per the storage contract), new and
 * removed nodes, wallets, params, the network config and settings.
 *
 * Deltas arrive synchronously from the simulation; they are queued and written
 * in a task of their own, so a burst (a block reaching sixty-four nodes over a
 * timer tick) becomes one transaction, and encoding it does not lengthen the
 * task that ran the simulation (the page's longest task). Any other write, and
 * flush(), first sends the queued deltas, so writes stay in the order they
 * were asked for. Writes never overlap: each waits for the previous one. A
 * failed write is reported (the FallbackStore has already switched to memory
 * and says so); later writes still go ahead.
 */
import type { ChainDelta, ConsensusParams, Wallet } from '../core/index';
import type { ChainStore, ConfigPatch, NodeDelta, NodeState } from '../storage/index';

/** Runs `send` in a task of its own, soon (a MessageChannel is not clamped like a nested setTimeout). */
function nextTask(send: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(send, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    send();
  };
  channel.port2.postMessage(null);
}

export class StateWriter {
  private chain: Promise<void> = Promise.resolve();
  private deltas: NodeDelta[] = [];
  private scheduled = false;
  private configSource: (() => ConfigPatch) | null = null;
  private configDirty = false;

  constructor(
    private readonly store: ChainStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Where the network config and settings come from when they are saved with a batch. */
  setConfigSource(source: () => ConfigPatch): void {
    this.configSource = source;
  }

  private run(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task).catch((e) => this.onError(e));
    this.chain = next;
    return next;
  }

  delta(nodeId: string, delta: ChainDelta): void {
    this.deltas.push({ nodeId, delta });
    this.configDirty = true;
    this.schedule();
  }

  /** The network config (clock, peers, links...) or settings changed: saved with the next batch. */
  configChanged(): void {
    this.configDirty = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    nextTask(() => this.sendQueued());
  }

  /** Puts the queued deltas and config (if any) on the write chain now, as one batch. */
  private sendQueued(): void {
    this.scheduled = false;
    if (this.deltas.length === 0 && !this.configDirty) return;
    const batch = this.deltas;
    this.deltas = [];
    const config = this.configDirty && this.configSource ? this.configSource() : null;
    this.configDirty = false;
    // The config rides in the deltas' transaction: one transaction per burst, not two.
    void this.run(async () => {
      if (batch.length > 0) await this.store.commitDeltas(batch, config ?? undefined);
      else if (config) await this.store.saveConfig(config);
    });
  }

  saveNode(node: NodeState): Promise<void> {
    this.sendQueued();
    return this.run(() => this.store.saveNode(node));
  }

  deleteNode(nodeId: string): Promise<void> {
    this.sendQueued();
    return this.run(() => this.store.deleteNode(nodeId));
  }

  saveWallets(wallets: readonly Wallet[]): Promise<void> {
    const copy = wallets.slice();
    this.sendQueued();
    return this.run(() => this.store.saveWallets(copy));
  }

  saveParams(params: ConsensusParams): Promise<void> {
    this.sendQueued();
    return this.run(() => this.store.saveConfig({ params }));
  }

  /** Resolves when everything queued so far is written. */
  async flush(): Promise<void> {
    this.sendQueued();
    await this.chain;
  }
}
