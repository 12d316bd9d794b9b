import { describe, expect, it } from 'vitest';
import { APP_SENTENCES, inEnglish, said, storageSentence, type AppSentence, type AppSentenceKey, type AppSentenceParams } from '../../app/app-sentences';
import { AppEvents } from '../../app/app-events';
import { badValue } from '../../app/errors';
import { checkNewChainParams } from '../../app/chain-presets';
import { checkTeacherBits } from '../../app/teacher-rules';
import { CLASSROOM_PARAMS } from '../../core/index';
import { memoryStatus } from '../../storage/index';
import { errorSentence } from '../errors/error-sentence';
import { languageForTests } from '../i18n/test-language';
import { LANGUAGES, type Language } from '../i18n/locales';
import { appSentence } from './app-sentence';
import { runFastForward, type FastForwardDeps } from '../../app/fast-forward-run';
import { createDemoNetwork } from '../../sim/scenarios/demo';
import { REGTEST_PARAMS } from '../../core/index';
import { fastForwardSummary } from '../network/simulated-mining-form';
import { PocketApp } from '../../app/pocket-app';
import { POOL_NOTICES, poolNotice, readPoolNotice, type PoolNoticeKey } from '../../workers/pool-notices';
import { poolNoticeSentence } from './pool-notice';
import { damageSentence } from './damage-sentence';
import type { DamageCode, StorageProblem } from '../../storage/store';
import { regtestDemo } from '../../app/testing';
import { createMemoryStore } from '../../storage/memory-store';
import { MiningPool } from '../../workers/index';
import { inProcessWorkers } from '../../workers/testing';

const language = languageForTests();
const inLanguage = <T>(l: Language, f: () => T): T => language.in(l, f);

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
}

/** One example of every sentence (typed: a key without an example fails tsc), numbers large enough to be grouped. */
const EXAMPLES: { readonly [K in AppSentenceKey]: AppSentenceParams[K] } = {
  writerNow: {},
  blocksUnreadable: { problem: 'disk unplugged' },
  savingFailed: { problem: 'QuotaExceededError' },
  progressUnreadable: { problem: 'bad JSON' },
  progressUnsaved: { problem: 'quota' },
  minersOff: {},
  enginesUnmeasured: { problem: 'no worker', engine: 'WebAssembly SIMD' },
  imported: { nodes: 3, blocks: 12345 },
  nodeRebuilt: { node: 'B', blocks: 4321, height: 4320 },
  demoFileRefused: { problem: 'it holds no wallets' },
  demoFileUnreadable: { problem: 'HTTP 404 for assets/demo.json' },
  browserDeletedData: { problem: 'Corruption: checksum mismatch' },
  storageSaving: {},
  storageNotSaving: { code: 'quota-exceeded', detail: 'QuotaExceededError' },
  noMinerLive: {},
  tooHardToSimulate: { hashes: 4_294_967_296n },
  noMinerToMine: {},
  maxTxs: {},
  hashShare: { max: 100 },
  hashPowerShare: {},
  workers: { min: 1, max: 64 },
  gpuOff: {},
  fastForwardBlocks: { max: 1000 },
  seedEmpty: {},
  walletSeedEmpty: {},
  walletExists: {},
  labelTooLong: { max: 40 },
  labelLength: { max: 40 },
  lastNode: {},
  ownPeer: {},
  delayRange: { what: 'jitter', max: 60_000 },
  lossRange: {},
  noPeers: { node: 'Node C' },
  noScore: { node: 'Node C', peer: 'D' },
  bitsNot32: {},
  bitsNegative: { bits: '0x1f80ffff' },
  bitsOverflow: { bits: '0x2200ffff' },
  targetTooEasy: { limit: '0x207fffff' },
  rewardRange: { max: 1000 },
  paramRange: { name: 'genesisBits', min: '0x03000001', max: '0x2100ffff', got: '0x02000001' },
  newChainOverrides: {},
  genesisTooEasy: { bits: '0x2100ffff', limit: '0x207fffff' },
  genesisTooHard: { bits: '0x1d00ffff', hashes: 4_295_032_833n, hardest: '0x1f00ffff', maxHashes: 20_000_000n },
  runStoppedByYou: {},
  runNetworkReplaced: {},
  runReadOnly: {},
  runProofNotFound: {},
  runNoBlockFound: {},
  partitionShape: {},
  partitionNodeTwice: { node: 'node-2' },
  labRunFailed: { label: 'q 0.1, z 6', problem: 'worker crashed' },
  attackStopped: { problem: 'node-3 went away' },
};

