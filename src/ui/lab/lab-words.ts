/**
 * The sentences the Lab panel says about a run: its progress, each result
 * against its theory, and what a 51% attack did to the chain.
 */
import { formatCoins } from '../../core/index';
import type { LabProgress, MajorityAttackReport } from '../../app/lab-service';
import type { DoubleSpendRaceResult, SelfishMiningResult } from '../../lab/index';
import { interval, percent } from './figure';

const count = (n: number) => n.toLocaleString('en-US');
const inside = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;
const verdict = (x: number, ci: readonly [number, number]) => (inside(x, ci) ? 'inside the interval' : 'outside the interval');

/** "1,234 of 3,000 trials (q 0.3, z 2)". */
export function progressText(p: LabProgress): string {
  if (p.experiment === 'majority') return `${count(p.done)} blocks mined in the race (${p.label})`;
  return `${count(p.done)} of ${count(p.total)} ${p.unit} (${p.label})`;
}

export function raceSummary(r: DoubleSpendRaceResult): string {
  return (
    `q ${r.q}, z ${r.z}${r.premined ? `, ${r.premined} premined` : ''}: the attack succeeded in ${count(r.successes)} of ${count(r.trials)} trials, ` +
    `${percent(r.successRate)} (95% interval ${interval(r.ci95)}). ` +
    `exact ${percent(r.theory.exact)} (${verdict(r.theory.exact, r.ci95)}), whitepaper ${percent(r.theory.whitepaper)} (${verdict(r.theory.whitepaper, r.ci95)}), ` +
    `Rosenfeld ${percent(r.theory.rosenfeld)} (${verdict(r.theory.rosenfeld, r.ci95)}). ` +
    `The attacker gave up ${r.giveUp.deficit} blocks behind, which costs it ${percent(r.giveUp.lostProbability)} of success; ${count(r.blocks)} blocks were mined and validated.`
  );
}

/** The three values at the inputs, side by side: where they part. */
export function raceTheoryLine(q: number, z: number, premined: number, t: { exact(q: number, z: number, m: number): number; whitepaper(q: number, z: number): number; rosenfeld(q: number, z: number): number }): string {
  return `At q ${q}, z ${z}${premined ? `, ${premined} premined` : ''}: exact ${percent(t.exact(q, z, premined))}, Rosenfeld ${percent(t.rosenfeld(q, z))}, whitepaper ${percent(t.whitepaper(q, z))}.`;
}

export function selfishSummary(r: SelfishMiningResult): string {
  const pays = r.ci95[0] > r.alpha ? 'more than' : r.ci95[1] < r.alpha ? 'less than' : 'about';
  return (
    `α ${r.alpha}, γ ${r.gamma}: with ${percent(r.alpha)} of the hash power the pool got ${percent(r.relativeRevenue)} of the blocks in the chain ` +
    `(95% interval ${interval(r.ci95)}), ${pays} honest mining would give. Eyal and Sirer's R(α, γ) = ${percent(r.theory.revenue)} (${verdict(r.theory.revenue, r.ci95)}). ` +
    `γ realised by the network: ${r.gammaRealised.toFixed(2)} (95% ${r.gammaCi95[0].toFixed(2)} to ${r.gammaCi95[1].toFixed(2)}, ${count(r.races)} races, ${r.honestNodes} honest node${r.honestNodes === 1 ? '' : 's'}). ` +
    `At this γ selfish mining pays above α = ${percent(r.theory.threshold)}.`
  );
}

export function majoritySummary(r: MajorityAttackReport, nodeLabel: string): string {
  const payments = r.reversedPayments.length;
  return (
    `With ${percent(r.share)} of the hash power the attacker mined ${count(r.blocks)} blocks while the honest miners found ${count(r.honestBlocks)}; ` +
    `${nodeLabel} reorganised ${r.reorgDepth} block${r.reorgDepth === 1 ? '' : 's'} deep (the chains part after block ${r.forkHeight}). ` +
    (payments === 0 ? 'The rewritten blocks held no payments.' : `${payments} payment${payments === 1 ? ' was' : 's were'} reversed:`)
  );
}

/** "2 coins to 1AbCdEfG…wxyz, 7.99 coins to …": what a reversed payment paid. */
export function paymentWords(outputs: readonly { address: string; amount: number }[]): string {
  return outputs.map((o) => `${formatCoins(o.amount)} coins to ${o.address.slice(0, 8)}…${o.address.slice(-4)}`).join(', ');
}
