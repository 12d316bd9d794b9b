/**
 * A first visit's demo from the built file: used when it passes the import's
 * validation and is the default seed's demo; otherwise a notice says what is
 * wrong and the demo is mined, as without a file.
 */
import { describe, expect, it } from 'vitest';
import { REGTEST_PARAMS, type ConsensusParams } from '../core/index';
import type { PersistedState, VerifyProgress } from '../storage/index';
import { exportToJson } from '../storage/export';
import { createMemoryStore } from '../storage/memory-store';
import { validateImport } from '../storage/import-validate';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import { AppEvents } from './app-events';
import { demoFileText } from './demo-file';
import { PocketApp } from './pocket-app';
import { demoFileCheck, prebuiltDemoFirst } from './prebuilt-demo';
import { DEFAULT_SEED } from './settings';
import { regtestDemo } from './testing';

const goodFile = demoFileText();

function setup(read: () => Promise<string | null>) {
  const built: { seed: string; params?: ConsensusParams }[] = [];
  const notices: string[] = [];
  const events = new AppEvents();
  events.on('notice', (n) => notices.push(`${n.level}: ${n.text}`));
  const build = async (seed: string, params?: ConsensusParams): Promise<PersistedState> => {
    built.push({ seed, ...(params ? { params } : {}) });
    return regtestDemo(seed, params);
  };
  const validate = async (text: string) => validateImport(text);
  let reads = 0;
  const buildState = prebuiltDemoFirst({ build, read: () => (reads++, read()), validateImport: validate, events });
  return { buildState, built, notices, reads: () => reads };
}

/** The good file with one character of its first block's bytes changed. */
function damaged(): string {
  const file = JSON.parse(goodFile) as { blocks: { hex: string }[] };
  const hex = file.blocks[0]!.hex;
  file.blocks[0]!.hex = hex.slice(0, 20) + (hex[20] === '0' ? '1' : '0') + hex.slice(21);
  return JSON.stringify(file);
}

