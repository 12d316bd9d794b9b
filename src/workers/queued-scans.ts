/**
 * Chunks a worker has received but not started, skipped once their job is
 * cancelled. The pool keeps two chunks in flight per worker; when a job ends,
 * it tells the workers the job's id (dropQueued), and a queued chunk of that
 * job comes back at once with no hashes instead of hashing for nothing. So a
 * cancel waits for one chunk, not two.
 *
 * A CPU worker hashes synchronously, so the drop message would only be read
 * after the queued chunk ran: each scan first yields one macrotask, which
 * lets the worker read messages that arrived meanwhile. The GPU worker awaits
 * its dispatches anyway and checks before each one (gpu-miner.ts).
 */
import type { CpuMinerApi, MinerApi, ScanResult } from './miner-api';

/** What a skipped chunk reports: nothing found, nothing hashed. */
export const SKIPPED: ScanResult = { nonce: null, hashes: 0, ms: 0 };
/** Ids remembered: far more than the jobs a worker can have queued at once. */
const REMEMBERED = 256;

export class DroppedJobs {
  private readonly ids = new Set<number>();

  add(ids: readonly number[]): void {
    for (const id of ids) this.ids.add(id);
    for (const id of this.ids) {
      if (this.ids.size <= REMEMBERED) break;
      this.ids.delete(id); // oldest first (a Set iterates in insertion order)
    }
  }

  has(id: number | undefined): boolean {
    return id !== undefined && this.ids.has(id);
  }
}

/** One macrotask, without the 4 ms clamp nested timers get (HTML "timer initialisation steps"). */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The CPU miner as a worker exposes it: scans yield first and skip chunks of dropped jobs. */
export function createQueuedMinerApi(inner: CpuMinerApi): MinerApi {
  const dropped = new DroppedJobs();
  return {
    ping: () => inner.ping(),
    useEngine: (engine) => inner.useEngine(engine),
    measure: (ms) => inner.measure(ms),
    async scan(header, target, from, to, jobId) {
      await yieldToEvents();
      return dropped.has(jobId) ? SKIPPED : inner.scan(header, target, from, to);
    },
    dropQueued(jobIds) {
      dropped.add(jobIds);
    },
  };
}
