/**
 * The block bodies of the running network: one BlockShelf every node shares
 * (a bounded cache of parsed blocks over their stored bytes), filled from
 * storage in the background once the page is in use. The nodes run from their
 * block index and UTXO set meanwhile, and the simulation's clock waits until
 * every body is here: a node asks for a body synchronously (a reorg, a peer's
 * getdata), and a body still on disk cannot be waited for there.
 */
import { said } from './app-sentences';
import { fillShelf, BlockShelf, type ChainStore, type FillProgress } from '../storage/index';
import type { AppEvents } from './app-events';
import { PocketError } from './errors';

/** Yields to the page between two pages of bodies, so no task runs long. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Announce progress at most this often (a 'storage' change re-renders the status). */
const PROGRESS_MS = 250;

export class BodiesService {
  private shelfValue = new BlockShelf();
  private progressValue: FillProgress | null = null;
  private filling: AbortController | null = null;
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly events: AppEvents) {}

  /** The shelf of the network being loaded; a new one for every load. */
  get shelf(): BlockShelf {
    return this.shelfValue;
  }

  /** A fresh shelf (and no fill) for a network about to be restored. */
  renew(): BlockShelf {
    this.filling?.abort();
    this.filling = null;
    this.progressValue = null;
    this.done = Promise.resolve();
    this.shelfValue = new BlockShelf();
    return this.shelfValue;
  }

  /** True once every stored body is on the shelf (or nothing had to be read). */
  get ready(): boolean {
    return this.filling === null;
  }

  /** Bodies read so far out of the stored ones, while filling; null otherwise. */
  get progress(): FillProgress | null {
    return this.filling ? this.progressValue : null;
  }

  /** Refuses, with the progress in a sentence, an action that may need any stored block. */
  assertReady(): void {
    if (this.ready) return;
    const p = this.progressValue;
    const done = p && p.total > 0 ? ` (${p.blocks.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')})` : '';
    throw new PocketError('blocks-loading', `The stored blocks are still being read${done}: try again in a moment.`);
  }

  /** Resolves when the shelf is full. */
  whenReady(): Promise<void> {
    return this.done;
  }

  /** Starts reading every stored body into the shelf, `pageSize` bodies per task. */
  fill(store: ChainStore, pageSize = 256): void {
    this.filling?.abort();
    const run = new AbortController();
    this.filling = run;
    this.progressValue = { blocks: 0, total: 0 };
    let announced = 0;
    const shelf = this.shelfValue;
    this.done = fillShelf(store, shelf, {
      pageSize,
      pause: nextTask,
      signal: run.signal,
      onProgress: (p) => {
        this.progressValue = p;
        if (performance.now() - announced > PROGRESS_MS) {
          announced = performance.now();
          this.events.changed(['storage']);
        }
      },
    })
      .then(
        () => undefined,
        (e: unknown) => this.events.notice('error', said('blocksUnreadable', { problem: (e as Error).message })),
      )
      .finally(() => {
        if (this.filling !== run) return;
        this.filling = null;
        // Views that waited for a body (the explorer, the API) can read it now.
        this.events.changed(['chain', 'storage']);
      });
  }
}
