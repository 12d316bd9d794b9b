import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from './toasts.svelte';
import type { Announcement } from './announcement-queue';
import { followLanguage, loadAreas } from '../i18n/area-text';
import type { Language } from '../i18n/locales';
import { text } from '../wallets/text';

// The page's language as the areas read it (language.svelte.ts plays this part in the app).
let language: Language = 'en';
followLanguage(
  () => language,
  () => {},
);

describe('toasts follow a language switch', () => {
  let said: Announcement[];
  let toasts: Toasts;
  beforeEach(() => {
    vi.useFakeTimers();
    language = 'en';
    said = [];
    toasts = new Toasts((a) => said.push(a), () => '(Alt+Shift+N)');
  });
  afterEach(() => vi.useRealTimers());

  it('a toast on screen is written again in the new language, its button too', async () => {
    await loadAreas('de');
    toasts.show('info', () => text.card.renamed('Alice'), { label: () => (language === 'de' ? 'Öffnen' : 'Open'), run: () => {} });
    const [toast] = toasts.list;
    expect(toast!.text).toBe('Renamed to Alice.');
    expect(toast!.action!.label).toBe('Open');
    language = 'de';
    expect(toast!.text).toBe('Umbenannt in Alice.');
    expect(toast!.action!.label).toBe('Öffnen');
  });

  it('screen readers hear it once, in the language it was shown in', () => {
    toasts.show('info', () => text.card.renamed('Bob'));
    language = 'de';
    expect(said).toEqual([{ kind: 'toast-info', text: 'Renamed to Bob.' }]);
  });

  it('a plain sentence still works and stays as given', () => {
    toasts.show('error', 'Reading the stored blocks failed.', { label: 'Retry', run: () => {} });
    language = 'de';
    expect(toasts.list[0]!.text).toBe('Reading the stored blocks failed.');
    expect(toasts.list[0]!.action!.label).toBe('Retry');
    expect(said[0]!.text).toBe('Reading the stored blocks failed. (Alt+Shift+N)');
  });

  it('keeps at most four and dismisses by id, as before', () => {
    const ids = [1, 2, 3, 4, 5].map((n) => toasts.show('info', () => `toast ${n}`));
    expect(toasts.list.map((t) => t.text)).toEqual(['toast 2', 'toast 3', 'toast 4', 'toast 5']);
    toasts.dismiss(ids[2]!);
    expect(toasts.list.map((t) => t.text)).toEqual(['toast 2', 'toast 4', 'toast 5']);
    vi.advanceTimersByTime(6001);
    expect(toasts.list).toEqual([]);
  });
});
