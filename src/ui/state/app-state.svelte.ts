/**
 * The page's reactive view of the running system (Svelte 5 runes).
 *
 * The system emits "changed" with topics; each topic bumps a counter here and
 * every derived value reads the counters it depends on, so components re-render
 * only when their data changed. Components read this class and call its
 * actions (or the system's); they never talk to workers or storage themselves.
 */
import type { Booted } from '../../app/boot';
import type { ChangeTopic } from '../../app/app-events';
import type { PocketApp } from '../../app/pocket-app';
import { miningStats, nodeInfo, poolEntryToJson, walletInfo, type MiningStats, type NodeInfo, type PoolTxJson, type WalletInfo } from '../../api/index';
import type { NodeLogEntry, SimNode } from '../../sim/index';
import type { StorageStatus } from '../../storage/index';
import { applyMessageEvent, type NetworkMessage } from '../viz/index';
import { PoolDepartures } from '../wallets/pool-departures.svelte';
import { followReorgs, type ReorgMemory } from '../network/reorg-memory';

export type TabId = 'chain' | 'wallets' | 'mempool' | 'mining' | 'network' | 'settings';

export interface Toast {
  readonly id: number;
  readonly level: 'info' | 'warn' | 'error';
  readonly text: string;
  /** A button in the toast, e.g. "Open block 13" after a block was found. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

const LOG_KEEP = 200;
const TOAST_MS = 6000;

export class AppState {
  readonly system: PocketApp;
  readonly storage: Booted['storage'] | null;
  private readonly v = $state<Record<ChangeTopic, number>>({ nodes: 0, chain: 0, pool: 0, wallets: 0, mining: 0, settings: 0, storage: 0, state: 0 });

  tab = $state<TabId>('chain');
  /** The block the explorer shows (display hash), or null. */
  selectedBlock = $state<string | null>(null);
  toasts = $state<Toast[]>([]);
  /** Messages in flight for the network picture (replaced, never mutated). */
  messages = $state.raw<NetworkMessage[]>([]);
  /** Recent log entries of every node, newest last. */
  logs = $state.raw<NodeLogEntry[]>([]);
  private toastSeq = 0;
  private readonly miningTick = $state({ n: 0 });
  /** Why transactions left each node's pool (confirmed, conflict, ...), for the Mempool panel. */
  readonly poolDepartures: PoolDepartures;
  /** Every node's last reorg, remembered for the Chain panel. */
  readonly reorgs: ReorgMemory;

  constructor(system: PocketApp, storage: Booted['storage'] | null = null) {
    this.system = system;
    this.storage = storage;
    this.poolDepartures = new PoolDepartures(system);
    this.reorgs = followReorgs({ events: system.events, chainOf: (id) => (system.nodes.network.hasNode(id) ? system.nodes.network.node(id).chain : undefined) });
    system.events.on('changed', ({ topics }) => {
      for (const t of topics) this.v[t]++;
      if (topics.includes('state')) {
        this.messages = [];
        this.logs = [];
      }
    });
    system.events.on('notice', (n) => this.toast(n.level, n.text));
    system.events.on('message', (e) => {
      this.messages = applyMessageEvent(this.messages, e);
    });
    system.events.on('log', (e) => {
      const next = this.logs.length >= LOG_KEEP ? this.logs.slice(-LOG_KEEP + 1) : this.logs.slice();
      next.push(e);
      this.logs = next;
    });
    system.mining.onProgress(() => this.miningTick.n++);
    storage?.onStatus(() => this.v.storage++);
  }

  // --- derived views -------------------------------------------------------------------

  /** Every node as the Nodes panel lists it. */
  readonly nodes: NodeInfo[] = $derived.by(() => {
    void this.v.nodes;
    void this.v.chain;
    void this.v.mining;
    void this.v.state;
    return this.system.nodes.network.nodeIds().map((id) => nodeInfo(this.system, id));
  });

  readonly selectedNodeId: string = $derived.by(() => {
    void this.v.settings;
    void this.v.nodes;
    void this.v.state;
    return this.system.nodes.selected.id;
  });

  /** The node every panel follows (read it inside a $derived that also reads `chainVersion`). */
  get selectedNode(): SimNode {
    return this.system.nodes.network.node(this.selectedNodeId);
  }

  /** Bumps whenever any node's chain or pool changed. */
  get chainVersion(): number {
    return this.v.chain + this.v.state + this.v.settings;
  }

  readonly wallets: WalletInfo[] = $derived.by(() => {
    void this.v.wallets;
    void this.v.chain;
    void this.v.pool;
    void this.v.state;
    void this.v.settings;
    return this.system.wallets.list.map((w) => walletInfo(this.system, w, this.selectedNodeId));
  });

  readonly pool: PoolTxJson[] = $derived.by(() => {
    void this.chainVersion;
    const chain = this.system.nodes.network.node(this.selectedNodeId).chain;
    return chain.mempool.entries().map((e) => poolEntryToJson(e, chain));
  });

  readonly mining: MiningStats = $derived.by(() => {
    void this.miningTick.n;
    void this.v.mining;
    return miningStats(this.system);
  });

  readonly settings = $derived.by(() => {
    void this.v.settings;
    void this.v.state;
    return this.system.settings.current;
  });

  readonly params = $derived.by(() => {
    void this.v.settings;
    void this.v.state;
    void this.v.nodes;
    return this.system.rules.params;
  });

  readonly readOnly = $derived.by(() => {
    void this.v.storage;
    void this.v.state;
    void this.v.settings;
    return this.system.guard.reason;
  });

  readonly storageStatus: StorageStatus | null = $derived.by(() => {
    void this.v.storage;
    return this.storage?.status ?? null;
  });

  readonly problems = $derived.by(() => {
    void this.v.state;
    return this.system.lifecycle.problems;
  });

  // --- actions -------------------------------------------------------------------

  /** Runs an action; a failure becomes an error toast (forms show their own field messages instead). */
  async run<T>(action: () => T | Promise<T>, success?: string): Promise<T | undefined> {
    try {
      const result = await action();
      if (success) this.toast('info', success);
      return result;
    } catch (e) {
      this.toast('error', (e as Error).message);
      return undefined;
    }
  }

  /** Shows a toast; returns its id (for dismissToast). */
  toast(level: Toast['level'], text: string, action?: Toast['action']): number {
    const id = ++this.toastSeq;
    this.toasts = [...this.toasts.slice(-3), { id, level, text, ...(action ? { action } : {}) }];
    setTimeout(() => this.dismissToast(id), level === 'error' ? TOAST_MS * 2 : TOAST_MS);
    return id;
  }

  dismissToast(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  selectNode(id: string): void {
    this.system.nodes.select(id);
  }

  openBlock(hash: string): void {
    this.selectedBlock = hash;
    this.tab = 'chain';
  }
}
