/**
 * A lab run is a list of independent tasks (a range of race trials, a segment
 * of selfish mining, one stale-rate setting). Each task is plain data, so it
 * can be posted to a worker; its result is plain data too, and a run's result
 * only depends on its tasks' results, never on which worker ran which.
 */
import { raceTrialSteps, type RaceSettings, type RaceTally } from './double-spend-race';
import { selfishSegmentSteps, type SelfishSegment, type SelfishSettings } from './selfish-mining';
import { staleRateSteps, type StaleSample, type StaleSettings } from './stale-rate';
import type { Steps } from './steps';

export interface RaceTask {
  readonly kind: 'race';
  readonly settings: RaceSettings;
  readonly seed: string;
  readonly from: number;
  readonly to: number;
}

export interface SelfishTask {
  readonly kind: 'selfish';
  readonly settings: SelfishSettings;
  readonly seed: string;
  readonly index: number;
  readonly blocks: number;
}

export interface StaleTask {
  readonly kind: 'stale';
  readonly settings: StaleSettings;
  readonly seed: string;
  readonly blocks: number;
}

export type LabTask = RaceTask | SelfishTask | StaleTask;

export interface LabTaskResults {
  race: RaceTally;
  selfish: SelfishSegment;
  stale: StaleSample;
}

export type LabTaskResult = LabTaskResults[LabTask['kind']];

/** The task as resumable steps (units: trials for a race, blocks otherwise). */
export function taskSteps(task: LabTask): Steps<LabTaskResult> {
  switch (task.kind) {
    case 'race':
      return raceTrialSteps(task.settings, task.seed, task.from, task.to);
    case 'selfish':
      return selfishSegmentSteps(task.settings, task.seed, task.index, task.blocks);
    case 'stale':
      return staleRateSteps(task.settings, task.seed, task.blocks);
    default:
      throw new TypeError(
        `unknown lab task kind ${JSON.stringify((task as { kind?: unknown }).kind)}`,
      );
  }
}

export { taskUnits } from './task-units';
