/**
 * Helpers for the Node tests of the running app: the seeded demo at the
 * regtest difficulty (the page builds it at the classroom difficulty, in a
 * worker) so that a test mines its blocks in milliseconds. Not used by the app.
 */
import { REGTEST_PARAMS, type ConsensusParams } from '../core/index';
import type { PersistedState } from '../storage/index';
import { buildDemoState } from '../workers/demo-state';
import { DEFAULT_SETTINGS, settingsJson } from './settings';

/** The demo for `seed`, at regtest difficulty unless `params` are given, with the default settings. */
export function regtestDemo(seed: string, params: ConsensusParams = REGTEST_PARAMS): PersistedState {
  return buildDemoState(seed, params, settingsJson(DEFAULT_SETTINGS));
}
