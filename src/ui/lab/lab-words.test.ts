import { describe, expect, it } from 'vitest';
import { exactRaceProbability, planDoubleSpendRace, rosenfeldProbability, summariseDoubleSpendRace, whitepaperProbability } from '../../lab/index';
import { majoritySummary, paymentWords, progressText, raceSummary, raceTheoryLine } from './lab-words';

describe('lab words', () => {
  it('tells a race result against its three theories', () => {
    const plan = planDoubleSpendRace({ q: 0.3, z: 1, trials: 1000, seed: 1 });
    const r = summariseDoubleSpendRace(plan, [{ trials: 1000, successes: 312, blocks: 9000 }]);
    const s = raceSummary(r);
    expect(s).toMatch(/^q 0.3, z 1: the attack succeeded in 312 of 1,000 trials, 31.2% \(95% interval 28.4% to 34.1%\)\. /);
    expect(s).toMatch(/exact 30.9% \(inside the interval\), whitepaper 62.8% \(outside the interval\), Rosenfeld 60.0% \(outside the interval\)/);
    expect(s).toMatch(/gave up \d+ blocks behind/);
  });

  it('compares the three values at the inputs', () => {
    expect(raceTheoryLine(0.3, 1, 0, { exact: exactRaceProbability, whitepaper: whitepaperProbability, rosenfeld: rosenfeldProbability })).toBe('At q 0.3, z 1: exact 30.9%, Rosenfeld 60.0%, whitepaper 62.8%.');
  });

  it('tells progress and an attack', () => {
    expect(progressText({ experiment: 'race', label: 'q 0.3, z 2', done: 1234, total: 3000, unit: 'trials' })).toBe('1,234 of 3,000 trials (q 0.3, z 2)');
    const report = { share: 0.7, depth: 2, blocks: 5, honestBlocks: 2, reorgDepth: 3, forkHeight: 12, reversedPayments: [{ txid: 'a', outputs: [], inPool: true }] };
    expect(majoritySummary(report as never, 'Node A')).toBe(
      'With 70.0% of the hash power the attacker mined 5 blocks while the honest miners found 2; Node A reorganised 3 blocks deep (the chains part after block 12). 1 payment was reversed:',
    );
    expect(paymentWords([{ address: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT', amount: 150_000_000 }])).toBe('1.5 coins to 1BoatSLR…tpyT');
  });
});
