import { describe, expect, it } from 'vitest';
import { COIN, CLASSROOM_PARAMS, hashOfBlock, mineTemplate } from '../../../core/index';
import { TestChain, stateFingerprint } from '../../../core/testing';
import { explainBlock } from './block-checks';
import {
  changedChecks,
  isConnectTimeCheck,
  parseTamperValue,
  remineTemplate,
  submitVerdict,
  tamperBlock,
} from './tamper';

function setup(params = undefined as undefined | typeof CLASSROOM_PARAMS) {
  const t = new TestChain(params);
  t.mine();
  t.send(0, 1, 2 * COIN, 1000);
  const block = t.minePool();
  return { t, block, hash: hashOfBlock(block) };
}

const broken = (checks: ReturnType<typeof explainBlock>) =>
  checks.filter((c) => !c.passed).map((c) => `${c.id}:${c.code}`);

describe('tamperBlock', () => {
  it('changing an output amount breaks the merkle root (and what depends on the amount), never the original', () => {
    const { t, block, hash } = setup();
    const before = JSON.stringify(block);
    const copy = tamperBlock(block, { field: 'output', tx: 1, vout: 0, value: 50 * COIN });
    expect(JSON.stringify(block)).toBe(before);
    expect(hashOfBlock(copy)).toBe(hash); // the header did not change
    const checks = explainBlock(t.chain, hash, copy);
    expect(broken(checks)).toEqual(
      expect.arrayContaining(['merkle-root:bad-txnmrklroot', 'tx-1-amounts:bad-txns-in-belowout']),
    );
    const changes = changedChecks(explainBlock(t.chain, hash), checks);
    expect(changes.find((c) => c.id === 'merkle-root')).toMatchObject({
      before: 'pass',
      after: 'fail',
      code: 'bad-txnmrklroot',
    });
  });
  it('recomputing the roots as a cheater would moves the break to the proof of work', () => {
    const { t, block, hash } = setup(CLASSROOM_PARAMS);
    const copy = tamperBlock(
      block,
      { field: 'output', tx: 1, vout: 0, value: 50 * COIN },
      { recomputeRoots: true },
    );
    expect(hashOfBlock(copy)).not.toBe(hash);
    const fails = broken(explainBlock(t.chain, hash, copy));
    expect(fails).not.toContain('merkle-root:bad-txnmrklroot');
    expect(fails).not.toContain('witness:bad-witness-merkle-match');
    expect(fails).toEqual(expect.arrayContaining(['tx-1-amounts:bad-txns-in-belowout']));
  });
  it('a changed nonce or time gives a new hash; time before the median breaks time-mtp', () => {
    const { t, block, hash } = setup();
    const nonce = tamperBlock(block, { field: 'nonce', value: (block.header.nonce + 1) >>> 0 });
    expect(hashOfBlock(nonce)).not.toBe(hash);
    const time = tamperBlock(block, { field: 'time', value: 1 });
    expect(broken(explainBlock(t.chain, hash, time))).toContain('time-mtp:time-too-old');
  });
  it('checks the edit', () => {
    const { block } = setup();
    expect(() => tamperBlock(block, { field: 'output', tx: 9, vout: 0, value: 1 })).toThrow(
      /edit.tx/,
    );
    expect(() => tamperBlock(block, { field: 'output', tx: 1, vout: 9, value: 1 })).toThrow(
      /edit.vout/,
    );
    expect(() => tamperBlock(block, { field: 'nonce', value: 2 ** 32 })).toThrow(/32 bits/);
    expect(() => tamperBlock(block, { field: 'nonce', value: -1 })).toThrow(RangeError);
  });
  it('a submitted tampered copy is refused with its reason code and changes nothing', () => {
    // At the classroom difficulty (regtest accepts every other hash, so a fixed-up copy may pass its proof of work).
    const { t, block } = setup(CLASSROOM_PARAMS);
    const before = stateFingerprint(t.chain);
    const r = t.chain.processBlock(
      tamperBlock(block, { field: 'output', tx: 1, vout: 0, value: 50 * COIN }),
    );
    expect(r.accepted).toBe(false);
    expect(r.code).toBe('duplicate'); // same header as the block the node has
    const r2 = t.chain.processBlock(
      tamperBlock(
        block,
        { field: 'output', tx: 1, vout: 0, value: 50 * COIN },
        { recomputeRoots: true },
      ),
    );
    expect(r2.accepted).toBe(false);
    expect(r2.code).toBe('high-hash');
    expect(stateFingerprint(t.chain)).toBe(before);
  });
});

