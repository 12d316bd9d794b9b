/**
 * Fidelity check of the network simulation against theory (npm run sim:check).
 *
 * Two equal miners (hash share 1/2 each) on one link with a fixed one-way
 * delay d (no jitter, no loss) mine thousands of blocks in fast-forward at
 * target spacing T. Every block is a real block with a real proof of work
 * (regtest target) validated by both nodes; only the waiting between blocks
 * is drawn (Poisson, rate 1/T). The measured stale rate — blocks found that
 * are not on the final chain — is compared with the exact value for this
 * setting (src/sim/stale-theory.ts):
 *
 *     stale rate = d / (2 (T + d))
 *
 * With 'push' relay a block reaches the other miner after d; with 'inv' relay
 * (inv -> getdata -> block) after 3d, so the same formula applies with 3d.
 * The 95% confidence interval comes from independent renewal cycles (the
 * delta method), not a binomial, because stale blocks come in correlated
 * bursts. The script exits with status 1 if an expected value lies outside
 * its interval. Deterministic: the seeds are fixed.
 *
 *   npm run sim:check            (6 settings x 8000 blocks, about half a minute)
 *   npm run sim:check -- 8000    (blocks per setting)
 */
import { REGTEST_PARAMS, createWallet } from '../src/core/index';
import { Network, expectedStaleRate, naiveStaleRate, staleRateCycles, type BlockRelay } from '../src/sim/index';

const T_MS = REGTEST_PARAMS.targetSpacing * 1000;
const blocksPerSetting = Number(process.argv[2] ?? 8000);
if (!Number.isSafeInteger(blocksPerSetting) || blocksPerSetting < 100) {
  console.error('usage: sim-check [blocks per setting >= 100]');
  process.exit(2);
}

interface Setting {
  readonly dOverT: number;
  readonly relay: BlockRelay;
}

const settings: Setting[] = [
  { dOverT: 0.02, relay: 'push' },
  { dOverT: 0.1, relay: 'push' },
  { dOverT: 0.25, relay: 'push' },
  { dOverT: 0.5, relay: 'push' },
  { dOverT: 1.0, relay: 'push' },
  { dOverT: 0.1, relay: 'inv' },
];

function run(s: Setting) {
  const d = s.dOverT * T_MS;
  const hops = s.relay === 'push' ? 1 : 3;
  const effectiveDelay = hops * d;
  const seed = `sim-check/${s.relay}/${s.dOverT}`;
  const [a, b] = [0, 1].map((index) => createWallet({ seed, index }));
  const net = new Network({ params: REGTEST_PARAMS, seed, genesisAddress: a!.address, links: { latencyMs: d, jitterMs: 0, loss: 0 }, blockRelay: s.relay });
  net.addNode({ id: 'A', miner: { address: a!.address, hashShare: 0.5 } });
  net.addNode({ id: 'B', miner: { address: b!.address, hashShare: 0.5 } });
  net.registerPeers('A', 'B');
  net.runUntilIdle();
  const found: { time: number; hash: string }[] = [];
  net.on('block-found', (e) => found.push({ time: e.time, hash: e.hash }));
  net.setAutoMining(true);
  net.fastForward({ blocks: blocksPerSetting });
  net.setAutoMining(false);
  net.runUntilIdle();
  const chain = net.node('A').chain;
  const estimate = staleRateCycles(found.map((f) => ({ time: f.time, stale: !chain.isActive(f.hash) })), effectiveDelay);
  const expected = expectedStaleRate(effectiveDelay, T_MS);
  const [lo, hi] = estimate.ci95;
  return { s, effectiveDelay, estimate, expected, naive: naiveStaleRate(effectiveDelay, T_MS), ok: expected >= lo && expected <= hi, agree: net.node('A').tip.hash === net.node('B').tip.hash };
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
console.log(`Stale rate of two equal miners, T = ${T_MS / 1000} s, ${blocksPerSetting} blocks per setting (regtest proof of work, full validation).`);
console.log('Expected: d_eff / (2 (T + d_eff)), d_eff = d (push relay) or 3d (inv -> getdata -> block).\n');
console.log('relay  d/T   d_eff/T  blocks  cycles  stale  measured  95% CI              expected  (1-e^-d/2T)  result');
const started = performance.now();
let failures = 0;
let naiveOutside = 0;
for (const s of settings) {
  const r = run(s);
  if (!r.ok) failures++;
  if (r.naive < r.estimate.ci95[0] || r.naive > r.estimate.ci95[1]) naiveOutside++;
  const e = r.estimate;
  console.log(
    [
      s.relay.padEnd(5),
      s.dOverT.toFixed(2).padStart(5),
      (r.effectiveDelay / T_MS).toFixed(2).padStart(8),
      String(e.blocks).padStart(7),
      String(e.cycles).padStart(7),
      String(e.stale).padStart(6),
      pct(e.rate).padStart(9),
      `[${pct(e.ci95[0])}, ${pct(e.ci95[1])}]`.padEnd(19),
      pct(r.expected).padStart(9),
      pct(r.naive).padStart(12),
      ` ${r.ok ? 'ok' : 'OUTSIDE'}${r.agree ? '' : ' (final tips tied)'}`,
    ].join(' '),
  );
}
console.log(`\n${settings.length - failures}/${settings.length} settings within their 95% interval (${((performance.now() - started) / 1000).toFixed(1)} s).`);
console.log(`(The check can tell formulas apart: the first-order estimate 1 - e^(-d/2T) falls outside ${naiveOutside} of the ${settings.length} intervals.)`);
process.exit(failures === 0 ? 0 : 1);
