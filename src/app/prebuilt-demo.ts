/**
 * A first visit's demo from the file `npm run build` wrote (demo-file.ts)
 * instead of mining its history. The file is untrusted input like any import:
 * it goes through the same validation (every block replayed, the UTXO sets
 * compared, the network section checked) and must be the demo of the default
 * seed with the demo's params. A file that cannot be read or is refused is
 * reported in a notice naming what is wrong, and the demo is mined as before.
 * Any other seed or params (a reset to another chain) is mined.
 *
 * A state that passed the check is remembered with the check's verdict
 * (`demoFileCheck`), so that the lifecycle can say it was verified before it
 * was saved instead of replaying it again at once; a mined demo has no such
 * verdict and is verified from storage as usual. The check's verdicts on the
 * pools' signatures go to this thread's signature cache, so the restore that
 * accepts the same pools does not verify them again.
 */
import { said, type AppSentence } from './app-sentences';
import { addVerifiedSignatures, type ConsensusParams } from '../core/index';
import type { ImportResult, PersistedState } from '../storage/index';
import type { AppEvents } from './app-events';
import { checkImportedNetwork } from './import-network-check';
import { DEFAULT_SEED } from './settings';
import { DEMO_PARAMS } from './tasks';
import type { DemoFileCheck } from './verification-service';

export type DemoBuilder = (seed: string, params?: ConsensusParams) => Promise<PersistedState>;

export interface PrebuiltDemoDeps {
  /** Mines the demo (in the tasks worker). */
  readonly build: DemoBuilder;
  /** The built file's text; null where the build wrote none (the dev server). Rejects when it cannot be read. */
  readonly read: () => Promise<string | null>;
  /** The import's validation (in the tasks worker). */
  readonly validateImport: (text: string) => Promise<ImportResult>;
  readonly events: AppEvents;
}

/** JSON with sorted keys: two params objects are the same set whatever order their fields were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The verdicts of accepted demo files, by their nodes (the part the check
 * replayed: blocks, UTXO sets, undo data, pools). Weak: a state dropped is
 * forgotten.
 */
const accepted = new WeakMap<PersistedState['nodes'], DemoFileCheck>();

/** The verdict of the demo file's check whose state has exactly these `nodes`; null for any other state (mined, imported, stored). */
export function demoFileCheck(nodes: PersistedState['nodes']): DemoFileCheck | null {
  return accepted.get(nodes) ?? null;
}

/** The file's state, or why it is refused. */
async function fromFile(d: PrebuiltDemoDeps, text: string): Promise<PersistedState | string> {
  const result = await d.validateImport(text);
  // The problem's message names the place (blocks[3], nodes[0].tip...).
  if (!result.ok) return result.problem.message;
  try {
    checkImportedNetwork(result.state);
  } catch (e) {
    return (e as Error).message;
  }
  if (result.state.settings.seed !== DEFAULT_SEED) return `it is the demo of seed ${JSON.stringify(result.state.settings.seed)}, not of ${JSON.stringify(DEFAULT_SEED)}`;
  if (canonical(result.state.params) !== canonical(DEMO_PARAMS)) return `its consensus params are not the demo's (${DEMO_PARAMS.name})`;
  if (!result.includesWallets) return 'it holds no wallets';
  const nodes = result.state.nodes;
  accepted.set(nodes, { ok: true, blocks: nodes.reduce((sum, n) => sum + n.blocks.length, 0), nodes: nodes.length });
  // The check verified the pools' signatures (in the tasks worker): the restore that accepts the
  // same pools on this thread finds those verdicts instead of verifying every signature again.
  addVerifiedSignatures(result.poolSignatures);
  return result.state;
}

/** `build`, with the default seed's demo taken from the built file where there is a good one. */
export function prebuiltDemoFirst(d: PrebuiltDemoDeps): DemoBuilder {
  return async (seed, params) => {
    if (seed !== DEFAULT_SEED || params !== undefined) return d.build(seed, params);
    let why: AppSentence;
    try {
      const text = await d.read();
      performance.mark('pocket:demo-read');
      if (text === null) return d.build(seed);
      const state = await fromFile(d, text);
      performance.mark('pocket:demo-checked');
      if (typeof state !== 'string') return state;
      why = said('demoFileRefused', { problem: state });
    } catch (e) {
      why = said('demoFileUnreadable', { problem: (e as Error).message });
    }
    d.events.notice('warn', why);
    return d.build(seed);
  };
}
