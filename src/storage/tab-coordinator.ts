/**
 * Two tabs, one writer. The tab that holds the Web Lock "pocket-chain/writer"
 * writes; every other tab is a follower: it does not write, and learns of each
 * change through a BroadcastChannel so it can reload what changed. A follower
 * also queues for the lock, so when the writer tab closes (the browser
 * releases its locks) the next tab becomes the writer and is told so; it must
 * reload the stored state before writing.
 *
 * The lock manager and the channel are injected (navigator.locks and
 * BroadcastChannel by default), so the logic runs in Node tests with fakes.
 * Without Web Locks the tab cannot coordinate: it writes, and says so
 * (`coordinated` false).
 */

export interface LockLike {
  readonly name: string;
}

/** The part of the Web Locks API (navigator.locks) used here. */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: LockLike | null) => unknown): Promise<unknown>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export type TabRole = 'starting' | 'writer' | 'follower' | 'closed';

export type ChangeKind = 'delta' | 'node' | 'wallets' | 'config' | 'replace' | 'rebuild';

/** What a writer tab broadcasts after each successful write. */
export interface ChangeNotice {
  readonly type: 'changed';
  readonly from: string;
  /** Increases with every notice of one writer tab. */
  readonly revision: number;
  readonly kind: ChangeKind;
  /** The nodes whose stored state changed (empty for wallets/config). */
  readonly nodeIds: readonly string[];
}

export interface TabCoordinatorOptions {
  /** Default: navigator.locks (null: no Web Locks, the tab writes uncoordinated). */
  readonly locks?: LockManagerLike | null;
  /** Default: new BroadcastChannel(channelName) (null: no notices). */
  readonly channel?: ChannelLike | null;
  readonly lockName?: string;
  readonly channelName?: string;
  readonly tabId?: string;
}

type Events = {
  role: (role: TabRole, previous: TabRole) => void;
  change: (notice: ChangeNotice) => void;
};

export const WRITER_LOCK = 'pocket-chain/writer';
export const CHANGE_CHANNEL = 'pocket-chain/changes';

function isNotice(x: unknown): x is ChangeNotice {
  const n = x as ChangeNotice | null;
  return typeof n === 'object' && n !== null && n.type === 'changed' && typeof n.from === 'string' && typeof n.revision === 'number' && Array.isArray(n.nodeIds);
}

export class TabCoordinator {
  readonly tabId: string;
  /** False when the browser has no Web Locks: this tab writes without knowing about others. */
  readonly coordinated: boolean;
  private roleValue: TabRole = 'starting';
  private readonly locks: LockManagerLike | null;
  private readonly channel: ChannelLike | null;
  private readonly lockName: string;
  private readonly listeners: { [K in keyof Events]: Set<Events[K]> } = { role: new Set(), change: new Set() };
  private releaseLock: (() => void) | undefined;
  private readonly waiting = new AbortController();
  private revision = 0;

  constructor(o: TabCoordinatorOptions = {}) {
    const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
    this.locks = o.locks !== undefined ? o.locks : (nav?.locks ?? null);
    const BC = (globalThis as { BroadcastChannel?: new (name: string) => ChannelLike }).BroadcastChannel;
    this.channel = o.channel !== undefined ? o.channel : BC ? new BC(o.channelName ?? CHANGE_CHANNEL) : null;
    this.lockName = o.lockName ?? WRITER_LOCK;
    this.tabId = o.tabId ?? `tab-${Math.random().toString(36).slice(2, 10)}`;
    this.coordinated = this.locks !== null;
    this.channel?.addEventListener('message', (event) => {
      if (this.roleValue === 'closed' || !isNotice(event.data) || event.data.from === this.tabId) return;
      for (const l of this.listeners.change) l(event.data);
    });
  }

  get role(): TabRole {
    return this.roleValue;
  }

  get isWriter(): boolean {
    return this.roleValue === 'writer';
  }

  on<K extends keyof Events>(event: K, listener: Events[K]): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  private become(role: TabRole): void {
    const previous = this.roleValue;
    if (previous === role || previous === 'closed') return;
    this.roleValue = role;
    for (const l of this.listeners.role) l(role, previous);
  }

  /** Holds the lock until close(): the callback's promise keeps it. */
  private hold(): Promise<void> {
    return new Promise<void>((release) => (this.releaseLock = release));
  }

  /** Takes the writer lock if free, else becomes a follower queued for it. Resolves with the role. */
  async start(): Promise<TabRole> {
    if (this.roleValue !== 'starting') return this.roleValue;
    if (!this.locks) {
      this.become('writer');
      return this.roleValue;
    }
    const locks = this.locks;
    const acquired = await new Promise<boolean>((resolve, reject) => {
      locks
        .request(this.lockName, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          return lock ? this.hold() : undefined;
        })
        .catch(reject);
    });
    if (acquired) {
      this.become('writer');
      return this.roleValue;
    }
    this.become('follower');
    locks
      .request(this.lockName, { signal: this.waiting.signal }, () => {
        if (this.roleValue === 'closed') return undefined;
        this.become('writer'); // the previous writer closed: reload the stored state, then write
        return this.hold();
      })
      .catch(() => undefined); // aborted by close()
    return this.roleValue;
  }

  /** Tells the other tabs what this writer just stored. */
  announce(kind: ChangeKind, nodeIds: readonly string[] = []): void {
    if (this.roleValue !== 'writer' || !this.channel) return;
    const notice: ChangeNotice = { type: 'changed', from: this.tabId, revision: ++this.revision, kind, nodeIds: [...nodeIds] };
    this.channel.postMessage(notice);
  }

  /** Leaves: releases the lock (a follower takes over) and stops listening. */
  close(): void {
    if (this.roleValue === 'closed') return;
    this.become('closed');
    this.waiting.abort();
    this.releaseLock?.();
    this.channel?.close();
  }
}
