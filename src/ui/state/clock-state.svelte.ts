/**
 * The simulation clock's door: play or pause, the speed, one message at a
 * time, and the nodes' clock for "time in the pool".
 */
import type { PocketApp } from '../../app/pocket-app';
import { live, whenever } from './live.svelte';
import type { SettingsState } from './settings-state.svelte';

/** The pool's ages are shown in seconds: the nodes' clock is read once a second while shown. */
const UNIX_TIME_REFRESH_MS = 1000;

export class ClockState {
  readonly #unixTime: () => number;

  constructor(
    private readonly app: PocketApp,
    private readonly settings: SettingsState,
  ) {
    this.#unixTime = live(
      whenever((update) => {
        const timer = setInterval(update, UNIX_TIME_REFRESH_MS);
        return () => clearInterval(timer);
      }),
      () => app.clock.unixTime(),
    );
  }

  get paused(): boolean {
    return this.settings.current.paused;
  }

  /** Virtual ms per real ms while playing (1, 10, 100). */
  get speed(): number {
    return this.settings.current.speed;
  }

  /** The nodes' clock in Unix seconds, refreshed once a second while shown. */
  get unixTime(): number {
    return this.#unixTime();
  }

  setPaused(paused: boolean): void {
    this.app.clock.setPaused(paused);
  }

  setSpeed(speed: number): void {
    this.app.clock.setSpeed(speed);
  }

  /** Delivers the next message in flight; false when there is none. */
  stepMessage(): boolean {
    return this.app.clock.stepMessage();
  }
}
