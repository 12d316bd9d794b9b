/**
 * The Mempool panel's door into the app: the pool of the node every panel
 * follows (as the API's JSON), the other nodes' pools to compare with, and
 * where transactions went when they left a pool.
 */
import type { PocketApp } from '../../app/pocket-app';
import { poolEntryToJson } from '../../api/json';
import type { PoolTxJson } from '../../api/types';
import { live, topics } from './live.svelte';
import { PoolDepartures } from './pool-departures.svelte';
import type { PoolDeparture } from '../wallets/pool-departures';
import type { OtherNode } from '../wallets/pool-view';

export class PoolState {
  readonly #entries: () => PoolTxJson[];
  readonly #others: () => OtherNode[];
  readonly #departures: PoolDepartures;

  constructor(app: PocketApp) {
    const sub = topics(app.events, ['chain', 'pool', 'settings', 'nodes']);
    this.#entries = live(sub, () => {
      const chain = app.nodes.selected.chain;
      return chain.mempool.entries().map((e) => poolEntryToJson(e, chain));
    });
    this.#others = live(sub, () => {
      const selected = app.nodes.selected.id;
      return app.nodes.network
        .nodes()
        .filter((n) => n.id !== selected)
        .map((n) => ({ id: n.id, label: n.label, pool: n.chain.mempool }));
    });
    this.#departures = new PoolDepartures(app);
  }

  /** The selected node's pool, as the API returns it. */
  get entries(): PoolTxJson[] {
    return this.#entries();
  }

  /** Every other node's pool (to show which nodes hold a transaction). */
  get others(): OtherNode[] {
    return this.#others();
  }

  /** Where transactions left a node's pool (confirmed, conflict, ...), newest first. */
  departures(nodeId: string, limit = 10): PoolDeparture[] {
    return this.#departures.of(nodeId, limit);
  }
}
