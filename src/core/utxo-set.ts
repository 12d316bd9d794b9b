/**
 * The chainstate: every unspent transaction output (coin), keyed "txid:vout".
 * A UtxoView layers uncommitted changes over a base set, like Core's
 * CCoinsViewCache: a block is connected on a view and only flushed when every
 * check passed, so a rejected block changes nothing.
 */
export interface Coin {
  /** Integer base units. */
  readonly amount: number;
  readonly address: string;
  /** Height of the block that created the coin. */
  readonly height: number;
  /** True when created by a coinbase (subject to maturity). */
  readonly coinbase: boolean;
}

/** Anything coins can be looked up in: the set, a view, or a view plus the mempool. */
export interface CoinSource {
  getCoin(key: string): Coin | undefined;
}

export class UtxoSet implements CoinSource {
  private readonly coins = new Map<string, Coin>();
  /** address -> keys of its coins, so a balance does not scan the whole set. */
  private readonly byAddress = new Map<string, Set<string>>();

  getCoin(key: string): Coin | undefined {
    return this.coins.get(key);
  }

  has(key: string): boolean {
    return this.coins.has(key);
  }

  add(key: string, coin: Coin): void {
    const previous = this.coins.get(key);
    if (previous) this.byAddress.get(previous.address)?.delete(key);
    this.coins.set(key, coin);
    let keys = this.byAddress.get(coin.address);
    if (!keys) this.byAddress.set(coin.address, (keys = new Set()));
    keys.add(key);
  }

  delete(key: string): void {
    const coin = this.coins.get(key);
    if (!coin) return;
    this.coins.delete(key);
    const keys = this.byAddress.get(coin.address);
    keys?.delete(key);
    if (keys && keys.size === 0) this.byAddress.delete(coin.address);
  }

  /** The coins locked to `address`, as [key, coin] pairs. */
  coinsOf(address: string): [string, Coin][] {
    return [...(this.byAddress.get(address) ?? [])].map((k) => [k, this.coins.get(k)!]);
  }

  balanceOf(address: string): number {
    let sum = 0;
    for (const k of this.byAddress.get(address) ?? []) sum += this.coins.get(k)!.amount;
    return sum;
  }

  get size(): number {
    return this.coins.size;
  }

  entries(): IterableIterator<[string, Coin]> {
    return this.coins.entries();
  }

  /** Sum of all coins: in a valid chain, the rewards the coinbases claimed. */
  totalAmount(): number {
    let sum = 0;
    for (const c of this.coins.values()) sum += c.amount;
    return sum;
  }

  /** Canonical (sorted) list, for comparisons and persistence. */
  toSortedArray(): [string, Coin][] {
    return [...this.coins.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** Uncommitted additions and spends over a base; `changes()` lists them for a flush. */
export class UtxoView implements CoinSource {
  private readonly added = new Map<string, Coin>();
  private readonly spent = new Set<string>();

  constructor(private readonly base: CoinSource) {}

  getCoin(key: string): Coin | undefined {
    const local = this.added.get(key);
    if (local) return local;
    if (this.spent.has(key)) return undefined;
    return this.base.getCoin(key);
  }

  add(key: string, coin: Coin): void {
    this.added.set(key, coin);
  }

  /** Removes the coin and returns it; undefined if it was not there. */
  spend(key: string): Coin | undefined {
    const coin = this.getCoin(key);
    if (!coin) return undefined;
    if (this.added.has(key)) this.added.delete(key);
    // A coin added in this view may also shadow one in the base (never in a valid chain).
    if (this.base.getCoin(key)) this.spent.add(key);
    return coin;
  }

  /** The net effect on the base: coins to write, keys to delete. */
  changes(): { added: [string, Coin][]; removed: string[] } {
    const removed = [...this.spent].filter((k) => !this.added.has(k));
    return { added: [...this.added.entries()], removed };
  }

  /** Writes the net changes into a set. */
  flushTo(set: UtxoSet): { added: [string, Coin][]; removed: string[] } {
    const delta = this.changes();
    for (const key of delta.removed) set.delete(key);
    for (const [key, coin] of delta.added) set.add(key, coin);
    return delta;
  }
}
