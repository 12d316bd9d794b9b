import { describe, expect, it } from 'vitest';
import { COIN, bitsToTarget, createWallet, workForBits } from '../../core/index';
import {
  parseBits,
  parseExpectedHashes,
  parseMaxTxs,
  parseReward,
  parseRewardAddress,
  parseWorkers,
} from './mining-inputs';

const LIMIT = 0x207fffff; // the classroom chain's easiest target
const message = (r: { ok: boolean; message?: string }) => (r.ok ? null : r.message);

describe('parseBits', () => {
  it.each([
    ['0x1f00ffff', 0x1f00ffff],
    ['1F00FFFF', 0x1f00ffff],
    ['  0x1d00ffff ', 0x1d00ffff],
    ['0x207fffff', 0x207fffff],
  ])('reads %s', (text, bits) => expect(parseBits(text, LIMIT)).toEqual({ ok: true, value: bits }));
  it.each([
    ['', /Enter the compact target/],
    ['0x1g00ffff', /hexadecimal/],
    ['0x1f00ffff0', /at most 8 hex digits/],
    ['0x1f80ffff', /negative target/],
    ['0xff00ffff', /above 2\^256/],
    ['0x00000000', /target of zero/],
    ['0x2100ffff', /easier than this chain allows: the easiest is 0x207fffff/],
  ])('refuses %j with its own message', (text, re) =>
    expect(message(parseBits(text, LIMIT))).toMatch(re),
  );
});

describe('parseExpectedHashes', () => {
  it('turns expected hashes into bits whose work is that much (rounded to compact form)', () => {
    const r = parseExpectedHashes('65536', LIMIT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 2^256 / 65536 - 1 = 0xffff…: the classroom default 0x1f00ffff is the nearest compact value.
    expect(r.value.bits).toBe(0x1f00ffff);
    expect(r.value.work).toBe(workForBits(0x1f00ffff));
  });
  it.each([['1000000'], ['1,000,000'], ['1e6'], ['1M'], ['1m'], ['1000k']])(
    'reads %s as a million',
    (text) => {
      const r = parseExpectedHashes(text, LIMIT);
      expect(r.ok && r.value.work).toBeGreaterThanOrEqual(1_000_000n);
      expect(r.ok && r.value.work).toBeLessThan(1_000_100n);
    },
  );
  it('reads 2^20 and 1.5M', () => {
    const a = parseExpectedHashes('2^20', LIMIT);
    const b = parseExpectedHashes('1.5M', LIMIT);
    expect(a.ok && Number(a.value.work)).toBeCloseTo(2 ** 20, -2);
    expect(b.ok && Number(b.value.work)).toBeCloseTo(1.5e6, -3);
  });
  it('never gives bits easier than the limit', () => {
    const r = parseExpectedHashes('2', LIMIT);
    expect(r.ok && bitsToTarget(r.value.bits) <= bitsToTarget(LIMIT)).toBe(true);
  });
  it.each([
    ['', /Enter how many hashes/],
    ['lots', /whole number such as/],
    ['1.5', /whole number/],
    ['-5', /whole number/],
    ['1', /at least 2: that is the easiest difficulty this chain allows \(0x207fffff\)/],
    ['1e31', /at most 10\^30/],
  ])('refuses %j', (text, re) => expect(message(parseExpectedHashes(text, LIMIT))).toMatch(re));
});

describe('other fields', () => {
  const wallet = createWallet({ label: 'x', seed: 'mining-inputs', index: 0 });
  it('reward address: any valid address of this chain, each problem named', () => {
    expect(parseRewardAddress(` ${wallet.address} `, 0)).toEqual({
      ok: true,
      value: wallet.address,
    });
    expect(message(parseRewardAddress('', 0))).toMatch(/Choose a wallet or type/);
    expect(
      message(
        parseRewardAddress(
          wallet.address.slice(0, -1) + (wallet.address.endsWith('a') ? 'b' : 'a'),
          0,
        ),
      ),
    ).toMatch(/checksum|bad-address/);
    expect(message(parseRewardAddress('0OIl', 0))).toMatch(/Base58/);
    expect(message(parseRewardAddress(wallet.address, 0x6f))).toMatch(/another network/);
  });
  it('pool transactions: empty means all that fit, else a whole number', () => {
    expect(parseMaxTxs('')).toEqual({ ok: true, value: undefined });
    expect(parseMaxTxs(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseMaxTxs('3')).toEqual({ ok: true, value: 3 });
    expect(message(parseMaxTxs('-1'))).toMatch(/whole number/);
    expect(message(parseMaxTxs('2.5'))).toMatch(/whole number/);
  });
  it('workers: 1 to 64', () => {
    expect(parseWorkers('2')).toEqual({ ok: true, value: 2 });
    expect(message(parseWorkers('0'))).toMatch(/from 1 to 64/);
    expect(message(parseWorkers('65'))).toMatch(/from 1 to 64/);
    expect(message(parseWorkers('two'))).toMatch(/whole number/);
  });
  it('reward: coins typed, zero allowed, at most 1000', () => {
    expect(parseReward('10')).toEqual({ ok: true, value: 10 * COIN });
    expect(parseReward('0')).toEqual({ ok: true, value: 0 });
    expect(parseReward('0.00000001')).toEqual({ ok: true, value: 1 });
    expect(message(parseReward(''))).toMatch(/Enter an amount/);
    expect(message(parseReward('-1'))).toMatch(/negative/);
    expect(message(parseReward('0.000000001'))).toMatch(/8 decimal places/);
    expect(message(parseReward('1000.1'))).toMatch(/at most 1,000 coins/);
  });
});
