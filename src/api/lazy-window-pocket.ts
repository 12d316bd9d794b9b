/**
 * window.pocket as the page sets it: every method of the API (window-api.ts),
 * each of which loads the API's code with the first call and then forwards to
 * it. A student who never opens the console does not download the API; a
 * script or the console sees every method at once (autocomplete, help()) and
 * waits a few milliseconds on its first call, as every method is async anyway.
 */
import type { PocketApp } from '../app/pocket-app';
import type { LabApi } from './types';
import type { WindowPocket } from './window-api';
import { WINDOW_POCKET_HELP } from './window-help';
import { loadOnce } from '../load-once';

/** The API's methods besides lab and help(); the type below fails to compile if one is missing. */
export const WINDOW_POCKET_METHODS = [
  'newWallet', 'getWallets', 'getBalance', 'send', 'mineBlock', 'getBlocks', 'getChainstate', 'getPool',
  'resetSystem', 'getNodes', 'addNode', 'registerNodes', 'resolveConflicts', 'selectNode', 'setDifficulty',
  'startMining', 'stopMining', 'getMiningStats', 'getMiningEngines', 'setMiningEngine', 'measureMiningEngines',
  'setGpuMining', 'inspectHeader', 'merkleRoot', 'merkleProof', 'verifyMerkleProof', 'submitBlock',
  'exportState', 'importState', 'partition', 'heal', 'removeNode', 'setReward', 'setLatency', 'settle',
  'setSimulatedMining', 'getClock', 'stepBlock', 'fastForward', 'getReorgs', 'flush',
] as const satisfies readonly (keyof WindowPocket)[];

export const LAB_METHODS = ['doubleSpendRace', 'selfishMining', 'staleRate', 'majorityAttack', 'cancel'] as const satisfies readonly (keyof LabApi)[];

// Compile-time completeness: a method added to WindowPocket or LabApi must be listed above.
type Unlisted = Exclude<keyof WindowPocket, (typeof WINDOW_POCKET_METHODS)[number] | 'lab' | 'help'> | Exclude<keyof LabApi, (typeof LAB_METHODS)[number]>;
const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyMethodListed;

type Method = (...args: unknown[]) => Promise<unknown>;
type ApiModule = Pick<typeof import('./window-api'), 'createWindowPocket'>;

export function lazyWindowPocket(app: PocketApp, load: () => Promise<ApiModule> = () => import('./window-api')): WindowPocket {
  // Offline before the chunk was cached: the call says so, and the next one tries again.
  const api = loadOnce(() =>
    load().then(
      (m) => m.createWindowPocket(app),
      (e: unknown) => {
        throw new Error(`window.pocket could not load its code: ${e instanceof Error ? e.message : String(e)}`);
      },
    ),
  );
  const forward = (methods: readonly string[], of: (p: WindowPocket) => object) =>
    Object.fromEntries(
      methods.map((name) => [name, (...args: unknown[]) => api().then((p) => (of(p) as Record<string, Method>)[name]!(...args))]),
    );
  return {
    ...forward(WINDOW_POCKET_METHODS, (p) => p),
    lab: forward(LAB_METHODS, (p) => p.lab),
    help: () => WINDOW_POCKET_HELP,
  } as unknown as WindowPocket;
}
