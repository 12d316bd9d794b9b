import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldersWithoutWords } from './folders-without-words';

const ui = (...parts: string[]) => join('src', 'ui', ...parts);

describe('foldersWithoutWords', () => {
  it('lists a folder of components with neither its own text.ts nor the shell catalogue', () => {
    const files = [
      { path: ui('viz', 'Chart.svelte'), text: '<p>Blocks</p>' },
      { path: ui('viz', 'layout.ts'), text: 'export const x = 1;' },
      { path: ui('wallets', 'Card.svelte'), text: '<p>{text.title}</p>' },
      { path: ui('wallets', 'text.ts'), text: 'export const text = {};' },
      { path: ui('shell', 'Header.svelte'), text: '<h1>{msg.appName}</h1>' },
      { path: ui('state', 'app-state.svelte.ts'), text: 'export class AppState {}' },
      { path: ui('learn', 'keys', 'KeysLesson.svelte'), text: '<p>Keys</p>' },
      { path: join('src', 'core', 'Thing.svelte'), text: '<p>outside the page</p>' },
    ];
    expect(foldersWithoutWords(files)).toEqual([ui('learn', 'keys'), ui('viz')]);
  });

  it('lists nothing when every folder of components has a place for its words', () => {
    expect(foldersWithoutWords([{ path: ui('lab', 'Card.svelte'), text: '' }, { path: ui('lab', 'text.ts'), text: '' }])).toEqual([]);
  });
});
