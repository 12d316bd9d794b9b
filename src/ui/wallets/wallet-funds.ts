/**
 * What one wallet owns as one node sees it, in the detail the Wallets panel and
 * the send form need: the balance split (core's balanceOf), what can be spent
 * right now (core's spendableCoins), and WHY the rest cannot: coins locked by
 * pool transactions that already spend them (per-coin locking, as Bitcoin
 * Core's mempool does) and coinbase rewards that have not matured yet.
 *
 * Pure: reads a Blockchain, changes nothing.
 */
import { MEMPOOL_HEIGHT, balanceOf, isMature, outpointKey, spendableCoins, type Balance, type Blockchain } from '../../core/index';

/** One coin (unspent output) of the wallet, confirmed or waiting in the pool. */
export interface WalletCoin {
  /** "txid:vout", core's outpoint key. */
  readonly key: string;
  readonly txid: string;
  readonly vout: number;
  readonly amount: number;
  /** Block height that created it, or null while its transaction waits in the pool. */
  readonly height: number | null;
  readonly coinbase: boolean;
  /** Confirmed coinbase reward that may not be spent before coinbaseMaturity blocks. */
  readonly immature: boolean;
  /** The pool transaction that already spends it (the coin is locked until that one confirms or leaves). */
  readonly spentBy: string | null;
}

export interface WalletFunds extends Balance {
  /** Sum of what core's spendableCoins would let a payment use now. */
  readonly spendable: number;
  /** Confirmed coins that pool transactions already spend. */
  readonly lockedByPool: number;
  /** The pool transactions that spend this wallet's coins (confirmed or unconfirmed). */
  readonly lockingTxids: readonly string[];
  /** Pool outputs first (newest first), then confirmed coins (highest block first). */
  readonly coins: readonly WalletCoin[];
}

function splitKey(key: string): { txid: string; vout: number } {
  const sep = key.lastIndexOf(':');
  return { txid: key.slice(0, sep), vout: Number(key.slice(sep + 1)) };
}

export function walletFunds(chain: Blockchain, address: string): WalletFunds {
  if (typeof address !== 'string' || address === '') throw new TypeError('address must be a non-empty string');
  const balance = balanceOf(chain, address);
  const nextHeight = chain.height + 1;
  const coins: WalletCoin[] = [];
  const locking = new Set<string>();
  let lockedByPool = 0;

  for (const [key, coin] of chain.utxos.coinsOf(address)) {
    const spentBy = chain.mempool.spenderOf(key) ?? null;
    if (spentBy) {
      lockedByPool += coin.amount;
      locking.add(spentBy);
    }
    coins.push({
      key,
      ...splitKey(key),
      amount: coin.amount,
      height: coin.height,
      coinbase: coin.coinbase,
      immature: !isMature(coin, nextHeight, chain.params),
      spentBy,
    });
  }
  // Newest first: what just arrived is what a reader looks for.
  coins.sort((a, b) => (b.height ?? MEMPOOL_HEIGHT) - (a.height ?? MEMPOOL_HEIGHT) || (a.key < b.key ? -1 : 1));

  const pending: WalletCoin[] = [];
  for (const e of chain.mempool.entries()) {
    e.tx.outputs.forEach((out, vout) => {
      if (out.address !== address) return;
      const key = outpointKey(e.txid, vout);
      const spentBy = chain.mempool.spenderOf(key) ?? null;
      if (spentBy) locking.add(spentBy);
      pending.push({ key, txid: e.txid, vout, amount: out.amount, height: null, coinbase: false, immature: false, spentBy });
    });
  }
  coins.unshift(...pending.reverse());

  const spendable = spendableCoins(chain, address).reduce((sum, c) => sum + c.coin.amount, 0);
  return { ...balance, spendable, lockedByPool, lockingTxids: [...locking], coins };
}
