/**
 * Lesson 6, transactions and coins: a real chain (one node's Blockchain) where
 * Alice, Bob and Carol own coins (unspent outputs). A payment spends whole
 * coins and pays the rest back as change; a balance is the sum of a wallet's
 * coins; a second spend of the same coins is refused by the node with its
 * reason code. The target is regtest's (about two tries a block) so setting up
 * is instant; the lesson about difficulty comes later.
 *
 * Everything the student does is an action; replaying the actions from the
 * seed rebuilds the same chain, which is how a shared lesson is opened.
 */
import {
  AmountError, COIN, REGTEST_PARAMS, SEQUENCE_FINAL, TX_VERSION, balanceOf, buildPayment, createBlockTemplate, createGenesisBlock, createWallet,
  formatCoins, isValidationError, mineTemplate, parseCoins, signTransaction, spendableCoins, txid, Blockchain, MEMPOOL_HEIGHT,
  type Balance, type BlockTemplate, type Coin, type RejectCode, type SpendableCoin, type Transaction, type Wallet,
} from '../../core/index';
import { ChangeNotifier, LessonInputError, readArray, readInteger, readObject, readString, type StepCheck } from '../lesson';
import { amountTypo, refusal } from '../lesson-input-sentences';
import { LESSON_MINER } from './ledger';

export const COIN_WALLETS = ['Alice', 'Bob', 'Carol'] as const;
const EPOCH = 1_700_000_000;
const MAX_ACTIONS = 200;

export type CoinsAction =
  | { readonly t: 'pay'; readonly from: number; readonly to: number; readonly amount: number }
  | { readonly t: 'mine'; readonly nonce: number }
  | { readonly t: 'double'; readonly payment: number };

export interface PaymentRecord {
  readonly txid: string;
  readonly from: number;
  readonly to: number;
  readonly amount: number;
  readonly change: number;
  /** The coins spent, as "txid:vout" with their value. */
  readonly inputs: readonly SpendableCoin[];
}

export interface Refusal {
  readonly payment: number;
  readonly code: RejectCode;
  readonly message: string;
}

export interface WalletCoins {
  readonly label: string;
  readonly address: string;
  readonly balance: Balance;
  /** Confirmed coins (in the chain), and coins still in the pool, each with who is spending it. */
  readonly coins: readonly { readonly key: string; readonly amount: number; readonly confirmed: boolean; readonly spending: boolean }[];
}

export class CoinsLesson extends ChangeNotifier {
  readonly chain: Blockchain;
  readonly wallets: readonly Wallet[];
  readonly payments: PaymentRecord[] = [];
  readonly refusals: Refusal[] = [];
  private readonly log: CoinsAction[] = [];

  constructor(seed: string) {
    super();
    this.wallets = COIN_WALLETS.map((label, index) => createWallet({ label, seed: `${seed}/coins lesson`, index }));
    const carol = this.wallets[2]!;
    const genesis = createGenesisBlock(REGTEST_PARAMS, carol.address, EPOCH, 'Coins lesson');
    this.chain = Blockchain.fromGenesis(REGTEST_PARAMS, genesis, { now: () => EPOCH + (this.chain.height + 1) * 600 });
    // Before the lesson: Carol paid Alice twice and Bob once, in one transaction.
    const [key, coin] = this.chain.utxos.coinsOf(carol.address)[0]!;
    const sep = key.lastIndexOf(':');
    const unsigned: Transaction = {
      version: TX_VERSION,
      inputs: [{ prevTxid: key.slice(0, sep), vout: Number(key.slice(sep + 1)), script: '', sequence: SEQUENCE_FINAL, signature: '', publicKey: '' }],
      outputs: [
        { amount: 5 * COIN, address: this.wallets[0]!.address },
        { amount: 3 * COIN, address: this.wallets[0]!.address },
        { amount: 2 * COIN, address: this.wallets[1]!.address },
      ],
      lockTime: 0,
    };
    this.must(this.chain.acceptTransaction(signTransaction(unsigned, [carol], [coin])).accepted, 'the setup payment');
    const mined = mineTemplate(this.template())!;
    this.must(this.chain.processBlock(mined.block).status === 'active', 'the setup block');
  }

