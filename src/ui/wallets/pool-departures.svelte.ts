/**
 * The latest departures from every node's pool (see pool-departures.ts), kept
 * for the whole page session so the Mempool panel can show where a transaction
 * went even if it was mined while another tab was open. Follows the system's
 * network across reloads, resets and imports (which replace it).
 */
import { txid } from '../../core/index';
import type { PocketApp } from '../../app/pocket-app';
import { departuresOf, keepLatest, type ConnectedBlock, type PoolDeparture } from './pool-departures';

const KEEP = 100;

export class PoolDepartures {
  list = $state.raw<PoolDeparture[]>([]);
  private off: (() => void) | null = null;

  constructor(private readonly system: PocketApp) {
    this.follow();
    system.events.on('changed', ({ topics }) => {
      if (topics.includes('state')) this.follow();
    });
  }

  /** The newest first, for one node. */
  of(nodeId: string, limit = 10): PoolDeparture[] {
    return this.list.filter((d) => d.nodeId === nodeId).slice(-limit).reverse();
  }

  private follow(): void {
    this.off?.();
    this.list = [];
    const network = this.system.nodes.network;
    this.off = network.on('chain-delta', (e) => {
      if (e.delta.mempoolRemoved.length === 0) return;
      const chain = network.node(e.nodeId).chain;
      const connected: ConnectedBlock[] = e.delta.connected.map((c) => ({
        hash: c.hash,
        height: chain.tree.get(c.hash)?.height ?? -1,
        txids: chain.getBlock(c.hash)?.txs.map((tx) => txid(tx)) ?? [],
      }));
      this.list = keepLatest(this.list, departuresOf(e.nodeId, e.time, e.delta.mempoolRemoved, connected), KEEP);
    });
  }
}
