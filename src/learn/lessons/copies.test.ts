import { describe, expect, it } from 'vitest';
import { blockHash, mineTemplate } from '../../core/index';
import { doneSteps } from '../lesson';
import { COPIES_STEPS, CopiesLesson, copiesFromData, copiesToData } from './copies';

function remineAll(l: CopiesLesson): void {
  for (const b of l.copyBlocks()) {
    if (!l.copyBlocks()[b.height - 1]!.valid) l.applyRemined(b.height, mineTemplate(l.copyBlocks()[b.height - 1]!.template)!.block.header.nonce);
  }
}

describe('lesson 4: many copies', () => {
  it('three nodes hold the same four blocks; Cleo’s copy reproduces them exactly', () => {
    const l = new CopiesLesson('lesson');
    expect(l.net.agreed()).toBe(true);
    expect(l.net.network.node('cleo').chain.height).toBe(4);
    const copy = l.copyBlocks();
    expect(copy.map((b) => b.hash)).toEqual(l.original.map((b) => blockHash(b.header)));
    expect(copy.every((b) => b.valid && !b.changed)).toBe(true);
  });

  it('the whole story: tamper, refused (high-hash), re-mined, equal work keeps first seen, more work wins', () => {
    const l = new CopiesLesson('lesson');
    expect(doneSteps(COPIES_STEPS, l)).toEqual([]);
    l.editCopy(2, 'Bob → Cleo 200');
    expect(l.copyBlocks().map((b) => b.valid)).toEqual([true, false, false, false]);
    expect(doneSteps(COPIES_STEPS, l)).toEqual(['tamper']);

    l.sendCopy();
    expect(l.refusals.map((r) => [r.nodeId, r.code])).toEqual(
      expect.arrayContaining([
        ['ana', 'high-hash'],
        ['ben', 'high-hash'],
      ]),
    );
    expect(l.net.agreed()).toBe(true);
    // Like Bitcoin Core, a peer that sends a block with a bad proof of work is banned.
    expect(l.bans.map((b) => b.nodeId).sort()).toEqual(expect.arrayContaining(['ana', 'ben']));
    expect(doneSteps(COPIES_STEPS, l)).toEqual(['tamper', 'refused']);

    expect(() => l.runCopy()).toThrow(/Block 2 of Cleo’s copy is not valid/);
    remineAll(l);
    expect(doneSteps(COPIES_STEPS, l)).toEqual(['tamper', 'refused', 'remined']);

    l.runCopy();
    const net = l.net.network;
    // Equal work: everyone keeps the chain they saw first; Ana and Ben know Cleo's branch but stay.
    expect(net.node('cleo').chain.isActive(l.copyBlocks()[1]!.hash)).toBe(true);
    expect(net.node('ana').chain.isActive(blockHash(l.original[1]!.header))).toBe(true);
    expect(net.node('ana').chain.tree.has(l.copyBlocks()[3]!.hash)).toBe(true);
    expect(l.net.agreed()).toBe(false);

    l.applyHonestMined(mineTemplate(l.honestTemplate())!.block.header.nonce);
    expect(l.net.agreed()).toBe(true);
    expect(l.cleoBackOnOriginal()).toBe(true);
    expect(doneSteps(COPIES_STEPS, l)).toEqual(['tamper', 'refused', 'remined', 'outworked']);

    const back = copiesFromData(JSON.parse(JSON.stringify(copiesToData(l))), 'lesson');
    expect([...back.net.tips()]).toEqual([...l.net.tips()]);
  });

  it('refuses what cannot be done, with a reason, and changes nothing', () => {
    const l = new CopiesLesson('lesson');
    expect(() => l.sendCopy()).toThrow(/change a block first/);
    expect(() => l.editCopy(5, 'x')).toThrow(/blocks 1 to 4/);
    expect(() => l.editCopy(2, 'x'.repeat(41))).toThrow(/at most 40 bytes/);
    expect(l.actions).toEqual([]);
  });
});
