/**
 * docs/ARCHITECTURE.md names code as `src/<file>:<function>` at every hop of a
 * payment and of a mined block. This test reads the page and checks that each
 * file exists and defines that function (a function, a method, a const or an
 * object member), so the map fails the build the day a hop is renamed or moved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC = 'docs/ARCHITECTURE.md';

/** Every `src/...(.ts|.svelte):name` in the text, in order. */
export function namedFunctions(markdown: string): { file: string; name: string }[] {
  return [...markdown.matchAll(/`(src\/[\w./-]+\.(?:ts|svelte)):([A-Za-z_$][\w$]*)`/g)].map((m) => ({ file: m[1]!, name: m[2]! }));
}

/** True when `source` defines `name`: a function, a class member, a const/let, or an object member. */
export function defines(source: string, name: string): boolean {
  const n = name.replace(/\$/g, '\\$');
  const modifiers = '(?:(?:export|default|async|public|private|protected|static|readonly|override|get|set)\\s+)*';
  const forms = [
    `\\bfunction\\s*\\*?\\s*${n}\\s*[<(]`,
    // A method or an object member written as a method: `  name(args) {` or `  name<T>(`, not a call statement.
    `^[ \\t]*${modifiers}${n}\\s*(?:<[^>\\n]*>)?\\([^;\\n]*$`,
    `\\b(?:const|let|var)\\s+${n}\\s*=`,
    `^[ \\t]*${n}\\s*:\\s*(?:async\\s*)?(?:\\(|function\\b)`,
  ];
  return forms.some((f) => new RegExp(f, 'm').test(source));
}

describe('docs/ARCHITECTURE.md', () => {
  const text = readFileSync(`${ROOT}/${DOC}`, 'utf8');
  const refs = namedFunctions(text);

  it('traces both journeys through enough hops to be a map', () => {
    expect(text).toMatch(/## The life of a payment/);
    expect(text).toMatch(/## The life of a mined block/);
    expect(refs.length).toBeGreaterThanOrEqual(30);
  });

  it('names only files that exist and functions they define', () => {
    const missing = refs.filter(({ file, name }) => {
      const path = `${ROOT}/${file}`;
      return !existsSync(path) || !defines(readFileSync(path, 'utf8'), name);
    });
    expect(missing.map(({ file, name }) => `${file}:${name}`)).toEqual([]);
  });

  it('catches a renamed function, and does not take a call for a definition', () => {
    const source = [
      'export class S {',
      '  send(from: string): void {',
      '    this.submit(from);',
      '    log(from);',
      '  }',
      '}',
      'export function feed() {}',
      'const run = () => 1;',
      'const api = {',
      '  mine: (a: number) => a,',
      '};',
    ].join('\n');
    expect(defines(source, 'send')).toBe(true);
    expect(defines(source, 'feed')).toBe(true);
    expect(defines(source, 'run')).toBe(true);
    expect(defines(source, 'mine')).toBe(true);
    expect(defines(source, 'submit')).toBe(false);
    expect(defines(source, 'log')).toBe(false);
    expect(defines(source.replace('send(', 'transmit('), 'send')).toBe(false);
  });
});
