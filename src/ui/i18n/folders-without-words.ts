/**
 * The folders of the page whose components draw words but have no place for
 * them in other languages yet: a folder of src/ui with .svelte files and
 * neither an area (its own text.ts) nor a use of the shell's catalogue
 * (`msg.`). The message check fails on any (scripts/check-messages.ts), so an
 * untranslated screen cannot slip in.
 */
import { dirname, sep } from 'node:path';

export interface FolderFile {
  readonly path: string;
  readonly text: string;
}

/** Folders (as given in the paths, sorted) with .svelte files and no text.ts and no `msg.` in any of their files. */
export function foldersWithoutWords(files: readonly FolderFile[], root = `src${sep}ui`): string[] {
  const byFolder = new Map<string, FolderFile[]>();
  for (const f of files) {
    const folder = dirname(f.path);
    if (folder !== root && !folder.startsWith(root + sep)) continue;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
  }
  const out: string[] = [];
  for (const [folder, inFolder] of byFolder) {
    if (!inFolder.some((f) => f.path.endsWith('.svelte'))) continue;
    const hasArea = inFolder.some((f) => f.path.endsWith(`${sep}text.ts`));
    const usesShell = inFolder.some((f) => /\bmsg\.\w/.test(f.text));
    if (!hasArea && !usesShell) out.push(folder);
  }
  return out.sort();
}
