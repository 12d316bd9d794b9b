/**
 * The Wallets panel's door into the app: the wallets with their balances on
 * the node every panel follows, and creating, renaming, preparing and sending
 * payments.
 */
import type { PocketApp } from '../../app/pocket-app';
import type { Payment, Wallet } from '../../core/index';
import { walletInfo } from '../../api/app-json';
import type { WalletInfo } from '../../api/types';
import { live, topics, type Subscribe } from './live.svelte';

export class WalletState {
  readonly #list: () => WalletInfo[];
  readonly #keys: () => readonly Wallet[];
  /** Balances and payments depend on every chain and pool, and on the node followed. */
  readonly #coinsSub: Subscribe;

  constructor(private readonly app: PocketApp) {
    const ev = app.events;
    this.#coinsSub = topics(ev, ['wallets', 'chain', 'pool', 'settings', 'nodes']);
    this.#list = live(this.#coinsSub, () => {
      const nodeId = app.nodes.selected.id;
      return app.wallets.list.map((w) => walletInfo(app, w, nodeId));
    });
    this.#keys = live(topics(ev, ['wallets']), () => [...app.wallets.list]);
  }

  /** Every wallet with its balance on the selected node. */
  get list(): WalletInfo[] {
    return this.#list();
  }

  /** The wallet with its keys (for "reveal the private key"), or undefined. */
  keysOf(address: string): Wallet | undefined {
    return this.#keys().find((w) => w.address === address);
  }

  // --- actions ---

  create(o: { label?: string; seed?: string }): Wallet {
    return this.app.wallets.create(o);
  }

  rename(address: string, label: string): void {
    this.app.wallets.rename(address, label);
  }

  /** The payment a send would make now (coins chosen, change); the reader re-runs when coins change. */
  preparePayment(from: string, to: string, amount: number, fee: number): Payment {
    this.#coinsSub();
    return this.app.wallets.preparePayment(from, to, amount, fee);
  }

  /** Signs and sends a payment to the selected node, which relays it. */
  send(from: string, to: string, amount: number, fee: number): Payment & { txid: string } {
    return this.app.wallets.send(from, to, amount, fee);
  }

  /** "Get coins": the richest other wallet pays `to` through an ordinary payment; says who paid how much. */
  getCoins(to: string): { txid: string; fromLabel: string; amount: number } {
    const r = this.app.wallets.getCoins(to);
    return { txid: r.txid, fromLabel: r.from.label, amount: r.amount };
  }
}
