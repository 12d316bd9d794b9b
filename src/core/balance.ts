/**
 * What an address owns, seen by one node: confirmed coins in the UTXO set and
 * the pending effect of the pool (coins on their way in, coins being spent).
 * A balance is the sum of unspent outputs, never a stored number.
 */
import { isMature } from './maturity';
import { MEMPOOL_HEIGHT } from './mempool';
import { outpointKey } from './transaction';
import type { Blockchain } from './chain';
import type { SpendableCoin } from './wallet';

export interface Balance {
  /** Sum of the address's coins in the active chain's UTXO set. */
  readonly confirmed: number;
  /** Net effect of pool transactions: incoming outputs minus confirmed coins being spent. */
  readonly pending: number;
  /** confirmed + pending: the balance once the pool confirms. */
  readonly total: number;
  /** Of the confirmed coins, those coinbases that are not mature yet. */
  readonly immature: number;
}

export function balanceOf(chain: Blockchain, address: string): Balance {
  const confirmed = chain.utxos.balanceOf(address);
  let outgoing = 0;
  let immature = 0;
  const nextHeight = chain.height + 1;
  for (const [key, coin] of chain.utxos.coinsOf(address)) {
    if (chain.mempool.spenderOf(key)) outgoing += coin.amount;
    if (!isMature(coin, nextHeight, chain.params)) immature += coin.amount;
  }
  let incoming = 0;
  for (const e of chain.mempool.entries()) {
    e.tx.outputs.forEach((out, vout) => {
      if (out.address === address && !chain.mempool.spenderOf(outpointKey(e.txid, vout))) incoming += out.amount;
    });
  }
  const pending = incoming - outgoing;
  return { confirmed, pending, total: confirmed + pending, immature };
}

/**
 * Coins `address` can spend now on this node: mature confirmed coins and pool
 * outputs (a child may spend an unconfirmed parent), minus coins the pool
 * already spends: per-coin locking.
 */
export function spendableCoins(chain: Blockchain, address: string): SpendableCoin[] {
  const nextHeight = chain.height + 1;
  const coins: SpendableCoin[] = [];
  for (const [key, coin] of chain.utxos.coinsOf(address)) {
    if (chain.mempool.spenderOf(key)) continue;
    if (!isMature(coin, nextHeight, chain.params)) continue;
    coins.push({ key, coin });
  }
  for (const e of chain.mempool.entries()) {
    e.tx.outputs.forEach((out, vout) => {
      const key = outpointKey(e.txid, vout);
      if (out.address === address && !chain.mempool.spenderOf(key)) {
        coins.push({ key, coin: { amount: out.amount, address: out.address, height: MEMPOOL_HEIGHT, coinbase: false } });
      }
    });
  }
  return coins;
}
