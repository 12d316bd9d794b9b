import { nameContainsLabel } from './label-in-name';
import { describe, expect, it } from 'vitest';
import { followLanguage, loadAreas } from '../i18n/area-text';
import type { Language } from '../i18n/locales';
import { blockButtonName, blockFace, nodeButtonName, nodeFace } from './button-faces';
import type { ChainViewBlock } from './chain-layout';

// English unless a test says otherwise.
let language: Language = 'en';
followLanguage(
  () => language,
  () => {},
);


const block = (over: Partial<ChainViewBlock> = {}): ChainViewBlock => ({
  hash: '0000a77f55ba34760b31d2c9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091642a',
  parent: null,
  height: 6,
  txCount: 3,
  miner: "Alice's long miner name",
  status: 'active',
  tipOf: [],
  ...over,
});

describe('block buttons', () => {
  it.each([
    ['an active block', block(), false],
    ['the tip', block(), true],
    ['a stale block', block({ status: 'stale' }), false],
    ['an orphan', block({ status: 'orphan', txCount: 1 }), false],
  ])('the name of %s contains every word drawn on it, in order', (_, b, isTip) => {
    const face = blockFace(b, isTip);
    const drawn = [face.line1, face.hash, face.miner, ...(face.status ? [face.status] : []), ...(face.tip ? ['TIP'] : [])];
    const name = blockButtonName(b, face, ['mined by someone', 'tip of node B']);
    expect(nameContainsLabel(name, drawn)).toBe(true);
    expect(name).toMatch(new RegExp(`^Block ${b.height} `));
  });

  it('draws the whole miner name (a cut word could not be in the name)', () => {
    expect(blockFace(block(), false).miner).toBe("Alice's long miner name");
  });

  it('a name that left out a drawn word would fail the check', () => {
    expect(nameContainsLabel('Block 6, 3 transactions', ['#6 · 3 tx'])).toBe(false);
  });
});

describe('network node buttons', () => {
  it.each([
    ['Node A', false],
    ['Node E', true],
    ["Alice's very long node", false],
  ])('the name of %s contains its drawn words', (label, mining) => {
    const face = nodeFace({ label, height: 12, branch: 1, mining });
    const drawn = [face.name, face.info, ...(face.mining ? [face.mining] : [])];
    const name = nodeButtonName(label, face, ['tip 0000…ab', 'circle']);
    expect(nameContainsLabel(name, drawn)).toBe(true);
  });

  it('shows "A" for "Node A" and starts its name with "Node A"', () => {
    const face = nodeFace({ label: 'Node A', height: 0, branch: 0, mining: false });
    expect(face.name).toBe('A');
    expect(nodeButtonName('Node A', face, [])).toBe('Node A, #0 · branch 0');
  });

  it.each([
    ['de', '#12 · Zweig 1', 'mint', 'Knoten Alice, #12 · Zweig 1, mint'],
    ['es', '#12 · rama 1', 'minando', 'Nodo Alice, #12 · rama 1, minando'],
    ['zh-CN', '#12 · 分支 1', '挖矿中', '节点 Alice, #12 · 分支 1, 挖矿中'],
  ] as const)('%s: a node draws its branch and mining in the language, and its name says them in order', async (code, info, mining, name) => {
    await loadAreas(code);
    language = code;
    const face = nodeFace({ label: 'Alice', height: 12, branch: 1, mining: true });
    expect([face.name, face.info, face.mining]).toEqual(['Alice', info, mining]);
    expect(nodeButtonName('Alice', face, [])).toBe(name);
    expect(nameContainsLabel(nodeButtonName('Alice', face, []), [face.name, face.info, face.mining!])).toBe(true);
    language = 'en';
  });
});
