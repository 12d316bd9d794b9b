import { describe, expect, it } from 'vitest';
import { checkMessages, untranslatableProblems } from './message-check';
import { en } from './messages/en';
import { es } from './messages/es';
import { de } from './messages/de';
import { zhCN } from './messages/zh-CN';

const source = { hello: 'Hello', count: (p: { n: number }) => `${p.n} things` };
const uses = [{ path: 'A.svelte', text: "import { msg } from '../i18n/index';\n{msg.hello} {msg.count({ n })}" }];

describe('checkMessages', () => {
  it('passes catalogues with every key, of the same kind, all used', () => {
    expect(checkMessages(source, { de: { hello: 'Hallo', count: (p: { n: number }) => `${p.n} Dinge` } }, uses)).toEqual([]);
  });

  it('names a missing message, its language, an extra one and a wrong kind', () => {
    expect(checkMessages(source, { de: { count: 'Dinge', bye: 'Tschüss' } }, uses)).toEqual([
      'de: the message "hello" is missing.',
      'de: "count" is a text, but English has a function.',
      'de: "bye" is not an English message (en.ts): remove it or add it there.',
    ]);
  });

  it('names an English message no code uses, and counts only files that import msg', () => {
    const other = [{ path: 'sim.ts', text: 'const msg = queue.pop(); msg.count;' }];
    expect(checkMessages(source, {}, [{ path: 'B.svelte', text: "import { msg, fmt } from './i18n/index';\n{msg.hello}" }, ...other])).toEqual([
      'en: the message "count" is used nowhere in the code (no msg.count): remove it from every language.',
    ]);
  });

  it('the shipped catalogues have the same keys and kinds', () => {
    const problems = checkMessages(en, { es, de, 'zh-CN': zhCN }, [{ path: 'all', text: `import { msg } from 'i18n';\n${Object.keys(en).map((k) => `msg.${k}`).join(' ')}` }]);
    expect(problems).toEqual([]);
  });
});

describe('untranslatableProblems', () => {
  it('passes when every text.ts is an area and every folder of components has words', () => {
    expect(untranslatableProblems([], [])).toEqual([]);
  });

  it('fails on a text.ts that is not an area and on a folder of components with no words, naming each folder', () => {
    const problems = untranslatableProblems(['ui/old'], ['ui/bare']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^ui\/old: its text\.ts does not export an areaText area/);
    expect(problems[1]).toMatch(/^ui\/bare: its components have no words to translate/);
  });
});
