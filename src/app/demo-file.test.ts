/**
 * The demo file `npm run build` writes (demo-file.ts) holds the very chain the
 * default seed mines: every node's blocks (by hash, in order), tip, UTXO set
 * and pool, the wallets, the network and the settings, once the file has gone
 * through the import's validation as the page puts it through.
 */
import { describe, expect, it } from 'vitest';
import { blockHash } from '../core/index';
import type { NodeState } from '../storage/index';
import { validateImport } from '../storage/import-validate';
import { buildDemoState } from '../workers/demo-state';
import { demoFileText } from './demo-file';
import { DEFAULT_SEED, DEFAULT_SETTINGS, settingsJson } from './settings';
import { DEMO_PARAMS } from './tasks';

const hashes = (n: NodeState) => n.blocks.map((b) => blockHash(b.header));

describe('the built demo file', () => {
  const text = demoFileText();
  const mined = buildDemoState(DEFAULT_SEED, DEMO_PARAMS, settingsJson(DEFAULT_SETTINGS));

  it('passes the import validation and gives the state the seed mines, block for block', () => {
    const result = validateImport(text);
    if (!result.ok) throw new Error(`refused: ${result.problem.message}`);
    const { state } = result;
    expect(state.nodes.map((n) => n.id)).toEqual(mined.nodes.map((n) => n.id));
    mined.nodes.forEach((node, i) => {
      const fromFile = state.nodes[i]!;
      expect(hashes(fromFile)).toEqual(hashes(node));
      expect(fromFile.tip).toBe(node.tip);
      expect(fromFile.orphans.map((b) => blockHash(b.header))).toEqual(node.orphans.map((b) => blockHash(b.header)));
    });
    // A history worth showing: several blocks past genesis, payments in the pool.
    expect(hashes(state.nodes[0]!).length).toBeGreaterThan(5);
    expect(state.nodes[0]!.mempool.length).toBeGreaterThan(0);
    // Everything else too: UTXO sets, undo data, pools with their times, wallets, network, settings, params.
    expect(state).toEqual(mined);
    expect(result.includesWallets).toBe(true);
  });

  it('is the same bytes each time it is built (its file name is its hash)', () => {
    expect(demoFileText()).toBe(text);
  });
});
