/**
 * The catalogues' check (run by `npm run check` through
 * scripts/check-messages.ts): every language has every English message, with
 * the same kind (text or function of values), nothing English lacks, and
 * every English message is used as `msg.key` by a file that imports msg. Pure: the
 * script hands it the catalogues and the source files' text.
 */

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** One problem, as a sentence naming the language and the key. */
export type MessageProblem = string;

const kind = (v: unknown) => (typeof v === 'function' ? 'a function' : typeof v === 'string' ? 'a text' : typeof v);

export function checkMessages(source: Readonly<Record<string, unknown>>, others: Readonly<Record<string, Readonly<Record<string, unknown>>>>, files: readonly SourceFile[]): MessageProblem[] {
  const problems: MessageProblem[] = [];
  const keys = Object.keys(source);
  for (const [language, catalogue] of Object.entries(others)) {
    for (const key of keys) {
      if (!(key in catalogue)) problems.push(`${language}: the message "${key}" is missing.`);
      else if (kind(catalogue[key]) !== kind(source[key])) problems.push(`${language}: "${key}" is ${kind(catalogue[key])}, but English has ${kind(source[key])}.`);
      else if (catalogue[key] === '') problems.push(`${language}: "${key}" is empty.`);
    }
    for (const key of Object.keys(catalogue)) {
      if (!(key in source)) problems.push(`${language}: "${key}" is not an English message (en.ts): remove it or add it there.`);
    }
  }
  const used = new Set<string>();
  // Only files that import the page's `msg` (the simulation has messages of its own called msg).
  const importsMsg = /import\s*\{[^}]*\bmsg\b[^}]*\}\s*from\s*['"][^'"]*i18n[^'"]*['"]/;
  for (const f of files) {
    if (!importsMsg.test(f.text)) continue;
    for (const m of f.text.matchAll(/\bmsg\.([A-Za-z_$][\w$]*)/g)) used.add(m[1]!);
  }
  for (const key of keys) if (!used.has(key)) problems.push(`en: the message "${key}" is used nowhere in the code (no msg.${key}): remove it from every language.`);
  for (const key of used) if (!(key in source)) problems.push(`en: the code uses msg.${key}, which en.ts does not have.`);
  return problems;
}
