import { base64urlnopad } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { parseLearnLink, parseScenarioJson, scenarioLink, scenarioToJson, type Scenario } from './scenario';
import { lessonLink } from './catalogue';
import { LessonInputError } from './lesson';

const scenario: Scenario = { lesson: 'chain', seed: 'class 4b', step: 2, state: { blocks: [{ data: 'Zoë pays Ümit 3 ☃', nonce: 17 }] } };

function linkOf(json: unknown): string {
  return `#learn/chain/${base64urlnopad.encode(new TextEncoder().encode(JSON.stringify(json)))}`;
}

function refusal(f: () => unknown): LessonInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(LessonInputError);
    return e as LessonInputError;
  }
  throw new Error('expected a refusal');
}

describe('scenario links', () => {
  it('round-trips a scenario through a link and through a file', () => {
    const link = scenarioLink(scenario);
    expect(link).toMatch(/^#learn\/chain\/[A-Za-z0-9_-]+$/);
    expect(parseLearnLink(link)).toEqual({ lesson: 'chain', scenario });
    expect(parseScenarioJson(scenarioToJson(scenario))).toEqual(scenario);
  });

  it('opens a lesson at its start from a plain lesson link', () => {
    expect(parseLearnLink(lessonLink('keys'))).toEqual({ lesson: 'keys', scenario: null });
  });

  const good = JSON.parse(scenarioToJson(scenario)) as Record<string, unknown>;
  it.each([
    ['not a lesson link', () => parseLearnLink('#chain'), 'link', /should start with #learn\//],
    ['unknown lesson', () => parseLearnLink('#learn/alchemy'), 'link', /lesson that does not exist: "alchemy"/],
    ['damaged data', () => parseLearnLink('#learn/chain/%%%'), 'link', /damaged/],
    ['a cut link', () => parseLearnLink(scenarioLink(scenario).slice(0, -7)), 'link', /damaged|not JSON/],
    ['extra parts', () => parseLearnLink(`${scenarioLink(scenario)}/x`), 'link', /extra parts/],
    ['too long', () => parseLearnLink(`#learn/chain/${'A'.repeat(20_000)}`), 'link', /too long/],
    ['not JSON', () => parseLearnLink(`#learn/chain/${base64urlnopad.encode(new TextEncoder().encode('hello'))}`), 'link', /not JSON/],
    ['wrong format', () => parseLearnLink(linkOf({ ...good, format: 'other' })), 'format', /not a shared lesson/],
    ['future version', () => parseLearnLink(linkOf({ ...good, version: 9 })), 'version', /version 9/],
    ['lesson mismatch', () => parseLearnLink(linkOf({ ...good, lesson: 'keys' })), 'link', /says lesson "chain" but its data is for lesson "keys"/],
    ['bad seed', () => parseLearnLink(linkOf({ ...good, seed: 5 })), 'scenario.seed', /must be text/],
    ['empty seed', () => parseLearnLink(linkOf({ ...good, seed: '' })), 'scenario.seed', /must not be empty/],
    ['step past the end', () => parseLearnLink(linkOf({ ...good, step: 4 })), 'scenario.step', /from 0 to 3/],
    ['state not an object', () => parseLearnLink(linkOf({ ...good, state: [1] })), 'scenario.state', /must be an object/],
    ['file that is not JSON', () => parseScenarioJson('{'), 'file', /This file is not a shared lesson: it is not JSON/],
  ])('refuses %s with a message naming it', (_name, open, field, message) => {
    const e = refusal(open);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });
});
