/**
 * What the page says to screen readers (found blocks, reorgs, refused payments,
 * notices), paced so that continuous mining does not flood the listener: the
 * first announcement after a quiet spell is spoken at once, and everything that
 * arrives in the next `gapMs` is held and spoken as one sentence when the gap
 * ends, several of a kind folded into one summary ("4 blocks found; the last…").
 */

export interface Announcement {
  /** Announcements of one kind are folded together while they wait (e.g. 'block-found'). */
  readonly kind: string;
  readonly text: string;
  /** The sentence for `count` (≥ 2) of this kind at once; without it the texts are listed. */
  readonly many?: (count: number) => string;
}

export interface QueueTiming {
  readonly gapMs: number;
  readonly now: () => number;
  readonly later: (run: () => void, ms: number) => void;
}

/** At most this many different texts of one kind without a `many` are read out; the rest are counted. */
const LISTED = 3;

interface Waiting {
  count: number;
  last: Announcement;
  texts: string[];
}

export class AnnouncementQueue {
  private readonly waiting = new Map<string, Waiting>();
  private lastSpoken = -Infinity;
  private flushPending = false;

  constructor(
    private readonly speak: (text: string) => void,
    private readonly timing: QueueTiming,
  ) {
    if (typeof speak !== 'function') throw new TypeError('speak must be a function');
    if (!(timing?.gapMs > 0)) throw new RangeError('timing.gapMs must be positive');
  }

  add(a: Announcement): void {
    if (!a || typeof a.kind !== 'string' || typeof a.text !== 'string') throw new TypeError('a must be { kind, text }');
    if (a.text.trim() === '') return;
    const now = this.timing.now();
    if (!this.flushPending && now - this.lastSpoken >= this.timing.gapMs) {
      this.say(a.text, now);
      return;
    }
    const w = this.waiting.get(a.kind);
    if (w) {
      w.count++;
      w.last = a;
      if (!w.texts.includes(a.text)) w.texts.push(a.text);
    } else this.waiting.set(a.kind, { count: 1, last: a, texts: [a.text] });
    if (!this.flushPending) {
      this.flushPending = true;
      this.timing.later(() => this.flush(), this.lastSpoken + this.timing.gapMs - now);
    }
  }

  private flush(): void {
    this.flushPending = false;
    const sentences = [...this.waiting.values()].map(summarise);
    this.waiting.clear();
    if (sentences.length) this.say(sentences.join(' '), this.timing.now());
  }

  private say(text: string, at: number): void {
    this.lastSpoken = at;
    this.speak(text);
  }
}

function summarise(w: Waiting): string {
  if (w.count === 1) return w.last.text;
  if (w.last.many) return w.last.many(w.count);
  const listed = w.texts.slice(-LISTED);
  const more = w.count - listed.length;
  return more > 0 ? `${listed.join(' ')} (+${more})` : listed.join(' ');
}
