import { describe, expect, it } from 'vitest';
import { CLASSROOM_PARAMS, createWallet } from '../../core/index';
import { parseMinerForm } from './miner-form';

const version = CLASSROOM_PARAMS.addressVersion;
const address = createWallet({
  label: 'm',
  seed: 'miner-form',
  index: 0,
  addressVersion: version,
}).address;
/** A good address of another network (version 0x6f). */
const foreign = createWallet({
  label: 't',
  seed: 'miner-form',
  index: 1,
  addressVersion: 0x6f,
}).address;

describe('parseMinerForm', () => {
  it('accepts a wallet address and a positive share', () => {
    expect(parseMinerForm({ address: ` ${address} `, share: '0.25' }, version)).toEqual({
      ok: true,
      value: { address, hashShare: 0.25 },
    });
    expect(parseMinerForm({ address, share: '100' }, version)).toEqual({
      ok: true,
      value: { address, hashShare: 100 },
    });
  });

  it.each<[string, string, 'address' | 'share', RegExp]>([
    ['', '1', 'address', /Choose the wallet/],
    [foreign, '1', 'address', /Not a valid address.*\[bad-address-version\]/],
    [
      address.slice(0, -1) + (address.endsWith('a') ? 'b' : 'a'),
      '1',
      'address',
      /bad-address-checksum/,
    ],
    ['O0Il', '1', 'address', /bad-address-char/],
    [address, '', 'share', /Enter the hash share/],
    [address, 'lots', 'share', /plain positive number/],
    [address, '-1', 'share', /plain positive number/],
    [address, '0', 'share', /above 0/],
    [address, '101', 'share', /at most 100/],
  ])('refuses address %j share %j under %s', (a, share, field, message) => {
    const r = parseMinerForm({ address: a, share }, version);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toEqual([field]);
    expect(r.errors[field]).toMatch(message);
  });

  it('checks its arguments', () => {
    expect(() => parseMinerForm(null as never, version)).toThrow(TypeError);
    expect(() => parseMinerForm({ address, share: '1' }, 300)).toThrow(RangeError);
  });
});
