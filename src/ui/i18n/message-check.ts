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

/** Where a value of a translated area sits: `steps.type.task`, `intro[2]`. */
function compareShape(language: string, path: string, english: unknown, other: unknown, problems: MessageProblem[]): void {
  if (typeof english === 'string' || typeof english === 'function') {
    if (kind(other) !== kind(english)) problems.push(`${language}: "${path}" is ${kind(other)}, but English has ${kind(english)}.`);
    else if (other === '') problems.push(`${language}: "${path}" is empty.`);
    else if (typeof english === 'function' && (other as () => string).length !== english.length)
      problems.push(`${language}: "${path}" takes ${(other as () => string).length} values, but English takes ${english.length}.`);
    return;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(other)) problems.push(`${language}: "${path}" should be a list of ${english.length}.`);
    else if (other.length !== english.length) problems.push(`${language}: "${path}" has ${other.length} items, but English has ${english.length}.`);
    else english.forEach((e, i) => compareShape(language, `${path}[${i}]`, e, other[i], problems));
    return;
  }
  if (typeof english === 'object' && english !== null) {
    if (typeof other !== 'object' || other === null) {
      problems.push(`${language}: "${path}" is missing.`);
      return;
    }
    const e = english as Record<string, unknown>;
    const o = other as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in o)) problems.push(`${language}: "${at}" is missing.`);
      else compareShape(language, at, e[key], o[key], problems);
    }
    for (const key of Object.keys(o)) if (!(key in e)) problems.push(`${language}: "${path ? `${path}.${key}` : key}" is not in English: remove it or add it there.`);
  }
}

/**
 * One area's check (a folder's text.ts and its text.<language>.ts files, or a
 * second area of the folder: merkle-text.ts and merkle-text.<language>.ts):
 * every language has English's shape (keys, lists of the same length,
 * functions taking as many values), and each top-level English key is read as
 * `text.key` by a file of the folder that imports its text from `module`
 * (or is in `readElsewhere`: a lesson's intro and steps are drawn by the Learn section).
 */
export function checkArea(
  area: string,
  english: Readonly<Record<string, unknown>>,
  others: Readonly<Record<string, unknown>>,
  files: readonly SourceFile[],
  readElsewhere: readonly string[] = [],
  module = 'text',
): MessageProblem[] {
  const problems: MessageProblem[] = [];
  for (const [language, words] of Object.entries(others)) {
    const before = problems.length;
    compareShape(language, '', english, words, problems);
    for (let i = before; i < problems.length; i++) problems[i] = `${area}: ${problems[i]}`;
  }
  const used = new Set<string>(readElsewhere);
  const importsText = new RegExp(`import\\s*\\{[^}]*\\btext\\b[^}]*\\}\\s*from\\s*['"]\\./${module}['"]`);
  for (const f of files) {
    if (!importsText.test(f.text)) continue;
    for (const m of f.text.matchAll(/\btext\.([A-Za-z_$][\w$]*)/g)) used.add(m[1]!);
  }
  for (const key of Object.keys(english)) if (!used.has(key)) problems.push(`${area}: "${key}" is used nowhere in the folder (no text.${key}): remove it from every language.`);
  for (const key of used) if (!(key in english)) problems.push(`${area}: the code uses text.${key}, which its ${module}.ts does not have.`);
  return problems;
}

/**
 * Words that cannot be translated at all: a text.ts that is not an areaText
 * area (its words have no other languages), and a folder of components with
 * no text.ts and no shell message (foldersWithoutWords). Either is a screen
 * that stays English in every language, so the check fails on it.
 */
export function untranslatableProblems(notAreas: readonly string[], foldersWithoutWords: readonly string[]): MessageProblem[] {
  return [
    ...notAreas.map((folder) => `${folder}: its text.ts does not export an areaText area, so its words are English in every language: build it with areaText (src/ui/i18n/area-text.ts).`),
    ...foldersWithoutWords.map(
      (folder) => `${folder}: its components have no words to translate (no text.ts, no msg.): put the words they draw in a text.ts area or in the shell's messages.`,
    ),
  ];
}
