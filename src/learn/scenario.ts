/**
 * A shared lesson: which lesson, the seed its playground starts from, the step
 * reached and the playground's state (the lesson model says what that holds).
 * Shared as a link whose `#` fragment carries everything (so it works from a
 * static host and offline: nothing is sent anywhere), or as a file. Opening
 * one checks it like an import: anything wrong is refused with a sentence
 * naming what, and nothing changes.
 *
 *   #learn/chain                      open lesson "chain" from its start
 *   #learn/chain/eyJmb3JtYXQiOi...    open it in a shared state (base64url of the file's JSON)
 */
import { base64urlnopad } from '@scure/base';
import { LINK_PREFIX, isLearnLink, isLessonId, stepsOf, type LessonId } from './catalogue';
import { LessonInputError, readInteger, readObject, readString } from './lesson';

export const SCENARIO_FORMAT = 'pocket-chain-lesson';
export const SCENARIO_VERSION = 1;
/** Longer links than this are refused (a shared state is a few hundred bytes; browsers cut URLs near 2 MB). */
export const MAX_LINK_LENGTH = 16_000;
export const MAX_SEED_LENGTH = 64;

export interface Scenario {
  readonly lesson: LessonId;
  readonly seed: string;
  /** Steps ticked when it was shared (0..number of steps). */
  readonly step: number;
  /** The playground's state, as the lesson model's toData() returned it. */
  readonly state: Readonly<Record<string, unknown>>;
}

/** The JSON text of a scenario file. */
export function scenarioToJson(s: Scenario): string {
  return JSON.stringify({ format: SCENARIO_FORMAT, version: SCENARIO_VERSION, lesson: s.lesson, seed: s.seed, step: s.step, state: s.state });
}

/** The `#learn/...` fragment that opens `s`. */
export function scenarioLink(s: Scenario): string {
  return `${LINK_PREFIX}${s.lesson}/${base64urlnopad.encode(new TextEncoder().encode(scenarioToJson(s)))}`;
}

export type LearnLink = { readonly lesson: LessonId; readonly scenario: Scenario | null };

/** Reads a `#learn/...` fragment; throws a LessonInputError (field "link") saying what is wrong. */
export function parseLearnLink(hash: string): LearnLink {
  if (!isLearnLink(hash)) throw new LessonInputError('link', 'notLessonLink');
  if (hash.length > MAX_LINK_LENGTH) throw new LessonInputError('link', 'linkTooLong', { length: hash.length, max: MAX_LINK_LENGTH });
  const [id, payload, ...rest] = hash.slice(LINK_PREFIX.length).split('/');
  if (!isLessonId(id)) throw new LessonInputError('link', 'linkUnknownLesson', { id: (id ?? '').slice(0, 40) });
  if (rest.length > 0) throw new LessonInputError('link', 'linkExtraParts');
  if (payload === undefined || payload === '') return { lesson: id, scenario: null };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64urlnopad.decode(payload));
  } catch {
    throw new LessonInputError('link', 'linkDamaged');
  }
  const scenario = parseScenarioJson(text, 'link');
  if (scenario.lesson !== id) throw new LessonInputError('link', 'linkOtherLesson', { id, other: scenario.lesson });
  return { lesson: id, scenario };
}

/** Reads a scenario file (or a link's decoded data); throws a LessonInputError naming the bad field. */
export function parseScenarioJson(text: string, source: 'file' | 'link' = 'file'): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new LessonInputError(source, 'notJson', { source });
  }
  const o = readObject(raw, source);
  if (o.format !== SCENARIO_FORMAT) throw new LessonInputError('format', 'wrongFormat', { source, format: SCENARIO_FORMAT });
  if (o.version !== SCENARIO_VERSION) throw new LessonInputError('version', 'otherVersion', { source, version: String(o.version), reads: SCENARIO_VERSION });
  if (!isLessonId(o.lesson)) throw new LessonInputError('lesson', 'unknownLesson', { source, lesson: String(JSON.stringify(o.lesson)).slice(0, 40) });
  const seed = readString(o, 'seed', 'scenario', MAX_SEED_LENGTH);
  if (seed.length === 0) throw new LessonInputError('scenario.seed', 'emptySeed');
  const step = readInteger(o, 'step', 'scenario', 0, stepsOf(o.lesson).length);
  const state = readObject(o.state, 'scenario.state');
  return { lesson: o.lesson, seed, step, state };
}
