import { describe, expect, it } from 'vitest';
import { COIN, ValidationError, addressFromPubKeyHash, base58checkEncode, decodeAddress } from '../../core/index';
import { makeWallets } from '../../core/testing';
import { PocketError } from '../../api/index';
import { checkSend, problemFromError, senderOf, type SendContext, type SendInput, type Sender } from './send-validation';
import type { WalletFunds } from './wallet-funds';

const [alice, bob, frank] = makeWallets(3, 'send-validation');
const ALICE: Sender = { address: alice!.address, label: 'Alice', spendable: 10 * COIN, confirmed: 10 * COIN, lockedByPool: 0, lockingTxCount: 0, immature: 0 };
const BOB: Sender = { address: bob!.address, label: 'Bob', spendable: 0, confirmed: 0, lockedByPool: 0, lockingTxCount: 0, immature: 0 };
// Frank's 2.5-coin coin is being spent by a pool transaction; its 0.49993 change is all he can spend now.
const FRANK: Sender = { address: frank!.address, label: 'Frank', spendable: 49_993_000, confirmed: 250_000_000, lockedByPool: 250_000_000, lockingTxCount: 1, immature: 0 };
const CTX: SendContext = { addressVersion: 0x00, senders: [ALICE, BOB, FRANK] };

const hash = decodeAddress(bob!.address);
/** One character changed to another Base58 character: the checksum catches it. */
function typo(address: string): string {
  const i = 10;
  return address.slice(0, i) + (address[i] === 'z' ? 'y' : 'z') + address.slice(i + 1);
}
const TESTNET = addressFromPubKeyHash(hash, 0x6f);
/** Valid Base58Check, but 22 payload bytes instead of 21. */
const TOO_LONG = base58checkEncode(Uint8Array.of(0, ...hash, 7));

const good: SendInput = { from: alice!.address, to: bob!.address, amount: '1.5', fee: '0.0001' };

interface Row {
  readonly name: string;
  readonly input: Partial<SendInput>;
  readonly field: 'from' | 'to' | 'amount' | 'fee';
  readonly code: string;
  readonly message: RegExp;
}

