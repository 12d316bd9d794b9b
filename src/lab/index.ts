/**
 * The lab: attacks and network effects measured on the real node code and
 * compared with the papers (depends on src/core and src/sim only; pure and
 * synchronous, so tests, Node scripts and workers run the same code).
 *
 *   theory/double-spend    Nakamoto's P(q, z), Rosenfeld's r(q, n), the exact race
 *                          (negative binomial + gambler's ruin, premined blocks,
 *                          give-up deficit)
 *   theory/selfish-mining  Eyal-Sirer R(alpha, gamma) and the threshold
 *   theory/curves          the closed forms the Lab panel draws (LAB_THEORY)
 *   intervals              Wilson's interval; the ratio estimator over cycles
 *   experiment-chain       the params, keys, genesis and signed transactions
 *                          every experiment starts from
 *   double-spend-race      one race per trial on a fresh two-node network
 *   selfish-pool,
 *   selfish-mining         a withholding pool node run by Algorithm 1, among
 *                          honest nodes whose links realise gamma
 *   stale-rate             two miners on one link, stale rate vs d / (2 (T + d))
 *   majority-attack        a majority attacker rewrites the last blocks of a running
 *                          network (the app's live one), as steps
 *   steps, tasks           experiments as resumable steps; a run as plain-data
 *                          tasks for workers
 *   csv                    results as RFC 4180 CSV ("copy as CSV")
 *   race-plan, selfish-plan,
 *   stale-plan             inputs -> tasks -> results with 95% intervals and theory
 */
export {
  whitepaperProbability,
  rosenfeldProbability,
  exactRaceProbability,
  chooseGiveUpDeficit,
} from './theory/double-spend';
export { selfishRevenue, selfishThreshold } from './theory/selfish-mining';
export { LAB_THEORY, type LabTheory } from './theory/curves';
export {
  Z95,
  wilsonInterval,
  expectedHalfWidth,
  ratioEstimate,
  addCycle,
  addSums,
  inside,
  NO_CYCLES,
  type Interval,
  type RatioCycle,
  type RatioEstimate,
  type RatioSums,
} from './intervals';
export {
  EXPERIMENT_PARAMS,
  PAYMENT_AMOUNT,
  experimentCast,
  seedText,
  type ExperimentCast,
} from './experiment-chain';
export {
  runRaceTrial,
  runRaceTrials,
  checkRaceSettings,
  type RaceSettings,
  type RaceTrial,
  type RaceTally,
} from './double-spend-race';
export { SelfishPool, type FoundBlock } from './selfish-pool';
export {
  runSelfishSegment,
  selfishSegments,
  gammaNetwork,
  checkSelfishSettings,
  MAX_GAMMA,
  SEGMENT_BLOCKS,
  type SelfishSettings,
  type SelfishSegment,
} from './selfish-mining';
export {
  staleRateSteps,
  checkStaleSettings,
  type StaleSettings,
  type StaleSample,
} from './stale-rate';
export { runToEnd, type Steps } from './steps';
export {
  taskSteps,
  taskUnits,
  type LabTask,
  type LabTaskResult,
  type LabTaskResults,
  type RaceTask,
  type SelfishTask,
  type StaleTask,
} from './tasks';
export {
  planDoubleSpendRace,
  summariseDoubleSpendRace,
  TRIALS_PER_TASK,
  type DoubleSpendRaceInput,
  type DoubleSpendRacePlan,
  type DoubleSpendRaceResult,
  type RaceTheory,
} from './race-plan';
export {
  planSelfishMining,
  summariseSelfishMining,
  type SelfishMiningInput,
  type SelfishMiningPlan,
  type SelfishMiningResult,
  type SelfishTheory,
} from './selfish-plan';
export {
  planStaleRate,
  summariseStaleRate,
  type StaleRateInput,
  type StaleRatePlan,
  type StalePoint,
} from './stale-plan';
export { toCsv, raceCsv, selfishCsv, staleCsv } from './csv';
export {
  majorityAttackSteps,
  checkMajorityAttack,
  type MajorityAttackInput,
  type MajorityAttackOptions,
  type MajorityAttackResult,
} from './majority-attack';
