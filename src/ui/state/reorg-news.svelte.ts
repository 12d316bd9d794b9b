/**
 * Reorgs as the page announces them, whatever tab is open: the latest news
 * (nodes that switched branch, depth, reversed payments) for the notice under
 * the header, a toast when a new reorg story starts, and one toast per reversed payment ("payment X reversed: lost
 * to Y"), with a button that shows it in the node's pool history. A new state
 * (reset, import, reload) starts over. The news's words (network/reorg-news.ts)
 * load with the first reorg, not with the page.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { PocketApp } from '../../app/pocket-app';
import type { ReorgReport } from '../../app/reorg-service';
import type { ReorgNews } from '../network/reorg-news';
import { loadOnce } from '../../load-once';
import { addressName } from '../wallets/format';
import { msg } from '../i18n/index';
import type { Toasts } from './toasts.svelte';

export interface ReorgNewsActions {
  /** Follows the node and opens the tab (the pool history, or the chain). */
  show(nodeId: string, tab: 'mempool' | 'chain'): void;
}

const newsCode = loadOnce(() => import('../network/reorg-news'));
type NewsCode = Awaited<ReturnType<typeof newsCode>>;

export class ReorgNewsState {
  /** The latest news, or null once dismissed (or before any reorg). */
  news = $state.raw<ReorgNews | null>(null);
  /** Payments already told in a toast (not shown: plain bookkeeping). */
  readonly #told = new SvelteSet<string>();
  /** Reports wait here, in order, for the news's code; a new state drops those still waiting. */
  #queue: Promise<void> = Promise.resolve();
  #generation = 0;

  constructor(
    private readonly app: PocketApp,
    private readonly toasts: Toasts,
    private readonly actions: ReorgNewsActions,
  ) {
    app.events.on('reorg', (r) => {
      const generation = this.#generation;
      this.#queue = this.#queue
        .then(newsCode)
        .then((code) => void (generation === this.#generation && this.onReport(code, r)))
        // Offline before the chunk was ever cached: this reorg goes untold here (the Chain tab's tree shows it).
        .catch(() => undefined);
    });
    app.events.on('changed', ({ topics }) => {
      if (!topics.includes('state')) return;
      this.#generation++;
      this.news = null;
      this.#told.clear();
    });
  }

  /** The node's label, or its id once it is gone. */
  labelOf(nodeId: string): string {
    const net = this.app.nodes.network;
    return net.hasNode(nodeId) ? net.node(nodeId).label : nodeId;
  }

  /** The wallet's label for an address the page holds, else a short address. */
  nameOf(address: string): string {
    return addressName(address, this.app.wallets.list);
  }

  dismiss(): void {
    this.news = null;
  }

  /** Shows a node of the news on the Chain tab (its tree, its reorg banner). */
  showChain(nodeId: string): void {
    this.actions.show(nodeId, 'chain');
  }

  private onReport(code: NewsCode, r: ReorgReport): void {
    const before = this.news;
    this.news = code.addToNews(this.news, r);
    // A new story (not another node of the same one) is also toasted: the notice sits under the
    // header, out of view on a scrolled panel (a heal pressed far down the Network tab).
    if ((before === null || this.news.key !== before.key) && r.reversed.length === 0) {
      const node = this.labelOf(r.nodeId);
      this.toasts.show('info', () => msg.reorgSwitchedToast({ node, depth: r.depth }), {
        label: () => msg.reorgShowTheChain,
        run: () => this.actions.show(r.nodeId, 'chain'),
      });
    }
    for (const p of r.reversed) {
      // Each payment is told once, though every node that had it reverses it.
      if (this.#told.has(p.txid)) continue;
      this.#told.add(p.txid);
      const node = this.labelOf(r.nodeId);
      this.toasts.show('warn', () => code.reversedSentence(p, node, (a) => this.nameOf(a)), {
        label: () => msg.reorgShowPoolHistory,
        run: () => this.actions.show(r.nodeId, 'mempool'),
      });
    }
  }
}