describe('parseTamperValue', () => {
  it('reads nonce and time as u32, amounts in coins', () => {
    expect(parseTamperValue('nonce', '42')).toEqual({ ok: true, value: 42 });
    expect(parseTamperValue('time', '4294967295')).toEqual({ ok: true, value: 0xffffffff });
    expect(parseTamperValue('output', '1.5')).toEqual({ ok: true, value: 1.5 * COIN });
    expect(parseTamperValue('output', '0')).toEqual({ ok: true, value: 0 });
  });
  it.each([
    ['nonce', '', 'not-whole'],
    ['nonce', '4294967296', 'over-32-bits'],
    ['time', '-3', 'not-whole'],
    ['time', '1.5', 'not-whole'],
    ['output', 'abc', 'not-a-number'],
    ['output', '1.123456789', 'too-many-decimals'],
    ['output', '-1', 'negative'],
  ] as const)('%s %j is refused as %s', (field, text, problem) => {
    const r = parseTamperValue(field, text);
    expect(r.ok ? null : r.problem).toBe(problem);
  });
});

describe('redoing the proof of work and submitting', () => {
  it('a re-mined copy with a changed output is refused for its merkle root, and changes nothing', () => {
    const { t, block, hash } = setup(CLASSROOM_PARAMS);
    const copy = tamperBlock(block, { field: 'output', tx: 1, vout: 0, value: 50 * COIN });
    const mined = mineTemplate(remineTemplate(copy, 2))!.block;
    expect(mined.txs).toBe(copy.txs);
    expect(mined.header.merkleRoot).toBe(block.header.merkleRoot);
    const checks = explainBlock(t.chain, hash, mined);
    expect(checks.find((c) => c.id === 'pow')!.passed).toBe(true);
    const verdict = submitVerdict(hash, hashOfBlock(mined), checks);
    expect(verdict).toEqual({ canSubmit: true, expected: 'bad-txnmrklroot' });
    const before = stateFingerprint(t.chain);
    const r = t.chain.processBlock(mined);
    expect(r.code).toBe('bad-txnmrklroot');
    expect(stateFingerprint(t.chain)).toBe(before);
  });
  it('does not submit a copy a node would store as a side branch, nor a valid competitor', () => {
    const { t, block, hash } = setup(CLASSROOM_PARAMS);
    const cheat = mineTemplate(
      remineTemplate(
        tamperBlock(
          block,
          { field: 'output', tx: 1, vout: 0, value: 50 * COIN },
          { recomputeRoots: true },
        ),
        2,
      ),
    )!.block;
    const v1 = submitVerdict(hash, hashOfBlock(cheat), explainBlock(t.chain, hash, cheat));
    expect(v1.canSubmit).toBe(false);
    expect(!v1.canSubmit && v1.reason).toBe('side-branch');
    const competitor = mineTemplate(
      remineTemplate(tamperBlock(block, { field: 'time', value: block.header.time + 1 }), 2),
    )!.block;
    const v2 = submitVerdict(
      hash,
      hashOfBlock(competitor),
      explainBlock(t.chain, hash, competitor),
    );
    expect(!v2.canSubmit && v2.reason).toBe('competitor');
  });
  it('the same header is a duplicate; connect-time checks are named', () => {
    expect(submitVerdict('a'.repeat(64), 'a'.repeat(64), [])).toEqual({
      canSubmit: true,
      expected: 'duplicate',
    });
    expect(
      ['tx-3-signatures', 'tx-1-amounts', 'tx-2-inputs', 'coinbase-amount', 'inputs'].every(
        isConnectTimeCheck,
      ),
    ).toBe(true);
    expect(['merkle-root', 'pow', 'tx-1-form', 'witness'].some(isConnectTimeCheck)).toBe(false);
  });
});
