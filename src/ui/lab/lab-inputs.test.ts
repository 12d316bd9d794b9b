import { describe, expect, it } from 'vitest';
import { parseDecimal, parseDelays, parseSeed, parseWhole, readForm } from './lab-inputs';

const q = { name: "The attacker's share q", min: 0, max: 0.5, minExclusive: true, maxExclusive: true, example: '0.3' };

describe('lab form fields', () => {
  it('reads a share, with a dot or as a percentage', () => {
    expect(parseDecimal('0.3', q)).toEqual({ ok: true, value: 0.3 });
    expect(parseDecimal(' 30% ', q)).toEqual({ ok: true, value: 0.3 });
    expect(parseDecimal('.25', q)).toEqual({ ok: true, value: 0.25 });
  });

  it.each([
    ['', "Enter The attacker's share q: a number above 0 and below 0.5, like 0.3."],
    ['0,3', "The attacker's share q must be a number (with a dot for decimals), like 0.3."],
    ['0.5', "The attacker's share q must be above 0 and below 0.5, like 0.3."],
    ['0', "The attacker's share q must be above 0 and below 0.5, like 0.3."],
    ['abc', "The attacker's share q must be a number (with a dot for decimals), like 0.3."],
  ])('refuses %j with its sentence', (text, error) => {
    expect(parseDecimal(text, q)).toEqual({ ok: false, error });
  });

  it('reads whole numbers with separators and refuses the rest', () => {
    const trials = { name: 'Trials', min: 1, max: 100_000 };
    expect(parseWhole('3,000', trials)).toEqual({ ok: true, value: 3000 });
    expect(parseWhole('2.5', trials)).toEqual({ ok: false, error: 'Trials must be a whole number from 1 to 100,000.' });
    expect(parseWhole('0', trials)).toEqual({ ok: false, error: 'Trials must be from 1 to 100,000.' });
  });

  it('reads a seed and a list of delays', () => {
    expect(parseSeed(' class 3 ')).toEqual({ ok: true, value: 'class 3' });
    expect(parseSeed('  ').ok).toBe(false);
    expect(parseDelays('0.1, 0.25 0.5')).toEqual({ ok: true, value: [0.1, 0.25, 0.5] });
    expect(parseDelays('0.1, 3')).toEqual({ ok: false, error: 'The delay 3 must be above 0 and at most 2, like 0.25.' });
  });

  it('collects the errors of a whole form by field, or the values when all are good', () => {
    expect(readForm({ a: parseSeed('x'), b: parseWhole('7', { name: 'B', min: 1, max: 9 }) })).toEqual({ values: { a: 'x', b: 7 }, errors: {} });
    const bad = readForm({ a: parseSeed(''), b: parseWhole('7', { name: 'B', min: 1, max: 9 }) });
    expect(bad.values).toBeUndefined();
    expect(Object.keys(bad.errors)).toEqual(['a']);
  });
});
