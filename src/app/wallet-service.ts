/**
 * The wallets the page keeps and payments from them: list, create, rename,
 * balances on a node, the payment a send would make, and sending it to the
 * selected node (which checks it and relays it to its peers). The rules for
 * labels, seeds and coin choice are in wallet-book.ts.
 */
import { balanceOf, decodeAddress, type Balance, type Payment, type Wallet } from '../core/index';
import type { AppEvents } from './app-events';
import { PocketError, toPocketError } from './errors';
import type { NodeService } from './node-service';
import type { RulesService } from './rules-service';
import type { StateWriter } from './state-writer';
import { newWallet, preparePayment, renameWallet } from './wallet-book';
import type { WriteGuard } from './write-guard';

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
}
