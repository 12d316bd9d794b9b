/**
 * Lesson 9, forks and most work: four real nodes, split into two halves that
 * cannot hear each other. A payment reaches only the right half and is mined
 * there; the left half mines a longer branch; when the network heals, the
 * right half reorganises onto the branch with the most work, and the payment,
 * whose block is now stale, goes back to the pool to be mined again.
 */
import { COIN, buildPayment, spendableCoins, txid } from '../../core/index';
import { ChangeNotifier, LessonInputError, readArray, readObject, readString, readInteger, type StepCheck } from '../lesson';
import { refusal } from '../lesson-input-sentences';
import { LessonNetwork } from './lesson-network';

export const FORK_NODES = [
  { id: 'ana', label: 'Ana' },
  { id: 'ben', label: 'Ben' },
  { id: 'cleo', label: 'Cleo' },
  { id: 'dan', label: 'Dan' },
] as const;
export type ForkNodeId = (typeof FORK_NODES)[number]['id'];
export const LEFT: readonly ForkNodeId[] = ['ana', 'ben'];
export const RIGHT: readonly ForkNodeId[] = ['cleo', 'dan'];
/** Who mines for each half in the lesson. */
export const MINER_OF = { left: 'ana', right: 'cleo' } as const;
export type Side = keyof typeof MINER_OF;
const MAX_ACTIONS = 100;
const PAYMENT = 3 * COIN;

export type ForksAction =
  | { readonly t: 'split' }
  | { readonly t: 'heal' }
  | { readonly t: 'pay' }
  | { readonly t: 'mine'; readonly side: Side; readonly nonce: number };

export class ForksLesson extends ChangeNotifier {
  readonly net: LessonNetwork;
  /** The payment's txid, once made. */
  paymentTxid: string | null = null;
  /** The payment was in a block of some node's active chain at some point. */
  paymentWasConfirmed = false;
  /** Reorgs seen in the nodes' logs: who, and how deep. */
  readonly reorgs: { readonly node: string; readonly depth: number }[] = [];
  private readonly log: ForksAction[] = [];

  constructor(seed: string) {
    super();
    this.net = new LessonNetwork({
      seed,
      nodes: FORK_NODES,
      links: [['ana', 'ben'], ['ben', 'cleo'], ['cleo', 'dan'], ['dan', 'ana']],
      history: [
        { node: 'ana', note: 'before the split' },
        { node: 'cleo', note: 'before the split' },
      ],
      wallets: ['Alice', 'Bob'],
    });
  }

  get actions(): readonly ForksAction[] {
    return this.log;
  }

  get split(): boolean {
    return this.net.network.partitionGroups() !== null;
  }

  private act(a: ForksAction, run: () => void): void {
    this.net.beginAction();
    const seen = this.net.logs.length;
    run();
    this.net.settle();
    for (const e of this.net.logs.slice(seen)) if (e.kind === 'reorg') this.reorgs.push({ node: e.nodeId, depth: e.depth ?? 0 });
    if (this.paymentTxid && this.confirmedAnywhere(this.paymentTxid)) this.paymentWasConfirmed = true;
    this.log.push(a);
    this.changed();
  }

  splitNetwork(): void {
    if (this.split) throw new LessonInputError('split', 'alreadySplit');
    this.act({ t: 'split' }, () => this.net.network.partition([LEFT, RIGHT]));
  }

  heal(): void {
    if (!this.split) throw new LessonInputError('heal', 'notSplit');
    this.act({ t: 'heal' }, () => this.net.network.heal());
  }

  /** Alice pays Bob 3 coins through Cleo's node: while split, only the right half hears of it. */
  pay(): void {
    if (this.paymentTxid) throw new LessonInputError('pay', 'alreadyPaid');
    if (!this.split) throw new LessonInputError('pay', 'splitFirst');
    const [alice, bob] = this.net.wallets;
    const cleo = this.net.network.node('cleo').chain;
    const { tx } = buildPayment({ from: alice!, to: bob!.address, amount: PAYMENT, fee: 0, coins: spendableCoins(cleo, alice!.address) });
    this.act({ t: 'pay' }, () => {
      const r = this.net.network.submitTransaction('cleo', tx);
      if (!r.accepted) throw new Error(`Cleo's node refused the lesson's payment: ${r.code}`);
      this.paymentTxid = txid(tx);
    });
  }

