/**
 * Lesson 6's playground: wallets and their coins on one node, a payment form
 * with a preview of the coins it spends and the change, mining the pool into
 * a block in the workers, and double-spend attempts with the node's reason.
 */
import { createSubscriber } from 'svelte/reactivity';
import { COINS_STEPS, COIN_WALLETS, CoinsLesson, coinsFromData, coinsToData, type PaymentRecord, type Refusal, type WalletCoins } from '../../../learn/lessons/coins';
import { doneSteps, isLessonInputError, type LessonMining, type MiningProgress, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import { formatAmount } from '../../i18n/format';
import { areaLanguage } from '../../i18n/area-text';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

export interface PaymentPreview {
  readonly inputs: readonly number[];
  readonly amount: number;
  readonly change: number;
}

export class CoinsPlayground implements Playground {
  from = $state(0);
  to = $state(1);
  amountText = $state('4');
  #error = $state.raw<LessonInputProblem | null>(null);
  /** The last input error, said in the reader's language (it follows a language switch). */
  get error(): string | null {
    return this.#error && lessonInputSentence(this.#error);
  }
  mining = $state.raw<MiningProgress | null>(null);
  private job: LessonMining | null = null;
  private readonly lesson: CoinsLesson;
  private readonly ctx: LessonContext;
  private readonly subscribe: () => void;

  constructor(ctx: LessonContext, lesson: CoinsLesson) {
    this.ctx = ctx;
    this.lesson = lesson;
    this.subscribe = createSubscriber((update) => lesson.onChange(update));
  }

  /** Each wallet with its coins, and its confirmed balance written as the sum of its coins ("5 + 3"). */
  get wallets(): (WalletCoins & { readonly sum: string })[] {
    this.subscribe();
    return this.lesson.walletCoins().map((w) => {
      const confirmed = w.coins.filter((x) => x.confirmed).map((x) => this.coins(x.amount));
      return { ...w, sum: confirmed.length > 0 ? confirmed.join(' + ') : '0' };
    });
  }

  get payments(): readonly (PaymentRecord & { readonly confirmations: number })[] {
    this.subscribe();
    return this.lesson.payments.map((p) => ({ ...p, confirmations: this.lesson.confirmations(p.txid) }));
  }

  get refusals(): readonly Refusal[] {
    this.subscribe();
    return [...this.lesson.refusals];
  }

  get height(): number {
    this.subscribe();
    return this.lesson.chain.height;
  }

  get poolSize(): number {
    this.subscribe();
    return this.lesson.chain.mempool.size;
  }

  get done(): string[] {
    this.subscribe();
    return doneSteps(COINS_STEPS, this.lesson);
  }

  readonly names = COIN_WALLETS;

  /** What the payment in the form would spend and give back, or the reason it cannot be made. */
  get preview(): PaymentPreview | { readonly error: string } {
    this.subscribe();
    try {
      const p = this.lesson.preview(this.from, this.to, this.amountText);
      return { inputs: p.chosen.map((c) => c.coin.amount), amount: p.amount, change: p.change };
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      return { error: lessonInputSentence(e) };
    }
  }

  pay(): void {
    if (this.job) return; // the block being mined was built from the pool as it was
    try {
      this.lesson.pay(this.from, this.to, this.amountText);
      this.#error = null;
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#error = e;
    }
  }

  doubleSpend(index: number): void {
    this.lesson.doubleSpend(index);
  }

  /** Mines the pool into the next block in the workers. */
  async mine(): Promise<void> {
    if (this.job) return;
    const template = this.lesson.template();
    const job = this.ctx.miner.mine(template, 'Coins lesson');
    this.job = job;
    this.mining = job.progress();
    const stop = this.ctx.miner.onProgress(() => (this.mining = job.progress()));
    try {
      const mined = await job.done;
      if (mined && mined.block.header.merkleRoot === this.lesson.template().block.header.merkleRoot) this.lesson.applyMined(mined.block.header.nonce);
    } finally {
      stop();
      this.job = null;
      this.mining = null;
    }
  }

  /** Coins from base units, written in the page's language (2.5 / 2,5); reading it follows a language switch. */
  coins(units: number): string {
    return formatAmount(areaLanguage(), units);
  }

  toData(): Record<string, unknown> {
    return coinsToData(this.lesson);
  }

  dispose(): void {
    this.job?.cancel();
  }
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new CoinsPlayground(ctx, data === null ? new CoinsLesson(ctx.seed) : coinsFromData(data, ctx.seed)),
};
