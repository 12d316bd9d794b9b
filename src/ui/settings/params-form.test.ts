import { describe, expect, it } from 'vitest';
import { BITCOIN_PARAMS, CLASSROOM_PARAMS, COIN, REGTEST_PARAMS, withOverride } from '../../core/index';
import { describeParams, genesisWorkHint, readParamsForm, valuesFromParams, type ParamValues } from './params-form';

const classroom = valuesFromParams(CLASSROOM_PARAMS);

function errorsOf(values: Partial<ParamValues>, seed = 'class', preset: 'classroom' | 'bitcoin' | 'simulation' = 'classroom') {
  const r = readParamsForm({ ...classroom, ...values }, seed, preset);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('valuesFromParams / readParamsForm round trip', () => {
  it('the classroom values read back as the classroom preset itself', () => {
    expect(classroom).toEqual({
      initialReward: '10',
      halvingInterval: '210',
      targetSpacing: '10',
      retargetInterval: '20',
      genesisBits: '0x1f00ffff',
      coinbaseMaturity: '1',
      maxBlockSize: '1000000',
    });
    const r = readParamsForm(classroom, ' my class ', 'classroom');
    expect(r).toEqual({ ok: true, params: { ...CLASSROOM_PARAMS, overrides: [] }, seed: 'my class' });
  });

  it('edited values make a custom chain; separators and bare hex are accepted', () => {
    const r = readParamsForm({ ...classroom, initialReward: '2.5', halvingInterval: '1,000', genesisBits: '1f0fffff' }, 's', 'classroom');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.params).toMatchObject({ name: 'custom', initialReward: 2.5 * COIN, halvingInterval: 1000, genesisBits: 0x1f0fffff, powLimitBits: CLASSROOM_PARAMS.powLimitBits });
    }
  });

  it('the running chain is shown without its overrides', () => {
    expect(valuesFromParams(withOverride(REGTEST_PARAMS, { height: 4, bits: 0x1f00ffff })).genesisBits).toBe('0x207fffff');
  });
});

describe('every bad field has its own message naming it, all at once', () => {
  it.each<[keyof ParamValues, string, RegExp]>([
    ['initialReward', '-1', /^Initial reward \(coins\): The amount cannot be negative/],
    ['initialReward', '1.123456789', /^Initial reward \(coins\): A coin has only 8 decimal places/],
    ['initialReward', 'ten', /^Initial reward \(coins\): The amount must be a number/],
    ['halvingInterval', '-5', /^Halving interval \(blocks\): "-5" is not a whole number of blocks/],
    ['targetSpacing', '0', /^Target spacing \(s\): must be from 1 to 86,400, not 0/],
    ['retargetInterval', '2.5', /^Retarget interval \(blocks\): "2.5" is not a whole number/],
    ['coinbaseMaturity', '1001', /^Coinbase maturity \(blocks\): must be from 0 to 1,000, not 1,001/],
    ['maxBlockSize', '999', /^Max block size \(bytes\): must be from 1,000 to 32,000,000/],
    ['maxBlockSize', '', /^Max block size \(bytes\): enter a whole number of bytes/],
    ['genesisBits', 'xyz', /^Genesis difficulty \(compact bits\): enter up to 8 hex digits/],
    ['genesisBits', '0x1f000000', /target of zero/],
  ])('%s = %j', (key, text, message) => {
    const errors = errorsOf({ [key]: text });
    expect(Object.keys(errors)).toEqual([key]);
    expect(errors[key]).toMatch(message);
  });

  it('several bad fields and an empty seed are all reported', () => {
    const errors = errorsOf({ targetSpacing: '', coinbaseMaturity: 'x' }, '  ');
    expect(Object.keys(errors).sort()).toEqual(['coinbaseMaturity', 'seed', 'targetSpacing']);
    expect(errors.seed).toMatch(/^Seed: /);
  });

  it("Bitcoin's real genesis difficulty is refused under the genesis field, saying why", () => {
    const errors = errorsOf({ genesisBits: '0x1d00ffff' }, 's', 'bitcoin');
    expect(errors.genesisBits).toMatch(/^Genesis difficulty \(compact bits\): The genesis difficulty 0x1d00ffff needs about 4,295,032,833 hashes per block/);
    expect(errors.genesisBits).toMatch(/0x1e0fffff or an easier target/);
  });

  it('a genesis easier than the preset\u2019s proof-of-work limit is refused', () => {
    expect(errorsOf({ genesisBits: '0x2100ffff' }).genesisBits).toMatch(/easier than the proof-of-work limit 0x207fffff/);
  });
});

describe('hints and descriptions', () => {
  it('genesisWorkHint gives the expected hashes, or nothing for bad text', () => {
    expect(genesisWorkHint('0x1f00ffff')).toBe('About 65,537 hashes per block.');
    expect(genesisWorkHint('0x1d00ffff')).toBe('About 4,295,032,833 hashes per block.');
    expect(genesisWorkHint('zz')).toBe('');
  });
  it('describeParams names the preset or says custom', () => {
    expect(describeParams(CLASSROOM_PARAMS)).toMatch(/^Classroom \(real proof of work\): 10-coin reward \(halves every 210 blocks\), a block every 10 s/);
    expect(describeParams({ ...BITCOIN_PARAMS, name: 'mainnet' })).toMatch(/^custom \(mainnet\): 50-coin reward/);
    expect(describeParams(REGTEST_PARAMS)).toMatch(/fixed difficulty/);
  });
});
