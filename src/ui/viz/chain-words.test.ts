import { nameContainsLabel } from './label-in-name';
import { describe, expect, it } from 'vitest';
import { followLanguage, loadAreas } from '../i18n/area-text';
import type { Language } from '../i18n/locales';
import { blockButtonName, blockFace } from './button-faces';
import type { ChainViewBlock } from './chain-layout';
import { listWords, tipOfText } from './format';

let language: Language = 'en';
followLanguage(
  () => language,
  () => {},
);


const stale: ChainViewBlock = {
  hash: '0000a77f55ba34760b31d2c9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091642a',
  parent: null,
  height: 6,
  txCount: 3,
  miner: 'Node A',
  status: 'stale',
  tipOf: ['Node B'],
};

describe('the block tree in the page language', () => {
  it('English stays as the tests and speech users know it', () => {
    language = 'en';
    const face = blockFace(stale, true);
    expect(face.line1).toBe('#6 · 3 tx');
    expect(blockButtonName(stale, face, [])).toBe('Block 6 · 3 tx, 0000a77f…642a, Node A, stale, TIP');
    expect(tipOfText(['Node A', 'Node B', 'Node C'], 24)).toBe('tip of 3 nodes');
  });

  it.each([
    ['de', 'Block 6 · 3 Tx, 0000a77f…642a, Node A, verwaist, SPITZE', 'Spitze von Node A und Node B'],
    ['es', 'Bloque 6 · 3 tx, 0000a77f…642a, Node A, obsoleto, PUNTA', 'punta de Node A y Node B'],
    ['zh-CN', '区块 6 · 3 笔交易, 0000a77f…642a, Node A, 过时, 链顶', 'Node A 和 Node B 的链顶'],
  ] as const)('%s: a block box says its words, and its name contains every word drawn', async (code, name, tipOf) => {
    await loadAreas(code);
    language = code;
    const face = blockFace(stale, true);
    expect(blockButtonName(stale, face, [])).toBe(name);
    for (const drawn of [face.line1, face.hash, face.miner, face.status!]) expect(nameContainsLabel(name, drawn), drawn).toBe(true);
    expect(tipOfText(['Node A', 'Node B'], 80)).toBe(tipOf);
    expect(listWords(['A', 'B', 'C'])).not.toContain(' and ');
    language = 'en';
  });

  it('a long list of tips is shortened in the language too', async () => {
    await loadAreas('de');
    language = 'de';
    expect(tipOfText(['Node A', 'Node B', 'Node C'], 34)).toBe('Spitze von Node A und 2 weiteren');
    expect(tipOfText(['Node A', 'Node B', 'Node C'], 24)).toBe('Spitze von 3 Knoten');
    language = 'en';
  });
});
