/**
 * The sentences the Lab panel says about a run: its progress, each result
 * against its theory, and what a 51% attack did to the chain, in the
 * page's language.
 */
import { formatCoins } from '../../core/index';
import type { LabProgress, MajorityAttackReport } from '../../app/lab-service';
import type { DoubleSpendRaceResult, SelfishMiningResult } from '../../lab/index';
import { text } from './text';

const inside = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;
const clip = ([lo, hi]: readonly [number, number]): [number, number] => [Math.max(0, lo), Math.min(1, hi)];

/** "1,234 of 3,000 trials (q 0.3, z 2)". */
export function progressText(p: LabProgress): string {
  if (p.experiment === 'majority') return text.common.progressBlocks(p.done, p.label);
  return text.common.progress(p.done, p.total, p.unit, p.label);
}

export function raceSummary(r: DoubleSpendRaceResult): string {
  const verdict = (x: number) => text.race.verdict(x, inside(x, r.ci95));
  const [lo, hi] = clip(r.ci95);
  return text.race.summary(
    r.q,
    r.z,
    r.premined,
    r.successes,
    r.trials,
    r.successRate,
    lo,
    hi,
    { exact: verdict(r.theory.exact), whitepaper: verdict(r.theory.whitepaper), rosenfeld: verdict(r.theory.rosenfeld) },
    r.giveUp.deficit,
    r.giveUp.lostProbability,
    r.blocks,
  );
}

/** The three values at the inputs, side by side: where they part. */
export function raceTheoryLine(q: number, z: number, premined: number, t: { exact(q: number, z: number, m: number): number; whitepaper(q: number, z: number): number; rosenfeld(q: number, z: number): number }): string {
  return text.race.theoryLine(q, z, premined, t.exact(q, z, premined), t.rosenfeld(q, z), t.whitepaper(q, z));
}

export function selfishSummary(r: SelfishMiningResult): string {
  const [lo, hi] = clip(r.ci95);
  return text.selfish.summary(
    r.alpha,
    r.gamma,
    r.relativeRevenue,
    lo,
    hi,
    r.theory.revenue,
    inside(r.theory.revenue, r.ci95),
    r.gammaRealised,
    r.gammaCi95[0],
    r.gammaCi95[1],
    r.races,
    r.honestNodes,
    r.theory.threshold,
  );
}

export function majoritySummary(r: MajorityAttackReport, nodeLabel: string): string {
  return text.majority.summary(r.share, r.blocks, r.honestBlocks, nodeLabel, r.reorgDepth, r.forkHeight, r.reversedPayments.length);
}

/** "2 coins to 1AbCdEfG…wxyz, 7.99 coins to …": what a reversed payment paid. */
export function paymentWords(outputs: readonly { address: string; amount: number }[]): string {
  return outputs.map((o) => text.majority.paid(formatCoins(o.amount), `${o.address.slice(0, 8)}…${o.address.slice(-4)}`)).join(', ');
}
