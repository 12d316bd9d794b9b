/**
 * The chain every lab experiment starts from, built once per process and
 * shared by all trials: consensus params, the cast's keys, a genesis block and
 * the two signed transactions of the double-spend race.
 *
 * Why these choices (the lab runs thousands of trials, so every one counts):
 * - Regtest proof of work (about two hashes per block) and no retargeting:
 *   every block is still mined and fully validated, but finding it is free and
 *   "more work" is "more blocks", as the papers assume.
 * - Bitcoin's ten-minute spacing: message delays of milliseconds are then
 *   negligible against the time between blocks, as the papers assume, unless
 *   an experiment sets them on purpose.
 * - The genesis coinbase pays the attacker and matures at height 1, so the
 *   race needs no funding blocks: its payment and its double spend spend that
 *   coin straight away. Both are signed once; each trial's nodes still check
 *   them in full (signatures through core's signature cache, as Bitcoin Core's
 *   nodes do for transactions they have already seen).
 */
import {
  COIN,
  REGTEST_PARAMS,
  buildPayment,
  createGenesisBlock,
  createWallet,
  outpointKey,
  txid,
  type Block,
  type ConsensusParams,
  type Transaction,
  type Wallet,
} from '../core/index';

export const EXPERIMENT_PARAMS: ConsensusParams = Object.freeze({
  ...REGTEST_PARAMS,
  name: 'lab',
  targetSpacing: 600,
});

const EPOCH = 1_700_000_000;
const KEY_SEED = 'pocket-chain/lab';

/** What the merchant is paid in the race: 5 coins of the attacker's 10. */
export const PAYMENT_AMOUNT = 5 * COIN;

export interface ExperimentCast {
  readonly attacker: Wallet;
  readonly merchant: Wallet;
  /** Payees of the honest miners' coinbases (one per honest node, reused). */
  readonly honestMiners: readonly Wallet[];
  readonly genesis: Block;
  /** Attacker -> merchant, spending the genesis coin. */
  readonly payment: Transaction;
  /** Attacker -> attacker, spending the same coin: the double spend. */
  readonly doubleSpend: Transaction;
  readonly paymentTxid: string;
  readonly doubleSpendTxid: string;
  /** The outpoint the merchant is paid in (present in a chain that holds the payment). */
  readonly paymentOutpoint: string;
  readonly doubleSpendOutpoint: string;
}

const HONEST_MINERS = 10;
let cast: ExperimentCast | undefined;

/** The cast, built on first use. */
export function experimentCast(): ExperimentCast {
  if (cast) return cast;
  const attacker = createWallet({ seed: KEY_SEED, index: 0, label: 'attacker' });
  const merchant = createWallet({ seed: KEY_SEED, index: 1, label: 'merchant' });
  const honestMiners = Array.from({ length: HONEST_MINERS }, (_, i) =>
    createWallet({ seed: KEY_SEED, index: 2 + i, label: `honest-${i + 1}` }),
  );
  const genesis = createGenesisBlock(
    EXPERIMENT_PARAMS,
    attacker.address,
    EPOCH,
    'Pocket Chain lab',
  );
  const coinbaseId = txid(genesis.txs[0]!);
  const coins = [
    {
      key: outpointKey(coinbaseId, 0),
      coin: {
        amount: genesis.txs[0]!.outputs[0]!.amount,
        address: attacker.address,
        height: 0,
        coinbase: true,
      },
    },
  ];
  const payment = buildPayment({
    from: attacker,
    to: merchant.address,
    amount: PAYMENT_AMOUNT,
    fee: 0,
    coins,
  }).tx;
  const doubleSpend = buildPayment({
    from: attacker,
    to: attacker.address,
    amount: PAYMENT_AMOUNT,
    fee: 0,
    coins,
  }).tx;
  const paymentTxid = txid(payment);
  const doubleSpendTxid = txid(doubleSpend);
  cast = {
    attacker,
    merchant,
    honestMiners,
    genesis,
    payment,
    doubleSpend,
    paymentTxid,
    doubleSpendTxid,
    paymentOutpoint: outpointKey(paymentTxid, 0),
    doubleSpendOutpoint: outpointKey(doubleSpendTxid, 0),
  };
  return cast;
}

/** A seed as the API takes it (a number or a text), as the text every generator is seeded with. */
export function seedText(seed: number | string, name = 'seed'): string {
  if (typeof seed === 'number') {
    if (!Number.isFinite(seed))
      throw new RangeError(`${name} must be a finite number or a non-empty text, got ${seed}`);
    return String(seed);
  }
  if (typeof seed !== 'string' || seed.trim() === '')
    throw new TypeError(`${name} must be a number or a non-empty text`);
  return seed;
}
