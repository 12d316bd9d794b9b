/**
 * The lab in the running app: attacks and network effects measured against
 * the papers (src/lab). Three experiments run on their own small networks in
 * the lab's Web Workers (src/workers/lab-runner.ts), never on the live one:
 * the double-spend race, selfish mining and the stale rate. The fourth, the
 * 51% attack, is meant for the live network: it runs here in slices of a few
 * milliseconds, holding the clock, so the page stays responsive and every
 * panel shows the reorg.
 *
 * One experiment at a time; Cancel stops it. Results are kept (this session
 * only) so the page can plot every point run, from the page or from the API.
 */
import { type Wallet } from '../core/index';
import {
  checkMajorityAttack,
  majorityAttackSteps,
  planDoubleSpendRace,
  planSelfishMining,
  planStaleRate,
  raceCsv,
  selfishCsv,
  staleCsv,
  summariseDoubleSpendRace,
  summariseSelfishMining,
  summariseStaleRate,
  type DoubleSpendRaceInput,
  type DoubleSpendRaceResult,
  type LabTask,
  type LabTaskResults,
  type MajorityAttackInput,
  type MajorityAttackResult,
  type SelfishMiningInput,
  type SelfishMiningResult,
  type StalePoint,
  type StaleRateInput,
} from '../lab/index';
import { LabCancelledError, type LabRunner } from '../workers/index';
import type { AppEvents } from './app-events';
import type { ClockService } from './clock-service';
import { PocketError } from './errors';
import { MAX_SIMULATED_HASHES, checkSimulatedMining, yieldToPage } from './fast-forward';
import type { NodeService } from './node-service';
import type { WalletService } from './wallet-service';
import type { WriteGuard } from './write-guard';

export type LabExperiment = 'race' | 'selfish' | 'stale' | 'majority';

export interface LabProgress {
  readonly experiment: LabExperiment;
  /** What is running, in words ("q 0.3, z 2"). */
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly unit: 'trials' | 'blocks';
}

/** A payment the 51% attack took out of the chain, for the page's list. */
export interface ReversedPayment {
  readonly txid: string;
  readonly outputs: readonly { readonly address: string; readonly amount: number }[];
  /** Back in the followed node's pool (it may confirm again), or dropped as a conflict. */
  readonly inPool: boolean;
}

export interface MajorityAttackReport extends Omit<MajorityAttackResult, 'reversed'> {
  readonly share: number;
  readonly depth: number;
  readonly nodeId: string;
  readonly attackerAddress: string;
  readonly reversedPayments: readonly ReversedPayment[];
}

export interface LabResults {
  readonly race: readonly DoubleSpendRaceResult[];
  readonly selfish: readonly SelfishMiningResult[];
  readonly stale: readonly StalePoint[];
  readonly majority: readonly MajorityAttackReport[];
}

export interface LabServiceDeps {
  readonly runner: LabRunner;
  readonly nodes: NodeService;
  readonly wallets: WalletService;
  readonly clock: ClockService;
  readonly guard: WriteGuard;
  readonly events: AppEvents;
}

/** The page hears progress a few times a second at most. */
const PROGRESS_EVERY_MS = 150;
const SLICE_MS = 12;
const ATTACKER_LABEL = 'Attacker';

/** A lab function's RangeError/TypeError ("q must be ...") as a PocketError naming the argument. */
function argumentError(e: unknown): PocketError {
  const message = (e as Error)?.message ?? String(e);
  const field = /^(\w+) must/.exec(message)?.[1];
  return new PocketError(
    'bad-argument',
    message.charAt(0).toUpperCase() + message.slice(1) + (message.endsWith('.') ? '' : '.'),
    field,
  );
}

export class LabService {
  private progressValue: LabProgress | null = null;
  private abort: AbortController | null = null;
  private lastNotice = 0;
  private kept: {
    race: DoubleSpendRaceResult[];
    selfish: SelfishMiningResult[];
    stale: StalePoint[];
    majority: MajorityAttackReport[];
  } = {
    race: [],
    selfish: [],
    stale: [],
    majority: [],
  };

  constructor(private readonly d: LabServiceDeps) {}

  /** What runs now, with its progress; null when nothing does. */
  get running(): LabProgress | null {
    return this.progressValue;
  }

  get results(): LabResults {
    return this.kept;
  }

  /** Where experiments run: 'worker', 'main-thread' (workers could not start), or 'idle' before the first. */
  get mode(): 'worker' | 'main-thread' | 'idle' {
    return this.d.runner.mode;
  }