const invalid: Row[] = [
  { name: 'no sender chosen', input: { from: '' }, field: 'from', code: 'empty', message: /Choose the wallet to pay from/ },
  { name: 'a sender the page does not hold', input: { from: TESTNET }, field: 'from', code: 'unknown-wallet', message: /No wallet with this address/ },
  { name: 'empty address', input: { to: '  ' }, field: 'to', code: 'empty', message: /Enter the address to pay/ },
  { name: "a wallet's name instead of its address", input: { to: 'bob' }, field: 'to', code: 'label-not-address', message: /"bob" is the name of a wallet, not an address: choose Bob/ },
  { name: 'a word that is no address', input: { to: 'carol' }, field: 'to', code: 'bad-address-length', message: /too short to be an address \(5 characters\)/ },
  { name: 'a mistyped character (checksum)', input: { to: typo(bob!.address) }, field: 'to', code: 'bad-address-checksum', message: /checksum does not match/ },
  { name: 'a zero (not Base58)', input: { to: bob!.address.slice(0, -1) + '0' }, field: 'to', code: 'bad-address-char', message: /^"0" cannot be part of an address: Base58 leaves out 0/ },
  { name: 'a capital O (not Base58)', input: { to: 'O' + bob!.address.slice(1) }, field: 'to', code: 'bad-address-char', message: /^"O" cannot be part/ },
  { name: 'a space inside', input: { to: bob!.address.slice(0, 5) + ' ' + bob!.address.slice(5) }, field: 'to', code: 'bad-address-char', message: /^A space cannot be part/ },
  { name: 'a testnet address (wrong version byte)', input: { to: TESTNET }, field: 'to', code: 'bad-address-version', message: /another network: its version byte is 0x6f, this chain's addresses use 0x00/ },
  { name: 'a valid checksum over the wrong length', input: { to: TOO_LONG }, field: 'to', code: 'bad-address-length', message: /decodes to 26 bytes, but an address has 25/ },
  { name: 'empty amount', input: { amount: '' }, field: 'amount', code: 'bad-amount:empty', message: /^Enter an amount\.$/ },
  { name: 'zero amount', input: { amount: '0' }, field: 'amount', code: 'bad-amount:zero', message: /more than zero/ },
  { name: 'zero written with decimals', input: { amount: '0.00000000' }, field: 'amount', code: 'bad-amount:zero', message: /more than zero/ },
  { name: 'negative amount', input: { amount: '-1' }, field: 'amount', code: 'bad-amount:negative', message: /cannot be negative/ },
  { name: 'not a number', input: { amount: 'ten' }, field: 'amount', code: 'bad-amount:not-a-number', message: /must be a number such as 1\.5/ },
  { name: 'exponent notation', input: { amount: '1e3' }, field: 'amount', code: 'bad-amount:not-a-number', message: /must be a number/ },
  { name: 'a comma for the decimal point', input: { amount: '1,5' }, field: 'amount', code: 'bad-amount:not-a-number', message: /must be a number/ },
  { name: 'nine decimals', input: { amount: '0.000000001' }, field: 'amount', code: 'bad-amount:too-many-decimals', message: /only 8 decimal places/ },
  { name: 'more than can ever exist', input: { amount: '21000001' }, field: 'amount', code: 'bad-amount:too-large', message: /21,000,000/ },
  { name: 'more than the balance', input: { amount: '10.5', fee: '0' }, field: 'amount', code: 'insufficient-funds', message: /^This is more than Alice can spend: 10 coins now\.$/ },
  { name: 'the balance plus a fee', input: { amount: '10', fee: '0.0001' }, field: 'amount', code: 'insufficient-funds', message: /^10 coins plus the fee 0\.0001 coins is 10\.0001 coins, more than Alice can spend: 10 coins now\.$/ },
  { name: 'a wallet with nothing', input: { from: bob!.address, to: alice!.address, amount: '1' }, field: 'amount', code: 'insufficient-funds', message: /more than Bob can spend: 0 coins now/ },
  {
    name: 'coins already being spent by the pool',
    input: { from: frank!.address, amount: '1', fee: '0' },
    field: 'amount',
    code: 'coins-locked',
    message: /^Coins already being spent: 2\.5 of Frank's coins are locked by 1 transaction waiting in the pool \(a coin can be spent only once\), so only 0\.49993 coins can be spent now, until it confirms in a block\.$/,
  },
  {
    name: 'coins already being spent, with a fee',
    input: { from: frank!.address, amount: '0.4', fee: '0.1' },
    field: 'amount',
    code: 'coins-locked',
    message: /^Coins already being spent: 0\.4 coins plus the fee 0\.1 coins is 0\.5 coins, but 2\.5 of Frank's coins are locked/,
  },
  { name: 'empty fee', input: { fee: '' }, field: 'fee', code: 'bad-amount:empty', message: /Enter a fee in coins: 0 is allowed/ },
  { name: 'negative fee', input: { fee: '-0.1' }, field: 'fee', code: 'bad-amount:negative', message: /fee cannot be negative/ },
  { name: 'fee not a number', input: { fee: 'cheap' }, field: 'fee', code: 'bad-amount:not-a-number', message: /fee must be a number/ },
  { name: 'fee with nine decimals', input: { fee: '0.000000001' }, field: 'fee', code: 'bad-amount:too-many-decimals', message: /fee has at most 8 decimal places/ },
];

describe('checkSend: every bad entry gets its own problem under its own field', () => {
  it.each(invalid)('$name', (row) => {
    const check = checkSend({ ...good, ...row.input }, CTX);
    expect(check.ok).toBe(false);
    // Only the bad field is flagged: the others are fine in every row.
    expect(Object.keys(check.problems)).toEqual([row.field]);
    const p = check.problems[row.field]!;
    expect(p.field).toBe(row.field);
    expect(p.code).toBe(row.code);
    expect(p.message).toMatch(row.message);
  });

  it('flags several bad fields at once, each with its own sentence', () => {
    const check = checkSend({ from: '', to: 'x0', amount: '-2', fee: 'free' }, CTX);
    expect(Object.keys(check.problems).sort()).toEqual(['amount', 'fee', 'from', 'to']);
    expect(new Set(Object.values(check.problems).map((p) => p.message)).size).toBe(4);
  });
});

describe('checkSend: valid payments', () => {
  const valid: { name: string; input: Partial<SendInput>; amount: number; fee: number }[] = [
    { name: 'a plain payment', input: {}, amount: 150_000_000, fee: 10_000 },
    { name: 'fee 0 is allowed', input: { fee: '0' }, amount: 150_000_000, fee: 0 },
    { name: 'the whole balance with fee 0', input: { amount: '10', fee: '0' }, amount: 10 * COIN, fee: 0 },
    { name: 'the smallest unit', input: { amount: '0.00000001' }, amount: 1, fee: 10_000 },
    { name: 'spaces around the numbers and the address', input: { amount: ' 2 ', fee: ' 0 ', to: ` ${bob!.address} ` }, amount: 2 * COIN, fee: 0 },
    { name: 'sending to itself (Bitcoin allows it)', input: { to: alice!.address }, amount: 150_000_000, fee: 10_000 },
    { name: 'an address the page holds no key for', input: { to: addressFromPubKeyHash(new Uint8Array(20).fill(7)) }, amount: 150_000_000, fee: 10_000 },
    { name: 'exactly what a locked wallet can still spend', input: { from: frank!.address, amount: '0.49993', fee: '0' }, amount: 49_993_000, fee: 0 },
  ];
  it.each(valid)('$name', (row) => {
    const check = checkSend({ ...good, ...row.input }, CTX);
    expect(check.problems).toEqual({});
    expect(check).toMatchObject({ ok: true, amount: row.amount, fee: row.fee });
  });
});

describe('problemFromError maps the system reason codes to fields', () => {
  const rows: { name: string; error: unknown; field: string; code: string }[] = [
    { name: 'address checksum', error: new ValidationError('bad-address-checksum'), field: 'to', code: 'bad-address-checksum' },
    { name: 'address version', error: new PocketError('bad-address-version', 'x', 'to'), field: 'to', code: 'bad-address-version' },
    { name: 'not enough coins', error: new PocketError('insufficient-funds', 'Only 1 coin can be spent now', 'amount'), field: 'amount', code: 'insufficient-funds' },
    { name: 'bad fee', error: new PocketError('bad-amount', 'fee must be…', 'fee'), field: 'fee', code: 'bad-amount' },
    { name: 'bad amount without a field', error: new ValidationError('bad-amount'), field: 'amount', code: 'bad-amount' },
    { name: 'a coin spent meanwhile', error: new PocketError('txn-mempool-conflict', 'already being spent'), field: 'from', code: 'txn-mempool-conflict' },
    { name: 'unknown wallet', error: new PocketError('unknown-wallet', 'No wallet', 'from'), field: 'from', code: 'unknown-wallet' },
    { name: 'a read-only tab', error: new PocketError('read-only', 'another tab'), field: 'form', code: 'read-only' },
    { name: 'a plain Error', error: new Error('boom'), field: 'form', code: 'error' },
  ];
  it.each(rows)('$name', (row) => {
    const p = problemFromError(row.error);
    expect(p.field).toBe(row.field);
    expect(p.code).toBe(row.code);
    expect(p.message).toBe((row.error as Error).message);
  });
});

describe('senderOf', () => {
  it('counts the pool transactions that lock confirmed coins (not those spending pool outputs)', () => {
    const funds = {
      confirmed: 5,
      pending: 0,
      total: 5,
      immature: 0,
      spendable: 1,
      lockedByPool: 4,
      lockingTxids: ['t1', 't2', 't3'],
      coins: [
        { key: 'a:0', txid: 'a', vout: 0, amount: 2, height: 3, coinbase: false, immature: false, spentBy: 't1' },
        { key: 'a:1', txid: 'a', vout: 1, amount: 2, height: 3, coinbase: false, immature: false, spentBy: 't1' },
        { key: 'b:0', txid: 'b', vout: 0, amount: 1, height: 4, coinbase: false, immature: false, spentBy: null },
        { key: 'p:0', txid: 'p', vout: 0, amount: 7, height: null, coinbase: false, immature: false, spentBy: 't3' },
      ],
    } satisfies WalletFunds;
    expect(senderOf('Zoe', 'addr', funds)).toEqual({ address: 'addr', label: 'Zoe', spendable: 1, confirmed: 5, lockedByPool: 4, lockingTxCount: 1, immature: 0 });
  });
});
