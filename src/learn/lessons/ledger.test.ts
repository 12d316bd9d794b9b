import { describe, expect, it } from 'vitest';
import { checkBlock, mineTemplate, CLASSROOM_PARAMS } from '../../core/index';
import { doneSteps } from '../lesson';
import {
  BLOCK_STEPS, CHAIN_STEPS, LEDGER_START, LEDGER_ZERO_HASH, applyMined, ledgerBlocks, ledgerFromData, ledgerTemplate, ledgerToData, setData, setNonce, startLedger,
  type LedgerState,
} from './ledger';

/** Mines block `index` as it is now with core's reference search. */
function mine(s: LedgerState, index: number): LedgerState {
  const m = mineTemplate(ledgerBlocks(s)[index]!.template)!;
  return applyMined(s, index, m.block.header.nonce, m.hashes);
}

describe('lessons 2 and 3: a block and a chain', () => {
  it('starts with five valid blocks, each nonce the first that works (so a class sees the same hashes)', () => {
    const blocks = ledgerBlocks(startLedger(5));
    expect(blocks.map((b) => b.valid)).toEqual([true, true, true, true, true]);
    let prev = LEDGER_ZERO_HASH;
    LEDGER_START.forEach((e, i) => {
      expect(blocks[i]!.prevHash).toBe(prev);
      expect(mineTemplate(ledgerTemplate(i + 1, prev, e.data))!.block.header.nonce).toBe(e.nonce);
      expect(blocks[i]!.hash.startsWith('0000')).toBe(true);
      prev = blocks[i]!.hash;
    });
  });

  it('builds real blocks: the core accepts their structure and the data is in the coinbase', () => {
    const b = ledgerBlocks(startLedger(1))[0]!;
    const block = { header: { ...b.template.block.header, nonce: b.nonce }, txs: b.template.block.txs };
    expect(() => checkBlock(block, { ...CLASSROOM_PARAMS, powLimitBits: 0x1f00ffff })).not.toThrow();
  });

  it('editing block 2 breaks blocks 2 to 5 through their previous-hash links', () => {
    const s = setData(startLedger(5), 1, 'Bob → Carol 200');
    const blocks = ledgerBlocks(s);
    expect(blocks.map((b) => b.valid)).toEqual([true, false, false, false, false]);
    expect(blocks[2]!.prevHash).toBe(blocks[1]!.hash);
  });

  it('ticks the block lesson: edit -> invalid, mine -> valid, a nonce typed by hand', () => {
    let s = startLedger(1);
    expect(doneSteps(BLOCK_STEPS, s)).toEqual([]);
    s = setData(s, 0, 'Alice → Bob 500');
    expect(doneSteps(BLOCK_STEPS, s)).toEqual(['edit']);
    s = mine(s, 0);
    expect(doneSteps(BLOCK_STEPS, s)).toEqual(['mine']);
    expect(s.tries[0]).toBeGreaterThan(0);
    s = setNonce(s, 0, 12345);
    expect(doneSteps(BLOCK_STEPS, s)).toContain('guess');
  });

  it('ticks the chain lesson as block 2, then every block, is re-mined', () => {
    let s = setData(startLedger(5), 1, 'Bob → Carol 200');
    expect(doneSteps(CHAIN_STEPS, s)).toEqual(['edit']);
    s = mine(s, 1);
    expect(doneSteps(CHAIN_STEPS, s)).toEqual(['remine-2']);
    expect(ledgerBlocks(s)[2]!.valid).toBe(false);
    for (const i of [2, 3, 4]) s = mine(s, i);
    expect(doneSteps(CHAIN_STEPS, s)).toEqual(['remine-2', 'remine-all']);
    expect(s.mined).toEqual([0, 1, 1, 1, 1]);
  });

  it('refuses a nonce that does not make the block valid, data over 40 bytes and a bad nonce, by name', () => {
    const s = setData(startLedger(1), 0, 'changed');
    expect(() => applyMined(s, 0, 1, 1)).toThrow(/Nonce 1 does not make block 1 valid/);
    expect(() => setData(s, 0, 'é'.repeat(21))).toThrow(/at most 40 bytes here; this is 42/);
    expect(() => setNonce(s, 0, -1)).toThrow(/nonce is a whole number/);
    expect(() => setNonce(s, 0, 2 ** 32)).toThrow(/nonce is a whole number/);
  });

  it('shares and restores its state, refusing a wrong shape', () => {
    const s = mine(setData(startLedger(5), 1, 'x'), 1);
    const restored = ledgerFromData(JSON.parse(JSON.stringify(ledgerToData(s))), 5);
    expect(restored).toEqual(s);
    expect(ledgerBlocks(restored).map((b) => b.hash)).toEqual(ledgerBlocks(s).map((b) => b.hash));
    expect(() => ledgerFromData(ledgerToData(s), 1)).toThrow(/more than 1 entries/);
    expect(() => ledgerFromData({ ...ledgerToData(s), entries: [] }, 5)).toThrow(/has 5 blocks; the shared state has 0/);
  });
});
