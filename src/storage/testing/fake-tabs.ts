/**
 * Web Locks and BroadcastChannel stand-ins for testing tab coordination in
 * Node (not used by the app). FakeLocks behaves like one origin's lock
 * manager: exclusive locks, a FIFO queue, ifAvailable, AbortSignal, and, like
 * a browser when a tab dies, dropping a client releases its locks and forgets
 * its queued requests.
 */
import type { ChannelLike, LockLike, LockManagerLike } from '../tab-coordinator';

interface Pending {
  readonly client: string;
  readonly grant: () => void;
  readonly cancel: (e: unknown) => void;
}

export class FakeLocks {
  private readonly holders = new Map<string, { client: string; release: () => void }>();
  private readonly queues = new Map<string, Pending[]>();

  /** The lock manager one tab sees. */
  client(clientId: string): LockManagerLike {
    return {
      request: (name, options, callback) =>
        new Promise((resolve, reject) => {
          const run = () => {
            let released = false;
            const release = () => {
              if (released) return;
              released = true;
              if (this.holders.get(name)?.client === clientId) this.holders.delete(name);
              this.next(name);
            };
            this.holders.set(name, { client: clientId, release });
            Promise.resolve()
              .then(() => callback({ name } satisfies LockLike))
              .then(
                (v) => {
                  release();
                  resolve(v);
                },
                (e) => {
                  release();
                  reject(e);
                },
              );
          };
          if (!this.holders.has(name)) return run();
          if (options.ifAvailable) {
            return Promise.resolve()
              .then(() => callback(null))
              .then(resolve, reject);
          }
          const queue = this.queues.get(name) ?? [];
          this.queues.set(name, queue);
          const entry: Pending = { client: clientId, grant: run, cancel: reject };
          queue.push(entry);
          options.signal?.addEventListener('abort', () => {
            const i = queue.indexOf(entry);
            if (i >= 0) queue.splice(i, 1);
            reject(new DOMException('The request was aborted.', 'AbortError'));
          });
        }),
    };
  }

  private next(name: string): void {
    if (this.holders.has(name)) return;
    const queue = this.queues.get(name);
    const entry = queue?.shift();
    entry?.grant();
  }

  /** Who holds `name` (a client id), if anyone. */
  holder(name: string): string | undefined {
    return this.holders.get(name)?.client;
  }

  /** A tab died: its locks are released and its queued requests forgotten. */
  dropClient(clientId: string): void {
    for (const queue of this.queues.values()) {
      for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.client === clientId) queue.splice(i, 1);
    }
    for (const h of [...this.holders.values()]) if (h.client === clientId) h.release();
  }
}

/** BroadcastChannels of one origin: a message reaches every other open channel, asynchronously, as a copy. */
export class FakeChannelHub {
  private readonly open = new Set<{ deliver: (data: unknown) => void }>();

  channel(): ChannelLike {
    const listeners: ((e: { data: unknown }) => void)[] = [];
    const self = { deliver: (data: unknown) => listeners.forEach((l) => l({ data })) };
    this.open.add(self);
    return {
      postMessage: (message) => {
        const copy = structuredClone(message);
        for (const other of this.open) if (other !== self) setTimeout(() => other.deliver(copy), 0);
      },
      addEventListener: (_type, listener) => listeners.push(listener),
      close: () => this.open.delete(self),
    };
  }
}

/** Resolves after pending timers and microtasks ran. */
export function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 5));
}
