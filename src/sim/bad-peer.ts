/**
 * Crafting invalid blocks and transactions for a bad peer to send (with
 * injection.ts). Each breaks exactly one rule and
 * says which reason code an honest node must answer with; everything else
 * about it is right (real proof of work, correct bits, signatures that would
 * verify), so the rule under test is the one that rejects it.
 */
import {
  MEMPOOL_HEIGHT, buildPayment, signTransaction, spendableCoins, txid,
  type Block, type RejectCode, type SpendableCoin, type Transaction, type Wallet,
} from '../core/index';
import { forgeBlock, type ForgeOptions } from './forge';
import type { SimNode } from './sim-node';

export type InvalidBlockKind = 'bad-pow' | 'coinbase-overpays' | 'double-spend' | 'spends-missing-coin' | 'bad-signature' | 'bad-merkle-root';

export type InvalidTxKind = 'double-spend' | 'bad-signature' | 'overspend' | 'missing-input';

export interface Crafted<T> {
  readonly value: T;
  /** The reason code an honest node rejects it with. */
  readonly expectedCode: RejectCode;
}

/** An outpoint that no transaction ever created (txid of 32 0xee bytes). */
const MISSING_TXID = 'ee'.repeat(32);

function coinsOf(node: SimNode, wallet: Wallet | undefined, kind: string): SpendableCoin[] {
  if (!wallet) throw new TypeError(`kind '${kind}' needs a wallet with spendable coins`);
  const coins = spendableCoins(node.chain, wallet.address).filter((c) => c.coin.height !== MEMPOOL_HEIGHT);
  if (coins.length === 0) throw new RangeError(`${wallet.label || wallet.address} has no confirmed spendable coin on ${node.id}`);
  return coins;
}

/** A zero-fee payment of `amount` (default: 1 unit) from `wallet` to `to`. */
function pay(node: SimNode, wallet: Wallet, to: string, coins: readonly SpendableCoin[], amount = 1): Transaction {
  return buildPayment({ from: wallet, to, amount, fee: 0, coins, addressVersion: node.chain.params.addressVersion }).tx;
}

/** Replaces the first input's signature with a valid-looking but wrong one. */
function corruptSignature(tx: Transaction): Transaction {
  const sig = tx.inputs[0]!.signature;
  const last = (parseInt(sig.slice(-2), 16) ^ 0x01).toString(16).padStart(2, '0');
  return { ...tx, inputs: [{ ...tx.inputs[0]!, signature: sig.slice(0, -2) + last }, ...tx.inputs.slice(1)] };
}

function withMissingInput(node: SimNode, wallet: Wallet, to: string): Transaction {
  const fake: SpendableCoin = { key: `${MISSING_TXID}:0`, coin: { amount: 5_000, address: wallet.address, height: 1, coinbase: false } };
  return pay(node, wallet, to, [fake], 1_000);
}

/**
 * A block on `node`'s tip breaking one rule. `wallet` (with confirmed coins on
 * that node) is needed for the kinds that carry a transaction.
 */
export function craftInvalidBlock(node: SimNode, kind: InvalidBlockKind, o: { wallet?: Wallet; minerAddress?: string } = {}): Crafted<Block> {
  const params = node.chain.params;
  const minerAddress = o.minerAddress ?? o.wallet?.address ?? node.miner?.address;
  if (!minerAddress) throw new TypeError('give minerAddress (or a wallet, or use a node with a miner)');
  const tip = node.chain.tip;
  const base: ForgeOptions = { minerAddress, time: Math.max(node.host.unixTime(), tip.header.time + 1), message: `bad: ${kind}` };
  const forge = (extra: Partial<ForgeOptions>) => forgeBlock(params, tip, { ...base, ...extra }).block;
  switch (kind) {
    case 'bad-pow':
      return { value: forge({ breakPow: true }), expectedCode: 'high-hash' };
    case 'coinbase-overpays':
      return { value: forge({ overpay: 1 }), expectedCode: 'bad-cb-amount' };
    case 'bad-merkle-root':
      return { value: forge({ merkleRoot: 'ab'.repeat(32) }), expectedCode: 'bad-txnmrklroot' };
    case 'double-spend': {
      const coins = coinsOf(node, o.wallet, kind);
      const first = pay(node, o.wallet!, minerAddress, coins, 1);
      // Same coin, another recipient: a second, different transaction spending it again.
      const second = pay(node, o.wallet!, o.wallet!.address, coins, 2);
      return { value: forge({ txs: [first, second] }), expectedCode: 'bad-txns-inputs-spent-in-block' };
    }
    case 'spends-missing-coin':
      if (!o.wallet) throw new TypeError(`kind '${kind}' needs a wallet`);
      return { value: forge({ txs: [withMissingInput(node, o.wallet, minerAddress)] }), expectedCode: 'bad-txns-inputs-missingorspent' };
    case 'bad-signature': {
      const coins = coinsOf(node, o.wallet, kind);
      return { value: forge({ txs: [corruptSignature(pay(node, o.wallet!, minerAddress, coins))] }), expectedCode: 'bad-txns-bad-signature' };
    }
  }
}

/** A transaction that `node` must refuse. */
export function craftInvalidTransaction(node: SimNode, kind: InvalidTxKind, wallet: Wallet, to: string = wallet.address): Crafted<Transaction> {
  switch (kind) {
    case 'double-spend': {
      // Spend again a coin of the wallet that a pool transaction already spends; if none does,
      // spend one coin twice within the transaction.
      for (const e of node.chain.mempool.entries()) {
        const input = e.tx.inputs[0]!;
        const coin = node.chain.utxos.getCoin(`${input.prevTxid}:${input.vout}`);
        if (coin && coin.address === wallet.address) {
          const tx = pay(node, wallet, to, [{ key: `${input.prevTxid}:${input.vout}`, coin }], Math.min(coin.amount, 2));
          if (txid(tx) !== e.txid) return { value: tx, expectedCode: 'txn-mempool-conflict' };
        }
      }
      const [c] = coinsOf(node, wallet, kind);
      const once = pay(node, wallet, to, [c!], 1);
      const twice: Transaction = { ...once, inputs: [once.inputs[0]!, once.inputs[0]!] };
      return { value: signTransaction(twice, [wallet], [c!.coin, c!.coin]), expectedCode: 'bad-txns-inputs-duplicate' };
    }
    case 'bad-signature':
      return { value: corruptSignature(pay(node, wallet, to, coinsOf(node, wallet, kind))), expectedCode: 'bad-txns-bad-signature' };
    case 'overspend': {
      const coins = coinsOf(node, wallet, kind);
      const ok = pay(node, wallet, to, coins, 1);
      const total = ok.outputs.reduce((s, out) => s + out.amount, 0);
      const unsigned: Transaction = { ...ok, outputs: [{ ...ok.outputs[0]!, amount: ok.outputs[0]!.amount + 1 }, ...ok.outputs.slice(1)] };
      const spent = ok.inputs.map((i) => coins.find((c) => c.key === `${i.prevTxid}:${i.vout}`)!.coin);
      if (total + 1 <= spent.reduce((s, c) => s + c.amount, 0)) throw new Error('unreachable: a zero-fee payment spends all its inputs');
      return { value: signTransaction(unsigned, [wallet], spent), expectedCode: 'bad-txns-in-belowout' };
    }
    case 'missing-input':
      return { value: withMissingInput(node, wallet, to), expectedCode: 'bad-txns-inputs-missingorspent' };
  }
}
