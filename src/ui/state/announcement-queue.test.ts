import { describe, expect, it } from 'vitest';
import { AnnouncementQueue, type Announcement } from './announcement-queue';

/** A queue on a hand-driven clock: `advance` runs the timers that fall due. */
function setup(gapMs = 5000) {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  const spoken: string[] = [];
  const q = new AnnouncementQueue((t) => spoken.push(t), {
    gapMs,
    now: () => now,
    later: (run, ms) => timers.push({ at: now + ms, run }),
  });
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now);
    timers = timers.filter((t) => t.at > now);
    for (const t of due) t.run();
  };
  return { q, spoken, advance };
}

const found = (h: number): Announcement => ({
  kind: 'block-found',
  text: `Block ${h} found by Node A.`,
  many: (n) => `${n} blocks found; the last, block ${h}, by Node A.`,
});

describe('AnnouncementQueue', () => {
  it('speaks the first announcement after a quiet spell at once', () => {
    const { q, spoken } = setup();
    q.add(found(5));
    expect(spoken).toEqual(['Block 5 found by Node A.']);
  });

  it('folds a burst of one kind into one summary at the end of the gap', () => {
    const { q, spoken, advance } = setup();
    q.add(found(5));
    for (let h = 6; h <= 12; h++) {
      advance(300);
      q.add(found(h));
    }
    expect(spoken).toHaveLength(1);
    advance(5000);
    expect(spoken).toEqual(['Block 5 found by Node A.', '7 blocks found; the last, block 12, by Node A.']);
  });

  it('never speaks twice within the gap while blocks keep coming (continuous mining)', () => {
    const { q, spoken, advance } = setup(5000);
    // A block every 200 ms for a minute.
    for (let i = 0; i < 300; i++) {
      q.add(found(i));
      advance(200);
    }
    advance(5000);
    expect(spoken.length).toBeLessThanOrEqual(60_000 / 5000 + 2);
    expect(spoken.length).toBeGreaterThanOrEqual(12);
    expect(spoken.at(-1)).toMatch(/blocks found; the last, block 299/);
  });

  it('keeps different kinds apart in the summary, one sentence each', () => {
    const { q, spoken, advance } = setup();
    q.add(found(5));
    advance(100);
    q.add({ kind: 'reorg', text: 'Node A switched branch: 1 block disconnected, 2 connected.' });
    q.add(found(6));
    q.add({ kind: 'payment', text: 'Payment refused: insufficient-funds.' });
    advance(5000);
    expect(spoken[1]).toBe('Node A switched branch: 1 block disconnected, 2 connected. Block 6 found by Node A. Payment refused: insufficient-funds.');
  });

  it('lists a few texts of a kind without a summary, and counts the rest', () => {
    const { q, spoken, advance } = setup();
    q.add({ kind: 'notice', text: 'one' });
    for (const t of ['two', 'three', 'four', 'five', 'five']) q.add({ kind: 'notice', text: t });
    advance(5000);
    expect(spoken[1]).toBe('three four five (+2)');
  });

  it('ignores empty text and refuses bad arguments', () => {
    const { q, spoken } = setup();
    q.add({ kind: 'x', text: '  ' });
    expect(spoken).toEqual([]);
    expect(() => q.add({ kind: 'x' } as unknown as Announcement)).toThrow(TypeError);
    expect(() => new AnnouncementQueue(() => {}, { gapMs: 0, now: () => 0, later: () => {} })).toThrow(/gapMs/);
  });
});
