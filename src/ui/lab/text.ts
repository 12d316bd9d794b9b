/**
 * The words of the Lab (the introduction, the four experiment cards with
 * their models and honest notes on the formulas, form fields and their
 * errors, run status, results, figures and tables): English here, the other
 * languages in text.<language>.ts. Formulas and symbols (q, z, α, γ, d/T)
 * stay as the papers write them.
 */
import { areaText } from '../i18n/area-text';
import { labPercent } from './percent';

const n = (x: number) => x.toLocaleString('en-US');
const s = (count: number) => (count === 1 ? '' : 's');
const percent = (x: number) => labPercent('en', x);
const interval = (lo: number, hi: number) => `${percent(lo)} to ${percent(hi)}`;
const premined = (m: number) => (m > 0 ? `, ${m} premined` : '');

const english = {
  percent,
  interval,
  intro: {
    title: 'The lab',
    text:
      'Attacks on the same nodes, rules and network the rest of the page runs: real blocks with a real proof of work (at an easy target), full validation, signed transactions. ' +
      'Each result comes with its 95% confidence interval and the formulas of the papers, so you can see where the textbook formula holds and where it is only an approximation. The same seed gives the same result.',
    worker: "Experiments run in the lab's Web Workers, so the page stays responsive.",
    mainThread: 'Web Workers could not start: experiments run on this page in short slices (slower).',
    starting: "Starting the lab's Web Workers…",
  },
  common: {
    modelLead: 'The model.',
    seed: 'Seed',
    run: 'Run',
    blocks: 'Blocks',
    running: 'Running',
    cancel: 'Cancel',
    busy: (label: string) => `The lab is busy with another experiment (${label}); this one can run when it ends.`,
    progressBlocks: (done: number, label: string) => `${n(done)} blocks mined in the race (${label})`,
    progress: (done: number, total: number, unit: 'trials' | 'blocks', label: string) => `${n(done)} of ${n(total)} ${unit} (${label})`,
  },
  figure: {
    showTable: (rows: number) => `Show as table (${n(rows)} point${s(rows)})`,
    noPoints: 'No points yet: run the experiment.',
    copy: 'Copy as CSV',
    clear: 'Clear results',
    copied: (rows: number) => `Copied ${n(rows)} row${s(rows)} as CSV.`,
    copyRefused: 'The browser did not allow copying: select the text below and copy it.',
    csv: 'CSV',
    yes: 'yes',
    no: 'no',
    measured: 'measured',
  },
  inputs: {
    above: (min: number) => `above ${min}`,
    atLeast: (min: number) => `at least ${min}`,
    below: (max: number) => `below ${max}`,
    atMost: (max: number) => `at most ${max}`,
    fromTo: (min: number, max: number) => `from ${min} to ${max}`,
    and: (lower: string, upper: string) => `${lower} and ${upper}`,
    decimalEmpty: (name: string, range: string, example: string) => `Enter ${name}: a number ${range}, like ${example}.`,
    notDecimal: (name: string, example: string) => `${name} must be a number (with a dot for decimals), like ${example}.`,
    decimalRange: (name: string, range: string, example: string) => `${name} must be ${range}, like ${example}.`,
    wholeEmpty: (name: string, min: number, max: number) => `Enter ${name}: a whole number from ${n(min)} to ${n(max)}.`,
    notWhole: (name: string, min: number, max: number) => `${name} must be a whole number from ${n(min)} to ${n(max)}.`,
    wholeRange: (name: string, min: number, max: number) => `${name} must be from ${n(min)} to ${n(max)}.`,
    seedEmpty: 'Enter a seed: any word or number (the same seed gives the same result).',
    seedLong: 'The seed must be at most 100 characters.',
    delaysEmpty: 'Enter one or more delays d/T, like 0.1, 0.25, 0.5.',
    delaysMany: 'At most 10 delays at a time.',
    delay: (typed: string) => `The delay ${typed}`,
  },
  race: {
    title: 'Double-spend race',
    model:
      "The attacker, with a share q of the hash power, starts mining a private branch from the payment's parent block at the moment the payment is broadcast, holding premined blocks of that branch already (default 0); the branch contains a transaction that spends the same coins back to the attacker. " +
      'The honest network mines the payment into its next block; the merchant ships once the payment has z confirmations. ' +
      "The attacker releases the branch as soon as it has more work than the honest chain after the merchant shipped (with first-seen tie breaking, a tie does not win), and gives up when it falls a fixed number of blocks behind (chosen so that the success it forgoes is at most a twentieth of the 95% interval's half-width). " +
      "The attack succeeds if every honest node ends on the attacker's branch with the payment reversed.",
    real:
      "Each trial is a fresh pair of real nodes, the merchant's and the attacker's: every block is mined with a real proof of work (an easy target) and validated, the payment and the double spend are signed transactions, and the release reaches the merchant by the peer protocol. Trials run in the lab's Web Workers.",
    whyLead: 'Why three answers.',
    why:
      "exact is this very race: while the merchant waits for z blocks, the attacker's progress follows a negative binomial law (its blocks before the honest network's z-th), and from behind it must get one block ahead (a gambler's ruin), because a tie does not win. " +
      "Nakamoto's whitepaper P(q, z) takes the attacker's progress as Poisson, as if the honest blocks came exactly on time, and counts catching up to a tie as success. " +
      'Rosenfeld (2012) keeps the negative binomial but counts a tie too, which he justifies by one premined block: it equals exact with one premined block.',
    theoryLine: (q: number, z: number, m: number, exact: number, rosenfeld: number, whitepaper: number) =>
      `At q ${q}, z ${z}${premined(m)}: exact ${percent(exact)}, Rosenfeld ${percent(rosenfeld)}, whitepaper ${percent(whitepaper)}.`,
    fields: {
      q: { label: "Attacker's share q", hint: 'above 0, below 0.5', name: "The attacker's share q" },
      z: { label: 'Confirmations z', hint: '0 to 50', name: 'Confirmations z' },
      premined: { label: 'Premined blocks', hint: '0 to 10', name: 'Premined blocks' },
      trials: { label: 'Trials', hint: '1 to 100,000', name: 'Trials' },
      seed: { label: 'Seed', hint: 'same seed, same result' },
    },
    runAll: 'Run z = 0 to 6',
    figureTitle: 'Double-spend race: success against confirmations',
    summary: (
      q: number,
      z: number,
      m: number,
      successes: number,
      trials: number,
      rate: number,
      lo: number,
      hi: number,
      theory: { exact: string; whitepaper: string; rosenfeld: string },
      deficit: number,
      lost: number,
      blocks: number,
    ) =>
      `q ${q}, z ${z}${premined(m)}: the attack succeeded in ${n(successes)} of ${n(trials)} trials, ${percent(rate)} (95% interval ${interval(lo, hi)}). ` +
      `exact ${theory.exact}, whitepaper ${theory.whitepaper}, Rosenfeld ${theory.rosenfeld}. ` +
      `The attacker gave up ${deficit} blocks behind, which costs it ${percent(lost)} of success; ${n(blocks)} blocks were mined and validated.`,
    /** A theory's value and whether it lies in the measured interval. */
    verdict: (value: number, inside: boolean) => `${percent(value)} (${inside ? 'inside the interval' : 'outside the interval'})`,
    series: (q: number, m: number) => `q ${q}${premined(m)}`,
    curveExact: (series: string) => `exact, ${series}`,
    curveWhitepaper: (q: number) => `whitepaper, q ${q}`,
    curveRosenfeld: (q: number) => `Rosenfeld, q ${q}`,
    point: (series: string, z: number, rate: number, lo: number, hi: number, exact: number, whitepaper: number, rosenfeld: number) =>
      `${series}, z ${z}: measured ${percent(rate)} (95% ${interval(lo, hi)}); exact ${percent(exact)}, whitepaper ${percent(whitepaper)}, Rosenfeld ${percent(rosenfeld)}`,
    legendMeasured: (series: string) => `measured, ${series}`,
    legendExact: 'exact (this race)',
    legendWhitepaper: "whitepaper (Nakamoto's P)",
    legendRosenfeld: "Rosenfeld's r",
    xLabel: 'confirmations z the merchant waits for',
    yLabel: 'attack succeeds',
    headers: ['q', 'z', 'premined', 'trials', 'measured', '95% interval', 'exact', 'whitepaper', 'Rosenfeld', 'exact inside?'],
  },
  selfish: {
    title: 'Selfish mining',
    modelLead: 'The model',
    model:
      '(Eyal and Sirer, "Majority is not enough", 2014). A pool with a share α of the hash power keeps the blocks it finds to itself. ' +
      "When the honest network finds a block and the pool's lead drops to one, the pool publishes its own and the two race; with a lead of two it publishes everything and wins; further ahead it publishes one of its blocks for each honest one. " +
      "γ is the share of the honest hash power that mines on the pool's block in a race. " +
      "The pool is a real node that mines, withholds and releases real blocks; γ is not a coin flip but comes from the network: honest blocks reach the other honest nodes after 20 ms, while the pool's links are jittered so that its block arrives first at a share γ of the honest miners. " +
      "The lab measures the pool's share of the blocks in the final chain over a long run, and the γ the network actually realised.",
    threshold:
      'Honest mining earns a share α. Selfish mining earns more when α is above (1 − γ)/(3 − 2γ): a third at γ = 0, a quarter at γ = 0.5, nothing at γ = 1. ' +
      'At most γ = 0.9: each honest miner builds on its own block, so n honest nodes reach at most (n − 1)/n, and the lab uses at most 10.',
    alpha: "Pool's share α",
    alphaName: "The pool's share α",
    blocksName: 'Blocks',
    runAll: 'Run α = 0.1 to 0.45',
    figureTitle: "Selfish mining: the pool's share of the chain against its hash share",
    summary: (
      alpha: number,
      gamma: number,
      revenue: number,
      lo: number,
      hi: number,
      theory: number,
      inside: boolean,
      realised: number,
      realisedLo: number,
      realisedHi: number,
      races: number,
      honestNodes: number,
      threshold: number,
    ) =>
      `α ${alpha}, γ ${gamma}: with ${percent(alpha)} of the hash power the pool got ${percent(revenue)} of the blocks in the chain ` +
      `(95% interval ${interval(lo, hi)}), ${lo > alpha ? 'more than' : hi < alpha ? 'less than' : 'about'} honest mining would give. ` +
      `Eyal and Sirer's R(α, γ) = ${percent(theory)} (${inside ? 'inside the interval' : 'outside the interval'}). ` +
      `γ realised by the network: ${realised.toFixed(2)} (95% ${realisedLo.toFixed(2)} to ${realisedHi.toFixed(2)}, ${n(races)} races, ${honestNodes} honest node${s(honestNodes)}). ` +
      `At this γ selfish mining pays above α = ${percent(threshold)}.`,
    curve: (gamma: number) => `R, γ ${gamma}`,
    honestCurve: 'honest: α',
    mark: (gamma: number, threshold: number) => `γ ${gamma}: pays above ${percent(threshold)}`,
    point: (alpha: number, gamma: number, revenue: number, lo: number, hi: number, theory: number, realised: number) =>
      `α ${alpha}, γ ${gamma}: the pool got ${percent(revenue)} of the blocks (95% ${interval(lo, hi)}); R ${percent(theory)}; γ realised ${realised.toFixed(2)}`,
    legendSeries: (gamma: number) => `γ ${gamma}: measured and R(α, γ)`,
    legendHonest: 'honest mining: share = α',
    legendThreshold: 'threshold (1 − γ)/(3 − 2γ)',
    xLabel: "pool's hash share α",
    yLabel: "pool's share of the chain",
    realisedCell: (realised: number, lo: number, hi: number) => `${realised.toFixed(2)} (${lo.toFixed(2)} to ${hi.toFixed(2)})`,
    headers: ['α', 'γ asked', 'γ realised (95%)', 'blocks', 'measured', '95% interval', 'R(α, γ)', 'threshold', 'R inside?'],
  },
  stale: {
    title: 'Stale blocks and propagation',
    model:
      'Two miners with half the hash power each share one link that delays every message by d. A block found while the other miner has not yet heard of the last one may lose the race and go stale. ' +
      'The exact stale rate for this setting is d / (2 (T + d)), T being the block spacing; the often-quoted 1 − e^(−d/2T) is right only to first order. ' +
      'With inv relay (inv, getdata, then the block) a block takes 3d to arrive.',
    delays: 'Delays d/T',
    relay: 'Relay',
    push: 'push (the block itself)',
    inv: 'inv, getdata, block',
    blocks: 'Blocks per delay',
    result: (inside: number, delays: number) => `${n(inside)} of ${n(delays)} delays have d/(2(T+d)) inside their 95% interval.`,
    figureTitle: 'Stale blocks against the link delay',
    point: (delay: number, measured: number, lo: number, hi: number, expected: number) =>
      `delay ${delay} of the spacing: ${percent(measured)} stale (95% ${interval(lo, hi)}); d/(2(T+d)) ${percent(expected)}`,
    legendExact: 'exact: d / (2 (T + d))',
    legendFirstOrder: 'first order: 1 − e^(−d/2T)',
    xLabel: 'one-way delay d / block spacing T',
    yLabel: 'stale blocks',
    headers: ['d/T', 'relay', 'blocks', 'stale', 'measured', '95% interval', 'd/(2(T+d))', '1 − e^(−d/2T)'],
  },
  majority: {
    title: '51% attack on the live network',
    model:
      'An attacker with more than half of the hash power joins the network cut off from everyone, takes the chain of the node you follow up to k blocks below its tip, and mines a private branch from there while the honest miners carry on. ' +
      'As soon as its branch has more work than theirs it connects, and every node switches to it: the last k blocks are rewritten, and the payments they held are unconfirmed again (back in the pool), or gone where the new branch spends the same coins. ' +
      'Every block is real and every node validates it; the Chain panel shows the reorg.',
    unavailable: '⚠ Not available on this chain.',
    tooHard: (hashes: number) =>
      `The attack mines on this page's thread, so it needs an easy target, and each block here needs about ${n(hashes)} hashes. ` +
      'Create a Simulation chain in Settings (or call resetSystem({ preset: "simulation" })) to run it.',
    replace: 'Replace everything with a new Simulation chain',
    keep: 'Keep this chain',
    makeSimulation: 'Make a Simulation chain…',
    made: 'A new Simulation chain was made: the attack can run on it.',
    readOnlyLead: '⚠ Read-only tab:',
    readOnly: 'make changes in the other tab.',
    share: "Attacker's share",
    shareName: "The attacker's share",
    depth: 'Blocks to rewrite (k)',
    depthName: 'Blocks to rewrite',
    attack: 'Attack the live network',
    reversed: 'Reversed payments',
    backInPool: 'back in the pool',
    dropped: 'dropped: conflicts with the new chain',
    seeReorg: 'See the reorg in the Chain panel',
    summary: (share: number, blocks: number, honestBlocks: number, node: string, depth: number, forkHeight: number, payments: number) =>
      `With ${percent(share)} of the hash power the attacker mined ${n(blocks)} blocks while the honest miners found ${n(honestBlocks)}; ` +
      `${node} reorganised ${depth} block${s(depth)} deep (the chains part after block ${forkHeight}). ` +
      (payments === 0 ? 'The rewritten blocks held no payments.' : `${payments} payment${payments === 1 ? ' was' : 's were'} reversed:`),
    paid: (amount: string, address: string) => `${amount} coins to ${address}`,
  },
};

export type LabText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
