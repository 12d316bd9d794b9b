/**
 * How many units (trials, blocks) a lab task has, for a progress bar over many
 * tasks. Apart from tasks.ts so the page's runner can count progress without
 * loading the experiments themselves (they run in the lab's workers).
 */
import type { LabTask } from './tasks';

export function taskUnits(task: LabTask): number {
  return task.kind === 'race' ? task.to - task.from : task.blocks;
}
