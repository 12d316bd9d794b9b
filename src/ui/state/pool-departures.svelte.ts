/**
 * The latest departures from every node's pool (see wallets/pool-departures.ts),
 * kept for the whole page session so the Mempool panel can show where a
 * transaction went even if it was mined while another panel was open. A reorg
 * rewrites them (a confirmation in a disconnected block becomes "back in the
 * pool" or "reversed"). A new state (reload, reset, import) starts over.
 */
import { txid } from '../../core/index';
import type { AppEvents } from '../../app/app-events';
import type { PocketApp } from '../../app/pocket-app';
import { departuresOf, followReorg, keepLatest, notLostInReorg, recordDepartures, type ConnectedBlock, type PoolDeparture } from '../wallets/pool-departures';

const KEEP = 100;

export class PoolDepartures {
  list = $state.raw<PoolDeparture[]>([]);

  constructor(app: Pick<PocketApp, 'nodes'> & { readonly events: AppEvents }) {
    app.events.on('chain-delta', (e) => {
      if (e.delta.mempoolRemoved.length === 0 || !app.nodes.network.hasNode(e.nodeId)) return;
      const chain = app.nodes.network.node(e.nodeId).chain;
      // Transactions a reorg refused are told by its report (with the payment that won), below.
      const removed = notLostInReorg(e.delta.mempoolRemoved, e.delta.reorg);
      const connected: ConnectedBlock[] = e.delta.connected.map((c) => ({
        hash: c.hash,
        height: chain.tree.get(c.hash)?.height ?? -1,
        txids: chain.getBlock(c.hash)?.txs.map((tx) => txid(tx)) ?? [],
      }));
      this.list = recordDepartures(this.list, departuresOf(e.nodeId, e.time, removed, connected), KEEP);
    });
    app.events.on('reorg', (r) => {
      this.list = keepLatest(followReorg(this.list, r), [], KEEP);
    });
    app.events.on('changed', ({ topics }) => {
      if (topics.includes('state')) this.list = [];
    });
  }

  /** The newest first, for one node. */
  of(nodeId: string, limit = 10): PoolDeparture[] {
    return this.list.filter((d) => d.nodeId === nodeId).slice(-limit).reverse();
  }
}