  /** Starts the workers ahead of the first run (the page calls it when the lab opens). */
  async prepare(): Promise<void> {
    await this.d.runner.prepare();
    this.changed();
  }

  async doubleSpendRace(input: DoubleSpendRaceInput): Promise<DoubleSpendRaceResult> {
    const plan = this.plan(() => planDoubleSpendRace(input));
    const tallies = await this.runTasks(
      'race',
      `q ${plan.q}, z ${plan.z}${plan.premined ? `, ${plan.premined} premined` : ''}`,
      'trials',
      plan.tasks,
    );
    return this.keep('race', summariseDoubleSpendRace(plan, tallies as LabTaskResults['race'][]));
  }

  async selfishMining(input: SelfishMiningInput): Promise<SelfishMiningResult> {
    const plan = this.plan(() => planSelfishMining(input));
    const segments = await this.runTasks(
      'selfish',
      `α ${plan.settings.alpha}, γ ${plan.settings.gamma}`,
      'blocks',
      plan.tasks,
    );
    return this.keep(
      'selfish',
      summariseSelfishMining(plan, segments as LabTaskResults['selfish'][]),
    );
  }

  async staleRate(input: StaleRateInput): Promise<StalePoint[]> {
    const plan = this.plan(() => planStaleRate(input));
    const samples = await this.runTasks(
      'stale',
      `${plan.tasks.length} delay${plan.tasks.length === 1 ? '' : 's'}`,
      'blocks',
      plan.tasks,
    );
    const points = summariseStaleRate(samples as LabTaskResults['stale'][]);
    this.kept = { ...this.kept, stale: [...this.kept.stale, ...points] };
    this.changed();
    return points;
  }

  /** Whether the 51% attack can run on the live network now; else why not, in a sentence. */
  majorityCheck(): { ok: boolean; reason?: string } {
    const c = checkSimulatedMining(this.d.nodes.network, this.d.nodes.selected.id);
    if (c.ok) return { ok: true };
    if (c.expectedHashes <= MAX_SIMULATED_HASHES) return { ok: false, reason: c.reason };
    return {
      ok: false,
      reason:
        `The attack mines on this page's thread, so it needs an easy target, and each block here needs about ${c.expectedHashes.toLocaleString('en-US')} hashes. ` +
        'Create a Simulation chain in Settings (or call resetSystem({ preset: "simulation" })) to run it.',
    };
  }

  /**
   * The 51% attack on the live network, against the followed node's chain:
   * an attacker with `share` of the hash power rewrites its last `depth` blocks.
   * Its rewards go to the wallet labelled "Attacker" (made if missing).
   */
  async majorityAttack(input: MajorityAttackInput): Promise<MajorityAttackReport> {
    this.d.guard.assertWritable();
    this.assertIdle();
    const check = this.majorityCheck();
    if (!check.ok) throw new PocketError('bad-argument', check.reason!);
    const reference = this.d.nodes.selected;
    try {
      checkMajorityAttack(this.d.nodes.network, input, { referenceNodeId: reference.id });
    } catch (e) {
      throw argumentError(e);
    }
    const attacker = this.attackerWallet();
    const steps = majorityAttackSteps(this.d.nodes.network, input, {
      referenceNodeId: reference.id,
      attackerAddress: attacker.address,
      addNode: (o) => this.d.nodes.addDetached({ id: o.id!, label: o.label ?? ATTACKER_LABEL }),
      removeNode: (id) => this.d.nodes.removeDetached(id),
    });
    const controller = new AbortController();
    this.abort = controller;
    const release = this.d.clock.hold();
    this.progress(
      {
        experiment: 'majority',
        label: `share ${input.share}, depth ${input.depth}`,
        done: 0,
        total: input.depth + 1,
        unit: 'blocks',
      },
      true,
    );
    try {
      let r = steps.next();
      while (!r.done) {
        await yieldToPage();
        if (controller.signal.aborted) {
          steps.return(undefined as never);
          throw new PocketError(
            'lab-cancelled',
            'The attack was cancelled: the attacker gave up and left the network (its blocks stayed private).',
          );
        }
        const start = performance.now();
        do {
          this.progress({
            experiment: 'majority',
            label: this.progressValue!.label,
            done: r.value,
            total: Math.max(r.value, input.depth + 1),
            unit: 'blocks',
          });
          r = steps.next();
        } while (!r.done && performance.now() - start < SLICE_MS);
      }
      const result = r.value;
      const chain = reference.chain;
      const report: MajorityAttackReport = {
        attackerId: result.attackerId,
        forkHeight: result.forkHeight,
        reorgDepth: result.reorgDepth,
        reversedTxids: result.reversedTxids,
        returnedToPool: result.returnedToPool,
        blocks: result.blocks,
        honestBlocks: result.honestBlocks,
        share: input.share,
        depth: input.depth,
        nodeId: reference.id,
        attackerAddress: attacker.address,
        reversedPayments: result.reversed.map((tx, i) => ({
          txid: result.reversedTxids[i]!,
          outputs: tx.outputs.map((o) => ({ address: o.address, amount: o.amount })),
          inPool: chain.mempool.has(result.reversedTxids[i]!),
        })),
      };
      this.kept = { ...this.kept, majority: [...this.kept.majority, report] };
      return report;
    } catch (e) {
      throw e instanceof PocketError
        ? e
        : new PocketError('bad-argument', `The attack stopped: ${(e as Error).message}.`);
    } finally {
      release();
      this.abort = null;
      this.progress(null, true);
    }
  }

