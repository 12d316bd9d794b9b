import { describe, expect, it } from 'vitest';
import { raceCsv, toCsv } from './csv';
import { planDoubleSpendRace, summariseDoubleSpendRace } from './race-plan';

describe('CSV', () => {
  it('quotes only what needs quoting and ends lines with CRLF (RFC 4180)', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [true, 'say "hi"'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\ntrue,"say ""hi"""\r\n');
  });

  it('writes one row per race point with its interval and the three theories', () => {
    const plan = planDoubleSpendRace({ q: 0.1, z: 2, trials: 100, seed: 'a, b' });
    const csv = raceCsv([
      summariseDoubleSpendRace(plan, [{ trials: 100, successes: 3, blocks: 900 }]),
    ]);
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header!.split(',')).toContain('whitepaper');
    const cells = row!.split(',');
    expect(cells.slice(0, 6)).toEqual(['0.1', '2', '0', '100', '3', '0.03']);
    expect(Number(cells[8])).toBeCloseTo(plan.theory.exact, 12);
    expect(row!.endsWith('"a, b"')).toBe(true);
  });
});