  template(side: Side) {
    return this.net.template(MINER_OF[side]);
  }

  /** A block found for `side`'s miner: its node checks it and gossips it within its half. */
  applyMined(side: Side, nonce: number): void {
    let verdict: ReturnType<LessonNetwork['submitMined']> | undefined;
    this.act({ t: 'mine', side, nonce }, () => {
      verdict = this.net.submitMined(MINER_OF[side], nonce);
    });
    if (!verdict!.accepted) throw new LessonInputError('nonce', 'blockRefused', { refusal: refusal(verdict!.code, verdict!.message) });
  }

  confirmedAnywhere(id: string): boolean {
    return this.net.network.nodes().some((n) => n.chain.activeEntries().some((e) => n.chain.getBlock(e.hash)!.txs.some((tx) => txid(tx) === id)));
  }

  /** Height and tip of each half's miner. */
  sides(): Record<Side, { height: number; tip: string }> {
    const of = (id: string) => {
      const c = this.net.network.node(id).chain;
      return { height: c.height, tip: c.tip.hash };
    };
    return { left: of(MINER_OF.left), right: of(MINER_OF.right) };
  }

  /** Whose pool holds the payment now. */
  poolsWithPayment(): string[] {
    const id = this.paymentTxid;
    return id ? this.net.network.nodes().filter((n) => n.chain.mempool.has(id)).map((n) => n.id) : [];
  }

  static replay(seed: string, actions: readonly ForksAction[]): ForksLesson {
    const l = new ForksLesson(seed);
    actions.forEach((a, i) => {
      try {
        if (a.t === 'split') l.splitNetwork();
        else if (a.t === 'heal') l.heal();
        else if (a.t === 'pay') l.pay();
        else l.applyMined(a.side, a.nonce);
      } catch (e) {
        if (e instanceof LessonInputError) throw new LessonInputError(`state.actions[${i}]`, 'stepDoesNotHold', { step: i + 1, problem: e });
        throw e;
      }
    });
    return l;
  }
}

/** Both halves extended the chain past the split, each its own way. */
function minedBoth(l: ForksLesson): boolean {
  return l.actions.some((a) => a.t === 'mine' && a.side === 'left') && l.actions.some((a) => a.t === 'mine' && a.side === 'right') && l.actions.some((a) => a.t === 'split');
}

export const FORKS_STEPS: readonly StepCheck<ForksLesson>[] = [
  { id: 'split', done: (l) => l.actions.some((a) => a.t === 'split') },
  { id: 'pay', done: (l) => l.paymentTxid !== null },
  { id: 'mine-both', done: minedBoth },
  { id: 'heal', done: (l) => minedBoth(l) && l.actions.some((a) => a.t === 'heal') && l.net.agreed() && l.reorgs.length > 0 },
  { id: 'returned', done: (l) => l.paymentWasConfirmed && l.paymentTxid !== null && !l.confirmedAnywhere(l.paymentTxid) && l.poolsWithPayment().length > 0 },
];

export function forksToData(l: ForksLesson): Record<string, unknown> {
  return { actions: l.actions.map((a) => ({ ...a })) };
}

export function forksFromData(raw: unknown, seed: string): ForksLesson {
  const o = readObject(raw, 'state');
  const actions = readArray(o, 'actions', 'state', MAX_ACTIONS).map((r, i): ForksAction => {
    const field = `state.actions[${i}]`;
    const a = readObject(r, field);
    const t = readString(a, 't', field, 10);
    if (t === 'split' || t === 'heal' || t === 'pay') return { t };
    if (t === 'mine') {
      const side = readString(a, 'side', field, 10);
      if (side !== 'left' && side !== 'right') throw new LessonInputError(`${field}.side`, 'oneOf', { field: `${field}.side`, choices: ['left', 'right'] });
      return { t, side, nonce: readInteger(a, 'nonce', field, 0, 0xffffffff) };
    }
    throw new LessonInputError(`${field}.t`, 'oneOf', { field: `${field}.t`, choices: ['split', 'heal', 'pay', 'mine'] });
  });
  return ForksLesson.replay(seed, actions);
}
