/**
 * The wallets the page keeps and payments from them: list, create, rename,
 * balances on a node, the payment a send would make, and sending it to the
 * selected node (which checks it and relays it to its peers). The rules for
 * labels, seeds and coin choice are in wallet-book.ts.
 */
import { COIN, balanceOf, decodeAddress, spendableCoins, type Balance, type Payment, type Wallet } from '../core/index';
import type { AppEvents } from './app-events';
import { PocketError, toPocketError } from './errors';
import type { NodeService } from './node-service';
import type { RulesService } from './rules-service';
import type { StateWriter } from './state-writer';
import { newWallet, preparePayment, renameWallet } from './wallet-book';
import type { WriteGuard } from './write-guard';

/** What "get coins" asks for: enough to try sends, little enough that most wallets can give it. */
export const GIFT_UNITS = 10 * COIN;

export class WalletService {
  private wallets: Wallet[] = [];

  constructor(
    private readonly nodes: NodeService,
    private readonly rules: RulesService,
    private readonly guard: WriteGuard,
    private readonly writer: StateWriter,
    private readonly events: AppEvents,
  ) {}

  get list(): readonly Wallet[] {
    return this.wallets;
  }

  /** The wallets of a loaded state. */
  adopt(wallets: readonly Wallet[]): void {
    this.wallets = [...wallets];
  }

  /** The wallet at `address`, or a PocketError naming it. */
  private wallet(address: string): Wallet {
    const w = this.wallets.find((x) => x.address === address);
    if (!w) throw new PocketError('unknown-wallet', `No wallet with the address ${address} is kept here.`, 'from');
    return w;
  }

  create(o: { label?: string; seed?: string } = {}): Wallet {
    this.guard.assertWritable();
    if (o === null || typeof o !== 'object') throw new PocketError('bad-argument', 'options must be { label?, seed? }.', 'options');
    if (o.label !== undefined && typeof o.label !== 'string') throw new PocketError('bad-argument', 'label must be a text.', 'label');
    if (o.seed !== undefined && typeof o.seed !== 'string') throw new PocketError('bad-argument', 'seed must be a text.', 'seed');
    const wallet = newWallet(this.wallets, o, this.rules.params.addressVersion);
    this.save([...this.wallets, wallet]);
    return wallet;
  }

  rename(address: string, label: string): void {
    this.guard.assertWritable();
    if (typeof label !== 'string') throw new PocketError('bad-argument', 'label must be a text.', 'label');
    this.save(renameWallet(this.wallets, address, label));
  }

  private save(wallets: Wallet[]): void {
    this.wallets = wallets;
    void this.writer.saveWallets(wallets);
    this.events.changed(['wallets']);
  }

  /** The balance of any address on a node (the selected one by default). */
  balance(address: string, nodeId = this.nodes.selected.id): Balance {
    if (typeof address !== 'string') throw new PocketError('bad-argument', 'address must be a text.', 'address');
    try {
      decodeAddress(address, this.rules.params.addressVersion);
    } catch (e) {
      throw toPocketError(e, 'address');
    }
    return balanceOf(this.nodes.node(nodeId).chain, address.trim());
  }

  /** The payment `send` would make on the selected node (coins chosen, change), without sending it. */
  preparePayment(from: string, to: string, amount: number, fee = 0): Payment {
    return preparePayment(this.nodes.selected.chain, this.wallet(from), to, amount, fee, this.rules.params.addressVersion);
  }

  /** Builds, signs and submits a payment to the selected node, which relays it. */
  send(from: string, to: string, amount: number, fee = 0): Payment & { txid: string } {
    this.guard.assertWritable();
    const payment = this.preparePayment(from, to, amount, fee);
    const r = this.nodes.network.submitTransaction(this.nodes.selected.id, payment.tx);
    if (!r.accepted) throw new PocketError(r.code ?? 'bad-encoding', r.message ?? 'The node refused the transaction.');
    return { ...payment, txid: r.txid };
  }

  /**
   * "Get coins": the wallet here with the most coins spendable now pays `to`
   * GIFT_UNITS (or half of what it can spend, if less) through an ordinary
   * payment on the selected node: it waits in the pool and confirms in a block
   * like any other.
   */
  getCoins(to: string): Payment & { txid: string; from: Wallet; amount: number } {
    this.guard.assertWritable();
    if (typeof to !== 'string') throw new PocketError('bad-argument', 'address must be a text.', 'address');
    this.wallet(to);
    const chain = this.nodes.selected.chain;
    const spendable = (w: Wallet) => spendableCoins(chain, w.address).reduce((s, c) => s + c.coin.amount, 0);
    const givers = this.wallets.filter((w) => w.address !== to).map((w) => ({ w, units: spendable(w) })).sort((a, b) => b.units - a.units);
    const giver = givers[0];
    if (!giver || giver.units < 2) {
      throw new PocketError('insufficient-funds', 'No other wallet here has coins it can spend now: mine a block to one of them first (Mining panel).', 'address');
    }
    const amount = Math.min(GIFT_UNITS, Math.floor(giver.units / 2));
    return { ...this.send(giver.w.address, to, amount), from: giver.w, amount };
  }
}
