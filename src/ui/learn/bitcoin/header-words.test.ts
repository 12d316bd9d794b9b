import { describe, expect, it } from 'vitest';
import { BUNDLED_HEADERS } from '../../../learn/lessons/bitcoin-headers';
import { headerName, headerNote } from './header-words';
import { text } from './text';

describe('the bundled headers’ words', () => {
  it('has every bundled header by its id, its English the same as the data’s', () => {
    expect(Object.keys(text.headers).sort()).toEqual(BUNDLED_HEADERS.map((h) => h.id).sort());
    for (const h of BUNDLED_HEADERS) {
      expect(headerName(h)).toBe(h.name);
      expect(headerNote(h)).toBe(h.note);
    }
  });

  it('falls back to the data’s own words for a header it does not know', () => {
    const unknown = { id: 'block-999', name: 'Block 999', note: 'A note.' };
    expect(headerName(unknown)).toBe('Block 999');
    expect(headerNote(unknown)).toBe('A note.');
  });
});
