/**
 * The lab's runs for the lab service (lab-service.ts, which keeps their
 * progress and results): the experiments planned by src/lab and run by the
 * lab's workers, and the 51% attack on the live network. Loaded with the
 * first run: a first visit does not need it.
 */
import { said } from './app-sentences';
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
import { PocketError, badValue } from './errors';
import { liveAttackCheck, type MajorityAttackReport } from './live-attack';
import type { LabExperiment, LabProgress, LabServiceDeps, LabSession } from './lab-service';

/**
 * The lab's plans and checks, loaded with the first run too.
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

export class LabRuns {
  constructor(
    private readonly d: LabServiceDeps,
    private readonly session: LabSession,
  ) {}

  async doubleSpendRace(input: DoubleSpendRaceInput): Promise<DoubleSpendRaceResult> {
    const lab = await labCode();
    const plan = this.plan(() => lab.planDoubleSpendRace(input));
    const tallies = await this.runTasks('race', `q ${plan.q}, z ${plan.z}${plan.premined ? `, ${plan.premined} premined` : ''}`, 'trials', plan.tasks);
    const result = lab.summariseDoubleSpendRace(plan, tallies as LabTaskResults['race'][]);
    this.session.keep('race', [result]);
    return result;
  }

  async selfishMining(input: SelfishMiningInput): Promise<SelfishMiningResult> {
    const lab = await labCode();
    const plan = this.plan(() => lab.planSelfishMining(input));
    const segments = await this.runTasks('selfish', `α ${plan.settings.alpha}, γ ${plan.settings.gamma}`, 'blocks', plan.tasks);
    const result = lab.summariseSelfishMining(plan, segments as LabTaskResults['selfish'][]);
    this.session.keep('selfish', [result]);
    return result;
  }

  async staleRate(input: StaleRateInput): Promise<StalePoint[]> {
    const lab = await labCode();
    const plan = this.plan(() => lab.planStaleRate(input));
    const samples = await this.runTasks('stale', `${plan.tasks.length} delay${plan.tasks.length === 1 ? '' : 's'}`, 'blocks', plan.tasks);
    const points = lab.summariseStaleRate(samples as LabTaskResults['stale'][]);
    this.session.keep('stale', points);
    return points;
  }

  /** The 51% attack on the live network (see LabService.majorityAttack). */
  async majorityAttack(input: MajorityAttackInput): Promise<MajorityAttackReport> {
    const [{ checkMajorityAttack }, { runLiveAttack }] = await Promise.all([labCode(), import('./live-attack-run')]);
    this.d.guard.assertWritable();
    this.session.assertIdle();
    const check = liveAttackCheck(this.d.nodes);
    if (!check.ok) throw check.said ? badValue(undefined, check.said) : new PocketError('bad-argument', check.reason!);
    try {
      checkMajorityAttack(this.d.nodes.network, input, {
        referenceNodeId: this.d.nodes.selected.id,
      });
    } catch (e) {
      throw argumentError(e);
    }
    const controller = new AbortController();
    this.session.setAbort(controller);
    const label = `share ${input.share}, depth ${input.depth}`;
    this.session.progress({ experiment: 'majority', label, done: 0, total: input.depth + 1, unit: 'blocks' }, true);
    try {
      const report = await runLiveAttack({ nodes: this.d.nodes, clock: this.d.clock, attacker: this.attackerWallet() }, input, {
        signal: controller.signal,
        onProgress: (done) =>
          this.session.progress({
            experiment: 'majority',
            label,
            done,
            total: Math.max(done, input.depth + 1),
            unit: 'blocks',
          }),
      });
      this.session.keep('majority', [report]);
      return report;
    } finally {
      this.session.setAbort(null);
      this.session.progress(null, true);
    }
  }

  private plan<T>(make: () => T): T {
    this.session.assertIdle();
    try {
      return make();
    } catch (e) {
      throw argumentError(e);
    }
  }

  private async runTasks(experiment: LabExperiment, label: string, unit: LabProgress['unit'], tasks: readonly LabTask[]) {
    const controller = new AbortController();
    this.session.setAbort(controller);
    this.session.progress(
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
      const runner = await this.session.runner();
      return await runner.run(tasks, {
        signal: controller.signal,
        onProgress: (done, total) => this.session.progress({ experiment, label, done, total, unit }),
      });
    } catch (e) {
      const { LabCancelledError } = await import('../workers/lab-runner');
      if (e instanceof LabCancelledError) throw new PocketError('lab-cancelled', `The run (${label}) was cancelled: nothing was kept.`);
      throw badValue(undefined, said('labRunFailed', { label, problem: (e as Error).message }));
    } finally {
      this.session.setAbort(null);
      this.session.progress(null, true);
    }
  }

  private attackerWallet(): Wallet {
    return this.d.wallets.list.find((w) => w.label === ATTACKER_LABEL) ?? this.d.wallets.create({ label: ATTACKER_LABEL });
  }
}
