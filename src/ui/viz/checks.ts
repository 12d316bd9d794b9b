/**
 * Argument checks shared by the layout functions. `isList` is deliberately not
 * a type guard: Array.isArray narrows a readonly array parameter to any[],
 * which would switch type checking off for the rest of the function.
 */

export function isList(value: unknown): boolean {
  return Array.isArray(value);
}
