import { describe, expect, it } from 'vitest';
import { areaText, areasReady, catalogueOf, followLanguage, loadAreas, type Translation } from './area-text';
import { checkArea } from './message-check';
import type { Language } from './locales';

const english = {
  title: 'Wallets',
  count: (n: string) => `${n} wallets`,
  intro: ['One.', 'Two.'],
  steps: { send: { task: 'Send coins.' } },
};
const german: Translation<typeof english> = {
  title: 'Wallets',
  count: (n: string) => `${n} Wallets`,
  intro: ['Eins.', 'Zwei.'],
  steps: { send: { task: 'Münzen senden.' } },
};
const spanish: Translation<typeof english> = { title: 'Carteras', count: (n) => `${n} carteras`, intro: ['Uno.', 'Dos.'], steps: { send: { task: 'Envía monedas.' } } };

describe('areaText', () => {
  let language: Language = 'en';
  let arrivals = 0;
  followLanguage(
    () => language,
    () => arrivals++,
  );
  let germanLoads = 0;
  const text = areaText(english, {
    es: () => Promise.resolve(spanish),
    de: () => {
      germanLoads++;
      return Promise.resolve(german);
    },
    'zh-CN': () => Promise.reject(new Error('offline')),
  });

  it('shows English, then the language once its words are loaded', async () => {
    expect(text.count('3')).toBe('3 wallets');
    await loadAreas('de');
    expect(text.count('3')).toBe('3 wallets'); // still English: the language has not switched
    language = 'de';
    expect(text.count('3')).toBe('3 Wallets');
    expect(text.steps.send.task).toBe('Münzen senden.');
    expect(text.intro[1]).toBe('Zwei.');
    await loadAreas('de');
    expect(germanLoads).toBe(1); // loaded once
  });

  it('an area made while another language is on loads it at once and nudges its readers', async () => {
    language = 'es';
    const before = arrivals;
    const late = areaText(english, { es: () => Promise.resolve(spanish), de: () => Promise.resolve(german), 'zh-CN': () => Promise.resolve(german) });
    expect(late.title).toBe('Wallets');
    await areasReady();
    expect(late.title).toBe('Carteras');
    expect(arrivals).toBeGreaterThan(before);
  });

  it('a language that cannot load leaves the area in English and says so to the switch', async () => {
    await expect(loadAreas('zh-CN')).rejects.toThrow('offline');
    language = 'zh-CN';
    await expect(areasReady()).resolves.toBeUndefined();
    expect(text.title).toBe('Wallets');
  });

  it('gives the message check its English words and loaders', () => {
    expect(catalogueOf(text)?.english).toBe(english);
    expect(catalogueOf({})).toBeUndefined();
  });
});

describe('checkArea', () => {
  const files = [{ path: 'src/ui/w/Panel.svelte', text: "import { text } from './text';\n{text.title} {text.count(n)} {#each text.intro as p}{/each} {text.steps.send.task}" }];

  it('passes a complete, used area', () => {
    expect(checkArea('ui/w', english, { de: german, es: spanish }, files)).toEqual([]);
  });

  it('names a missing nested text, a short list, a wrong kind and an empty text', () => {
    const broken = { title: '', count: 'n Wallets', intro: ['Eins.'], steps: { send: {} } };
    expect(checkArea('ui/w', english, { de: broken }, files)).toEqual([
      'ui/w: de: "title" is empty.',
      'ui/w: de: "count" is a text, but English has a function.',
      'ui/w: de: "intro" has 1 items, but English has 2.',
      'ui/w: de: "steps.send.task" is missing.',
    ]);
  });

  it('names a function taking other values, and a key English lacks', () => {
    const odd = { ...german, count: () => 'Wallets', extra: 'x' };
    expect(checkArea('ui/w', english, { de: odd }, files)).toEqual(['ui/w: de: "count" takes 0 values, but English takes 1.', 'ui/w: de: "extra" is not in English: remove it or add it there.']);
  });

  it('names English words no file of the folder reads, unless the Learn section reads them', () => {
    const few = [{ path: 'src/ui/w/Panel.svelte', text: "import { text } from './text';\n{text.title} {text.count(n)} {text.nope}" }];
    expect(checkArea('ui/w', english, {}, few)).toEqual([
      'ui/w: "intro" is used nowhere in the folder (no text.intro): remove it from every language.',
      'ui/w: "steps" is used nowhere in the folder (no text.steps): remove it from every language.',
      'ui/w: the code uses text.nope, which its text.ts does not have.',
    ]);
    expect(checkArea('ui/w', english, {}, few, ['intro', 'steps'])).toEqual(['ui/w: the code uses text.nope, which its text.ts does not have.']);
  });

  it('a second area of a folder (merkle-text.ts) counts only the files that import its text', () => {
    const both = [
      { path: 'src/ui/w/Tree.svelte', text: "import { text } from './tree-text';\n{text.title} {text.count(n)} {text.intro[0]}" },
      // Reads the folder's own text.ts: its steps are not the tree area's.
      { path: 'src/ui/w/Panel.svelte', text: "import { text } from './text';\n{text.steps.send.task}" },
    ];
    expect(checkArea('ui/w/tree-text', english, { de: german }, both, [], 'tree-text')).toEqual([
      'ui/w/tree-text: "steps" is used nowhere in the folder (no text.steps): remove it from every language.',
    ]);
    const stray = [{ path: 'src/ui/w/Tree.svelte', text: "import { text } from './tree-text';\n{text.title} {text.count(n)} {text.intro} {text.steps} {text.nope}" }];
    expect(checkArea('ui/w/tree-text', english, {}, stray, [], 'tree-text')).toEqual(['ui/w/tree-text: the code uses text.nope, which its tree-text.ts does not have.']);
  });
});
