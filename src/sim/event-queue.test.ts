import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';
import { VirtualClock } from './virtual-clock';

describe('EventQueue', () => {
  it('pops by time, then in insertion order for equal times', () => {
    const q = new EventQueue<string>();
    q.push(5, 'c');
    q.push(1, 'a');
    q.push(5, 'd');
    q.push(3, 'b');
    q.push(1, 'a2');
    const out: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) out.push(e.value);
    expect(out).toEqual(['a', 'a2', 'b', 'c', 'd']);
  });

  it('keeps order through many random insertions and a filter', () => {
    const q = new EventQueue<number>();
    const times = Array.from({ length: 500 }, (_, i) => (i * 7919) % 101);
    times.forEach((t, i) => q.push(t, i));
    q.filter((v) => v % 3 !== 0);
    let last = { time: -1, value: -1 };
    for (let e = q.pop(); e; e = q.pop()) {
      expect(e.value % 3).not.toBe(0);
      expect(e.time > last.time || (e.time === last.time && e.value > last.value)).toBe(true);
      last = { time: e.time, value: e.value };
    }
  });
});

describe('VirtualClock', () => {
  it('advance runs what is due and stops at the end of the span', () => {
    const ran: string[] = [];
    const clock = new VirtualClock<string, string>((e) => (ran.push(e), e));
    clock.schedule(100, 'x');
    clock.schedule(250, 'y');
    expect(clock.advance(200, 10)).toBe(1);
    expect(clock.now).toBe(200);
    expect(ran).toEqual(['x']);
    expect(clock.step()).toBe('y');
    expect(clock.now).toBe(250);
    expect(clock.step()).toBeNull();
    expect(() => clock.advance(-1, 10)).toThrow(RangeError);
  });
});
