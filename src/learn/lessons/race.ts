/**
 * The double-spend race of lesson 10, run on the real network simulation:
 * Mallory pays the shop, and at the same moment starts mining, in secret, a
 * branch holding a payment of the same coins back to herself. The honest
 * nodes mine the shop's payment; the shop ships after z confirmations.
 * Mallory publishes her branch as soon as it is longer than the honest chain
 * after the shop shipped (a tie does not win: first seen), and gives up when
 * she falls GIVE_UP blocks behind. Blocks are found by the simulation's
 * mining process (a Poisson process, each miner by its hash share) and are
 * real blocks, fully validated.
 *
 * The Bitcoin whitepaper (section 11) gives the chance of success when the
 * shop waits z blocks; its Poisson approximation is whitepaperProbability.
 */
import { COIN, buildPayment, spendableCoins, txid, type Transaction } from '../../core/index';
import { EIGHT_ZERO_BITS, LessonNetwork } from './lesson-network';

export const GIVE_UP = 6;
/** A race that has not ended after this many blocks is called lost (the attacker stopped). */
export const MAX_RACE_BLOCKS = 120;

export interface RaceStatus {
  /** Blocks each side mined since the payment. */
  readonly honest: number;
  readonly attacker: number;
  /** Confirmations of the shop's payment on the shop's node. */
  readonly confirmations: number;
  readonly shipped: boolean;
  readonly outcome: 'running' | 'won' | 'lost';
}

export class DoubleSpendRace {
  readonly net: LessonNetwork;
  readonly payment: string;
  readonly doubleSpend: string;
  private readonly forkHeight: number;
  private readonly z: number;
  private shippedAt: number | null = null;
  private outcomeValue: RaceStatus['outcome'] = 'running';
  /** The score when the race ended (after Mallory publishes, the shop's chain IS her branch). */
  private final: { honest: number; attacker: number } | null = null;

  /** `q`: the attacker's share of the hash power (0 < q < 1); `z`: confirmations the shop waits for. */
  constructor(seed: string, q: number, z: number) {
    if (!(q > 0 && q < 1)) throw new RangeError(`q must be between 0 and 1, got ${q}`);
    if (!Number.isInteger(z) || z < 1 || z > 10) throw new RangeError(`z must be 1 to 10, got ${z}`);
    this.net = new LessonNetwork({
      seed,
      nodes: [
        { id: 'shop', label: 'Shop' },
        { id: 'honest', label: 'Honest miners' },
        { id: 'mallory', label: 'Mallory' },
      ],
      links: [['shop', 'honest'], ['honest', 'mallory'], ['mallory', 'shop']],
      history: [{ node: 'honest', note: 'Honest miners' }],
      wallets: ['Mallory', 'Shop', 'Mallory again'],
      // Blocks come from the simulated Poisson process; their proof of work is real but kept cheap.
      bits: EIGHT_ZERO_BITS,
    });
    this.z = z;
    const net = this.net.network;
    const [mallory, shop, again] = this.net.wallets;
    this.forkHeight = net.node('shop').chain.height;
    const coins = spendableCoins(net.node('mallory').chain, mallory!.address);
    const pay = (to: string, amount: number): Transaction => buildPayment({ from: mallory!, to, amount, fee: 0, coins }).tx;
    // Mallory cuts herself off, then pays the shop through the honest network and herself on her own node.
    net.partition([['mallory'], ['shop', 'honest']]);
    const toShop = pay(shop!.address, 5 * COIN);
    const toHerself = pay(again!.address, 10 * COIN);
    const r1 = net.submitTransaction('shop', toShop);
    const r2 = net.submitTransaction('mallory', toHerself);
    if (!r1.accepted || !r2.accepted) throw new Error('the race could not set up its payments');
    this.payment = txid(toShop);
    this.doubleSpend = txid(toHerself);
    net.setMiner('honest', { address: shop!.address, hashShare: 1 - q });
    net.setMiner('mallory', { address: again!.address, hashShare: q });
    net.setAutoMining(true);
    this.net.settle();
  }

  status(): RaceStatus {
    const net = this.net.network;
    const shop = net.node('shop').chain;
    const honest = this.final?.honest ?? shop.height - this.forkHeight;
    const attacker = this.final?.attacker ?? net.node('mallory').chain.height - this.forkHeight;
    return { honest, attacker, confirmations: this.confirmations(), shipped: this.shippedAt !== null, outcome: this.outcomeValue };
  }

  private confirmations(): number {
    const shop = this.net.network.node('shop').chain;
    for (const e of [...shop.activeEntries()].reverse()) {
      if (e.height <= this.forkHeight) break;
      if (shop.getBlock(e.hash)!.txs.some((tx) => txid(tx) === this.payment)) return shop.height - e.height + 1;
    }
    return 0;
  }

  /** The next block found by anyone, then the rules of the race. Returns the status after it. */
  step(): RaceStatus {
    if (this.outcomeValue !== 'running') return this.status();
    const net = this.net.network;
    this.net.beginAction();
    net.stepBlock(100_000);
    this.net.settle();
    let s = this.status();
    if (this.shippedAt === null && s.confirmations >= this.z) this.shippedAt = s.honest;
    s = this.status();
    if (s.shipped && s.attacker > s.honest) {
      // Mallory publishes: the partition heals and her longer branch reaches the shop.
      this.final = { honest: s.honest, attacker: s.attacker };
      net.setAutoMining(false);
      net.heal();
      this.net.settle();
      const shop = net.node('shop').chain;
      this.outcomeValue = shop.mempool.has(this.payment) || this.confirmations() === 0 ? 'won' : 'lost';
    } else if (s.honest - s.attacker >= GIVE_UP || s.honest + s.attacker >= MAX_RACE_BLOCKS) {
      net.setAutoMining(false);
      this.outcomeValue = 'lost';
    }
    return this.status();
  }

  run(): RaceStatus {
    while (this.outcomeValue === 'running') this.step();
    return this.status();
  }
}

/** Nakamoto's P(q, z) (whitepaper, section 11): the Poisson approximation of the attacker's chance. */
export function whitepaperProbability(q: number, z: number): number {
  const p = 1 - q;
  if (q >= p) return 1;
  const lambda = (z * q) / p;
  let sum = 1;
  let poisson = Math.exp(-lambda);
  for (let k = 0; k <= z; k++) {
    if (k > 0) poisson *= lambda / k;
    sum -= poisson * (1 - (q / p) ** (z - k));
  }
  return sum;
}
