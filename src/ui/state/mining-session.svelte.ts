/**
 * What the Mining panel remembers while the page is open, even when another
 * panel is shown: the blocks the page's miners found (each also announced in
 * a toast with a button that opens it in the explorer), the hash counter at
 * the start of the current mining run (so "nonces tried" counts this run), and
 * the last measured hash rate (to estimate the time to a block before mining
 * starts).
 */
import type { PocketApp } from '../../app/pocket-app';
import { watchFoundBlocks } from '../mining/found-blocks';
import { shortHash } from '../viz/format';
import { fmt, msg } from '../i18n/index';
import { foundBlockAnnouncement } from './announcements';
import type { Toasts } from './toasts.svelte';

export interface FoundBlock {
  readonly hash: string;
  readonly height: number;
  readonly nodeId: string;
  readonly nodeLabel: string;
  readonly txCount: number;
  /** performance.now() when it was found. */
  readonly at: number;
}

const KEEP = 20;

export class MiningSession {
  /** Newest first. */
  found = $state.raw<FoundBlock[]>([]);
  /** Pool hash counter when the current (or last) mining run started. */
  runStartHashes = $state(0);
  /** Last non-zero total hash rate seen (hashes per second). */
  lastRate = $state(0);
  private lastToast: number | null = null;
  private wasMining = false;

  constructor(
    private readonly app: PocketApp,
    private readonly toasts: Toasts,
    private readonly openBlock: (hash: string) => void,
  ) {
    watchFoundBlocks(app.events, (e) => this.onFound(e.hash, e.height, e.nodeId, e.txCount));
    const mining = app.mining;
    this.runStartHashes = mining.stats.hashes;
    // The scheduled miners are one run, though the workers rest between their blocks.
    const running = () => mining.mining || mining.networkMining;
    this.wasMining = running();
    // A run starts whenever mining goes from idle to busy (buttons here or window.pocket).
    app.events.on('changed', ({ topics }) => {
      if (!topics.includes('mining')) return;
      const busy = running();
      if (busy && !this.wasMining) this.runStartHashes = mining.stats.hashes;
      this.wasMining = busy;
    });
    mining.onProgress((s) => {
      if (s.hashRate > 0) this.lastRate = s.hashRate;
    });
  }

  private onFound(hash: string, height: number, nodeId: string, txCount: number): void {
    const net = this.app.nodes.network;
    const nodeLabel = net.hasNode(nodeId) ? net.node(nodeId).label : nodeId;
    this.found = [{ hash, height, nodeId, nodeLabel, txCount, at: performance.now() }, ...this.found].slice(0, KEEP);
    // One "block found" toast at a time: fast mining must not bury the other messages.
    if (this.lastToast !== null) this.toasts.dismiss(this.lastToast);
    // Screen readers hear it folded with the others found in the same few seconds.
    this.lastToast = this.toasts.show(
      'info',
      () => msg.foundToast({ height: fmt.number(height), node: nodeLabel, hash: shortHash(hash), txCount }),
      { label: () => msg.foundOpen({ height: fmt.number(height) }), run: () => this.openBlock(hash) },
      foundBlockAnnouncement(height, nodeLabel, txCount),
    );
  }
}
