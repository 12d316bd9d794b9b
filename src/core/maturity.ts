/**
 * Coinbase maturity (Core's COINBASE_MATURITY, checked in Consensus::CheckTxInputs):
 * a coinbase created at height h may be spent only by a block at height
 * >= h + maturity, so a reward cannot be spent before a reorg could take it
 * back. Every place that applies the rule (validation, balances, spendable
 * coins, the wallet's coin list) asks here.
 */
import type { Coin } from './utxo-set';
import type { ConsensusParams } from './params';

type MaturityParams = Pick<ConsensusParams, 'coinbaseMaturity'>;

/** The first block height at which `coin` may be spent (its own height for a non-coinbase coin). */
export function spendableFromHeight(coin: Pick<Coin, 'height' | 'coinbase'>, params: MaturityParams): number {
  return coin.coinbase ? coin.height + params.coinbaseMaturity : coin.height;
}

/** True when a block at `spendHeight` may spend `coin` (always for a coin that is not a coinbase). */
export function isMature(coin: Pick<Coin, 'height' | 'coinbase'>, spendHeight: number, params: MaturityParams): boolean {
  return spendHeight >= spendableFromHeight(coin, params);
}
