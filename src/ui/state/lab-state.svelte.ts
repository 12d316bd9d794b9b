/**
 * The Lab panel's door into the app: what runs and how far it got, the
 * results kept so far (from the page or the API), where experiments run,
 * whether the 51% attack can run on this chain; and the actions (run each
 * experiment, cancel, clear). The theory curves and the CSV are the Lab
 * panel's own (src/app/lab-figures.ts): the first load does not carry them.
 */
import type { LabExperiment, LabProgress, LabResults, MajorityAttackReport } from '../../app/lab-service';
import type { PocketApp } from '../../app/pocket-app';
import type { ChainPresetId } from '../../app/chain-presets';
import type {
  DoubleSpendRaceInput, DoubleSpendRaceResult, SelfishMiningInput, SelfishMiningResult, StalePoint, StaleRateInput,
} from '../../lab/index';
import { live, topics } from './live.svelte';
import type { AppSentence } from '../../app/app-sentences';

export class LabState {
  readonly #running: () => LabProgress | null;
  readonly #results: () => LabResults;
  readonly #mode: () => 'worker' | 'main-thread' | 'idle';
  readonly #attackCheck: () => { ok: boolean; reason?: string; said?: AppSentence; hashesPerBlock?: number };

  constructor(private readonly app: PocketApp) {
    const lab = topics(app.events, ['lab']);
    this.#running = live(lab, () => app.lab.running);
    this.#results = live(lab, () => app.lab.results);
    this.#mode = live(lab, () => app.lab.mode);
    this.#attackCheck = live(topics(app.events, ['lab', 'nodes', 'chain', 'mining', 'settings']), () => app.lab.majorityCheck());
  }

  /** The experiment running now and its progress, or null. */
  get running(): LabProgress | null {
    return this.#running();
  }

  get results(): LabResults {
    return this.#results();
  }

  /** 'worker' once the lab's Web Workers run; 'main-thread' if they could not start. */
  get mode(): 'worker' | 'main-thread' | 'idle' {
    return this.#mode();
  }

  /** Whether the 51% attack can run on the live network now, else why not. */
  get attackCheck(): { ok: boolean; reason?: string; said?: AppSentence; hashesPerBlock?: number } {
    return this.#attackCheck();
  }

  prepare(): Promise<void> {
    return this.app.lab.prepare();
  }

  doubleSpendRace(input: DoubleSpendRaceInput): Promise<DoubleSpendRaceResult> {
    return this.app.lab.doubleSpendRace(input);
  }

  selfishMining(input: SelfishMiningInput): Promise<SelfishMiningResult> {
    return this.app.lab.selfishMining(input);
  }

  staleRate(input: StaleRateInput): Promise<StalePoint[]> {
    return this.app.lab.staleRate(input);
  }

  majorityAttack(input: { share: number; depth: number; seed: number | string }): Promise<MajorityAttackReport> {
    return this.app.lab.majorityAttack(input);
  }

  cancel(): boolean {
    return this.app.lab.cancel();
  }

  clear(experiment: LabExperiment): void {
    this.app.lab.clear(experiment);
  }

  /** A new chain from a Settings preset (the attack needs the Simulation one). */
  async resetWithPreset(preset: ChainPresetId, seed: string): Promise<void> {
    // The presets load with the first new chain (app/chain-presets.ts), not with the page.
    const { chainPreset } = await import('../../app/chain-presets');
    return this.app.lifecycle.reset(seed, chainPreset(preset).params);
  }
}
