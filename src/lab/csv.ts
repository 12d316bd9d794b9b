/**
 * The lab's results as CSV (RFC 4180: comma-separated, a header row, text
 * quoted when it holds a comma, a quote or a line break, lines ending CRLF),
 * for "copy as CSV" on the page and for scripts. Numbers keep full precision.
 */
import type { DoubleSpendRaceResult } from './race-plan';
import type { SelfishMiningResult } from './selfish-plan';
import type { StalePoint } from './stale-plan';

type Cell = string | number | boolean;

function cell(v: Cell): string {
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function raceCsv(results: readonly DoubleSpendRaceResult[]): string {
  return toCsv(
    [
      'q',
      'z',
      'premined',
      'trials',
      'successes',
      'success_rate',
      'ci95_low',
      'ci95_high',
      'exact',
      'whitepaper',
      'rosenfeld',
      'give_up_deficit',
      'give_up_lost_probability',
      'seed',
    ],
    results.map((r) => [
      r.q,
      r.z,
      r.premined,
      r.trials,
      r.successes,
      r.successRate,
      r.ci95[0],
      r.ci95[1],
      r.theory.exact,
      r.theory.whitepaper,
      r.theory.rosenfeld,
      r.giveUp.deficit,
      r.giveUp.lostProbability,
      r.seed,
    ]),
  );
}

export function selfishCsv(results: readonly SelfishMiningResult[]): string {
  return toCsv(
    [
      'alpha',
      'gamma',
      'blocks',
      'cycles',
      'relative_revenue',
      'ci95_low',
      'ci95_high',
      'theory_revenue',
      'theory_revenue_at_realised_gamma',
      'threshold',
      'gamma_realised',
      'gamma_ci95_low',
      'gamma_ci95_high',
      'honest_nodes',
      'seed',
    ],
    results.map((r) => [
      r.alpha,
      r.gamma,
      r.blocks,
      r.cycles,
      r.relativeRevenue,
      r.ci95[0],
      r.ci95[1],
      r.theory.revenue,
      r.theory.revenueAtRealisedGamma,
      r.theory.threshold,
      r.gammaRealised,
      r.gammaCi95[0],
      r.gammaCi95[1],
      r.honestNodes,
      r.seed,
    ]),
  );
}

export function staleCsv(points: readonly StalePoint[]): string {
  return toCsv(
    [
      'delay_over_spacing',
      'relay',
      'effective_delay_over_spacing',
      'blocks',
      'stale',
      'stale_rate',
      'ci95_low',
      'ci95_high',
      'expected',
      'first_order_estimate',
    ],
    points.map((p) => [
      p.delayOverSpacing,
      p.relay,
      p.effectiveDelayOverSpacing,
      p.blocks,
      p.stale,
      p.measured,
      p.ci95[0],
      p.ci95[1],
      p.expected,
      p.naive,
    ]),
  );
}
