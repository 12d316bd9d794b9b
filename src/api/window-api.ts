/**
 * window.pocket: the typed API for the devtools console and Playwright, plus a
 * few teaching helpers the original API did not have (partition, heal, ...).
 *
 *   await pocket.newWallet('alice')
 *   await pocket.mineBlock((await pocket.getWallets())[0].address)
 *   await pocket.getBlocks()
 */
import { call, requireString } from './arguments';
import { createPocketApi } from './pocket-api';
import type { PocketApp } from '../app/pocket-app';
import type { ReorgReport } from '../app/reorg-service';
import type { PocketApi } from './types';
import { WINDOW_POCKET_HELP } from './window-help';

export interface WindowPocket extends PocketApi {
  /** Splits the network: messages between groups are dropped until heal(). */
  partition(groups: string[][]): Promise<void>;
  heal(): Promise<void>;
  removeNode(nodeId: string): Promise<void>;
  /** Block reward in base units from the next block on. */
  setReward(units: number): Promise<{ height: number; reward: number }>;
  /** Default one-way latency (ms) of every link. */
  setLatency(ms: number): Promise<void>;
  /** Delivers every message in flight now (virtual time jumps ahead); for tests and impatient teachers. */
  settle(): Promise<void>;
  /** Simulated (Poisson) miners on or off: the living network; at a real target the workers find each block's proof while the clock waits. */
  setSimulatedMining(on: boolean): Promise<void>;
  /** The simulation clock: virtual ms since it started, paused, speed, blocks found by any miner so far (stale ones too), and whether the simulated miners are on. */
  getClock(): Promise<{ virtualMs: number; paused: boolean; speed: number; blocksFound: number; simulatedMining: boolean }>;
  /** Runs the network up to the next simulated block; null when none was found. */
  stepBlock(): Promise<{ nodeId: string; hash: string; height: number; time: number } | null>;
  /** `blocks` (1..1000) simulated blocks as fast as possible (at a real target the workers search each proof flat out): { blocks, seconds, stale, reorgs }. */
  fastForward(
    blocks: number,
  ): Promise<{ blocks: number; seconds: number; stale: number; reorgs: number; stopped?: string }>;
  /** Every reorg of this session (of one node when given), oldest first: depth, blocks, payments returned and reversed with the winner. */
  getReorgs(nodeId?: string): Promise<ReorgReport[]>;
  /** Resolves when every change so far is saved in IndexedDB. */
  flush(): Promise<void>;
  /** The list of methods with one line each. */
  help(): string;
}

/**
 * Delivers everything in flight. A simulated block waiting for its proof holds
 * the clock (the workers search it): wait for it, then go on delivering.
 */
async function settleWithProofs(app: PocketApp): Promise<void> {
  for (let round = 0; round < 50; round++) {
    await app.mining.proofs.idle();
    app.clock.settle();
    if (!app.mining.proofs.pending) return;
  }
}

export function createWindowPocket(app: PocketApp): WindowPocket {
  const api = createPocketApi(app);
  // As the typed API's calls: once the stored blocks are read, errors as PocketErrors.
  const wrap = <T>(fn: () => T | Promise<T>) => call(app, fn);
  return {
    ...api,
    partition: (groups) => wrap(() => app.nodes.partition(groups)),
    heal: () => wrap(() => app.nodes.heal()),
    removeNode: (id) => wrap(() => app.nodes.remove(requireString(id, 'nodeId'))),
    setReward: (units) => wrap(() => app.rules.setReward(units)),
    setLatency: (ms) => wrap(() => app.nodes.setLatency(ms)),
    settle: () => wrap(() => settleWithProofs(app)),
    setSimulatedMining: (on) => wrap(() => app.simulation.setEnabled(on)),
    getClock: () =>
      wrap(() => ({
        virtualMs: app.clock.now(),
        paused: app.clock.paused,
        speed: app.settings.current.speed,
        blocksFound: app.nodes.network.stats().network.blocksFound,
        simulatedMining: app.simulation.enabled,
      })),
    stepBlock: () => wrap(() => app.simulation.step()),
    fastForward: (blocks) => wrap(() => app.simulation.fastForward(blocks)),
    getReorgs: (nodeId) => wrap(() => app.reorgs.reports(nodeId === undefined ? undefined : requireString(nodeId, 'nodeId'))),
    flush: () => app.lifecycle.flush(),
    help: () => WINDOW_POCKET_HELP,
  };
}
