import { nameContainsLabel } from './label-in-name';
import { describe, expect, it } from 'vitest';
import { followLanguage, loadAreas } from '../i18n/area-text';
import type { Language } from '../i18n/locales';
import { shortHash } from './format';
import { layoutMerkle } from './merkle-layout';
import { levelName, nodeFaceTag, nodeHead, nodeLabel, nodeRoles, nodeTag } from './merkle-words';
import { syntheticTxids } from './synthetic';

// English unless a test says otherwise: the words are read in the language of the moment.
let language: Language = 'en';
followLanguage(
  () => language,
  () => {},
);


describe('Merkle node names', () => {
  const txids = syntheticTxids(5, 5);
  const layout = layoutMerkle(txids, { selected: 1 });
  const leaf = (i: number) => layout.nodes.find((n) => n.txIndex === i && !n.duplicate)!;
  const root = layout.nodes.find((n) => n.kind === 'root')!;

  it('a transaction button is named by the two lines drawn on it, in order', () => {
    language = 'en';
    const selected = leaf(1);
    expect(nodeFaceTag(selected)).toBe('tx 1 · path');
    expect(nodeLabel(selected, layout)).toBe(`Transaction 1 txid ${shortHash(txids[1]!)} · tx 1 · path`);
    expect(nodeLabel(leaf(0), layout)).toBe(`Transaction 0 txid ${shortHash(txids[0]!)} · tx 0 (coinbase) · sibling`);
  });

  it('inner nodes and the root say their level or whether the root matches the header', () => {
    language = 'en';
    expect(nodeLabel(root, layout)).toMatch(/^Merkle root [0-9a-f]{8}…[0-9a-f]{4}, matches the header/);
    expect(nodeHead(root)).toBe(`Merkle root ${shortHash(root.hash)}`);
    const inner = layout.nodes.find((n) => n.kind !== 'root' && n.txIndex === null && !n.duplicate)!;
    expect(nodeLabel(inner, layout)).toMatch(new RegExp(`^Level ${inner.level} node ${inner.index} `));
    expect([0, 1, 2, 3].map((l) => levelName(l, layout))).toEqual(['txids', 'level 1', 'level 2', 'root']);
  });

  it.each([
    ['de', 'Tx 1 · Pfad', 'Transaktion 1 Txid', 'Merkle-Wurzel', 'stimmt mit dem Header überein', ['Txids', 'Ebene 1', 'Ebene 2', 'Wurzel'], 'Kopie von 4'],
    ['es', 'tx 1 · camino', 'Transacción 1 txid', 'Raíz de Merkle', 'coincide con la cabecera', ['txids', 'nivel 1', 'nivel 2', 'raíz'], 'copia de 4'],
    ['zh-CN', '交易 1 · 路径', '交易 1 txid', '默克尔根', '与区块头一致', ['交易 ID', '第 1 层', '第 2 层', '根'], '4 的副本'],
  ] as const)('%s: node tags, names and levels in the language, each name containing what is drawn', async (code, tag, start, rootWord, matches, levels, duplicate) => {
    await loadAreas(code);
    language = code;
    const selected = leaf(1);
    expect(nodeFaceTag(selected)).toBe(tag);
    const name = nodeLabel(selected, layout);
    expect(name.startsWith(`${start} ${shortHash(txids[1]!)}`)).toBe(true);
    // WCAG 2.5.3: the drawn hash and the drawn tag line, in order.
    expect(nameContainsLabel(name, `${shortHash(txids[1]!)} ${tag}`)).toBe(true);
    expect(nodeLabel(root, layout).startsWith(`${rootWord} ${shortHash(root.hash)}, ${matches}`)).toBe(true);
    expect([0, 1, 2, 3].map((l) => levelName(l, layout))).toEqual(levels);
    // Five leaves: the odd level duplicates its last hash.
    const dup = layout.nodes.find((n) => n.duplicate && n.level === 0)!;
    expect(nodeTag(dup)).toBe(duplicate);
    expect(nodeRoles(selected)).not.toContain('on path');
    language = 'en';
  });

  it('a tampered tree marks changed nodes in the language too', async () => {
    await loadAreas('de');
    language = 'de';
    const tampered = layoutMerkle(txids, { selected: 2, tamper: { index: 2 } });
    const changed = tampered.nodes.find((n) => n.txIndex === 2 && !n.duplicate)!;
    expect(nodeFaceTag(changed)).toBe('Tx 2 · Pfad · geändert');
    expect(nodeRoles(changed)).toEqual(['auf dem Pfad', 'geändert']);
    const newRoot = tampered.nodes.find((n) => n.kind === 'root')!;
    expect(nodeLabel(newRoot, tampered)).toContain('stimmt nicht mit dem Header überein');
    language = 'en';
  });
});
