/** Wallets and payments: deterministic keys, coin selection, change, signatures, refusals. */
import { describe, expect, it } from 'vitest';
import { createWallet, buildPayment, walletFromPrivateKey } from './wallet';
import { decodeAddress } from './address';
import { COIN } from './amount';
import { TestChain } from './testing';
import { spendableCoins } from './balance';
import { ValidationError } from './errors';

describe('wallets', () => {
  it('the same seed and index give the same keys; others differ', () => {
    const a = createWallet({ seed: 'class-1', index: 0 });
    expect(createWallet({ seed: 'class-1', index: 0 })).toEqual(a);
    expect(createWallet({ seed: 'class-1', index: 1 }).address).not.toBe(a.address);
    expect(createWallet({ seed: 'class-2', index: 0 }).address).not.toBe(a.address);
  });
  it('fresh wallets come from the CSPRNG and have valid addresses and compressed keys', () => {
    const a = createWallet();
    const b = createWallet();
    expect(a.privateKey).not.toBe(b.privateKey);
    expect(a.publicKey).toMatch(/^0[23][0-9a-f]{64}$/);
    expect(decodeAddress(a.address)).toHaveLength(20);
    expect(walletFromPrivateKey(a.privateKey).address).toBe(a.address);
  });
  it('refuses a bad private key', () => {
    expect(() => walletFromPrivateKey('00'.repeat(32))).toThrow(/privateKey/);
  });
});

describe('payments', () => {
  const t = new TestChain();
  t.mine();
  t.mine();
  const w0 = t.wallets[0]!;
  const coins = spendableCoins(t.chain, w0.address);

  it('chooses the largest coins first, pays the amount and returns the change', () => {
    const p = buildPayment({ from: w0, to: t.wallets[1]!.address, amount: 15 * COIN, fee: 1000, coins });
    expect(p.chosen).toHaveLength(2);
    expect(p.tx.outputs).toEqual([
      { amount: 15 * COIN, address: t.wallets[1]!.address },
      { amount: 5 * COIN - 1000, address: w0.address },
    ]);
    expect(t.chain.acceptTransaction(p.tx).accepted).toBe(true);
  });
  it.each([
    ['more than the balance', 31 * COIN, 0, 'insufficient-funds'],
    ['a zero amount', 0, 0, 'bad-amount'],
    ['a negative fee', COIN, -1, 'bad-amount'],
    ['a fractional amount', 1.5, 0, 'bad-amount'],
  ])('refuses %s', (_n, amount, fee, code) => {
    let err: unknown;
    try {
      buildPayment({ from: w0, to: t.wallets[1]!.address, amount, fee, coins });
    } catch (e) {
      err = e;
    }
    expect((err as ValidationError).code).toBe(code);
  });
  it('refuses a bad destination address with the address reason', () => {
    expect(() => buildPayment({ from: w0, to: w0.address.slice(0, -1) + '0', amount: COIN, fee: 0, coins })).toThrow(/Base58/);
  });
});
