import { describe, expect, it } from 'vitest';
import { copyMessage, copyText } from './clipboard';

describe('copyText', () => {
  it('writes the text through the clipboard', async () => {
    const written: string[] = [];
    expect(await copyText('1QFniBJx', { writeText: async (t) => void written.push(t) })).toBe('copied');
    expect(written).toEqual(['1QFniBJx']);
  });

  it('falls back when there is no clipboard (not a secure context) or the browser refuses', async () => {
    expect(await copyText('x', undefined)).toBe('unavailable');
    expect(await copyText('x', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })).toBe('refused');
    expect(copyMessage('unavailable')).toMatch(/press Ctrl\+C/);
    expect(copyMessage('refused')).toMatch(/press Ctrl\+C/);
  });

  it('refuses something that is not text', async () => {
    await expect(copyText(42 as never, { writeText: async () => {} })).rejects.toThrow(TypeError);
  });
});
