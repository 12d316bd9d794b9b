/**
 * The open lesson, loaded with the Learn tab: each lesson's playground (kept
 * while the page lives, so going back finds it as it was), its live checks
 * merged with the saved ticks, starting a lesson again, and sharing it as a
 * link or a file. Shared data is checked completely before anything changes:
 * a bad link or file leaves the open playground as it was and says why.
 */
import { LESSON_SEED, isLessonInputError, stepsOf, type LessonId, type LessonInputProblem } from '../../../learn/index';
import type { Scenario } from '../../../learn/scenario';
import type { LearnState } from './learn-state.svelte';
import { PLAYGROUNDS } from './playgrounds';
import type { LessonContext, Playground } from './playground';

export interface LearnNotice {
  readonly level: 'info' | 'error';
  /** What happened; the Learn section words it in the page's language. */
  readonly kind: 'reset' | 'opened' | 'refused';
  /** Why a link or file was refused (the Learn section says it in the page's language). */
  readonly reason?: LessonInputProblem;
}

/** Links and files are read by code loaded when one is opened or made. */
const scenarios = () => import('../../../learn/scenario');

interface Loaded {
  readonly seed: string;
  readonly playground: Playground;
}

export class LessonSession {
  /** The open lesson's playground, once loaded (null while loading). */
  playground = $state.raw<Playground | null>(null);
  /** Whose playground `playground` is: for a moment after a lesson changes it is still the previous one's. */
  playgroundOf = $state<LessonId | null>(null);
  loadError = $state<string | null>(null);
  notice = $state.raw<LearnNotice | null>(null);
  readonly learn: LearnState;
  // A cache, not state: what the page shows is the reactive `playground` field.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly playgrounds = new Map<LessonId, Loaded>();
  private loadSeq = 0;

  constructor(learn: LearnState) {
    this.learn = learn;
  }

  /** Ticked steps of the open lesson: saved ticks and the playground's live checks. */
  readonly ticked = $derived.by(() => {
    const id = this.learn.lesson;
    const saved = this.learn.progress.done[id] ?? [];
    const live = this.playgroundOf === id ? (this.playground?.done ?? []) : [];
    return stepsOf(id).filter((s) => saved.includes(s) || live.includes(s));
  });

  private context(seed: string): LessonContext {
    const services = this.learn.services;
    return { seed, miner: services.miner, hashcash: () => services.hashcash() };
  }

  /** Loads (once) and shows the playground of `id`. */
  async show(id: LessonId): Promise<void> {
    const seq = ++this.loadSeq;
    const cached = this.playgrounds.get(id);
    if (cached) {
      this.display(id, cached.playground);
      this.loadError = null;
      return;
    }
    this.display(null, null);
    try {
      const playground = await this.build(id, LESSON_SEED, null);
      if (!this.playgrounds.has(id)) this.playgrounds.set(id, { seed: LESSON_SEED, playground });
      if (seq === this.loadSeq && this.learn.lesson === id) this.display(id, this.playgrounds.get(id)!.playground);
    } catch (e) {
      if (seq === this.loadSeq) this.loadError = (e as Error).message;
    }
  }

  private display(id: LessonId | null, playground: Playground | null): void {
    this.playground = playground;
    this.playgroundOf = id;
  }

  private async build(id: LessonId, seed: string, data: unknown | null): Promise<Playground> {
    return (await PLAYGROUNDS[id]()).create(this.context(seed), data);
  }

  /** Starts the open lesson again: a fresh playground and no ticks. */
  reset(): void {
    const id = this.learn.lesson;
    this.playgrounds.get(id)?.playground.dispose();
    this.playgrounds.delete(id);
    this.learn.untick(id);
    this.notice = { level: 'info', kind: 'reset' };
    void this.show(id);
  }

  // ---- sharing ------------------------------------------------------------------

  /** The open lesson as it is now, or null before its playground loaded. */
  scenario(): Scenario | null {
    const loaded = this.playgrounds.get(this.learn.lesson);
    if (!loaded) return null;
    return { lesson: this.learn.lesson, seed: loaded.seed, step: this.ticked.length, state: loaded.playground.toData() };
  }

  /** The `#learn/...` fragment of the open lesson as it is now. */
  async shareLink(): Promise<string | null> {
    const s = this.scenario();
    return s ? (await scenarios()).scenarioLink(s) : null;
  }

  /** The open lesson as it is now, as the JSON of a file. */
  async shareFile(): Promise<string | null> {
    const s = this.scenario();
    return s ? (await scenarios()).scenarioToJson(s) : null;
  }

  /** Opens a `#learn/...` link; returns false (with a notice saying why) when it was refused. */
  async openLink(hash: string): Promise<boolean> {
    try {
      const { lesson, scenario } = (await scenarios()).parseLearnLink(hash);
      // Arriving by a lesson link answers the first-visit question.
      if (this.learn.progress.start === null) this.learn.chooseStart('lessons');
      if (scenario) return await this.openScenario(scenario);
      this.learn.open(lesson);
      return true;
    } catch (e) {
      return this.refuse(e);
    }
  }

  async openFile(text: string): Promise<boolean> {
    try {
      return await this.openScenario((await scenarios()).parseScenarioJson(text, 'file'));
    } catch (e) {
      return this.refuse(e);
    }
  }

  private async openScenario(s: Scenario): Promise<boolean> {
    let playground: Playground;
    try {
      playground = await this.build(s.lesson, s.seed, s.state);
    } catch (e) {
      return this.refuse(e);
    }
    this.playgrounds.get(s.lesson)?.playground.dispose();
    this.playgrounds.set(s.lesson, { seed: s.seed, playground });
    this.learn.open(s.lesson);
    // The step reached comes along: the class carries on from where the lesson was shared.
    this.learn.tick(s.lesson, stepsOf(s.lesson).slice(0, s.step));
    void this.show(s.lesson);
    this.notice = { level: 'info', kind: 'opened' };
    return true;
  }

  private refuse(e: unknown): false {
    if (!isLessonInputError(e)) throw e;
    this.notice = { level: 'error', kind: 'refused', reason: e };
    return false;
  }

  dismissNotice(): void {
    this.notice = null;
  }

  dispose(): void {
    for (const { playground } of this.playgrounds.values()) playground.dispose();
    this.playgrounds.clear();
  }
}