  private must(ok: boolean, what: string): void {
    if (!ok) throw new Error(`the coins lesson could not build ${what}`);
  }

  get actions(): readonly CoinsAction[] {
    return this.log;
  }

  walletCoins(): WalletCoins[] {
    return this.wallets.map((w) => {
      const confirmed = this.chain.utxos.coinsOf(w.address).map(([key, c]) => ({ key, amount: c.amount, confirmed: true, spending: !!this.chain.mempool.spenderOf(key) }));
      const pooled = spendableCoins(this.chain, w.address)
        .filter((c) => c.coin.height === MEMPOOL_HEIGHT)
        .map((c) => ({ key: c.key, amount: c.coin.amount, confirmed: false, spending: false }));
      return { label: w.label, address: w.address, balance: balanceOf(this.chain, w.address), coins: [...confirmed, ...pooled] };
    });
  }

  private checkWallet(i: number, field: string): Wallet {
    const w = this.wallets[i];
    if (!Number.isInteger(i) || !w) throw new LessonInputError(field, 'oneOf', { field, choices: COIN_WALLETS });
    return w;
  }

  /** The payment as it would be built (coins chosen, change), without sending it. */
  preview(from: number, to: number, amountText: string): { tx: Transaction; chosen: readonly SpendableCoin[]; change: number; amount: number } {
    const sender = this.checkWallet(from, 'from');
    const receiver = this.checkWallet(to, 'to');
    if (from === to) throw new LessonInputError('to', 'paySelf');
    let amount: number;
    try {
      amount = parseCoins(amountText);
    } catch (e) {
      if (e instanceof AmountError) throw new LessonInputError('amount', 'badAmount', { amount: amountTypo(e.problem) });
      throw e;
    }
    try {
      const p = buildPayment({ from: sender, to: receiver.address, amount, fee: 0, coins: spendableCoins(this.chain, sender.address) });
      return { ...p, amount };
    } catch (e) {
      if (isValidationError(e) && e.code === 'insufficient-funds') {
        throw new LessonInputError('amount', 'cannotPay', { who: sender.label, amount, spendable: spendableCoins(this.chain, sender.address).reduce((sum, c) => sum + c.coin.amount, 0) });
      }
      throw e;
    }
  }

  /** Signs and sends a payment to the node; returns its record (the node accepted it). */
  pay(from: number, to: number, amountText: string): PaymentRecord {
    const p = this.preview(from, to, amountText);
    const result = this.chain.acceptTransaction(p.tx);
    if (!result.accepted) throw new LessonInputError('amount', 'paymentRefused', { refusal: refusal(result.code, result.message) });
    const record = { txid: result.txid, from, to, amount: p.amount, change: p.change, inputs: p.chosen };
    this.payments.push(record);
    this.log.push({ t: 'pay', from, to, amount: p.amount });
    this.changed();
    return record;
  }

  /** The next block on the node's tip with the pool's payments, for the miner. */
  template(): BlockTemplate {
    return createBlockTemplate(this.chain, { minerAddress: LESSON_MINER });
  }

  /** A nonce found for template(): the node validates and connects the block. */
  applyMined(nonce: number): void {
    const t = this.template();
    const block = { header: { ...t.block.header, nonce }, txs: t.block.txs };
    const result = this.chain.processBlock(block);
    if (result.status !== 'active') throw new LessonInputError('nonce', 'minedBlockRefused', { refusal: refusal(result.code, result.message) });
    this.log.push({ t: 'mine', nonce });
    this.changed();
  }