  /** Stops what runs (a worker run ends at once; the attack at its next slice). False if nothing ran. */
  cancel(): boolean {
    if (!this.abort) return false;
    this.abort.abort();
    return true;
  }

  /** Forgets the kept results of one experiment. */
  clear(experiment: LabExperiment): void {
    if (!['race', 'selfish', 'stale', 'majority'].includes(experiment))
      throw new PocketError(
        'bad-argument',
        'experiment must be race, selfish, stale or majority.',
        'experiment',
      );
    this.kept = { ...this.kept, [experiment]: [] };
    this.changed();
  }

  /** The kept results of an experiment as CSV (RFC 4180). */
  csv(experiment: Exclude<LabExperiment, 'majority'>): string {
    if (experiment === 'race') return raceCsv(this.kept.race);
    if (experiment === 'selfish') return selfishCsv(this.kept.selfish);
    if (experiment === 'stale') return staleCsv(this.kept.stale);
    throw new PocketError(
      'bad-argument',
      'experiment must be race, selfish or stale.',
      'experiment',
    );
  }

  // --- running ---

  private plan<T>(make: () => T): T {
    this.assertIdle();
    try {
      return make();
    } catch (e) {
      throw argumentError(e);
    }
  }

  private assertIdle(): void {
    if (this.progressValue)
      throw new PocketError(
        'lab-busy',
        `The lab is running ${this.progressValue.label}: wait for it or cancel it.`,
      );
  }

  private async runTasks(
    experiment: LabExperiment,
    label: string,
    unit: LabProgress['unit'],
    tasks: readonly LabTask[],
  ) {
    const controller = new AbortController();
    this.abort = controller;
    this.progress(
      {
        experiment,
        label,
        done: 0,
        total: tasks.reduce((s, t) => s + (t.kind === 'race' ? t.to - t.from : t.blocks), 0),
        unit,
      },
      true,
    );
    try {
      return await this.d.runner.run(tasks, {
        signal: controller.signal,
        onProgress: (done, total) => this.progress({ experiment, label, done, total, unit }),
      });
    } catch (e) {
      if (e instanceof LabCancelledError)
        throw new PocketError(
          'lab-cancelled',
          `The run (${label}) was cancelled: nothing was kept.`,
        );
      throw new PocketError('bad-argument', `The run (${label}) failed: ${(e as Error).message}.`);
    } finally {
      this.abort = null;
      this.progress(null, true);
    }
  }

  private keep<K extends 'race' | 'selfish'>(
    experiment: K,
    result: LabResults[K][number],
  ): LabResults[K][number] {
    this.kept = { ...this.kept, [experiment]: [...this.kept[experiment], result] };
    this.changed();
    return result;
  }

  private progress(p: LabProgress | null, now = false): void {
    this.progressValue = p;
    const t = performance.now();
    if (!now && t - this.lastNotice < PROGRESS_EVERY_MS) return;
    this.lastNotice = t;
    this.changed();
  }

  private changed(): void {
    this.d.events.changed(['lab']);
  }

  private attackerWallet(): Wallet {
    return (
      this.d.wallets.list.find((w) => w.label === ATTACKER_LABEL) ??
      this.d.wallets.create({ label: ATTACKER_LABEL })
    );
  }
}