describe('the demo from the built file', () => {
  it('a good file is the demo: nothing is mined, nothing said', async () => {
    const s = setup(async () => goodFile);
    const state = await s.buildState(DEFAULT_SEED);
    const expected = validateImport(goodFile);
    if (!expected.ok) throw new Error('the good file is refused');
    expect(state).toEqual(expected.state);
    expect(s.built).toEqual([]);
    expect(s.notices).toEqual([]);
  });

  it('a damaged file is refused with what is wrong and where; the demo is mined instead', async () => {
    const s = setup(async () => damaged());
    const state = await s.buildState(DEFAULT_SEED);
    expect(s.built).toEqual([{ seed: DEFAULT_SEED }]);
    expect(state).toEqual(regtestDemo(DEFAULT_SEED));
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]).toMatch(/^warn: The demo file built with the page was refused: A block does not hash to the hash the file gives for it\. blocks\[0\]: the bytes hash to \w+, the file says \w+\. The demo is mined here instead\.$/);
  });

  it('a valid file of another chain is refused: other params, another seed, no wallets', async () => {
    const regtest = exportToJson(regtestDemo(DEFAULT_SEED), { includeWallets: true });
    const file = JSON.parse(goodFile) as { settings: { seed: string }; wallets?: unknown; containsPrivateKeys: boolean; warning?: string };
    const cases: [string, RegExp][] = [
      [regtest, /was refused: its consensus params are not the demo's \(classroom\)\. The demo is mined here instead\.$/],
      [JSON.stringify({ ...file, settings: { ...file.settings, seed: 'another' } }), /was refused: it is the demo of seed "another", not of "pocket-chain"\. The demo/],
      [JSON.stringify({ ...file, wallets: undefined, containsPrivateKeys: false, warning: undefined }), /was refused: it holds no wallets\. The demo/],
    ];
    for (const [text, message] of cases) {
      const s = setup(async () => text);
      await s.buildState(DEFAULT_SEED);
      expect(s.built).toEqual([{ seed: DEFAULT_SEED }]);
      expect(s.notices).toHaveLength(1);
      expect(s.notices[0]).toMatch(message);
    }
  });

  it('a file that cannot be read is said so; the demo is mined', async () => {
    const s = setup(() => Promise.reject(new Error('HTTP 404 for assets/demo.json')));
    await s.buildState(DEFAULT_SEED);
    expect(s.built).toEqual([{ seed: DEFAULT_SEED }]);
    expect(s.notices).toEqual(['warn: The demo file built with the page could not be read: HTTP 404 for assets/demo.json. The demo is mined here instead.']);
  });

  it('no file (the dev server): mined without a word; another seed or params: mined, the file not read', async () => {
    const none = setup(async () => null);
    await none.buildState(DEFAULT_SEED);
    expect(none.built).toEqual([{ seed: DEFAULT_SEED }]);
    expect(none.notices).toEqual([]);

    const other = setup(async () => goodFile);
    await other.buildState('another seed');
    await other.buildState(DEFAULT_SEED, REGTEST_PARAMS);
    expect(other.built).toEqual([{ seed: 'another seed' }, { seed: DEFAULT_SEED, params: REGTEST_PARAMS }]);
    expect(other.reads()).toBe(0);
  });

  it('only a state that passed the file\'s check carries its verdict: not a mined demo, not a refused file\'s fallback', async () => {
    const good = await setup(async () => goodFile).buildState(DEFAULT_SEED);
    const blocks = good.nodes.reduce((sum, n) => sum + n.blocks.length, 0);
    expect(demoFileCheck(good.nodes)).toEqual({ ok: true, blocks, nodes: good.nodes.length });
    expect(demoFileCheck([...good.nodes])).toBeNull();
    expect(demoFileCheck((await setup(async () => damaged()).buildState(DEFAULT_SEED)).nodes)).toBeNull();
    expect(demoFileCheck((await setup(async () => null).buildState(DEFAULT_SEED)).nodes)).toBeNull();
  });

  it('a first visit of the app stores and shows the file\'s demo; a damaged file\'s notice waits for the page', async () => {
    const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
    const store = createMemoryStore();
    let verifications = 0;
    const verifier = (onProgress: (p: VerifyProgress) => void) => (verifications++, store.verify({ onProgress }));
    const app = await PocketApp.open({ store, pool, prebuiltDemo: async () => goodFile, buildState: () => Promise.reject(new Error('must not mine')), verifier });
    const expected = validateImport(goodFile);
    if (!expected.ok) throw new Error('the good file is refused');
    expect(app.nodes.selected.tip.hash).toBe(expected.state.nodes[0]!.tip);
    const { state } = await store.loadIndex();
    expect(state!.nodes.map((n) => n.tip)).toEqual(expected.state.nodes.map((n) => n.tip));
    // The file's check replayed what was saved: said as verified before saving, not replayed again at once.
    expect(app.verification.phase).toMatchObject({ phase: 'verified', of: 'demo-file', nodes: expected.state.nodes.length });
    expect(verifications).toBe(0);
    // "Verify everything now" replays the stored copy.
    expect(await app.verification.verifyNow()).toMatchObject({ phase: 'verified', of: 'stored' });
    expect(verifications).toBe(1);

    let otherVerifications = 0;
    const otherStore = createMemoryStore();
    const other = await PocketApp.open({
      store: otherStore,
      pool,
      prebuiltDemo: async () => damaged(),
      buildState: async (seed, params) => regtestDemo(seed, params),
      verifier: (onProgress) => (otherVerifications++, otherStore.verify({ onProgress })),
    });
    const heard: string[] = [];
    other.events.on('notice', (n) => heard.push(n.text));
    expect(heard).toEqual([expect.stringMatching(/^The demo file built with the page was refused/)]);
    expect(other.nodes.selected.tip.hash).toBe(regtestDemo(DEFAULT_SEED).nodes[0]!.tip);
    // A mined demo has no check's verdict: the full verification of what was stored runs as usual.
    expect(otherVerifications).toBe(1);
    expect(other.verification.phase).not.toMatchObject({ of: 'demo-file' });
  });
});
