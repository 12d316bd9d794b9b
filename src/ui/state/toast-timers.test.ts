import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESUME_GRACE_MS, ToastTimers } from './toast-timers';

describe('ToastTimers', () => {
  let expired: number[];
  let timers: ToastTimers;
  beforeEach(() => {
    vi.useFakeTimers();
    expired = [];
    timers = new ToastTimers((id) => expired.push(id));
  });
  afterEach(() => vi.useRealTimers());

  it('a toast leaves after its time; one with a button (null) stays until cancelled', () => {
    timers.start(1, 6000);
    timers.start(2, null);
    vi.advanceTimersByTime(5999);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual([1]);
    vi.advanceTimersByTime(600_000);
    expect(expired).toEqual([1]);
  });

  it('holding stops every clock; releasing runs on with what was left', () => {
    timers.start(1, 6000);
    vi.advanceTimersByTime(1000);
    timers.hold();
    vi.advanceTimersByTime(60_000);
    expect(expired).toEqual([]);
    timers.release();
    vi.advanceTimersByTime(4999);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual([1]);
  });

  it('after a hold a toast stays at least the grace, and one shown while held waits too', () => {
    timers.start(1, 6000);
    vi.advanceTimersByTime(5900);
    timers.hold();
    timers.start(2, 3000);
    vi.advanceTimersByTime(10_000);
    expect(expired).toEqual([]);
    timers.release();
    vi.advanceTimersByTime(RESUME_GRACE_MS - 1);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual([1]);
    vi.advanceTimersByTime(1000);
    expect(expired).toEqual([1, 2]);
  });

  it('a cancelled toast never expires; hold and release twice change nothing more', () => {
    timers.start(1, 1000);
    timers.cancel(1);
    timers.hold();
    timers.hold();
    timers.release();
    timers.release();
    vi.advanceTimersByTime(10_000);
    expect(expired).toEqual([]);
  });
});
