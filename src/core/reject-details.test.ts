import { describe, expect, it } from 'vitest';
import { REJECT_DETAILS, readRejectDetail, rejectDetail, type RejectDetailKey } from './reject-details';
import { decodeAddress } from './address';
import { ValidationError } from './errors';

/** Sample values for a template: each slot gets a value that names it, with spaces and punctuation to test the reading. */
function samples(key: RejectDetailKey): Record<string, string> {
  const slots = [...REJECT_DETAILS[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return Object.fromEntries(slots.map((s, i) => [s, i % 2 ? `1.5 ${s}` : `${s}-${i}`]));
}

describe('reject details: written from a template, read back from it', () => {
  for (const key of Object.keys(REJECT_DETAILS) as RejectDetailKey[]) {
    it(`${key}: the values come back out of the English detail`, () => {
      const values = samples(key);
      const detail = rejectDetail(key, values as never);
      expect(readRejectDetail(detail)).toEqual({ key, values });
    });
  }

  it('reads the detail of a real rejection, and not a detail written otherwise', () => {
    let e: ValidationError | undefined;
    try {
      decodeAddress('1BoatSLRHtKNngkdXEeobR76b53LETtpyT0', 0);
    } catch (x) {
      e = x as ValidationError;
    }
    expect(e?.code).toBe('bad-address-char');
    expect(readRejectDetail(e!.detail!)).toEqual({ key: 'addressChar', values: { char: '0' } });
    expect(readRejectDetail('input 3: the coin belongs to 1abc')).toEqual({ key: 'wrongKey', values: { input: '3', address: '1abc' } });
    expect(readRejectDetail('input 3')).toEqual({ key: 'input', values: { input: '3' } });
    expect(readRejectDetail('header 1a2b, computed 3c4d')).toBeNull();
  });
});
