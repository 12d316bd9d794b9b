import { describe, expect, it } from 'vitest';
import { hashOfBlock } from '../../../core/index';
import type { BlockCheck } from '../../../core/block-report';
import { paidAndSideBlocks } from './checked-blocks.fixture';
import { followLanguage, loadAreas } from '../../i18n/area-text';
import { formatAmount, formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/locales';
import { explainBlock } from './block-checks';
import { plainDetail } from './check-details';

let language: Language = 'en';
followLanguage(
  () => language,
  () => {},
);
const formats = () => ({ number: (n: number) => formatNumber(language, n), amount: (u: number) => formatAmount(language, u) });

/** Core's real report: a block with a payment (fee 1,000 units), and a side block whose inputs cannot be checked. */
function checksWithoutCode(): BlockCheck[] {
  const { t, paid, side } = paidAndSideBlocks();
  return [...explainBlock(t.chain, hashOfBlock(paid)), ...explainBlock(t.chain, hashOfBlock(side))].filter((c) => !c.code);
}

/** Core's English words (Spanish writes "bytes" too). */
const english = (code: Language) =>
  new RegExp(`\\b(${code === 'es' ? '' : 'bytes|'}transactions?|every|unique|coinbase is|in, \\d+ out|ahead|height|validated|spends|worth|fee|signatures?|valid|pays|reward|fees)\\b`);

describe('what a block check found, in the page language', () => {
  const checks = checksWithoutCode();
  const shaped = checks.filter((c) => !['merkle-root', 'witness', 'parent', 'bits', 'time-mtp'].includes(c.id));

  it("says in English exactly what core wrote: every shape this page reads is core's own", () => {
    language = 'en';
    expect(shaped.length).toBeGreaterThanOrEqual(15);
    // Core writes "1 transactions"; the page's English says it right.
    for (const c of checks) expect(plainDetail(c, formats()), c.id).toBe(c.detail.replace(/^1 transactions$/, '1 transaction'));
  });

  it.each(['de', 'es', 'zh-CN'] as const)('%s: no English word left in any of them, numbers and amounts kept', async (code) => {
    await loadAreas(code);
    language = code;
    for (const c of shaped) {
      const said = plainDetail(c, formats());
      expect(said.replace(/[0-9a-f]{64}/g, ''), `${c.id}: ${said}`).not.toMatch(english(code));
    }
    const fee = checks.find((c) => c.id === 'tx-1-amounts')!;
    expect(fee.detail).toBe('fee 0.00001');
    expect(plainDetail(fee, formats())).toContain(formatAmount(code, 1000));
    // Hashes, targets and dates are not words: they stay.
    const pow = checks.find((c) => c.id === 'pow')!;
    for (const hex of pow.detail.match(/[0-9a-f]{64}/g)!) expect(plainDetail(pow, formats())).toContain(hex);
    language = 'en';
  });

  it('a detail of a shape it does not know stays as core wrote it', () => {
    language = 'de';
    expect(plainDetail({ id: 'time-future', detail: 'something new' }, formats())).toBe('something new');
    expect(plainDetail({ id: 'a-new-check', detail: '3 things' }, formats())).toBe('3 things');
    language = 'en';
  });
});
