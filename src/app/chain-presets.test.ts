import { describe, expect, it } from 'vitest';
import { BITCOIN_PARAMS, CLASSROOM_PARAMS, REGTEST_PARAMS, withOverride } from '../core/index';
import { CHAIN_PRESETS, HARDEST_GENESIS_BITS, MAX_GENESIS_WORK, chainPreset, checkNewChainParams, expectedHashes, presetOf } from './chain-presets';
import { PocketError } from './errors';

function refusal(fn: () => unknown): PocketError {
  try {
    fn();
  } catch (e) {
    return e as PocketError;
  }
  throw new Error('expected a refusal');
}

describe('chain presets', () => {
  it('every preset passes the new-chain check and is recognised', () => {
    for (const p of CHAIN_PRESETS) {
      expect(checkNewChainParams(p.params)).toBe(p.params);
      expect(presetOf(p.params)).toBe(p.id);
    }
    expect(presetOf({ ...CLASSROOM_PARAMS, initialReward: 1 })).toBeNull();
    // Overrides and the name do not make a chain custom.
    expect(presetOf(withOverride(CLASSROOM_PARAMS, { height: 5, bits: 0x1f00ffff }))).toBe('classroom');
  });

  it("the Bitcoin preset has Bitcoin's values except the genesis difficulty", () => {
    const p = chainPreset('bitcoin').params;
    for (const k of ['initialReward', 'halvingInterval', 'targetSpacing', 'retargetInterval', 'coinbaseMaturity', 'maxBlockSize', 'addressVersion'] as const) {
      expect(p[k]).toBe(BITCOIN_PARAMS[k]);
    }
    expect(p.genesisBits).toBe(CLASSROOM_PARAMS.genesisBits);
    expect(chainPreset('simulation').params).toBe(REGTEST_PARAMS);
    expect(() => chainPreset('nope' as never)).toThrow(RangeError);
  });

  it('expected hashes are Bitcoin work: 2^256 / (target + 1)', () => {
    expect(expectedHashes(0x1d00ffff)).toBe(4295032833n); // Bitcoin's genesis block: chainwork 0x100010001
    expect(expectedHashes(0x1f00ffff)).toBe(65537n);
    expect(MAX_GENESIS_WORK).toBe(expectedHashes(HARDEST_GENESIS_BITS));
    expect(MAX_GENESIS_WORK > 2n ** 20n && MAX_GENESIS_WORK < 2n ** 20n + 8n).toBe(true);
  });

  it('the hardest allowed genesis passes; one step harder is refused with a sentence naming genesisBits', () => {
    const ok = { ...CLASSROOM_PARAMS, genesisBits: HARDEST_GENESIS_BITS };
    expect(checkNewChainParams(ok)).toBe(ok);
    const err = refusal(() => checkNewChainParams({ ...CLASSROOM_PARAMS, genesisBits: 0x1e0ffffe }));
    expect(err.field).toBe('genesisBits');
    expect(err.message).toMatch(/0x1e0ffffe needs about 1,048,5\d\d hashes per block/);
  });

  it('names the first bad field and refuses overrides and non-objects', () => {
    expect(refusal(() => checkNewChainParams({ ...CLASSROOM_PARAMS, halvingInterval: -1 })).field).toBe('halvingInterval');
    expect(refusal(() => checkNewChainParams({ ...CLASSROOM_PARAMS, retargetInterval: 0.5 })).field).toBe('retargetInterval');
    expect(refusal(() => checkNewChainParams(withOverride(CLASSROOM_PARAMS, { height: 3, reward: 1 }))).field).toBe('overrides');
    expect(refusal(() => checkNewChainParams(null as never)).field).toBe('params');
  });
});
