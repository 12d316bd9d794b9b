/**
 * The closed forms the Lab panel draws as curves beside the measured points:
 * the double-spend race (Nakamoto, Rosenfeld, the exact race) and selfish
 * mining (Eyal-Sirer). Kept out of the app's lab service so that only the
 * Lab panel's chunk carries them.
 */
import { exactRaceProbability, rosenfeldProbability, whitepaperProbability } from './double-spend';
import { selfishRevenue, selfishThreshold } from './selfish-mining';

export const LAB_THEORY = Object.freeze({
  race: {
    exact: exactRaceProbability,
    whitepaper: whitepaperProbability,
    rosenfeld: rosenfeldProbability,
  },
  selfish: { revenue: selfishRevenue, threshold: selfishThreshold },
});

export type LabTheory = typeof LAB_THEORY;
