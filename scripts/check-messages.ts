/**
 * Fails (exit 1) when a language lacks an English message, has one English
 * does not, when a message is used nowhere in src/, when a text.ts is not an
 * areaText area, or when a folder of components has no words to translate
 * (see src/ui/i18n/message-check.ts). Covers the page's catalogue (ui/i18n/messages)
 * and every area's words (a folder's text.ts with its text.<language>.ts).
 * Part of `npm run check`:
 *
 *   npx tsx scripts/check-messages.ts
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkArea, checkMessages, untranslatableProblems, type SourceFile } from '../src/ui/i18n/message-check';
import { catalogueOf, type OtherLanguage } from '../src/ui/i18n/area-text';
import { foldersWithoutWords } from '../src/ui/i18n/folders-without-words';
import { en } from '../src/ui/i18n/messages/en';
import { es } from '../src/ui/i18n/messages/es';
import { de } from '../src/ui/i18n/messages/de';
import { zhCN } from '../src/ui/i18n/messages/zh-CN';

function sources(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // The catalogues themselves do not count as uses.
      if (path !== join('src', 'ui', 'i18n', 'messages')) out.push(...sources(path));
    } else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name)) {
      out.push({ path, text: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

const files = sources('src');
const problems = checkMessages(en, { es, de, 'zh-CN': zhCN }, files);

// A lesson's intro and steps are drawn by the Learn section, from the view its index.ts makes.
const LESSON_PARTS = ['intro', 'steps'];
let areaCount = 0;
let areaKeys = 0;
const notYet: string[] = [];
// An area is a folder's text.ts, or a second one beside it named after what it words
// (viz/merkle-text.ts, exporting its `text` too; i18n/area-text.ts is the mechanism, not an area).
const AREA_WORDS = /^(?:[a-z][\w]*-)*text(\.[\w-]+)?\.ts$/;
const isArea = (f: SourceFile) => basename(f.path) === 'text.ts' || (/^(?:[a-z]\w*-)+text\.ts$/.test(basename(f.path)) && /^export const text\b/m.test(f.text));
for (const f of files.filter(isArea)) {
  const folder = dirname(f.path);
  const module = basename(f.path, '.ts');
  const loaded = (await import(pathToFileURL(resolve(f.path)).href)) as { text?: object };
  const catalogue = loaded.text ? catalogueOf(loaded.text) : undefined;
  if (!catalogue) {
    // Words not moved to areaText are English only: a problem (below).
    notYet.push(relative('src', join(folder, module === 'text' ? '' : module)));
    continue;
  }
  const others: Record<string, unknown> = {};
  for (const [language, loader] of Object.entries(catalogue.loaders) as [OtherLanguage, () => Promise<unknown>][]) {
    try {
      others[language] = await loader();
    } catch (e) {
      problems.push(`${f.path}: its ${language} words could not be loaded: ${(e as Error).message}`);
    }
  }
  const inFolder = files.filter((s) => dirname(s.path) === folder && !AREA_WORDS.test(basename(s.path)));
  const readElsewhere = inFolder.some((s) => s.text.includes('lessonView(')) ? LESSON_PARTS : [];
  const area = relative('src', module === 'text' ? folder : join(folder, module));
  problems.push(...checkArea(area, catalogue.english as Record<string, unknown>, others, inFolder, readElsewhere, module));
  areaCount++;
  areaKeys += Object.keys(catalogue.english).length;
}

// A screen that stays English in every language fails too: a text.ts that is not an area, a folder of components with no words.
problems.push(...untranslatableProblems(notYet, foldersWithoutWords(files).map((folder) => relative('src', folder))));

if (problems.length > 0) {
  console.error(`Messages: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Messages: ${Object.keys(en).length} in each of en, es, de, zh-CN; all used. Areas: ${areaCount} with ${areaKeys} top-level keys, each complete in es, de, zh-CN and used. Every folder of components has words to translate.`);
