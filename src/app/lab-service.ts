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
import type { AppSentence } from './app-sentences';
import type {
  DoubleSpendRaceInput,
  DoubleSpendRaceResult,
  MajorityAttackInput,
  SelfishMiningInput,
  SelfishMiningResult,
  StalePoint,
  StaleRateInput,
} from '../lab/index';
import type { LabRunner } from '../workers/lab-runner';
import type { AppEvents } from './app-events';
import type { ClockService } from './clock-service';
import { PocketError } from './errors';
import type { LabRuns } from './lab-runs';
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

/** What the runs (lab-runs.ts) do to the service: refuse a second run, report progress, keep results. */
export interface LabSession {
  /** Throws 'lab-busy' while a run is going on. */
  assertIdle(): void;
  progress(p: LabProgress | null, now?: boolean): void;
  /** The run Cancel stops, or null once it ended. */
  setAbort(controller: AbortController | null): void;
  runner(): Promise<LabRunner>;
  keep<K extends LabExperiment>(experiment: K, items: readonly LabResults[K][number][]): void;
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
  private runsLoading: Promise<LabRuns> | null = null;

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

  doubleSpendRace(input: DoubleSpendRaceInput): Promise<DoubleSpendRaceResult> {
    return this.runs().then((r) => r.doubleSpendRace(input));
  }

  selfishMining(input: SelfishMiningInput): Promise<SelfishMiningResult> {
    return this.runs().then((r) => r.selfishMining(input));
  }

  staleRate(input: StaleRateInput): Promise<StalePoint[]> {
    return this.runs().then((r) => r.staleRate(input));
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
  majorityAttack(input: MajorityAttackInput): Promise<MajorityAttackReport> {
    return this.runs().then((r) => r.majorityAttack(input));
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

  // --- what the runs (lab-runs.ts) do here ---

  /** The runs' code (plans, the runner's use, the attack): loaded with the first run, not with the page. */
  private runs(): Promise<LabRuns> {
    this.runsLoading ??= import('./lab-runs').then(({ LabRuns }) => new LabRuns(this.d, this.session)).catch((e: unknown) => {
      this.runsLoading = null; // offline now, perhaps not at the next run
      throw e;
    });
    return this.runsLoading;
  }

  private readonly session: LabSession = {
    assertIdle: () => {
      if (this.progressValue) throw new PocketError('lab-busy', `The lab is running ${this.progressValue.label}: wait for it or cancel it.`);
    },
    progress: (p, now) => this.progress(p, now),
    setAbort: (controller) => (this.abort = controller),
    runner: () => this.labRunner(),
    keep: (experiment, items) => {
      this.kept = { ...this.kept, [experiment]: [...this.kept[experiment], ...items] };
      this.changed();
    },
  };

  private async labRunner(): Promise<LabRunner> {
    if (!this.runner) {
      const { LabRunner } = await import('../workers/lab-runner');
      this.runner ??= new LabRunner();
    }
    return this.runner;
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


}
