/**
 * Every rejection is a value: a stable reason code (Bitcoin Core's where one
 * exists, e.g. `bad-txns-inputs-missingorspent`) and a plain sentence.
 * The UI shows both; the API rejects with both; tests assert the code.
 */

export const REJECT_CODES = {
  // Addresses and amounts (wallet-side input checks)
  'bad-address-char': 'The address contains a character that is not Base58.',
  'bad-address-checksum': 'The address checksum does not match: a character was mistyped.',
  'bad-address-version': 'The address is for another network (wrong version byte).',
  'bad-address-length': 'The address decodes to the wrong number of bytes.',
  'bad-amount': 'The amount is not a valid number of coins.',
  // Transactions, context-free (CheckTransaction)
  'bad-txns-vin-empty': 'The transaction has no inputs.',
  'bad-txns-vout-empty': 'The transaction has no outputs.',
  'bad-txns-oversize': 'The transaction is larger than a block may be.',
  'bad-txns-vout-zero': 'An output pays zero: every payment must be at least one unit.',
  'bad-txns-vout-negative': 'An output pays a negative or non-integer amount.',
  'bad-txns-vout-toolarge': 'An output pays more than all the coins that can ever exist.',
  'bad-txns-txouttotal-toolarge': 'The outputs together pay more than all the coins that can ever exist.',
  'bad-txns-inputs-duplicate': 'The transaction spends the same coin twice.',
  'bad-cb-length': 'The coinbase data has the wrong length.',
  'bad-txns-prevout-null': 'A normal transaction spends the null outpoint reserved for coinbases.',
  'bad-txns-cb-has-signature': 'A coinbase input carries a signature; coinbases spend nothing.',
  'bad-txns-nonstandard-input': 'An input carries data that only a coinbase may carry.',
  'bad-txns-pubkey': 'An input carries a public key that is not a valid compressed secp256k1 key.',
  'bad-txns-version': 'The transaction version is not supported.',
  // Transactions, against the coins they spend (Consensus::CheckTxInputs)
  'bad-txns-inputs-missingorspent': 'An input spends a coin that does not exist or is already spent.',
  'bad-txns-premature-spend-of-coinbase': 'An input spends a coinbase that has not matured yet.',
  'bad-txns-in-belowout': 'The outputs pay more than the inputs bring in.',
  'bad-txns-inputvalues-outofrange': 'The inputs add up to more than all the coins that can ever exist.',
  'bad-txns-wrong-key': 'An input is signed with a public key that does not own the coin it spends.',
  'bad-txns-bad-signature': 'A signature does not verify for this transaction and the coin it spends.',
  // Mempool policy
  'txn-mempool-conflict': 'A coin this transaction spends is already being spent by a transaction in the pool.',
  'txn-already-in-mempool': 'This transaction is already in the pool.',
  'txn-already-known': 'This transaction is already confirmed in the chain.',
  'txn-coinbase': 'A coinbase cannot enter the pool: only a miner puts it in a block.',
  'mempool-full': 'The pool is full and this transaction pays too low a fee rate to enter.',
  'mempool-min-fee-not-met': 'The fee rate is below the minimum this pool asks since it was full.',
  'insufficient-funds': 'The wallet does not have enough spendable coins for this amount and fee.',
  // Blocks, context-free (CheckBlock)
  'high-hash': 'The block hash is above the target: the proof of work is not valid.',
  'bad-diffbits': 'The difficulty bits are not the ones the chain requires at this height.',
  'bad-txnmrklroot': 'The merkle root in the header does not match the transactions.',
  'bad-txns-duplicate': 'The block repeats a transaction (the merkle tree is mutated, CVE-2012-2459).',
  'bad-cb-missing': 'The first transaction of the block is not a coinbase.',
  'bad-cb-multiple': 'The block has more than one coinbase.',
  'bad-cb-height': 'The coinbase does not state the block height.',
  'bad-cb-amount': 'The coinbase pays more than the block reward plus the fees.',
  'bad-blk-length': 'The block is larger than the maximum block size.',
  'bad-blk-empty': 'The block has no transactions: it needs at least a coinbase.',
  'bad-witness-merkle-match': 'The coinbase does not commit to the signatures of the block (witness root mismatch).',
  'bad-txns-inputs-spent-in-block': 'Two transactions in the block spend the same coin.',
  'bad-txns-accumulated-fee-outofrange': 'The fees of the block add up to more than all the coins that can ever exist.',
  'bad-txns-ordering': 'A transaction spends an output created later in the same block.',
  'bad-version': 'The block version is not supported.',
  // Blocks, contextual (ContextualCheckBlockHeader)
  'time-too-old': 'The block time is not after the median time of the previous 11 blocks.',
  'time-too-new': 'The block time is too far in the future.',
  'prev-blk-not-found': 'The parent block is unknown (the block is kept as an orphan until it arrives).',
  'bad-prevblk': 'The parent block is invalid, so this block is too.',
  'duplicate': 'The block is already known.',
  // Decoding
  'bad-encoding': 'The data does not decode as this kind of object.',
} as const;

export type RejectCode = keyof typeof REJECT_CODES;

/** A rejection: the stable code, a sentence for people, and optional detail. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly code: RejectCode;
  readonly detail?: string;

  constructor(code: RejectCode, detail?: string) {
    super(detail ? `${REJECT_CODES[code]} (${detail})` : REJECT_CODES[code]);
    this.code = code;
    this.detail = detail;
  }

  /** JSON-friendly form for the API and the UI. */
  toJSON(): { code: RejectCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function reject(code: RejectCode, detail?: string): never {
  throw new ValidationError(code, detail);
}

export function isValidationError(e: unknown): e is ValidationError {
  return e instanceof ValidationError;
}
