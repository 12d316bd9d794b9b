/**
 * Axe's "label in name" rule (label-content-name-mismatch) as the tests of the
 * pictures' buttons check it: the accessible name contains the words drawn on
 * the button, in order and together, compared as letters and digits only, in
 * lower case.
 */

/** Words as axe compares them: letters and digits only, lower case. */
export function labelWords(s: string): string[] {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
}

/** True when the drawn words (one text or several, in order) appear together in the name. */
export function nameContainsLabel(name: string, drawn: string | readonly string[]): boolean {
  const n = labelWords(name);
  const v = (typeof drawn === 'string' ? [drawn] : drawn).flatMap(labelWords);
  for (let i = 0; i + v.length <= n.length; i++) if (v.every((w, j) => n[i + j] === w)) return true;
  return false;
}