  /** Payment `index`'s sender tries to spend the same coins again, to Carol (or Bob if Carol sent it). */
  doubleSpend(index: number): Refusal {
    const p = this.payments[index];
    if (!Number.isInteger(index) || !p) throw new LessonInputError('payment', 'noPayment', { number: index + 1 });
    const sender = this.wallets[p.from]!;
    const thief = p.from === 2 ? 1 : 2;
    const total = p.inputs.reduce((s, c) => s + c.coin.amount, 0);
    const unsigned: Transaction = {
      version: TX_VERSION,
      inputs: p.inputs.map((c) => {
        const sep = c.key.lastIndexOf(':');
        return { prevTxid: c.key.slice(0, sep), vout: Number(c.key.slice(sep + 1)), script: '', sequence: SEQUENCE_FINAL, signature: '', publicKey: '' };
      }),
      outputs: [{ amount: total, address: this.wallets[thief]!.address }],
      lockTime: 0,
    };
    const coins: Coin[] = p.inputs.map((c) => c.coin);
    const result = this.chain.acceptTransaction(signTransaction(unsigned, [sender], coins));
    if (result.accepted) throw new Error('the node accepted a double spend');
    const refusal = { payment: index, code: result.code!, message: result.message! };
    this.refusals.push(refusal);
    this.log.push({ t: 'double', payment: index });
    this.changed();
    return refusal;
  }

  /** Is payment `index` in a block of the active chain? */
  confirmed(index: number): boolean {
    const p = this.payments[index];
    return !!p && this.confirmations(p.txid) > 0;
  }

  /** Blocks on top of (and including) the one holding transaction `id`; 0 while it waits in the pool. */
  confirmations(id: string): number {
    for (const e of [...this.chain.activeEntries()].reverse()) {
      if (this.chain.getBlock(e.hash)!.txs.some((tx) => txid(tx) === id)) return this.chain.height - e.height + 1;
    }
    return 0;
  }

  /** Replays shared actions from the seed; a step that does not hold is refused, naming it. */
  static replay(seed: string, actions: readonly CoinsAction[]): CoinsLesson {
    const lesson = new CoinsLesson(seed);
    actions.forEach((a, i) => {
      try {
        if (a.t === 'pay') lesson.pay(a.from, a.to, formatCoins(a.amount));
        else if (a.t === 'mine') lesson.applyMined(a.nonce);
        else lesson.doubleSpend(a.payment);
      } catch (e) {
        if (e instanceof LessonInputError) throw new LessonInputError(`state.actions[${i}]`, 'stepDoesNotHold', { step: i + 1, problem: e });
        throw e;
      }
    });
    return lesson;
  }
}

export const COINS_STEPS: readonly StepCheck<CoinsLesson>[] = [
  { id: 'pay', done: (l) => l.payments.length > 0 },
  { id: 'confirm', done: (l) => l.payments.some((_, i) => l.confirmed(i)) },
  { id: 'double-spend', done: (l) => l.refusals.length > 0 },
];

// ---- sharing ----------------------------------------------------------------------

export function coinsToData(l: CoinsLesson): Record<string, unknown> {
  return { actions: l.actions.map((a) => ({ ...a })) };
}

export function coinsFromData(raw: unknown, seed: string): CoinsLesson {
  const o = readObject(raw, 'state');
  const actions = readArray(o, 'actions', 'state', MAX_ACTIONS).map((r, i): CoinsAction => {
    const field = `state.actions[${i}]`;
    const a = readObject(r, field);
    const t = readString(a, 't', field, 10);
    if (t === 'pay') return { t, from: readInteger(a, 'from', field, 0, 2), to: readInteger(a, 'to', field, 0, 2), amount: readInteger(a, 'amount', field, 1, 21e14) };
    if (t === 'mine') return { t, nonce: readInteger(a, 'nonce', field, 0, 0xffffffff) };
    if (t === 'double') return { t, payment: readInteger(a, 'payment', field, 0, MAX_ACTIONS) };
    throw new LessonInputError(`${field}.t`, 'oneOf', { field: `${field}.t`, choices: ['pay', 'mine', 'double'] });
  });
  return CoinsLesson.replay(seed, actions);
}
