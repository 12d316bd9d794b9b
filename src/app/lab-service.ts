/**
 * The lab in the running app: attacks and network effects measured against
 * the papers (src/lab). Three experiments run on their own small networks in
 * the lab's Web Workers (src/workers/lab-runner.ts), never on the live one:
 * the double-spend race, selfish mining and the stale rate. The fourth, the
 * 51% attack, is meant for the live network (live-attack.ts): it runs on the
 * page's thread in slices, holding the clock, and every panel shows the reorg.
 *
 * One experiment at a time; Cancel stops it. Results are kept (this session
 * only) so the page can plot every point run, from the page or from the API.
 */
import { said, type AppSentence } from './app-sentences';
import { type Wallet } from '../core/index';
import type {
  DoubleSpendRaceInput,
  DoubleSpendRaceResult,
  LabTask,
  LabTaskResults,
  MajorityAttackInput,
  SelfishMiningInput,
  SelfishMiningResult,
  StalePoint,
  StaleRateInput,
} from '../lab/index';
import type { LabRunner } from '../workers/lab-runner';
import type { AppEvents } from './app-events';
import type { ClockService } from './clock-service';
import { PocketError, badValue } from './errors';
import { liveAttackCheck, type MajorityAttackReport } from './live-attack';
import type { NodeService } from './node-service';
import type { WalletService } from './wallet-service';
import type { WriteGuard } from './write-guard';

export type { MajorityAttackReport, ReversedPayment } from './live-attack';

export type LabExperiment = 'race' | 'selfish' | 'stale' | 'majority';

export interface LabProgress {
  readonly experiment: LabExperiment;
  /** What is running, in words ("q 0.3, z 2"). */
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly unit: 'trials' | 'blocks';
}

export interface LabResults {
  readonly race: readonly DoubleSpendRaceResult[];
  readonly selfish: readonly SelfishMiningResult[];
  readonly stale: readonly StalePoint[];
  readonly majority: readonly MajorityAttackReport[];
}

export interface LabServiceDeps {
  /** Where experiments run (default: a LabRunner on Web Workers, made with the first run or prepare). */
  readonly runner?: LabRunner;
  readonly nodes: NodeService;
  readonly wallets: WalletService;
  readonly clock: ClockService;
  readonly guard: WriteGuard;
  readonly events: AppEvents;
}

/** The page hears progress a few times a second at most. */
const PROGRESS_EVERY_MS = 150;

/**
 * The lab's plans and checks, loaded with the first run: a first visit does not need them.
 * The closed forms and the CSV are not here either: the Lab panel imports them (src/lab/theory/curves.ts, src/lab/csv.ts).
 */
const labCode = () => import('../lab/index');
const ATTACKER_LABEL = 'Attacker';

/**
 * A lab function's RangeError/TypeError ("q must be ...") as a PocketError naming the argument.
 * A sentence that starts with the argument's name keeps its case: "Q must be" would name no argument.
 */