const examples = Object.entries(EXAMPLES).map(([key, params]) => ({ key, params }) as AppSentence);

/** The values an example names as they are in every language (numbers are grouped differently; `code` and `what` choose words, they are not shown). */
function valuesIn(s: AppSentence): string[] {
  return Object.entries(s.params)
    .filter(([k, v]) => typeof v === 'string' && k !== 'code' && k !== 'what')
    .map(([, v]) => v as string);
}

describe('the app layer’s sentences in the reader’s language', () => {
  it('English is the app’s own words (what window.pocket says)', () => {
    for (const s of examples) expect(appSentence(s), s.key).toBe(inEnglish(s));
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(APP_SENTENCES).sort());
  });

  for (const l of LANGUAGES.filter((x) => x !== 'en')) {
    it(`${l}: every sentence is there, in ${l} words, with the values it names`, () => {
      inLanguage(l, () => {
        for (const s of examples) {
          const said = appSentence(s);
          expect(said, s.key).not.toBe('');
          expect(said, s.key).not.toBe(inEnglish(s));
          for (const v of valuesIn(s)) expect(said, `${s.key} names ${v}`).toContain(v);
        }
      });
    });
  }

  it('writes the numbers a sentence names the language’s way', () => {
    const imported = said('imported', { nodes: 3, blocks: 12345 });
    expect(inLanguage('de', () => appSentence(imported))).toBe('3 Knoten und 12.345 Blöcke importiert.');
    expect(inLanguage('es', () => appSentence(imported))).toBe('Importados 3 nodos y 12.345 bloques.');
    expect(inLanguage('zh-CN', () => appSentence(imported))).toBe('已导入 3 个节点和 12,345 个区块。');
    expect(inLanguage('de', () => appSentence(said('delayRange', { what: 'latency', max: 60_000 })))).toBe('Die Latenz muss zwischen 0 und 60.000 ms liegen.');
    expect(inLanguage('de', () => appSentence(said('nodeRebuilt', { node: 'B', blocks: 1, height: 7 })))).toBe('Knoten B wurde aus 1 gespeicherten Block neu aufgebaut (Höhe 7).');
  });

  it('a notice carries its key and values beside the English text, and the page says it in German or Spanish', () => {
    const events = new AppEvents();
    const heard: { text: string; said: AppSentence }[] = [];
    events.on('notice', (n) => heard.push(n));
    events.notice('info', said('writerNow'));
    expect(heard[0]!.text).toBe('This tab can make changes now (the other tab was closed).');
    expect(inLanguage('de', () => appSentence(heard[0]!.said))).toBe('Dieser Tab kann jetzt Änderungen vornehmen (der andere Tab wurde geschlossen).');
    expect(inLanguage('es', () => appSentence(heard[0]!.said))).toBe('Esta pestaña ya puede hacer cambios (la otra pestaña se cerró).');
  });

  it('the storage status: saving, or why not with the browser’s words, in each language', () => {
    const full = memoryStatus('quota-exceeded', 'QuotaExceededError');
    expect(appSentence(storageSentence(full))).toBe(full.message);
    expect(inLanguage('es', () => appSentence(storageSentence(full)))).toMatch(/^El almacenamiento está lleno.*\(QuotaExceededError\).*no se guarda nada/);
    expect(inLanguage('de', () => appSentence(storageSentence({ persistent: true, code: 'ok' })))).toBe('Alles ist in diesem Browser gespeichert (IndexedDB).');
  });
});

