/**
 * Fails (exit 1) when a language lacks an English message, has one English
 * does not, or when a message is used nowhere in src/ (see
 * src/ui/i18n/message-check.ts). Part of `npm run check`:
 *
 *   npx tsx scripts/check-messages.ts
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessages, type SourceFile } from '../src/ui/i18n/message-check';
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

const problems = checkMessages(en, { es, de, 'zh-CN': zhCN }, sources('src'));
if (problems.length > 0) {
  console.error(`Messages: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Messages: ${Object.keys(en).length} in each of en, es, de, zh-CN; all used.`);
