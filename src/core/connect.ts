/**
 * Connecting a block to the chainstate and disconnecting it again
 * (Core's ConnectBlock / DisconnectBlock). Connecting checks every input,
 * signature and the coinbase amount and records undo data: the coins the block
 * spent, so disconnecting restores the set exactly.
 */
import { rejectDetail } from './reject-details';
import { moneyRange } from './amount';
import { reject } from './errors';
import { isCoinbase, outpointKey, totalOutput, txid, type Transaction } from './transaction';
import { checkTxInputs, checkSignatures, spentCoins } from './tx-inputs';
import { blockSubsidy, type ConsensusParams } from './params';
import type { Block } from './block';
import type { Coin, UtxoView } from './utxo-set';

/** The coins a block spent, in input order: enough to undo it. */
export interface BlockUndo {
  readonly spent: readonly (readonly [string, Coin])[];
}

export interface ConnectResult {
  readonly undo: BlockUndo;
  readonly fees: number;
  readonly subsidy: number;
}

function addOutputs(view: UtxoView, tx: Transaction, height: number): void {
  const id = txid(tx);
  const coinbase = isCoinbase(tx);
  tx.outputs.forEach((out, vout) => {
    view.add(outpointKey(id, vout), { amount: out.amount, address: out.address, height, coinbase });
  });
}

/**
 * Applies the block at `height` to the view. Throws a ValidationError (and the
 * caller discards the view) on the first broken rule.
 */
export function connectBlock(view: UtxoView, block: Block, height: number, params: ConsensusParams, verifySignatures = true): ConnectResult {
  const spentInBlock = new Set<string>();
  const laterTxids = new Map<string, number>();
  block.txs.forEach((tx, i) => laterTxids.set(txid(tx), i));
  const undo: [string, Coin][] = [];
  let fees = 0;

  block.txs.forEach((tx, index) => {
    if (index === 0) return; // the coinbase is checked after the fees are known
    for (const input of tx.inputs) {
      const key = outpointKey(input.prevTxid, input.vout);
      if (spentInBlock.has(key)) reject('bad-txns-inputs-spent-in-block', rejectDetail('spentTwiceInBlock', { index, coin: key.slice(0, 16) }));
      const creator = laterTxids.get(input.prevTxid);
      if (creator !== undefined && creator >= index) reject('bad-txns-ordering', rejectDetail('spendsLaterOutput', { index, creator }));
    }
    const spent = spentCoins(tx, view);
    fees += checkTxInputs(tx, spent, height, params);
    // Each fee is in range, their sum need not be (a huge reward without halving makes it reachable).
    if (!moneyRange(fees)) reject('bad-txns-accumulated-fee-outofrange', rejectDetail('feesOutOfRange', { fees, index }));
    if (verifySignatures) checkSignatures(tx, spent, params);
    tx.inputs.forEach((input, i) => {
      const key = outpointKey(input.prevTxid, input.vout);
      spentInBlock.add(key);
      view.spend(key);
      undo.push([key, spent[i]!]);
    });
    addOutputs(view, tx, height);
  });

  const subsidy = blockSubsidy(height, params);
  const claimed = totalOutput(block.txs[0]!);
  if (claimed > subsidy + fees) reject('bad-cb-amount', rejectDetail('coinbaseOverpays', { claimed, subsidy, fees }));
  addOutputs(view, block.txs[0]!, height);
  return { undo: { spent: undo }, fees, subsidy };
}

/**
 * Reverses connectBlock: transaction by transaction, last first (as Core's
 * DisconnectBlock), removes its outputs and restores the coins it spent. The
 * order matters when a transaction spends an output of an earlier one in the
 * same block: that coin is restored by the later transaction's undo and then
 * removed again with the earlier transaction's outputs.
 */
export function disconnectBlock(view: UtxoView, block: Block, undo: BlockUndo): void {
  let u = undo.spent.length;
  for (let t = block.txs.length - 1; t >= 0; t--) {
    const tx = block.txs[t]!;
    const id = txid(tx);
    for (let vout = 0; vout < tx.outputs.length; vout++) view.spend(outpointKey(id, vout));
    if (t === 0) continue; // the coinbase spent nothing
    for (let i = tx.inputs.length - 1; i >= 0; i--) {
      if (u === 0) throw new Error('undo data does not match the block');
      const [key, coin] = undo.spent[--u]!;
      view.add(key, coin);
    }
  }
  if (u !== 0) throw new Error('undo data does not match the block');
}