describe('a refused value: its own sentence naming the field and the limit, in every language', () => {
  it('a value the page sends, refused by the app: the sentence of its key, not the general one', () => {
    const e = badValue('workers', said('workers', { min: 1, max: 64 }));
    expect(e.code).toBe('bad-argument');
    expect(e.message).toBe('Workers must be a whole number from 1 to 64.');
    expect(inLanguage('de', () => errorSentence(e))).toBe('Die Zahl der Worker muss eine ganze Zahl von 1 bis 64 sein.');
    expect(inLanguage('zh-CN', () => errorSentence(e))).toBe('Worker 数必须是 1 到 64 之间的整数。');
  });

  it('the new-chain check names the parameter and its range (hex for bits), in Spanish', () => {
    const e = thrown(() => checkNewChainParams({ ...CLASSROOM_PARAMS, genesisBits: 0x02000001 }));
    expect((e as Error).message).toBe('Consensus parameters: genesisBits must be an integer from 0x03000001 to 0x2100ffff, got 0x02000001.');
    expect(inLanguage('es', () => errorSentence(e))).toBe('Parámetro de consenso genesisBits: debe ser un entero de 0x03000001 a 0x2100ffff, no 0x02000001.');
    const hard = thrown(() => checkNewChainParams({ ...CLASSROOM_PARAMS, genesisBits: 0x1d00ffff }));
    expect(inLanguage('de', () => errorSentence(hard))).toMatch(/^Die Genesis-Schwierigkeit 0x1d00ffff braucht etwa 4\.295\.032\.833 Hashes pro Block/);
  });

  it('a difficulty whose bits encode a negative target says so, not the general sentence', () => {
    const e = thrown(() => checkTeacherBits(0x1f80ffff, CLASSROOM_PARAMS));
    expect(inLanguage('de', () => errorSentence(e))).toBe('Die Bits 0x1f80ffff kodieren ein negatives Ziel.');
    expect(inLanguage('de', () => errorSentence(e))).not.toBe('Dieser Wert wird nicht angenommen.');
  });
});

describe('why a run or an experiment stopped, in every language', () => {
  it('a fast-forward stopped by its Stop button says so in English to the API and in German on the page', async () => {
    const { network } = createDemoNetwork({ seed: 'stopped', params: REGTEST_PARAMS });
    const stop = new AbortController();
    stop.abort();
    const d: FastForwardDeps = {
      network: () => network,
      check: () => ({ ok: true, expectedHashes: 1n }),
      writable: () => true,
      now: () => 0,
      yieldToPage: async () => {},
      proof: async () => {},
    };
    const r = await runFastForward(d, 5, { signal: stop.signal });
    expect(r.stopped).toBe('You stopped it.');
    expect(r.stoppedSaid).toEqual(said('runStoppedByYou'));
    expect(inLanguage('de', () => fastForwardSummary(r, 5))).toMatch(/Du hast ihn angehalten\.$/);
    expect(inLanguage('zh-CN', () => fastForwardSummary(r, 5))).toMatch(/是你停止了它。$/);
  });
});

describe('a refused partition, in every language', () => {
  it('a node in two groups is refused by name, the network left whole; the page says it in Spanish and Chinese', async () => {
    const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
    const app = await PocketApp.open({ store: createMemoryStore(), pool, buildState: async (seed, params) => regtestDemo(seed, params) });
    const [a, b] = app.nodes.network.nodeIds();
    const e = thrown(() => app.nodes.partition([[a!, b!], [b!]]));
    expect((e as Error).message).toBe(`Node ${b} is in more than one group.`);
    expect(app.nodes.network.partitionGroups()).toBeNull();
    expect(inLanguage('es', () => errorSentence(e))).toBe(`El nodo ${b} está en más de un grupo.`);
    expect(inLanguage('zh-CN', () => errorSentence(e))).toBe(`节点 ${b} 出现在多个组中。`);
    const empty = thrown(() => app.nodes.partition([]));
    expect(inLanguage('de', () => errorSentence(empty))).toBe('Die Gruppen müssen eine nicht leere Liste von Listen von Knoten-IDs sein.');
  });
});

