import { describe, expect, it } from 'vitest';
import { COIN, REJECT_CODES, hashOfBlock } from '../../../core/index';
import type { BlockCheck } from '../../../core/block-report';
import { TestChain, buildBlockOn } from '../../../core/testing';
import { paidAndSideBlocks } from './checked-blocks.fixture';
import { followLanguage, loadAreas } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/locales';
import { explainBlock } from './block-checks';
import { tamperBlock } from './tamper';
import { checkDetail, checkLabel, reasonMessage, reasonSentence } from './check-words';

let language: Language = 'en';
followLanguage(
  () => language,
  () => {},
);
const number = (n: number) => formatNumber(language, n);

/** Every kind of check core's report gives: a block with a payment, the genesis, a side branch, an orphan. */
function allKindsOfChecks(): BlockCheck[] {
  const { t, paid, side } = paidAndSideBlocks();
  const orphanParent = buildBlockOn(t.chain, t.chain.tip.hash, { message: 'parent' });
  const orphan = buildBlockOn(t.chain, t.chain.tip.hash, { message: 'orphan' });
  const orphanChecks = explainBlock(t.chain, hashOfBlock(orphan), { ...orphan, header: { ...orphan.header, prevHash: hashOfBlock(orphanParent) } });
  return [
    ...explainBlock(t.chain, hashOfBlock(paid)),
    ...explainBlock(t.chain, t.chain.genesis.hash),
    ...explainBlock(t.chain, hashOfBlock(side)),
    ...orphanChecks,
  ];
}

describe('check labels in the page language', () => {
  const checks = allKindsOfChecks();

  it('covers every kind of check (the ids the report gives)', () => {
    const kinds = new Set(checks.map((c) => c.id.replace(/^tx-\d+-/, 'tx-N-')));
    expect([...kinds].sort()).toEqual(
      [
        'header-size', 'pow', 'not-empty', 'merkle-root', 'no-mutation', 'size', 'coinbase-first', 'tx-N-form', 'witness',
        'parent', 'genesis', 'bits', 'time-mtp', 'time-future', 'coinbase-height', 'inputs', 'tx-N-inputs', 'tx-N-amounts',
        'tx-N-signatures', 'coinbase-amount',
      ].sort(),
    );
  });

  it("in English, each label is core's own sentence", () => {
    language = 'en';
    for (const c of checks) expect(checkLabel(c, number)).toBe(c.label);
  });

  it('in German, no label is left in English, and the numbers are the rule’s, written the German way', async () => {
    await loadAreas('de');
    language = 'de';
    for (const c of checks) {
      const said = checkLabel(c, number);
      expect(said, c.id).not.toBe(c.label);
      expect(said.length, c.id).toBeGreaterThan(10);
    }
    const size = checks.find((c) => c.id === 'size')!;
    expect(checkLabel(size, number)).toBe('Der Block hat höchstens 1.000.000 Bytes');
    const extends1 = checks.find((c) => c.id === 'parent' && c.passed)!;
    expect(extends1.label).toBe('It extends block 1');
    expect(checkLabel(extends1, number)).toBe('Er setzt Block 1 fort');
    const unknownParent = checks.find((c) => c.id === 'parent' && !c.passed)!;
    expect(checkLabel(unknownParent, number)).toBe('Der Elternblock ist bekannt');
    expect(checkLabel(checks.find((c) => c.id === 'tx-1-signatures')!, number)).toMatch(/^Transaktion 1 ist vom Besitzer/);
    language = 'en';
  });

  it('in Chinese and Spanish too, every label is translated', async () => {
    for (const other of ['zh-CN', 'es'] as const) {
      await loadAreas(other);
      language = other;
      for (const c of checks) expect(checkLabel(c, number), `${other} ${c.id}`).not.toBe(c.label);
    }
    language = 'en';
  });

  it('an unknown check id keeps core’s English label rather than showing nothing', async () => {
    await loadAreas('de');
    language = 'de';
    expect(checkLabel({ id: 'new-rule', label: 'A rule added later', passed: true }, number)).toBe('A rule added later');
    language = 'en';
  });
});

describe('reason sentences', () => {
  it("replace core's English sentence and keep the values in brackets; the code itself is not translated", async () => {
    const t = new TestChain();
    t.mine();
    const block = t.mine();
    const hash = hashOfBlock(block);
    const copy = tamperBlock(block, { field: 'output', tx: 0, vout: 0, value: 1 * COIN });
    const failed = explainBlock(t.chain, hash, copy).find((c) => c.code === 'bad-txnmrklroot')!;
    expect(failed.detail.startsWith(REJECT_CODES['bad-txnmrklroot'])).toBe(true);

    language = 'en';
    expect(checkDetail(failed)).toBe(failed.detail);
    await loadAreas('es');
    language = 'es';
    const said = checkDetail(failed);
    expect(said.startsWith('La raíz de Merkle de la cabecera no coincide con las transacciones.')).toBe(true);
    expect(said.endsWith(failed.detail.slice(REJECT_CODES['bad-txnmrklroot'].length))).toBe(true);
    expect(reasonSentence('no-such-code')).toBe('no-such-code');
    expect(reasonMessage('high-hash', 'something else entirely')).toBe('something else entirely');
    language = 'en';
  });

  it('every reason code has a sentence in each language, none left in English', async () => {
    for (const other of ['es', 'de', 'zh-CN'] as const) {
      await loadAreas(other);
      language = other;
      for (const [code, english] of Object.entries(REJECT_CODES)) {
        const said = reasonSentence(code);
        expect(said, `${other} ${code}`).not.toBe(english);
        expect(said.length).toBeGreaterThan(5);
      }
    }
    language = 'en';
  });
});
