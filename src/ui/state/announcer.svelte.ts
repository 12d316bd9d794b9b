/**
 * The page's polite voice: the text of the one always-present live region
 * (shell/LiveRegion.svelte), paced by AnnouncementQueue so that a burst of
 * events (continuous mining) becomes a few sentences, not a flood.
 */
import { AnnouncementQueue, type Announcement } from './announcement-queue';

export type { Announcement } from './announcement-queue';

/** At most one announcement per this many milliseconds. */
const GAP_MS = 5000;

export class Announcer {
  /** What the live region says now. */
  text = $state('');
  readonly #queue = new AnnouncementQueue((t) => this.#speak(t), {
    gapMs: GAP_MS,
    now: () => performance.now(),
    later: (run, ms) => setTimeout(run, ms),
  });

  say(a: Announcement): void {
    this.#queue.add(a);
  }

  #speak(text: string): void {
    // A region whose text does not change says nothing: the same sentence twice gets a trailing space.
    this.text = text === this.text ? `${text}\u00a0` : text;
  }
}