describe('the mining pool’s notice, in every language', () => {
  /** One notice of every template, with values that contain brackets and digits as real ones do. */
  const NOTICES: { readonly [K in PoolNoticeKey]: string } = {
    simdUnavailable: poolNotice('simdUnavailable', { reason: "this browser's WebAssembly has no SIMD" }),
    gpuOwnWorker: poolNotice('gpuOwnWorker', {}),
    workerStopped: poolNotice('workerStopped', { reason: 'worker crashed (out of memory)', left: 3 }),
    gpuStopped: poolNotice('gpuStopped', { reason: 'device lost' }),
    gpuNotStarted: poolNotice('gpuNotStarted', { reason: 'no WebGPU adapter is available' }),
    workersNotStarted: poolNotice('workersNotStarted', { failed: 2, count: 4, reason: 'Worker is not defined' }),
    mainThread: poolNotice('mainThread', { reason: 'Worker is not defined' }),
  };

  it('English is the pool’s own notice, read back from its template', () => {
    expect(Object.keys(NOTICES).sort()).toEqual(Object.keys(POOL_NOTICES).sort());
    for (const notice of Object.values(NOTICES)) expect(poolNoticeSentence(notice)).toBe(notice);
    expect(readPoolNotice(NOTICES.workerStopped)).toEqual({ key: 'workerStopped', values: { reason: 'worker crashed (out of memory)', left: '3' } });
    expect(NOTICES.simdUnavailable).toBe("WebAssembly SIMD is unavailable (this browser's WebAssembly has no SIMD); the JavaScript kernel runs instead.");
  });

  for (const l of LANGUAGES.filter((x) => x !== 'en')) {
    it(`${l}: every notice is said in ${l} words, with the reason and numbers it names`, () => {
      inLanguage(l, () => {
        for (const [key, notice] of Object.entries(NOTICES)) {
          const said = poolNoticeSentence(notice);
          expect(said, key).not.toBe(notice);
          for (const v of Object.values(readPoolNotice(notice)!.values)) expect(said, `${key} names ${v}`).toContain(v);
        }
      });
    });
  }

  it('the SIMD fallback in German keeps the browser’s reason; a notice written otherwise is shown as it came', () => {
    expect(inLanguage('de', () => poolNoticeSentence(NOTICES.simdUnavailable))).toBe(
      "WebAssembly SIMD ist nicht verfügbar (this browser's WebAssembly has no SIMD); stattdessen läuft der JavaScript-Kernel.",
    );
    expect(inLanguage('zh-CN', () => poolNoticeSentence(NOTICES.workerStopped))).toBe('一个挖矿 Worker 停止了（worker crashed (out of memory)）；还有 3 个在挖矿。');
    expect(inLanguage('es', () => poolNoticeSentence('Something else happened.'))).toBe('Something else happened.');
  });
});

describe('the damaged-storage list, in every language', () => {
  const CODES: readonly DamageCode[] = [
    'params-missing', 'params-invalid', 'record-unparseable', 'block-missing', 'block-unparseable', 'block-hash-mismatch', 'tip-missing',
    'undo-missing', 'undo-mismatch', 'restore-failed', 'utxo-mismatch', 'mempool-refused', 'wallet-invalid',
  ];
  const problem = (code: DamageCode): StorageProblem =>
    code.startsWith('params') ? { code, store: 'meta', key: 'params', message: `The stored parameters: ${code}.` } : { code, nodeId: 'node-2', store: 'chainstate', key: 'k-17', message: `Node node-2: ${code} (the stored words).` };

  it('English shows the storage layer’s own sentence', () => {
    for (const code of CODES) expect(damageSentence(problem(code))).toBe(problem(code).message);
  });

  for (const l of LANGUAGES.filter((x) => x !== 'en')) {
    it(`${l}: every damage code is said in ${l} words, naming the node, store and key`, () => {
      inLanguage(l, () => {
        for (const code of CODES) {
          const p = problem(code);
          const said = damageSentence(p);
          expect(said, code).not.toBe(p.message);
          if (p.nodeId) for (const v of [p.nodeId, p.store, p.key!]) expect(said, `${code} names ${v}`).toContain(v);
        }
      });
    });
  }

  it('a broken checkpoint in German names the node, store and key', () => {
    const p: StorageProblem = { code: 'record-unparseable', nodeId: 'node-1', store: 'chainstate', key: 'node-1', message: 'Node node-1: its checkpoint does not parse (bad JSON).' };
    expect(inLanguage('de', () => damageSentence(p))).toBe('Knoten node-1, Speicher chainstate, Schlüssel node-1: Ein gespeicherter Eintrag ist nicht lesbar.');
  });
});