function argumentError(e: unknown): PocketError {
  const message = (e as Error)?.message ?? String(e);
  const field = /^(\w+) must/.exec(message)?.[1];
  const sentence = field ? message : message.charAt(0).toUpperCase() + message.slice(1);
  return new PocketError('bad-argument', sentence + (message.endsWith('.') ? '' : '.'), field);
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

  /** The runner, its code (lab-runner.ts and the lab workers' backend) loaded with the first run: a first visit does not need it. */
  private runner: LabRunner | undefined;

  constructor(private readonly d: LabServiceDeps) {
    this.runner = d.runner;
  }

  /** What runs now, with its progress; null when nothing does. */
  get running(): LabProgress | null {
    return this.progressValue;
  }

  get results(): LabResults {
    return this.kept;
  }

  /** Where experiments run: 'worker', 'main-thread' (workers could not start), or 'idle' before the first. */
  get mode(): 'worker' | 'main-thread' | 'idle' {
    return this.runner?.mode ?? 'idle';
  }

  /** Starts the workers ahead of the first run (the page calls it when the lab opens). */
  async prepare(): Promise<void> {
    await (await this.labRunner()).prepare();
    this.changed();
  }

  async doubleSpendRace(input: DoubleSpendRaceInput): Promise<DoubleSpendRaceResult> {
    const lab = await labCode();
    const plan = this.plan(() => lab.planDoubleSpendRace(input));
    const tallies = await this.runTasks('race', `q ${plan.q}, z ${plan.z}${plan.premined ? `, ${plan.premined} premined` : ''}`, 'trials', plan.tasks);
    return this.keep('race', lab.summariseDoubleSpendRace(plan, tallies as LabTaskResults['race'][]));
  }

  async selfishMining(input: SelfishMiningInput): Promise<SelfishMiningResult> {
    const lab = await labCode();
    const plan = this.plan(() => lab.planSelfishMining(input));
    const segments = await this.runTasks('selfish', `α ${plan.settings.alpha}, γ ${plan.settings.gamma}`, 'blocks', plan.tasks);
    return this.keep('selfish', lab.summariseSelfishMining(plan, segments as LabTaskResults['selfish'][]));
  }

  async staleRate(input: StaleRateInput): Promise<StalePoint[]> {
    const lab = await labCode();
    const plan = this.plan(() => lab.planStaleRate(input));
    const samples = await this.runTasks('stale', `${plan.tasks.length} delay${plan.tasks.length === 1 ? '' : 's'}`, 'blocks', plan.tasks);
    const points = lab.summariseStaleRate(samples as LabTaskResults['stale'][]);
    this.kept = { ...this.kept, stale: [...this.kept.stale, ...points] };
    this.changed();
    return points;
  }

  /** Whether the 51% attack can run on the live network now; else why not, in a sentence. */
  majorityCheck(): { ok: boolean; reason?: string; said?: AppSentence } {
    return liveAttackCheck(this.d.nodes);
  }

  /**
   * The 51% attack on the live network, against the followed node's chain:
   * an attacker with `share` of the hash power rewrites its last `depth` blocks.
   * Its rewards go to the wallet labelled "Attacker" (made if missing).
   */
  async majorityAttack(input: MajorityAttackInput): Promise<MajorityAttackReport> {
    const [{ checkMajorityAttack }, { runLiveAttack }] = await Promise.all([labCode(), import('./live-attack-run')]);
    this.d.guard.assertWritable();
    this.assertIdle();
    const check = this.majorityCheck();
    if (!check.ok) throw check.said ? badValue(undefined, check.said) : new PocketError('bad-argument', check.reason!);
    try {
      checkMajorityAttack(this.d.nodes.network, input, {
        referenceNodeId: this.d.nodes.selected.id,
      });
    } catch (e) {
      throw argumentError(e);
    }
    const controller = new AbortController();
    this.abort = controller;
    const label = `share ${input.share}, depth ${input.depth}`;
    this.progress({ experiment: 'majority', label, done: 0, total: input.depth + 1, unit: 'blocks' }, true);
    try {
      const report = await runLiveAttack({ nodes: this.d.nodes, clock: this.d.clock, attacker: this.attackerWallet() }, input, {
        signal: controller.signal,
        onProgress: (done) =>
          this.progress({
            experiment: 'majority',
            label,
            done,
            total: Math.max(done, input.depth + 1),
            unit: 'blocks',
          }),
      });
      this.kept = { ...this.kept, majority: [...this.kept.majority, report] };
      return report;
    } finally {
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
      throw new PocketError('bad-argument', 'experiment must be race, selfish, stale or majority.', 'experiment');
    this.kept = { ...this.kept, [experiment]: [] };
    this.changed();
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
    if (this.progressValue) throw new PocketError('lab-busy', `The lab is running ${this.progressValue.label}: wait for it or cancel it.`);
  }

  private async labRunner(): Promise<LabRunner> {
    if (!this.runner) {
      const { LabRunner } = await import('../workers/lab-runner');
      this.runner ??= new LabRunner();
    }
    return this.runner;
  }

  private async runTasks(experiment: LabExperiment, label: string, unit: LabProgress['unit'], tasks: readonly LabTask[]) {
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
      // Busy (above) before the runner's code loads: a second run meanwhile is refused, a cancel still counts.
      const runner = await this.labRunner();
      return await runner.run(tasks, {
        signal: controller.signal,
        onProgress: (done, total) => this.progress({ experiment, label, done, total, unit }),
      });
    } catch (e) {
      const { LabCancelledError } = await import('../workers/lab-runner');
      if (e instanceof LabCancelledError) throw new PocketError('lab-cancelled', `The run (${label}) was cancelled: nothing was kept.`);
      throw badValue(undefined, said('labRunFailed', { label, problem: (e as Error).message }));
    } finally {
      this.abort = null;
      this.progress(null, true);
    }
  }

  private keep<K extends 'race' | 'selfish'>(experiment: K, result: LabResults[K][number]): LabResults[K][number] {
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
    return this.d.wallets.list.find((w) => w.label === ATTACKER_LABEL) ?? this.d.wallets.create({ label: ATTACKER_LABEL });
  }
}
