/**
 * Core objects -> the API's JSON shapes (integer units, display-order hex).
 * Pure: the same conversions serve window.pocket, the UI and exports.
 */
import {
  blockSize, blockSubsidy, hashOfBlock, isCoinbase, outpointKey, totalOutput, txSize, txid, wtxid,
  type Block, type Blockchain, type Coin, type MempoolEntry, type Transaction,
} from '../core/index';
import type { BlockJson, PoolTxJson, TxJson, UtxoJson } from './types';

/** A lookup of spent coins (from undo data or the UTXO set) to show input values. */
export type CoinLookup = (key: string) => Coin | undefined;

export function txToJson(tx: Transaction, lookup: CoinLookup = () => undefined): TxJson {
  const coinbase = isCoinbase(tx);
  const inputs = tx.inputs.map((i) => {
    const coin = coinbase ? undefined : lookup(outpointKey(i.prevTxid, i.vout));
    return {
      prevTxid: i.prevTxid,
      vout: i.vout,
      ...(coin ? { address: coin.address, amount: coin.amount } : {}),
      signature: i.signature,
      publicKey: i.publicKey,
    };
  });
  const known = inputs.every((i) => i.amount !== undefined);
  return {
    txid: txid(tx),
    wtxid: wtxid(tx),
    coinbase,
    size: txSize(tx),
    ...(!coinbase && known ? { fee: inputs.reduce((s, i) => s + (i.amount ?? 0), 0) - totalOutput(tx) } : {}),
    inputs,
    outputs: tx.outputs.map((o) => ({ amount: o.amount, address: o.address })),
  };
}

/** A block as the API shows it; input values come from the node's undo data when it has them. */
export function blockToJson(chain: Blockchain, block: Block): BlockJson {
  const hash = hashOfBlock(block);
  const entry = chain.tree.get(hash);
  const height = entry?.height ?? -1;
  const undo = chain.getUndo(hash);
  const spent = new Map(undo?.spent ?? []);
  const txs = block.txs.map((tx) => txToJson(tx, (k) => spent.get(k)));
  const reward = height >= 0 ? blockSubsidy(height, chain.params) : 0;
  const claimed = totalOutput(block.txs[0]!);
  return {
    hash,
    height,
    confirmations: chain.confirmations(hash),
    header: { ...block.header },
    size: blockSize(block),
    miner: block.txs[0]!.outputs[0]?.address ?? '',
    reward,
    // Fees are what the coinbase claimed beyond the reward when every input value is known.
    fees: undo ? txs.slice(1).reduce((s, t) => s + (t.fee ?? 0), 0) : Math.max(0, claimed - reward),
    txs,
  };
}

export function poolEntryToJson(entry: MempoolEntry, chain: Blockchain): PoolTxJson {
  const lookup: CoinLookup = (k) => {
    const coin = chain.utxos.getCoin(k);
    if (coin) return coin;
    const sep = k.lastIndexOf(':');
    const parent = chain.mempool.get(k.slice(0, sep));
    const out = parent?.tx.outputs[Number(k.slice(sep + 1))];
    return out ? { amount: out.amount, address: out.address, height: -1, coinbase: false } : undefined;
  };
  const json = txToJson(entry.tx, lookup);
  const parents = [...new Set(entry.tx.inputs.map((i) => i.prevTxid).filter((id) => chain.mempool.has(id)))];
  return { ...json, fee: entry.fee, feeRate: entry.feeRate, size: entry.size, time: entry.time, parents };
}

export function utxoToJson(key: string, coin: Coin): UtxoJson {
  const sep = key.lastIndexOf(':');
  return { txid: key.slice(0, sep), vout: Number(key.slice(sep + 1)), amount: coin.amount, address: coin.address, height: coin.height, coinbase: coin.coinbase };
}
